import fs from 'node:fs';
import path from 'node:path';

const defaultRoot = path.resolve(import.meta.dirname, '..');

/**
 * The Electron binary's path, or null with the reason in plain words when it is
 * not there. Never `require('electron')`: without its binary that package tries
 * to download it on the spot and then throws ("fetch failed", "delete
 * node_modules/electron"), which is noise on a machine that simply has no
 * internet. Follows the package's own lookup: path.txt names the executable in
 * dist/ (or in ELECTRON_OVERRIDE_DIST_PATH).
 */
export function findElectronBinary(root = defaultRoot, env = process.env) {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return { path: null, reason: 'the electron package is not installed' };
  const pathFile = path.join(pkg, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { path: null, reason: 'the Electron binary is not on this machine (it is downloaded from the internet, which was not possible here)' };
  }
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron') : path.join(pkg, 'dist', executable);
  if (!fs.existsSync(binary)) return { path: null, reason: `the Electron binary is missing (${binary})` };
  return { path: binary };
}
