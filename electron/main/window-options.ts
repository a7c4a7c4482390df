// The window's web preferences, per Electron's security checklist. Kept in one place so the
// security test can read them back from the built output.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  };
}
