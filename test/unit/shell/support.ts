import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../shared/api/dispatch';
import { registerIpcHandlers, type IpcHandlerOptions } from '../../../electron/ipc/register-handlers';
import { createMediaRelay } from '../../../electron/ipc/media-relay';
import { createFolderRelay } from '../../../electron/ipc/folder-relay';
import { createServerTestRelay, savedServerOrigins } from '../../../electron/ipc/server-test-relay';
import { createPrintRelay } from '../../../electron/ipc/print-relay';
import { desktopPrinting } from '../../../electron/shell/desktop-printing';
import { chooseRecording, chooseSharedFolder, confirmServerTest } from '../../../electron/shell/dialogs';
import { createMainWindow } from '../../../electron/shell/window';
import { APP_PAGE_URL } from '../../../electron/security/app-url';
import { standIn } from '../../support/electron/stand-in';
import type { StandInBrowserWindow } from '../../support/electron/windows';
import { tempFolder, type OpenedService } from '../../support/service';

/**
 * The main process's IPC wiring as start-shell.ts builds it (the real relays
 * and dialogs, against the Electron stand-in), in front of a real service on a
 * real SQLite file instead of the utility process: what reaches `dispatch` is
 * exactly what the worker would get.
 */
export function wireIpc(service: OpenedService) {
  const log: string[] = [];
  const backendCalls: { name: string; input: unknown }[] = [];
  const callBackend: IpcHandlerOptions['callBackend'] = (name, input) => {
    backendCalls.push({ name, input });
    return dispatch(service.service.handlers, name, input);
  };
  const media = createMediaRelay({ chooseFile: chooseRecording });
  registerIpcHandlers({
    callBackend,
    relays: [
      media,
      createFolderRelay({ chooseFolder: chooseSharedFolder }),
      createServerTestRelay({ confirm: confirmServerTest, savedOrigins: () => savedServerOrigins(callBackend) }),
      createPrintRelay(desktopPrinting('/app/preload.cjs')),
    ],
    grantDropped: media.grantDropped,
    log: (line) => log.push(line),
  });
  return { log, backendCalls };
}

/** Our window, showing our page at the address Electron reports for it. */
export function openPageWindow(dataFolder = tempFolder('callmark-window-')): StandInBrowserWindow {
  createMainWindow({ preloadPath: '/app/preload.cjs', dataFolder, onLinkOut: () => undefined, log: () => undefined });
  const win = standIn.windows().at(-1)!;
  if (win.webContents.mainFrame.url !== APP_PAGE_URL) throw new Error(`the window loaded ${win.webContents.mainFrame.url}`);
  return win;
}

/** A built renderer for the app protocol to serve: one page and one script. */
export function fakeRendererBeside(bundleDir: string): string {
  const renderer = path.join(bundleDir, '../renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Callmark</title><script src="assets/app.js"></script>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("callmark")');
  return renderer;
}

let built: Promise<string> | null = null;
/** The real main, preload and backend bundles (scripts/build-electron.mjs), built once per test process into a temporary folder. */
export function builtBundles(): Promise<string> {
  built ??= (async () => {
    const bundleDir = path.join(tempFolder('callmark-bundles-'), 'electron');
    const { buildElectron } = await import('../../../scripts/build-electron.mjs');
    await buildElectron(bundleDir);
    fakeRendererBeside(bundleDir);
    return bundleDir;
  })();
  return built;
}
