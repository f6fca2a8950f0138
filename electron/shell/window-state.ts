import fs from 'node:fs';
import path from 'node:path';
import { WindowState } from '../../shared/desktop/window-state';
import { writePrivateFileAtomic } from '../services/secrets/private-file';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved window state, or null when there is none or it is not usable (damaged, edited, another version's). */
export function readWindowState(dataFolder: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(fs.readFileSync(path.join(dataFolder, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written whole or not at all (temporary file, fsync, rename), readable by this user only. */
export function saveWindowState(dataFolder: string, state: WindowState): void {
  writePrivateFileAtomic(path.join(dataFolder, WINDOW_STATE_FILE), `${JSON.stringify(WindowState.parse(state))}\n`);
}
