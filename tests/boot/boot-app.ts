// Starts the real built main process under Node: `require('electron')` answers with the stand-in,
// everything else (the bundle, its node_modules, the native SQLite module, the migrations) is the
// layout under test. The preload runs in a vm with only what Electron gives a sandboxed preload.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { createElectronStandIn, type ElectronStandIn, type StandInFrame } from './electron-stand-in';

/** Where the app is: the repository after `electron-vite build`, or an unpacked copy of app.asar. */
export interface Layout {
  name: string;
  /** What app.getAppPath() returns: the folder holding package.json (in a package, app.asar). */
  appPath: string;
  isPackaged: boolean;
}

const STAND_IN_ID = '\0electron-stand-in';

type ModuleInternals = typeof Module & { _resolveFilename: (request: string, ...rest: unknown[]) => string };

export interface BootedApp extends ElectronStandIn {
  mainFile: string;
  stop(): void;
}

/** Requires out/main/index.js of the layout with the stand-in installed, as Electron would run it. */
export function bootMain(layout: Layout, options: { appData: string; documents: string; singleInstance?: boolean }): BootedApp {
  const packageJson = JSON.parse(readFileSync(path.join(layout.appPath, 'package.json'), 'utf8')) as { main: string; name: string; productName?: string };
  // Electron: userData is the appData folder "appended with your app's name", the manifest's
  // productName or else its name.
  const userData = path.join(options.appData, packageJson.productName ?? packageJson.name);
  const standIn = createElectronStandIn({ ...options, userData, appPath: layout.appPath, isPackaged: layout.isPackaged });
  const mainFile = path.resolve(layout.appPath, packageJson.main);
  const load = createRequire(mainFile);
  const internals = Module as ModuleInternals;
  // oxlint-disable-next-line no-underscore-dangle -- Node's resolver has no public hook for CommonJS
  const original = internals._resolveFilename;
  // oxlint-disable-next-line no-underscore-dangle -- as above
  internals._resolveFilename = function resolve(request: string, ...rest: unknown[]) {
    return request === 'electron' ? STAND_IN_ID : original.call(this, request, ...rest);
  };
  load.cache[STAND_IN_ID] = { id: STAND_IN_ID, filename: STAND_IN_ID, loaded: true, exports: standIn.mainModule } as unknown as NodeJS.Module;
  delete load.cache[mainFile];
  load(mainFile);
  return {
    ...standIn,
    mainFile,
    stop() {
      // oxlint-disable-next-line no-underscore-dangle -- as above
      internals._resolveFilename = original;
      delete load.cache[STAND_IN_ID];
      delete load.cache[mainFile];
    },
  };
}

/** The modules a sandboxed preload may require (Electron's docs: "Sandboxed preload scripts"). */
const SANDBOX_MODULES = new Set(['events', 'timers', 'url']);

/**
 * Runs the preload the window was given, in its own vm context, bound to one frame. Returns what
 * it exposed on the page's window.
 */
export function runPreload(booted: ElectronStandIn, preloadFile: string, contents: InstanceType<ElectronStandIn['control']['WebContents']>, frame: StandInFrame) {
  const { exposed, module: electron } = booted.control.rendererModule(contents, frame);
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    if (SANDBOX_MODULES.has(name)) return createRequire(import.meta.url)(name);
    throw new Error(`module not found: ${name}`);
  };
  const cjsModule = { exports: {} };
  const context = vm.createContext({ require: sandboxRequire, module: cjsModule, exports: cjsModule.exports, console });
  vm.runInContext(readFileSync(preloadFile, 'utf8'), context, { filename: preloadFile });
  return exposed;
}
