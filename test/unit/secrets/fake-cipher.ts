import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../../../electron/services/secrets/keychain-store';

/** A stand-in for safeStorage: real AES-GCM with an in-memory key, so a wrong key really fails to decrypt. */
export function fakeCipher(key = randomBytes(32)): Cipher & { rotate(): void; reEncrypt: boolean; calls: number } {
  const state = {
    reEncrypt: false,
    calls: 0,
    rotate() {
      key = randomBytes(32);
    },
    async encrypt(text: string) {
      state.calls++;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    async decrypt(data: Uint8Array) {
      state.calls++;
      const buf = Buffer.from(data);
      const d = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      d.setAuthTag(buf.subarray(12, 28));
      const text = Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
      return { text, shouldReEncrypt: state.reEncrypt };
    },
  };
  return state;
}
