// A stand-in for the `electron` module, for the boot test of the built main process and preload.
// It models Electron's documented behaviour for exactly the API the app uses, including the
// defaults that make a missing guard visible: without a permission handler a permission is
// granted, without a window-open handler a window opens, an unprevented navigation happens, and
// an IPC channel without a handler rejects. Test helpers (the methods marked "test:") drive what the
// renderer, the operating system or the person would do.
import { EventEmitter } from 'node:events';

/** Electron's Event: listeners may call preventDefault(). */
export class StandInEvent {
  defaultPrevented = false;
  constructor(readonly details: Record<string, unknown> = {}) {
    Object.assign(this, details);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** WebFrameMain: the frame an IPC message came from. */
export class StandInFrame {
  readonly frames: StandInFrame[] = [];
  constructor(
    public url: string,
    readonly parent: StandInFrame | null = null,
  ) {
    parent?.frames.push(this);
  }
  get top(): StandInFrame {
    return this.parent ? this.parent.top : this;
  }
  get origin(): string {
    return new URL(this.url).origin;
  }
}

type WindowOpenDetails = { url: string; frameName: string; features: string; disposition: string };
type WindowOpenResponse = { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions?: unknown };

export interface StandInOptions {
  appPath: string;
  userData: string;
  documents: string;
  isPackaged: boolean;
  /** What requestSingleInstanceLock() answers: false when another instance holds the lock. */
  singleInstance?: boolean;
}

export function createElectronStandIn(setup: StandInOptions) {
  let ready = false;
  let readyResolve: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  const paths = new Map<string, string>([
    ['userData', setup.userData],
    ['documents', setup.documents],
    ['temp', setup.documents],
  ]);
  const windows: StandInBrowserWindow[] = [];
  const privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const calls = { quit: 0, errorBoxes: [] as [string, string][], setPath: [] as [string, string][], openExternal: [] as string[], messageBoxes: [] as unknown[], saveDialogs: [] as unknown[] };
  const answers = { saveDialog: [] as { canceled: boolean; filePath?: string }[], messageBox: [] as number[] };
  let clipboardText = '';
  let idleSeconds = 0;

  const requireReady = (what: string) => {
    if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
  };

  class StandInSession {
    permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
    permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
    devicePermissionHandler: ((details: unknown) => boolean) | null = null;
    setPermissionRequestHandler(handler: StandInSession['permissionRequestHandler']) {
      this.permissionRequestHandler = handler;
    }
    setPermissionCheckHandler(handler: StandInSession['permissionCheckHandler']) {
      this.permissionCheckHandler = handler;
    }
    setDevicePermissionHandler(handler: StandInSession['devicePermissionHandler']) {
      this.devicePermissionHandler = handler;
    }
    /** test: a page asks for a permission; Electron grants it when no handler is set. */
    requestPermission(contents: unknown, permission: string): Promise<boolean> {
      const handler = this.permissionRequestHandler;
      if (!handler) return Promise.resolve(true);
      return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl: 'app://vertrouwd/index.html', isMainFrame: true }));
    }
    /** test: Chromium checks a permission synchronously; granted when no handler is set. */
    checkPermission(contents: unknown, permission: string, origin: string): boolean {
      return this.permissionCheckHandler ? this.permissionCheckHandler(contents, permission, origin, {}) : true;
    }
    /** test: a page asks for a HID/serial/USB device; allowed when no handler is set. */
    checkDevicePermission(deviceType: string, origin: string): boolean {
      return this.devicePermissionHandler ? this.devicePermissionHandler({ deviceType, origin }) : true;
    }
  }
  const defaultSession = new StandInSession();

  let nextContentsId = 1;
  class StandInWebContents extends EventEmitter {
    readonly id = nextContentsId++;
    readonly mainFrame = new StandInFrame('about:blank');
    readonly session = defaultSession;
    windowOpenHandler: ((details: WindowOpenDetails) => WindowOpenResponse) | null = null;
    /** test: the last loadURL, to wait for. */
    loading: Promise<unknown> = Promise.resolve();
    setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenResponse) {
      this.windowOpenHandler = handler;
    }
    getURL() {
      return this.mainFrame.url;
    }
    isDestroyed() {
      return false;
    }
    /** Loads through the registered protocol handler, as Chromium does for a custom scheme. */
    async loadURL(url: string): Promise<Response | null> {
      this.mainFrame.url = url;
      const scheme = new URL(url).protocol.slice(0, -1);
      const handler = protocolHandlers.get(scheme);
      const response = handler ? await handler(new Request(url)) : null;
      this.emit('did-finish-load');
      return response;
    }
    /** test: the page navigates itself (link, location.href); true when the navigation happened. */
    navigate(url: string): boolean {
      const event = new StandInEvent({ url, isMainFrame: true, frame: this.mainFrame });
      this.emit('will-navigate', event, url, false, true);
      if (!event.defaultPrevented) this.mainFrame.url = url;
      return !event.defaultPrevented;
    }
    /** test: a server-side redirect during a navigation; true when it was followed. */
    redirect(url: string): boolean {
      const event = new StandInEvent({ url, isMainFrame: true, frame: this.mainFrame });
      this.emit('will-redirect', event, url, false, true);
      return !event.defaultPrevented;
    }
    /** test: window.open or a target=_blank link; Electron opens a window when no handler is set. */
    openWindow(url: string): WindowOpenResponse {
      const details = { url, frameName: '', features: '', disposition: 'new-window' };
      return this.windowOpenHandler ? this.windowOpenHandler(details) : { action: 'allow' };
    }
    /** test: a <webview> is about to attach; true when it was allowed. */
    attachWebview(src: string): boolean {
      const event = new StandInEvent();
      this.emit('will-attach-webview', event, { preload: '', nodeIntegration: false }, { src });
      return !event.defaultPrevented;
    }
  }

  class StandInBrowserWindow extends EventEmitter {
    static getAllWindows() {
      return [...windows];
    }
    readonly webContents = new StandInWebContents();
    visible = false;
    minimized = false;
    focused = false;
    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown> = {}) {
      super();
      requireReady('BrowserWindow');
      windows.push(this);
      app.emit('web-contents-created', new StandInEvent(), this.webContents);
      app.emit('browser-window-created', new StandInEvent(), this);
    }
    loadURL(url: string): Promise<void> {
      const loading = this.webContents.loadURL(url).then(() => void this.emit('ready-to-show'));
      this.webContents.loading = loading;
      return loading;
    }
    show() {
      this.visible = true;
    }
    isVisible() {
      return this.visible;
    }
    isMinimized() {
      return this.minimized;
    }
    minimize() {
      this.minimized = true;
    }
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focused = true;
    }
    close() {
      const index = windows.indexOf(this);
      if (index < 0) return;
      windows.splice(index, 1);
      this.emit('closed');
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: setup.isPackaged,
    getAppPath: () => setup.appPath,
    getPath(name: string): string {
      const value = paths.get(name);
      if (!value) throw new Error(`Failed to get '${name}' path`);
      return value;
    },
    setPath(name: string, value: string) {
      calls.setPath.push([name, value]);
      paths.set(name, value);
    },
    requestSingleInstanceLock: () => setup.singleInstance ?? true,
    whenReady: () => readyPromise,
    isReady: () => ready,
    /** Electron: before-quit (preventable), the windows close, then will-quit and quit. */
    quit() {
      calls.quit++;
      const event = new StandInEvent();
      app.emit('before-quit', event);
      if (event.defaultPrevented) return;
      for (const window of [...windows]) window.close();
      app.emit('will-quit', new StandInEvent());
      app.emit('quit', new StandInEvent(), 0);
    },
  });

  const protocol = {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      requireReady('protocol.handle');
      if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
  };

  const ipcMain = {
    handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel);
    },
  };

  const pickWindow = (args: unknown[]) => (args[0] instanceof StandInBrowserWindow ? args.slice(1) : args);
  const dialog = {
    /** Electron: may be called before ready; shows a modal message and returns when it is closed. */
    showErrorBox(title: string, content: string) {
      calls.errorBoxes.push([title, content]);
    },
    async showSaveDialog(...args: unknown[]) {
      calls.saveDialogs.push(pickWindow(args)[0]);
      return answers.saveDialog.shift() ?? { canceled: true, filePath: '' };
    },
    async showMessageBox(...args: unknown[]) {
      calls.messageBoxes.push(pickWindow(args)[0]);
      return { response: answers.messageBox.shift() ?? 1, checkboxChecked: false };
    },
  };

  const shell = {
    async openExternal(url: string) {
      calls.openExternal.push(url);
    },
  };

  const clipboard = {
    writeText: (text: string) => void (clipboardText = text),
    readText: () => clipboardText,
    clear: () => void (clipboardText = ''),
  };

  const powerMonitorEmitter = new EventEmitter();
  const powerMonitor = Object.assign(powerMonitorEmitter, {
    getSystemIdleTime: () => idleSeconds,
    on(name: string, listener: (...args: unknown[]) => void) {
      requireReady('powerMonitor');
      return EventEmitter.prototype.on.call(powerMonitorEmitter, name, listener);
    },
  });

  /** The module `require('electron')` returns in the main process. */
  const mainModule = {
    app,
    BrowserWindow: StandInBrowserWindow,
    protocol,
    session: { defaultSession },
    ipcMain,
    dialog,
    shell,
    clipboard,
    powerMonitor,
  };

  /** The module a sandboxed preload receives: contextBridge and ipcRenderer bound to one frame. */
  function rendererModule(contents: StandInWebContents, frame: StandInFrame) {
    const exposed = new Map<string, unknown>();
    return {
      exposed,
      module: {
        contextBridge: {
          exposeInMainWorld(key: string, api: unknown) {
            if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
            exposed.set(key, api);
          },
        },
        ipcRenderer: {
          // Values cross IPC by the structured clone algorithm, as in Electron.
          invoke: (channel: string, ...args: unknown[]) => invoke(channel, { sender: contents, senderFrame: frame }, ...args.map((a) => structuredClone(a))),
        },
      },
    };
  }

  async function invoke(channel: string, from: { sender: StandInWebContents; senderFrame: StandInFrame }, ...args: unknown[]): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { sender: from.sender, senderFrame: from.senderFrame, frameId: 1, processId: 1 };
    return structuredClone(await handler(event, ...args));
  }

  /** Test controls: what the system, the renderer and the person do. */
  const control = {
    ready: () => {
      ready = true;
      app.emit('will-finish-launching');
      app.emit('ready', new StandInEvent(), {});
      readyResolve();
    },
    windows,
    privilegedSchemes,
    ipcChannels: () => [...ipcHandlers.keys()],
    invoke,
    rendererModule,
    WebContents: StandInWebContents,
    fetch: async (url: string) => {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return handler(new Request(url));
    },
    calls,
    answers,
    defaultSession,
    powerMonitor: powerMonitorEmitter,
    setIdleSeconds: (seconds: number) => void (idleSeconds = seconds),
    path: (name: string) => paths.get(name),
  };

  return { mainModule, control };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
export type StandInWindow = InstanceType<ElectronStandIn['mainModule']['BrowserWindow']>;
