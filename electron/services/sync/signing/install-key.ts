import { z } from 'zod';
import { IsoDateTime } from '../../../../shared/schemas/common';
import { PublicKeyText, type SignMessage } from '../../../../shared/sync/signature';
import type { SettingsRepository } from '../../repositories/settings';
import { SecretStoreError, type SecretStore } from '../../secrets/store';
import { newKeyPair, signerOf } from './ed25519';

/**
 * This install's Ed25519 key pair. The private key is kept like a server's
 * token, in the secret store (the OS keychain through safeStorage in the
 * desktop app, a file only the user can read in the browser host); the public
 * half, its number and when it was made are kept in the settings, so the
 * roster and the screen can show them even while the keychain is locked.
 *
 * Loading is asynchronous (the keychain is in Electron's main process), so
 * a document completed before the key is read is frozen unsigned and signed
 * before it is first sent (../outbox/seal.ts).
 */
export interface InstallKey {
  keyNumber: number;
  publicKey: string;
  createdAt: string;
  sign: SignMessage;
}

const SECRET_NAME = 'sync.install-signing-key';
const PUBLIC_SETTING = 'sync.installKey';

const StoredSecret = z.object({ version: z.literal(1), keyNumber: z.number().int().min(1), privateKey: z.string().min(1), createdAt: IsoDateTime });
const PublicInfo = z.object({ keyNumber: z.number().int().min(1), publicKey: PublicKeyText, createdAt: IsoDateTime });
export type InstallKeyInfo = z.infer<typeof PublicInfo>;

export interface InstallKeyring {
  /** The key once read (or made); null before, or when it cannot be had. */
  current(): InstallKey | null;
  /** Resolves with the key; rejects with a message for the user when the secret store cannot give one. */
  ready(): Promise<InstallKey>;
  /** What is known of the key without the secret store: for the roster and the screen. */
  info(): InstallKeyInfo | null;
  /** Why there is no key, in words, or null. */
  problem(): string | null;
}

/** The key in the secret store, or null when what is there is not one (damaged: a new key is made). */
function readStored(text: string): InstallKey | null {
  try {
    const stored = StoredSecret.parse(JSON.parse(text));
    return { keyNumber: stored.keyNumber, createdAt: stored.createdAt, ...signerOf(stored.privateKey) };
  } catch {
    return null;
  }
}

export function createInstallKeyring(secrets: SecretStore, settings: SettingsRepository, now: () => string): InstallKeyring {
  let key: InstallKey | null = null;
  let problem: string | null = null;
  let loading: Promise<InstallKey> | null = null;

  const make = async (keyNumber: number): Promise<InstallKey> => {
    const pair = newKeyPair();
    const createdAt = now();
    await secrets.set(SECRET_NAME, JSON.stringify({ version: 1, keyNumber, privateKey: pair.privateKey, createdAt }));
    settings.set(PUBLIC_SETTING, { keyNumber, publicKey: pair.publicKey, createdAt });
    return { keyNumber, createdAt, ...signerOf(pair.privateKey) };
  };

  const load = async (): Promise<InstallKey> => {
    const known = settings.get(PUBLIC_SETTING, PublicInfo);
    let text: string | null;
    try {
      text = await secrets.get(SECRET_NAME);
    } catch (error) {
      // A keychain that can never decrypt the key again (another account, a reset keyring): the key is lost for good, and
      // a new one is made, with the next number; colleagues' Callmarks then show this install's key as changed, loudly.
      if (error instanceof SecretStoreError && (error.problem === 'undecryptable' || error.problem === 'damaged')) return make((known?.keyNumber ?? 0) + 1);
      throw error;
    }
    const stored = text === null ? null : readStored(text);
    if (!stored) return make((known?.keyNumber ?? 0) + 1);
    if (known?.publicKey !== stored.publicKey) settings.set(PUBLIC_SETTING, { keyNumber: stored.keyNumber, publicKey: stored.publicKey, createdAt: stored.createdAt });
    return stored;
  };

  const ready = (): Promise<InstallKey> => {
    if (key) return Promise.resolve(key);
    loading ??= load().then(
      (loaded) => {
        key = loaded;
        problem = null;
        return loaded;
      },
      (error: unknown) => {
        // Tried again at the next need: a locked keychain or a busy disk may be fine a minute later.
        loading = null;
        problem = `This computer’s signing key cannot be read, so nothing is sent until it can: ${error instanceof Error ? error.message : String(error)}`;
        throw new Error(problem);
      },
    );
    return loading;
  };

  return {
    current: () => key,
    ready,
    info: () => settings.get(PUBLIC_SETTING, PublicInfo),
    problem: () => problem,
  };
}
