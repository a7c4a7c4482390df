// The boot test: the real built main process and preload, run under Node with the Electron
// stand-in, checked by what they do. The same suite runs against the build in out/ and against
// the files of the packed app.asar, so a file the app needs at run time but the package leaves out
// fails here. The list of calls comes from the contract, never from this file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '@core/contract';
import { allFiles, tempFolder } from '../fixtures/temp-folder';
import { PASSPHRASE } from '../fixtures/vault';
import { bootMain, runPreload, type BootedApp, type Layout } from './boot-app';
import { StandInFrame, type StandInWindow } from './electron-stand-in';

const CALL_NAMES = Object.keys(contract).sort();
const APP = 'app://vertrouwd';
type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>>;

/** Lets the promise chains started by 'ready' and by IPC settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

export function describeBoot(prepare: () => Layout | Promise<Layout>, prepareTimeout = 60_000) {
  let layout: Layout;
  let booted: BootedApp;
  let window: StandInWindow;
  let api: Api;
  let data: { folder: string; cleanup: () => void };
  const folder = (name: string) => path.join(data.folder, name);

  /** The preload as the window runs it, bound to the given frame of the given contents. */
  const apiFor = (contents: StandInWindow['webContents'], frame: StandInFrame): Api => {
    const exposed = runPreload(booted, String(window.options.webPreferences?.preload), contents, frame);
    return exposed.get('vertrouwd') as Api;
  };
  const call = async (name: string, input: unknown = {}) => {
    const result = await api[name]!(input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  const state = async () => (await call('vaultStatus')).state;

  beforeAll(async () => {
    layout = await prepare();
    data = tempFolder('vertrouwd-boot-');
    for (const name of ['appData', 'documents', 'override']) mkdirSync(folder(name));
    // The idle check runs on a 15 s interval: a fake interval lets the test move time on.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    process.env.VERTROUWD_USER_DATA = folder('override');
    booted = bootMain(layout, { appData: folder('appData'), documents: folder('documents') });
    delete process.env.VERTROUWD_USER_DATA;
    booted.control.ready();
    await settle();
    window = booted.control.windows[0]!;
    await window.webContents.loading;
    api = apiFor(window.webContents, window.webContents.mainFrame);
  }, prepareTimeout);
  afterAll(() => {
    booted?.stop();
    vi.useRealTimers();
    data?.cleanup();
  });

  describe('the window', () => {
    it('is one window with the hardened web preferences, loaded from app:// and shown when ready', () => {
      expect(booted.control.windows).toHaveLength(1);
      expect(window.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        devTools: !layout.isPackaged,
      });
      const preload = String(window.options.webPreferences?.preload);
      expect(path.isAbsolute(preload) && existsSync(preload)).toBe(true);
      expect(window.webContents.getURL()).toBe(`${APP}/index.html`);
      expect(window.isVisible()).toBe(true);
    });

    it('keeps the vault in the profile folder named Vertrouwd; the data-folder override works only in development', async () => {
      await call('vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
      const profile = path.join(folder('appData'), 'Vertrouwd');
      const used = layout.isPackaged ? profile : folder('override');
      const unused = layout.isPackaged ? folder('override') : profile;
      expect(existsSync(path.join(used, 'vault', 'vertrouwd.db'))).toBe(true);
      expect(existsSync(path.join(used, 'vault', 'vertrouwd.key'))).toBe(true);
      expect(existsSync(path.join(unused, 'vault'))).toBe(false);
    });
  });

  describe('app:// serving the built renderer', () => {
    it('is registered as a privileged standard, secure scheme before the app is ready', () => {
      expect(booted.control.privilegedSchemes).toContainEqual(expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }));
    });

    it('serves index.html and every asset it references, with the CSP header', async () => {
      const page = await booted.control.fetch(`${APP}/index.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(/script-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe("'self'");
      expect(csp).toContain("connect-src 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await page.text();
      const referenced = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, `${APP}/`).pathname);
      expect(referenced.length).toBeGreaterThan(1);
      // Every file of the built renderer, lazily loaded chunks included, arrives byte for byte.
      const rendererFolder = path.join(layout.appPath, 'out', 'renderer');
      const files = allFiles(rendererFolder).map((file) => `/${path.relative(rendererFolder, file).split(path.sep).join('/')}`);
      expect(files).toEqual(expect.arrayContaining(referenced));
      for (const file of files) {
        const response = await booted.control.fetch(`${APP}${file}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-security-policy'), file).toBe(csp);
        expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(rendererFolder, file))), file).toBe(true);
      }
      expect(await (await booted.control.fetch(`${APP}/`)).text()).toBe(html);
    });

    it('refuses paths that step out of the renderer folder, encoded or absolute, and other hosts', async () => {
      // Files a traversal would reach: the main bundle beside the renderer, and the manifest above it.
      const mainCode = readFileSync(booted.mainFile, 'utf8').slice(0, 400);
      const manifest = readFileSync(path.join(layout.appPath, 'package.json'), 'utf8').slice(0, 60);
      const mainAbsolute = booted.mainFile.split(path.sep).join('/');
      const attempts = [
        `${APP}/../main/index.js`,
        `${APP}/%2e%2e/main/index.js`,
        `${APP}/..%2fmain%2findex.js`,
        `${APP}/%2e%2e%2fmain%2findex.js`,
        `${APP}/assets/..%2f..%2fmain%2findex.js`,
        `${APP}/assets/%2E%2E%2F%2E%2E%2F..%2Fpackage.json`,
        `${APP}/..%2f..%2fpackage.json`,
        `${APP}/..%5c..%5cpackage.json`,
        `${APP}/${encodeURIComponent(mainAbsolute)}`,
        `${APP}//${mainAbsolute}`,
        `${APP}/%2f${mainAbsolute.replace(/^\//, '')}`,
        'app://elsewhere/index.html',
      ];
      for (const url of attempts) {
        const response = await booted.control.fetch(url);
        const body = await response.text();
        expect(response.status, url).toBeGreaterThanOrEqual(400);
        expect(body, url).not.toContain(mainCode);
        expect(body, url).not.toContain(manifest);
      }
      expect((await booted.control.fetch(`${APP}/missing.js`)).status).toBe(404);
    });
  });

  describe('navigation, windows, webviews and permissions', () => {
    it('refuses navigation and redirects away from app://, new windows and webviews, in every web contents', () => {
      const second = new booted.mainModule.BrowserWindow({ show: false });
      for (const contents of [window.webContents, second.webContents]) {
        for (const url of ['https://example.org/', 'file:///etc/passwd', 'http://localhost:5173/', 'app://vertrouwd.evil/index.html', 'data:text/html,x']) {
          expect(contents.navigate(url), url).toBe(false);
          expect(contents.redirect(url), url).toBe(false);
          expect(contents.openWindow(url), url).toEqual({ action: 'deny' });
        }
        expect(contents.attachWebview('https://example.org/')).toBe(false);
      }
      expect(window.webContents.navigate(`${APP}/index.html`)).toBe(true);
      second.close();
    });

    it('refuses every permission request and check', async () => {
      const session = booted.control.defaultSession;
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid'])
        expect(await session.requestPermission(window.webContents, permission), permission).toBe(false);
      for (const permission of ['media', 'clipboard-read', 'hid', 'serial', 'usb']) expect(session.checkPermission(window.webContents, permission, APP), permission).toBe(false);
      for (const device of ['hid', 'serial', 'usb']) expect(session.checkDevicePermission(device, APP), device).toBe(false);
    });
  });

  describe('IPC', () => {
    it('registers exactly one channel per contract call', () => {
      expect(booted.control.ipcChannels().sort()).toEqual(CALL_NAMES.map((name) => `vertrouwd:${name}`).sort());
    });

    it('the preload exposes exactly the contract’s calls on window.vertrouwd and nothing else', () => {
      const exposed = runPreload(booted, String(window.options.webPreferences?.preload), window.webContents, window.webContents.mainFrame);
      expect([...exposed.keys()]).toEqual(['vertrouwd']);
      const exposedApi = exposed.get('vertrouwd') as Record<string, unknown>;
      expect(Object.keys(exposedApi).sort()).toEqual(CALL_NAMES);
      for (const name of CALL_NAMES) expect(typeof exposedApi[name], name).toBe('function');
    });

    it('refuses calls from a subframe, from another window and from the main frame on another origin', async () => {
      const forbidden = { ok: false, error: expect.objectContaining({ code: 'forbidden_sender' }) };
      const subframe = new StandInFrame(`${APP}/index.html`, window.webContents.mainFrame);
      expect(await apiFor(window.webContents, subframe).vaultStatus!({})).toEqual(forbidden);
      const other = new booted.mainModule.BrowserWindow({ show: false });
      other.webContents.mainFrame.url = `${APP}/index.html`;
      expect(await apiFor(other.webContents, other.webContents.mainFrame).vaultStatus!({})).toEqual(forbidden);
      // Our own contents but a frame that merely claims to be the main one.
      expect(await booted.control.invoke('vertrouwd:vaultStatus', { sender: window.webContents, senderFrame: other.webContents.mainFrame }, {})).toEqual(forbidden);
      other.close();
      const mainFrame = window.webContents.mainFrame;
      mainFrame.url = 'data:text/html,<p>elsewhere</p>';
      try {
        expect(await api.vaultStatus!({})).toEqual(forbidden);
      } finally {
        mainFrame.url = `${APP}/index.html`;
      }
      expect(await api.vaultStatus!({})).toMatchObject({ ok: true });
    });

    it('answers every contract call through the real core on the vault', async () => {
      for (const name of CALL_NAMES.filter((n) => n !== 'vaultLock')) {
        const result = await api[name]!({});
        if (result.ok) {
          expect(contract[name as keyof typeof contract].output.safeParse(result.value).success, name).toBe(true);
        } else {
          expect(['forbidden_sender', 'unknown_call', 'internal'], `${name}: ${result.error?.code}`).not.toContain(result.error?.code);
          expect(result.error?.message, name).toMatch(/\w/);
        }
      }
      expect(await state()).toBe('unlocked');
      expect(await call('vaultLock')).toEqual({ ok: true });
      expect(await state()).toBe('locked');
      await call('vaultUnlock', { passphrase: PASSPHRASE });
    });

    it('runs a case to an exported PDF: migrations, content and the PDF fonts are found in this layout', async () => {
      const created = await call('casesCreate', { title: 'Foto in klassengroep', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: 'Een foto gaat rond.', incidentDate: '2026-11-20' });
      expect((await call('casesList', {})) as unknown as unknown[]).toHaveLength(1);
      const interview = await call('interviewContent');
      expect(JSON.stringify(interview)).toMatch(/sections/);
      expect(JSON.stringify(await call('organisationsList'))).toMatch(/https:\/\//);
      const target = path.join(folder('documents'), 'brief.pdf');
      booted.control.answers.saveDialog.push({ canceled: false, filePath: target });
      expect(await call('packsExport', { caseId: created.id, type: 'teacher_briefing' })).toEqual({ saved: true, fileName: 'brief.pdf' });
      expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('opens an allow-listed link only after the person confirms, and never any other', async () => {
      const url = JSON.stringify(await call('organisationsList')).match(/https:\/\/[^"]+/)![0];
      booted.control.answers.messageBox.push(1);
      expect(await call('openExternal', { url })).toEqual({ opened: false });
      booted.control.answers.messageBox.push(0);
      expect(await call('openExternal', { url })).toEqual({ opened: true });
      expect(booted.control.calls.openExternal).toEqual([new URL(url).toString()]);
      expect(await api.openExternal!({ url: 'https://evil.example/' })).toMatchObject({ ok: false });
      expect(booted.control.calls.openExternal).toHaveLength(1);
    });
  });

  describe('locking', () => {
    const lockAudits = async () => ((await call('auditList', {})) as unknown as { action: string; detail: string }[]).filter((e) => e.action === 'lock').map((e) => e.detail);

    it('locks on screen lock and suspend, clears the clipboard, and audits each lock', async () => {
      for (const [event, reason] of [
        ['lock-screen', 'screen_lock'],
        ['suspend', 'suspend'],
      ] as const) {
        if ((await state()) !== 'unlocked') await call('vaultUnlock', { passphrase: PASSPHRASE });
        booted.mainModule.clipboard.writeText('ABCD-EFGH');
        booted.control.powerMonitor.emit(event);
        expect(await state(), event).toBe('locked');
        expect(booted.mainModule.clipboard.readText(), event).toBe('');
        await call('vaultUnlock', { passphrase: PASSPHRASE });
        expect(await lockAudits(), event).toContain(reason);
      }
    });

    it('locks after the idle time set in Settings, checked on its interval', async () => {
      const minutes = Number((await call('settingsGet')).autoLockMinutes);
      booted.control.setIdleSeconds(minutes * 60 - 20);
      vi.advanceTimersByTime(15_000);
      expect(await state()).toBe('unlocked');
      booted.control.setIdleSeconds(minutes * 60);
      vi.advanceTimersByTime(15_000);
      expect(await state()).toBe('locked');
      booted.control.setIdleSeconds(0);
      await call('vaultUnlock', { passphrase: PASSPHRASE });
      expect(await lockAudits()).toContain('idle');
    });

    it('locks and clears the clipboard on quit', async () => {
      expect(await state()).toBe('unlocked');
      booted.mainModule.clipboard.writeText('casus-tekst');
      // Asked while quitting, before the window closes (after that nothing answers).
      let whileQuitting: Promise<unknown> | undefined;
      booted.mainModule.app.on('before-quit', () => (whileQuitting = api.vaultStatus!({})));
      booted.mainModule.app.quit();
      expect(booted.control.windows).toHaveLength(0);
      expect(await whileQuitting).toMatchObject({ ok: true, value: { state: 'locked' } });
      expect(booted.mainModule.clipboard.readText()).toBe('');
    });
  });

  describe('starting without what it needs', () => {
    const quitsWithoutWindowOrCalls = async (other: Layout, options: { singleInstance?: boolean } = {}) => {
      booted.stop();
      const profile = tempFolder('vertrouwd-boot-other-');
      try {
        booted = bootMain(other, { appData: profile.folder, documents: profile.folder, ...options });
        expect(booted.control.calls.quit).toBe(1);
        booted.control.ready();
        await settle();
        expect(booted.control.windows).toHaveLength(0);
        expect(booted.control.ipcChannels()).toEqual([]);
        expect(allFiles(profile.folder)).toEqual([]);
      } finally {
        profile.cleanup();
      }
    };

    it('quits at once without a window, a vault or an IPC channel when another instance holds the lock', async () => {
      await quitsWithoutWindowOrCalls(layout, { singleInstance: false });
      expect(booted.control.calls.errorBoxes).toEqual([]);
    });

    it('says it is incompletely installed, and quits, when its migrations are missing', async () => {
      // The same main bundle, started from an app folder without db/migrations.
      const bare = tempFolder('vertrouwd-boot-bare-');
      try {
        writeFileSync(path.join(bare.folder, 'package.json'), JSON.stringify({ name: 'vertrouwd', productName: 'Vertrouwd', main: path.join(layout.appPath, 'out/main/index.js') }));
        await quitsWithoutWindowOrCalls({ ...layout, appPath: bare.folder });
        expect(booted.control.calls.errorBoxes).toEqual([[expect.stringMatching(/niet volledig geïnstalleerd/), expect.stringMatching(/gegevens zijn niet aangeraakt/)]]);
      } finally {
        bare.cleanup();
      }
    });
  });
}
