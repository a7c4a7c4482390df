// Security in one place: no navigation away from the app, no new windows, no webviews, no
// permissions, and external links only to known help organisations after the person confirms.
import { app, dialog, shell, type BrowserWindow, type Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { dialogText } from '@core/main-i18n';
import type { Locale } from '@shared';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Opens an allow-listed link in the system browser, only after a yes from the person. */
export async function confirmAndOpenExternal(window: BrowserWindow | null, url: string, locale: Locale = 'nl'): Promise<boolean> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return false;
  const options = {
    type: 'question' as const,
    buttons: [dialogText(locale, 'externalLink.open'), dialogText(locale, 'externalLink.cancel')],
    defaultId: 1,
    cancelId: 1,
    title: dialogText(locale, 'externalLink.title'),
    message: dialogText(locale, 'externalLink.message', { host: parsed.host }),
    detail: dialogText(locale, 'externalLink.detail'),
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(parsed.toString());
  return true;
}
