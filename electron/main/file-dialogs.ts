// Saving an exported pack: the person chooses the place in the system's save dialog; the app never
// writes an export anywhere on its own.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

export async function saveWithDialog(window: BrowserWindow | null, defaultName: string, data: Buffer): Promise<string | null> {
  const options = {
    title: 'PDF opslaan',
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  await writeFile(filePath, data, { mode: 0o600 });
  return path.basename(filePath);
}
