import { EventEmitter } from 'node:events';
import type {
  App,
  BaseWindow,
  ContextBridge,
  CustomScheme,
  Dialog,
  Display,
  IpcMain,
  IpcMainInvokeEvent,
  IpcRenderer,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  OpenDialogReturnValue,
  Protocol,
  SafeStorage,
  Screen,
  Session,
  Shell,
  WebUtils,
} from 'electron';
import { StandInBrowserWindow, type StandInFrame, type StandInWebContents } from './windows';
import { StandInUtilityProcess } from './utility-process';

/**
 * A stand-in for the `electron` module, for `vi.mock('electron', …)`: the
 * main-process modules run in vitest against it and a test reads what they
 * were given (window options, IPC handlers, protocol handlers, the menu,
 * dialogs, session handlers) and plays what Electron would do (the app
 * becoming ready, a call from our page or from an iframe, a second instance).
 *
 * It implements only what our modules use. Each member is checked against
 * Electron's own type definitions (`satisfies Pick<…>` / `implements`), so a
 * changed signature in a new Electron fails the typecheck here instead of
 * drifting silently; a member our code starts to use and this lacks fails the
 * test that reaches it. Rules Electron enforces at run time and our code could
 * break (schemes privileged before `ready`, protocols and sessions only after
 * it, one handler per IPC channel) are enforced here too.
 */

type IpcHandler = Parameters<IpcMain['handle']>[1];
type ProtocolHandler = Parameters<Protocol['handle']>[1];
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type StorageBackend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

export interface DialogCall {
  kind: 'open' | 'message' | 'save';
  window: unknown;
  options: OpenDialogOptions | MessageBoxOptions | SaveDialogOptions;
}

/** Who sends an IPC message: a window's contents and the frame inside it. */
export interface IpcSender {
  webContents: StandInWebContents;
  frame: StandInFrame | null;
}

function freshState() {
  let becomeReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  return {
    isReady: false,
    ready,
    becomeReady,
    paths: { userData: '/nonexistent/callmark-stand-in-user-data' } as Record<string, string>,
    /** userData folders whose lock another running instance holds. */
    otherInstances: new Set<string>(),
    /** What a second instance handed to the first through requestSingleInstanceLock. */
    handedOver: [] as unknown[],
    quitRequested: false,
    privilegedSchemes: [] as CustomScheme[],
    protocolHandlers: new Map<string, ProtocolHandler>(),
    ipcHandlers: new Map<string, IpcHandler>(),
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    devicePermissionHandler: undefined as DevicePermissionHandler | undefined,
    dictionaryDownloadUrl: undefined as string | undefined,
    dialogs: [] as DialogCall[],
    /** Answers for the next open dialogs: a path, or null for Cancel. */
    openAnswers: [] as (string | null)[],
    /** Answers for the next save dialogs: a path, or null for Cancel. */
    saveAnswers: [] as (string | null)[],
    /** Answers for the next message boxes: the index of the button pressed. */
    messageAnswers: [] as number[],
    openedExternally: [] as string[],
    menuTemplate: null as MenuItemConstructorOptions[] | null,
    displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 } }] as Pick<
      Display,
      'id' | 'bounds' | 'workArea'
    >[],
    keychain: { available: true, backend: 'gnome_libsecret' as StorageBackend },
    forks: [] as StandInUtilityProcess[],
    exposed: new Map<string, unknown>(),
    /** The frame the preload's ipcRenderer speaks from. */
    renderer: null as IpcSender | null,
    droppedFilePaths: new Map<unknown, string>(),
  };
}

let state = freshState();
const appEvents = new EventEmitter();

const requireReady = (what: string) => {
  if (!state.isReady) throw new Error(`${what} can only be used after the app is ready (Electron throws here too)`);
};

const app = {
  // Events are a plain emitter (Electron's overloads return `this`, which a stand-in cannot be).
  on(event: string, listener: (...args: never[]) => void): void {
    appEvents.on(event, listener as (...args: unknown[]) => void);
  },
  whenReady: () => state.ready,
  quit() {
    state.quitRequested = true;
    appEvents.emit('before-quit', { preventDefault: () => undefined });
  },
  getPath(name) {
    const found = state.paths[name];
    if (found === undefined) throw new Error(`stand-in: no path "${name}"`);
    return found;
  },
  setPath(name, value) {
    state.paths[name] = value;
  },
  getVersion: () => '0.1.0',
  // Electron keys the lock on the userData folder.
  requestSingleInstanceLock(additionalData) {
    const key = state.paths.userData ?? '';
    if (state.otherInstances.has(key)) {
      state.handedOver.push(additionalData);
      return false;
    }
    return true;
  },
  isPackaged: false,
} satisfies Pick<App, 'whenReady' | 'quit' | 'getPath' | 'setPath' | 'getVersion' | 'requestSingleInstanceLock' | 'isPackaged'> & Record<string, unknown>;

const ipcMain = {
  handle(channel, listener) {
    if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel) {
    state.ipcHandlers.delete(channel);
  },
} satisfies Pick<IpcMain, 'handle' | 'removeHandler'>;

/** What Electron hands an invoke handler; the structured clone is what crosses the process boundary. */
async function invokeAs(sender: IpcSender, channel: string, args: unknown[]): Promise<unknown> {
  const handler = state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
  const event = { sender: sender.webContents, senderFrame: sender.frame, frameId: 1, processId: 1, type: 'frame', preventDefault: () => undefined };
  return structuredClone(await handler(event as unknown as IpcMainInvokeEvent, ...structuredClone(args)));
}

const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (state.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    requireReady('protocol.handle');
    state.protocolHandlers.set(scheme, handler);
  },
} satisfies Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

const defaultSession = {
  setPermissionRequestHandler(handler) {
    state.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    state.permissionCheckHandler = handler;
  },
  setDevicePermissionHandler(handler) {
    state.devicePermissionHandler = handler;
  },
  setSpellCheckerDictionaryDownloadURL(url) {
    new URL(url); // Electron refuses a URL it cannot parse.
    state.dictionaryDownloadUrl = url;
  },
} satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerDictionaryDownloadURL'>;

const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

function recordDialog<T>(kind: DialogCall['kind'], args: unknown[], answer: () => T): Promise<T> {
  const [window, options] = args.length === 2 ? args : [null, args[0]];
  state.dialogs.push({ kind, window, options: options as DialogCall['options'] });
  return Promise.resolve(answer());
}

const dialog = {
  showOpenDialog(...args: [BaseWindow, OpenDialogOptions] | [OpenDialogOptions]): Promise<OpenDialogReturnValue> {
    return recordDialog('open', args, () => {
      if (state.openAnswers.length === 0) throw new Error('stand-in: an open dialog was shown that the test did not expect');
      const chosen = state.openAnswers.shift() ?? null;
      return chosen === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [chosen] };
    });
  },
  showMessageBox(...args: [BaseWindow, MessageBoxOptions] | [MessageBoxOptions]): Promise<MessageBoxReturnValue> {
    return recordDialog('message', args, () => {
      const response = state.messageAnswers.shift();
      if (response === undefined) throw new Error('stand-in: a message box was shown that the test did not expect');
      return { response, checkboxChecked: false };
    });
  },
  showSaveDialog(...args: [BaseWindow, SaveDialogOptions] | [SaveDialogOptions]): Promise<SaveDialogReturnValue> {
    return recordDialog('save', args, () => {
      if (state.saveAnswers.length === 0) throw new Error('stand-in: a save dialog was shown that the test did not expect');
      const chosen = state.saveAnswers.shift() ?? null;
      return chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
    });
  },
} satisfies Pick<Dialog, 'showOpenDialog' | 'showMessageBox' | 'showSaveDialog'>;

const shell = {
  openExternal(url) {
    state.openedExternally.push(url);
    return Promise.resolve();
  },
} satisfies Pick<Shell, 'openExternal'>;

const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) as unknown as ElectronMenu,
  setApplicationMenu(menu: ElectronMenu | null) {
    state.menuTemplate = menu ? (menu as unknown as { template: MenuItemConstructorOptions[] }).template : null;
  },
};

const screen = {
  getAllDisplays: () => state.displays as Display[],
  getPrimaryDisplay: () => state.displays[0] as Display,
} satisfies Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;

const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(state.keychain.available),
  getSelectedStorageBackend: () => state.keychain.backend,
  encryptStringAsync: (text) => Promise.resolve(Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`)),
  decryptStringAsync(data) {
    const text = data.toString();
    if (!text.startsWith('sealed:')) return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'));
    return Promise.resolve({ result: Buffer.from(text.slice('sealed:'.length), 'base64').toString(), shouldReEncrypt: false });
  },
} satisfies Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'>;

const utilityProcess = {
  fork(modulePath: string, args?: string[], options?: ConstructorParameters<typeof StandInUtilityProcess>[2]) {
    const child = new StandInUtilityProcess(modulePath, args, options);
    state.forks.push(child);
    return child;
  },
};

const contextBridge = {
  exposeInMainWorld(apiKey, api) {
    state.exposed.set(apiKey, api);
  },
} satisfies Pick<ContextBridge, 'exposeInMainWorld'>;

const ipcRenderer = {
  invoke(channel, ...args) {
    if (!state.renderer) throw new Error('stand-in: say which frame the preload runs in (standIn.renderIn)');
    return invokeAs(state.renderer, channel, args);
  },
} satisfies Pick<IpcRenderer, 'invoke'>;

const webUtils = {
  // "" for a File the page made up: it has no path on disk.
  getPathForFile: (file) => state.droppedFilePaths.get(file) ?? '',
} satisfies Pick<WebUtils, 'getPathForFile'>;

/** What `vi.mock('electron', …)` returns: the members our modules import. */
export const electronStandIn = {
  app,
  BrowserWindow: StandInBrowserWindow,
  ipcMain,
  protocol,
  session,
  dialog,
  shell,
  Menu,
  screen,
  safeStorage,
  utilityProcess,
  contextBridge,
  ipcRenderer,
  webUtils,
};

/** The test's side: what the modules were given, and Electron's part to play. */
export const standIn = {
  /** A fresh Electron: no windows, handlers, answers or listeners. Call in beforeEach. */
  reset(): void {
    for (const child of state.forks) child.crash();
    state = freshState();
    appEvents.removeAllListeners();
    StandInBrowserWindow.all.length = 0;
  },
  get state() {
    return state;
  },
  /** The `ready` event: whenReady() resolves and the APIs that need it start working. */
  becomeReady(): Promise<void> {
    state.isReady = true;
    state.becomeReady();
    appEvents.emit('ready');
    return state.ready;
  },
  emitApp(event: string, ...args: unknown[]): void {
    appEvents.emit(event, ...args);
  },
  appListeners: (event: string) => appEvents.listenerCount(event),
  windows: () => StandInBrowserWindow.all,
  /** Our page's top frame in this window (at whatever URL it now shows). */
  fromPage: (win: StandInBrowserWindow): IpcSender => ({ webContents: win.webContents, frame: win.webContents.mainFrame }),
  /** A subframe of the window at `url`: even our own page's URL is refused from there. */
  fromSubframe: (win: StandInBrowserWindow, url: string): IpcSender => ({ webContents: win.webContents, frame: { url } }),
  /** A frame that navigated or closed before the message was handled: Electron gives `null`. */
  fromGoneFrame: (win: StandInBrowserWindow): IpcSender => ({ webContents: win.webContents, frame: null }),
  invoke: (sender: IpcSender, channel: string, ...args: unknown[]) => invokeAs(sender, channel, args),
  channels: () => [...state.ipcHandlers.keys()],
  /** A request to one of the registered protocols, as Chromium would make it. */
  request(url: string, init?: RequestInit): Promise<Response> {
    const handler = state.protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`stand-in: no handler for ${url}`);
    return Promise.resolve(handler(new Request(url, init)));
  },
  /** The preload runs in this window's top frame (or another frame) from now on. */
  renderIn(sender: IpcSender): void {
    state.renderer = sender;
  },
  exposed: (key: string) => state.exposed.get(key),
};
