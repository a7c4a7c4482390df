// Binds the contract to ipcMain. Every call is checked to come from our own window's main frame
// on the app:// origin before it is dispatched (validated and error-mapped in core/handlers.ts).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, callNames } from '@core/call-names';
import type { Dispatch } from '@core/handlers';
import { errorText } from '@core/main-i18n';
import type { Locale } from '@shared';
import { APP_ORIGIN } from './app-protocol';

export function senderIsTrusted(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== window.webContents.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function bindContract(dispatch: Dispatch, getWindow: () => BrowserWindow | null, afterLock: () => void, locale: () => Locale = () => 'nl'): void {
  for (const name of callNames) {
    ipcMain.handle(`${CHANNEL_PREFIX}${name}`, async (event, input: unknown) => {
      if (!senderIsTrusted(event, getWindow())) {
        return { ok: false, error: { code: 'forbidden_sender', message: errorText(locale(), 'forbidden_sender') } };
      }
      const result = await dispatch(name, input);
      if (name === 'vaultLock') afterLock();
      return result;
    });
  }
}
