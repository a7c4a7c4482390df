// End-to-end harness: the built renderer in real Chromium, with window.vertrouwd bound — under the
// same names as the preload — to the real core (handlers, vault, auto-lock) on a fresh encrypted
// vault in a temp folder. Only the Electron glue is left out (DESIGN.md, "Testing without Electron").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createCore, type Core } from '@core/app-core';
import { callNames } from '@core/call-names';
import { allowedExternalOrigins } from '@core/external-links';
import { tempFolder } from '../fixtures/temp-folder';
import { MIGRATIONS } from '../fixtures/vault';

const RENDERER = path.resolve(__dirname, '../../out/renderer');
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/e2e');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

export function findChromium(): string {
  const fromEnv = process.env.VERTROUWD_CHROMIUM ?? process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error('No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `apt-get install chromium`) or point VERTROUWD_CHROMIUM at a Chromium or Chrome binary.');
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** Serves out/renderer on loopback (file:// would need extra Chromium flags). */
function serveRenderer(): Promise<Server> {
  if (!existsSync(path.join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.resolve(RENDERER, `.${url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(RENDERER + path.sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 840 }, locale: 'nl-NL' };

/** Set by tests/e2e/shared-browser.ts for the e2e project: one Chromium for every file. */
export const SHARED_BROWSER_ENV = 'VERTROUWD_E2E_BROWSER_WS';

export function launchSharedBrowser() {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context: in the shared browser when there is one (a new context shares no
 * storage, cookies or bindings with the others), else in a browser of its own (the benchmarks).
 */
async function openContext(profileFolder: string, xdgFolder: string, locale?: string): Promise<{ context: BrowserContext; release: () => Promise<void> }> {
  const options = { ...CONTEXT_OPTIONS, ...(locale ? { locale } : {}) };
  const endpoint = process.env[SHARED_BROWSER_ENV];
  if (endpoint) {
    const browser = await chromium.connect(endpoint);
    const context = await browser.newContext(options);
    return { context, release: () => browser.close() };
  }
  process.env.XDG_CONFIG_HOME = path.join(xdgFolder, 'config');
  process.env.XDG_CACHE_HOME = path.join(xdgFolder, 'cache');
  const context = await chromium.launchPersistentContext(profileFolder, { executablePath: findChromium(), headless: true, ...options, args: CHROMIUM_ARGS });
  return { context, release: () => context.close() };
}

export interface Harness {
  page: Page;
  core: Core;
  url: string;
  dataFolder: string;
  /** Pretend the person has been idle this long (the app reads the system's idle time). */
  setIdleSeconds(seconds: number): void;
  openedLinks: string[];
  /** Full paths of PDFs exported through the stand-in save dialog. */
  savedFiles: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `browserLocale` stands for the system's language: the app must show its own formats whatever it is. */
export async function startHarness(options: { dataFolder?: string; browserLocale?: string } = {}): Promise<Harness> {
  const data = options.dataFolder ? { folder: options.dataFolder, cleanup: () => undefined } : tempFolder('vertrouwd-e2e-data-');
  const savedFiles: string[] = [];
  const profile = tempFolder('vertrouwd-e2e-profile-');
  const xdg = tempFolder('vertrouwd-e2e-xdg-');
  let idle = 0;
  const openedLinks: string[] = [];
  const core = createCore({
    dataFolder: data.folder,
    migrationsFolder: MIGRATIONS,
    platform: {
      confirmAndOpenExternal: async (url) => {
        openedLinks.push(url);
        return true;
      },
      // Stands in for the save dialog: the PDF lands in the data folder's exports/ for the test to read.
      saveFile: async (name, bytes) => {
        mkdirSync(path.join(data.folder, 'exports'), { recursive: true });
        writeFileSync(path.join(data.folder, 'exports', name), bytes);
        savedFiles.push(path.join(data.folder, 'exports', name));
        return name;
      },
    },
    allowedExternalOrigins,
    idleSeconds: () => idle,
    onLocked: () => undefined,
    kdfTargetMs: 0,
  });
  const server = await serveRenderer();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const { context, release } = await openContext(profile.folder, xdg.folder, options.browserLocale);
  // The same names as the preload exposes; each forwards to the real dispatcher in this process.
  await context.exposeBinding('vertrouwdBridge', (_source, name: string, input: unknown) => core.dispatch(name, input));
  await context.addInitScript((names: readonly string[]) => {
    const call = (window as unknown as { vertrouwdBridge: (name: string, input: unknown) => Promise<unknown> }).vertrouwdBridge;
    (window as unknown as { vertrouwd: Record<string, (input: unknown) => Promise<unknown>> }).vertrouwd = Object.fromEntries(names.map((name) => [name, (input: unknown) => call(name, input)]));
  }, callNames);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    core,
    url,
    dataFolder: data.folder,
    openedLinks,
    savedFiles,
    setIdleSeconds: (seconds) => {
      idle = seconds;
      core.autoLock.tick();
    },
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      core.vault.lock();
      await release();
      await new Promise((resolve) => server.close(resolve));
      data.cleanup();
      profile.cleanup();
      xdg.cleanup();
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}
