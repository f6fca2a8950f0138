import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Callmark';

/**
 * Where the database lives: `--data-dir <path>` or CALLMARK_DATA_DIR (tests and
 * portable installs), else the platform's per-user app-data folder, the same
 * one Electron's app.getPath('userData') returns, so both shells share data.
 */
export function resolveDataFolder(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const flag = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (flag >= 0) {
    const arg = argv[flag] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (!value) throw new Error('--data-dir needs a folder path');
    return path.resolve(value);
  }
  if (env.CALLMARK_DATA_DIR) return path.resolve(env.CALLMARK_DATA_DIR);
  return path.join(platformAppDataRoot(env), APP_NAME);
}

function platformAppDataRoot(env: NodeJS.ProcessEnv): string {
  switch (process.platform) {
    case 'win32':
      return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
    case 'darwin':
      return path.join(os.homedir(), 'Library', 'Application Support');
    default:
      return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  }
}
