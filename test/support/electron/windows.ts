import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, HandlerDetails, Rectangle, WebContents, WindowOpenHandlerResponse } from 'electron';

/** What a frame is to our modules: its URL (WebFrameMain has much more; we read only this). */
export interface StandInFrame {
  url: string;
}

/**
 * A window's contents as our modules use them: its top frame, the window-open
 * handler and navigation events. `navigate` and `openWindow` play what Chromium
 * does when the page follows a link or calls window.open.
 */
export class StandInWebContents extends EventEmitter {
  readonly mainFrame: StandInFrame = { url: '' };
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return false;
  }

  /** What `executeJavaScript` answers (the page's readiness to print, for electron/shell/print-to-pdf.ts). */
  scriptAnswer: unknown = true;
  /** The options of each printToPDF, in order. */
  readonly printed: unknown[] = [];

  executeJavaScript(): Promise<unknown> {
    return Promise.resolve(this.scriptAnswer);
  }

  /** Chromium's print engine: here a marker PDF naming the page printed, so a test can follow the bytes. */
  printToPDF(options: unknown): Promise<Buffer> {
    this.printed.push(options);
    return Promise.resolve(Buffer.from(`%PDF-1.7 stand-in print of ${this.mainFrame.url}\n%%EOF\n`));
  }

  /** A top-level navigation as the page starts it; true when a `will-navigate` listener stopped it. */
  navigate(url: string): boolean {
    let prevented = false;
    const details = { url, isSameDocument: false, isMainFrame: true, frame: null, preventDefault: () => (prevented = true), defaultPrevented: false };
    this.emit('will-navigate', details, url, false, true);
    if (!prevented) this.mainFrame.url = url;
    return prevented;
  }

  /** window.open or a target=_blank link; the handler's answer. */
  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) throw new Error('no window-open handler was set: Electron would open a new window');
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'no-referrer' }, postBody: undefined as never });
  }

  /** An embedded <webview> asking to attach; true when a listener refused it. */
  attachWebview(): boolean {
    let prevented = false;
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    return prevented;
  }
}

/**
 * A BrowserWindow that records the options it was built with and the state our
 * modules change (shown, focused, bounds). Its methods have Electron's own
 * signatures (checked by `implements`); events are a plain EventEmitter.
 */
export class StandInBrowserWindow
  extends EventEmitter
  implements Pick<BrowserWindow, 'show' | 'focus' | 'restore' | 'isMinimized' | 'minimize' | 'isMaximized' | 'maximize' | 'getNormalBounds' | 'isDestroyed' | 'loadURL'>
{
  static readonly all: StandInBrowserWindow[] = [];

  static fromWebContents(webContents: WebContents | StandInWebContents): StandInBrowserWindow | null {
    return StandInBrowserWindow.all.find((w) => w.webContents === webContents) ?? null;
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all.filter((w) => !w.destroyed);
  }

  readonly webContents = new StandInWebContents();
  shown = false;
  focusCount = 0;
  private minimized = false;
  private maximized = false;
  private destroyed = false;
  private bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    StandInBrowserWindow.all.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The user moving or resizing the window. */
  moveTo(bounds: Rectangle): void {
    this.bounds = { ...bounds };
  }
  /** Chromium's first paint. */
  becomeReadyToShow(): void {
    this.emit('ready-to-show');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
  /** The user closing the window: `close` (which may be prevented), then `closed`. */
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
}
