import fs from 'node:fs';
import path from 'node:path';
import type { SecretStore } from './store';

/**
 * The browser host's secret store: a JSON file with mode 0600 in the data
 * folder, replaced atomically. Weaker than a keychain, and the UI says so.
 */
export function createFileSecretStore(dataFolder: string): SecretStore {
  const file = path.join(dataFolder, 'secrets.json');
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    where: `a file readable only by you (${file}), not the OS keychain`,
    get: async (key) => read()[key] ?? null,
    set: async (key, value) => {
      const all = read();
      if (value === null) delete all[key];
      else all[key] = value;
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
      fs.renameSync(tmp, file);
    },
  };
}
