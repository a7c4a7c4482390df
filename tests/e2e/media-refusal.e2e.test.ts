import { afterEach, expect, it } from 'vitest';
import { filesContaining } from '../fixtures/temp-folder';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Recognisable bytes inside the "image", to prove they reached no file. */
const MARKER = 'VERTROUWD-TEST-IMAGE-BYTES';

it('refuses an image dropped or pasted on the case screen, explains why, and stores nothing', async () => {
  harness = await startHarness();
  const { caseIds } = await lockedVault(harness, [caseInput('Sextortion 2D', { incidentTypes: ['sextortion'] })]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  await new AppShell(harness.page).goTo('Zaken');
  await new CaseListPage(harness.page).open('Sextortion 2D');
  const detail = new CaseDetailPage(harness.page);
  await detail.openTab('Verwijderen');
  const caseId = caseIds[0]!;
  const timelineBefore = await coreCall(harness, 'timelineList', { caseId });

  await harness.page.evaluate((marker) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([`\x89PNG\r\n${marker}`], 'bewijs.png', { type: 'image/png' }));
    const target = document.querySelector('textarea') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, MARKER);
  const refusal = harness.page.getByTestId('media-refused');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('strafbaar');
  await screenshotScreen(harness, 'media-refused');
  await harness.page.getByRole('button', { name: 'Begrepen' }).click();
  await refusal.waitFor({ state: 'detached' });

  // Pasting an image is refused the same way; pasting plain text is not.
  const pasted = await harness.page.evaluate((marker) => {
    const textarea = document.querySelector('textarea')!;
    const image = new DataTransfer();
    image.items.add(new File([marker], 'plak.png', { type: 'image/png' }));
    const imagePaste = new ClipboardEvent('paste', { clipboardData: image, bubbles: true, cancelable: true });
    textarea.dispatchEvent(imagePaste);
    const text = new DataTransfer();
    text.setData('text/plain', 'gewone tekst');
    const textPaste = new ClipboardEvent('paste', { clipboardData: text, bubbles: true, cancelable: true });
    textarea.dispatchEvent(textPaste);
    return { imageRefused: imagePaste.defaultPrevented, textRefused: textPaste.defaultPrevented };
  }, MARKER);
  expect(pasted).toEqual({ imageRefused: true, textRefused: false });
  await refusal.waitFor();

  expect(await coreCall(harness, 'evidenceList', { caseId })).toEqual([]);
  expect(await coreCall(harness, 'timelineList', { caseId })).toEqual(timelineBefore);
  expect(await harness.page.locator('img[src^="blob:"], img[src^="data:image"]').count()).toBe(0);
  harness.core.vault.lock();
  expect(filesContaining(harness.dataFolder, MARKER)).toEqual([]);
});
