// Tests of the Electron glue itself (window options, navigation, IPC sender checks) with
// Playwright's _electron. They need the Electron binary, which the electron package downloads on
// first run; where it is not there (machines without internet access), they report themselves as
// skipped with the reason instead of triggering a download. tests/boot runs the same glue without the
// binary, with a stand-in electron module; these tests check it against the real one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../fixtures/temp-folder';

const root = path.resolve(__dirname, '../..');

function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const reason = 'Electron binary not installed (node_modules/electron/dist is empty: it is downloaded on first run, which needs internet access)';

describe.skipIf(!binary)(`Electron glue${binary ? '' : ` — skipped: ${reason}`}`, () => {
  let app: ElectronApplication;
  let page: Page;
  let data: { folder: string; cleanup: () => void };

  beforeAll(async () => {
    data = tempFolder('vertrouwd-electron-');
    app = await electron.launch({
      executablePath: binary!,
      args: [path.join(root, 'out/main/index.js')],
      env: { ...process.env, VERTROUWD_USER_DATA: data.folder },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
    data?.cleanup();
  });

  it('opens the window from app:// with no Node in the page and only the contract on window.vertrouwd', async () => {
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL())).toBe('app://vertrouwd/index.html');
    const inPage = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      webview: document.createElement('webview') instanceof HTMLUnknownElement,
      calls: Object.keys(window.vertrouwd).length,
    }));
    // webviewTag is off: the page has no <webview> element, only an unknown tag.
    expect(inPage).toMatchObject({ require: 'undefined', process: 'undefined', webview: true });
    expect(inPage.calls).toBeGreaterThan(10);
  });

  it('blocks navigation away from the app and opening new windows', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://vertrouwd/index.html');
    await page.evaluate(() => window.open('https://example.org/'));
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
  });

  it('refuses IPC from a window or frame that is not the app’s own', async () => {
    const preload = path.join(root, 'out/preload/index.cjs');
    const answer = await app.evaluate(async ({ BrowserWindow }, preloadPath) => {
      const foreign = new BrowserWindow({ show: false, webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true } });
      await foreign.loadURL('data:text/html,<p>foreign</p>');
      const result = await foreign.webContents.executeJavaScript('window.vertrouwd.vaultStatus({})');
      foreign.destroy();
      return result;
    }, preload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});
