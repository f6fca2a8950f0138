import { app, session, shell, type BrowserWindow } from 'electron';
import type { Envelope } from '../../shared/api';
import path from 'node:path';
import { resolveDataFolder } from '../config/data-folder';
import { createFolderRelay } from '../ipc/folder-relay';
import { createMediaRelay } from '../ipc/media-relay';
import { registerIpcHandlers } from '../ipc/register-handlers';
import { createServerTestRelay, savedServerOrigins } from '../ipc/server-test-relay';
import { createPrintRelay } from '../ipc/print-relay';
import { desktopPrinting } from './desktop-printing';
import { handleAppProtocol, registerSchemes } from './app-protocol';
import { startBackendProcess, type BackendProcess } from './backend-process';
import { announceTemplateFile, chooseRecording, chooseSharedFolder, confirmOpenLink, confirmServerTest } from './dialogs';
import { createLinkOpener } from './external-links';
import { handleMediaProtocol } from './media-protocol';
import { installMenu } from './menu';
import { applySessionPolicy } from './session-policy';
import { bringToFront, claimDataFolder } from './single-instance';
import { importTemplateFile, templateFilesIn } from './template-files';
import { createMainWindow } from './window';

export interface ShellOptions {
  /** The folder of the built main, preload and backend bundles (dist/electron); the renderer is built beside it. */
  bundleDir: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  workingDirectory?: string;
  /** Refused calls, refused links and other security events. */
  log?: (line: string) => void;
}

export interface StartedShell {
  dataFolder: string;
  /** Null when another instance already runs on this data folder: it was brought to the front and this one quits. */
  ready: Promise<{ window: BrowserWindow; backend: BackendProcess }> | null;
}

/**
 * The desktop app's wiring, called by electron/main.ts: window, menu,
 * protocols, session policy and the IPC relay in the main process, everything
 * else (database, scoring, sync) in the backend utility process, the same code
 * the browser host runs in plain Node. A function, so tests run it against a
 * stand-in for Electron.
 */
export function startShell(options: ShellOptions): StartedShell {
  const log = options.log ?? ((line: string) => console.warn(line));
  const argv = options.argv ?? process.argv;
  registerSchemes();
  const dataFolder = resolveDataFolder(argv, options.env ?? process.env);
  if (!claimDataFolder(dataFolder)) {
    app.quit();
    return { dataFolder, ready: null };
  }

  let window: BrowserWindow | null = null;
  let callBackend: ((name: string, input: unknown) => Promise<Envelope<unknown>>) | null = null;
  const waitingFiles = templateFilesIn(argv, options.workingDirectory ?? process.cwd());
  const announce = (files: string[]) => {
    // Before the backend runs, a file waits; it is imported once the window is up.
    if (!callBackend) return void waitingFiles.push(...files);
    for (const file of files) {
      void importTemplateFile(file, callBackend)
        .then((result) => announceTemplateFile(window, file, result))
        .catch((error: unknown) => log(`callmark: ${String(error)}`));
    }
  };
  app.on('second-instance', (_event, otherArgv, workingDirectory) => {
    if (window) bringToFront(window);
    announce(templateFilesIn(otherArgv, workingDirectory));
  });
  // macOS hands a double-clicked file over as an event, possibly before the window exists.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    announce([file]);
  });
  app.on('window-all-closed', () => app.quit());

  const ready = app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession, log);
    handleAppProtocol(path.join(options.bundleDir, '../renderer'));
    const backend = startBackendProcess(path.join(options.bundleDir, 'backend.cjs'), dataFolder);
    app.on('before-quit', () => backend.stop());
    // Files and folders reach the backend only as grants the main process issued (docs/security.md).
    const media = createMediaRelay({ chooseFile: chooseRecording });
    registerIpcHandlers({
      callBackend: backend.call,
      relays: [
        media,
        createFolderRelay({ chooseFolder: chooseSharedFolder }),
        createServerTestRelay({ confirm: confirmServerTest, savedOrigins: () => savedServerOrigins(backend.call) }),
        createPrintRelay(desktopPrinting(path.join(options.bundleDir, 'preload.cjs'))),
      ],
      grantDropped: media.grantDropped,
      log,
    });
    handleMediaProtocol(backend.call);
    installMenu();
    const openLink = createLinkOpener({ confirm: confirmOpenLink, open: (url) => shell.openExternal(url), log });
    window = createMainWindow({
      preloadPath: path.join(options.bundleDir, 'preload.cjs'),
      dataFolder,
      onLinkOut: (url, win) => void openLink(url, win),
      log,
    });
    callBackend = backend.call;
    announce(waitingFiles.splice(0));
    return { window, backend };
  });
  return { dataFolder, ready };
}
