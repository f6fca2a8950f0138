import { app, session } from 'electron';
import path from 'node:path';
import { resolveDataFolder } from './config/data-folder';
import { registerIpcHandlers } from './ipc/register-handlers';
import { handleAppProtocol, registerSchemes } from './shell/app-protocol';
import { handleMediaProtocol } from './shell/media-protocol';
import { startBackendProcess } from './shell/backend-process';
import { installMenu } from './shell/menu';
import { createMainWindow } from './shell/window';

/**
 * The thin Electron shell: window, menu, protocols and IPC relay. Everything
 * else (database, scoring, sync) runs in the backend utility process, the same
 * code the browser host runs in plain Node.
 */
registerSchemes();
// A second instance hands over to the first and quits before it opens anything.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

// Built files sit side by side in dist/electron; the renderer in dist/renderer.
const here = __dirname;
const dataFolder = process.argv.some((a) => a.startsWith('--data-dir')) || process.env.CALLMARK_DATA_DIR
  ? resolveDataFolder()
  : app.getPath('userData');

if (isFirstInstance) void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  handleAppProtocol(path.join(here, '../renderer'));
  const backend = startBackendProcess(path.join(here, 'backend.cjs'), dataFolder);
  registerIpcHandlers(backend.call);
  handleMediaProtocol(backend.call);
  installMenu();
  createMainWindow(path.join(here, 'preload.cjs'));
  app.on('before-quit', () => backend.stop());
});

app.on('window-all-closed', () => app.quit());
