// Electron glue only: lifecycle, the window, the app:// scheme, IPC binding and lock triggers.
// Everything the app does lives in electron/core and runs (and is tested) under plain Node.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, clipboard, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import { createCore } from '@core/app-core';
import { allowedExternalOrigins } from '@core/external-links';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { saveWithDialog } from './file-dialogs';
import { bindContract } from './ipc';
import { createMainWindow } from './main-window';
import { confirmAndOpenExternal, hardenContents, hardenSession } from './security';
import { dialogText } from '@core/main-i18n';
import { readUiPreferences } from '@core/settings/ui-preferences';

registerAppScheme();
hardenContents();
// A separate profile folder for the Electron glue tests, set before ready. Never in an installed
// app: there a variable set by anyone else must not move the vault somewhere else.
if (process.env.VERTROUWD_USER_DATA && !app.isPackaged) app.setPath('userData', process.env.VERTROUWD_USER_DATA);

// The migrations ship inside the app (app.asar), which Electron's fs reads like a folder.
const migrationsFolder = path.join(app.getAppPath(), 'db', 'migrations');
const vaultFolder = path.join(app.getPath('userData'), 'vault');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else if (!existsSync(path.join(migrationsFolder, 'meta', '_journal.json'))) {
  // An incomplete installation must not reach the vault, where a missing migration would read as
  // a damaged database and frighten the person into "repairing" data that is fine.
  const locale = readUiPreferences(vaultFolder).locale;
  dialog.showErrorBox(dialogText(locale, 'installIncomplete.title'), dialogText(locale, 'installIncomplete.body'));
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  /** The person's language, readable while the vault is locked (ui-preferences.json). */
  const locale = () => readUiPreferences(vaultFolder).locale;

  const core = createCore({
    dataFolder: vaultFolder,
    migrationsFolder,
    platform: {
      confirmAndOpenExternal: (url) => confirmAndOpenExternal(window, url, locale()),
      saveFile: (name, data) => saveWithDialog(window, name, data, locale()),
    },
    allowedExternalOrigins,
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    // The renderer notices the lock on its next status check and clears what it shows; anything
    // copied from a case must not outlive the unlocked session either.
    onLocked: () => clipboard.clear(),
  });

  const createWindow = () => {
    window = createMainWindow(!app.isPackaged);
    window.on('closed', () => (window = null));
  };

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(path.join(__dirname, '../renderer'));
    // Locking by button or shortcut clears the clipboard too, as auto-lock does.
    bindContract(
      core.dispatch,
      () => window,
      () => clipboard.clear(),
      locale,
    );
    // Lock on screen lock, suspend and after idle time (checked every 15 s).
    powerMonitor.on('lock-screen', () => core.autoLock.lockNow('screen_lock'));
    powerMonitor.on('suspend', () => core.autoLock.lockNow('suspend'));
    setInterval(() => core.autoLock.tick(), 15_000).unref();
    createWindow();
  });

  app.on('before-quit', () => {
    core.vault.lock();
    // A recovery key or case text copied during the session must not outlive it.
    clipboard.clear();
  });
  app.on('window-all-closed', () => app.quit());
}
