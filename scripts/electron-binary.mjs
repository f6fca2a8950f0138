import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron binary's path, or null with the reason when it is not installed
 * (its download is skipped on machines without internet, as in CI here).
 */
export function findElectronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { path: null, reason: 'the Electron binary is not installed (its download was skipped or failed)' };
  } catch (error) {
    return { path: null, reason: `the Electron binary is not installed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
  }
}
