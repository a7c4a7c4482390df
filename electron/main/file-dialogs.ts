// Saving an export (a pack, a handover file, a vault move, the board's numbers): the person chooses
// the place in the system's save dialog; the app never writes an export anywhere on its own.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { dialogText } from '@core/main-i18n';
import type { Locale } from '@shared';

/** The dialog's title and file filter follow the kind of file, told by its extension. */
const KINDS: Record<string, { title: string; name: string }> = {
  pdf: { title: 'save.pdf', name: 'save.pdfFilter' },
  'vertrouwd-overdracht': { title: 'save.handover', name: 'save.handoverFilter' },
  'vertrouwd-verhuizing': { title: 'save.move', name: 'save.moveFilter' },
  csv: { title: 'save.numbers', name: 'save.csvFilter' },
  json: { title: 'save.numbers', name: 'save.jsonFilter' },
};

export async function saveWithDialog(window: BrowserWindow | null, defaultName: string, data: Buffer, locale: Locale = 'nl'): Promise<string | null> {
  const extension = defaultName.includes('.') ? defaultName.slice(defaultName.indexOf('.') + 1) : 'pdf';
  const kind = KINDS[extension] ?? KINDS.pdf!;
  const options = {
    title: dialogText(locale, kind.title),
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [{ name: dialogText(locale, kind.name), extensions: [extension] }],
  };
  const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  await writeFile(filePath, data, { mode: 0o600 });
  return path.basename(filePath);
}
