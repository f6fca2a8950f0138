import { assertSecretKey, type SecretStore } from './store';

/** Secrets held in memory only, for tests and benches: nothing touches the disk. */
export function createMemorySecretStore(initial: Record<string, string> = {}): SecretStore & { readonly size: number } {
  const values = new Map(Object.entries(initial));
  return {
    describe: async () => ({ protection: 'user-only-file', where: 'in memory only (tests): nothing is kept after the app closes' }),
    get: async (key) => {
      assertSecretKey(key);
      return values.get(key) ?? null;
    },
    set: async (key, value) => {
      assertSecretKey(key);
      if (value === null) values.delete(key);
      else values.set(key, value);
    },
    get size() {
      return values.size;
    },
  };
}
