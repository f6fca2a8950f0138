import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { SignMessage, VerifySignature } from '../../../../shared/sync/signature';

/**
 * Ed25519 through node:crypto (OpenSSL), for shared/sync/signature.ts. Keys
 * travel as text: a private key as PKCS#8 DER in base64 (kept in the secret
 * store), a public key as its 32 raw bytes in base64url (a JWK's `x`).
 */
export function newKeyPair(): { privateKey: string; publicKey: string } {
  const pair = generateKeyPairSync('ed25519');
  return { privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'), publicKey: publicKeyText(pair.publicKey) };
}

/** The signing half of a stored private key; throws when it is not an Ed25519 key. */
export function signerOf(privateKey: string): { publicKey: string; sign: SignMessage } {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the stored signing key is not an Ed25519 key');
  return { publicKey: publicKeyText(createPublicKey(key)), sign: (message) => sign(null, Buffer.from(message, 'utf8'), key).toString('base64url') };
}

/** Each public key imported once: a share holds a handful of installs and thousands of documents. */
function keyCache(): (publicKey: string) => KeyObject | null {
  const keys = new Map<string, KeyObject | null>();
  return (publicKey) => {
    if (!keys.has(publicKey)) {
      try {
        keys.set(publicKey, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' }));
      } catch {
        keys.set(publicKey, null);
      }
    }
    return keys.get(publicKey) ?? null;
  };
}

/**
 * A verifier that works in libuv's thread pool (crypto.verify with a
 * callback): the main thread parses and stores the next documents meanwhile.
 */
export function createVerifier(): VerifySignature {
  const keyOf = keyCache();
  return (publicKey, message, value) =>
    new Promise((resolve) => {
      const key = keyOf(publicKey);
      if (!key) return resolve(false);
      try {
        verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(value, 'base64url'), (error, valid) => resolve(!error && valid));
      } catch {
        resolve(false);
      }
    });
}

/** The same check, answered at once: for a thread that is itself off the main one (../import/verify-worker.ts). */
export function createSyncVerifier(): (publicKey: string, message: string, value: string) => boolean {
  const keyOf = keyCache();
  return (publicKey, message, value) => {
    const key = keyOf(publicKey);
    if (!key) return false;
    try {
      return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(value, 'base64url'));
    } catch {
      return false;
    }
  };
}

const publicKeyText = (key: KeyObject): string => {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('not an Ed25519 public key');
  return x;
};
