import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pdfText } from '../support/poppler';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('shows the anonymised annual overview with destroyed dossiers counted and no titles', async () => {
  harness = await startHarness();
  const { caseIds } = await lockedVault(harness, [
    caseInput('Meme van de gymleraar', { incidentTypes: ['meme'] }),
    caseInput('Naaktfoto in groepsapp 3A', { incidentTypes: ['shame_sexting'], schoolLevel: 'mbo' }),
  ]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await coreCall(harness, 'casesSetStatus', { id: caseIds[1]!, status: 'closed', reason: 'Afgerond' });
  await coreCall(harness, 'casesDestroy', { id: caseIds[1]!, confirmTitle: 'Naaktfoto in groepsapp 3A' });

  await shell.goTo('Jaaroverzicht');
  const page = harness.page;
  await page.getByRole('heading', { name: 'Jaaroverzicht', level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId('report-total-opened').textContent()).toBe('2');
  expect(await page.getByTestId('report-total-destroyed').textContent()).toBe('1');
  expect(await page.getByTestId('report-count-shame_sexting').textContent()).toBe('1');
  expect(await page.getByTestId('report-count-mbo').textContent()).toBe('1');
  // Charts by kind, level, school level and month, each counting this year's cases.
  for (const chart of ['incidentType', 'level', 'schoolLevel', 'month']) await page.getByTestId(`chart-${chart}`).waitFor();
  expect(await page.getByTestId('chart-schoolLevel-mbo-value').textContent()).toBe('1');
  expect(await page.getByTestId('chart-incidentType-shame_sexting-value').textContent()).toBe('1');
  const html = await page.content();
  expect(html).not.toContain('Naaktfoto in groepsapp');
  expect(html).not.toContain('Meme van de gymleraar');
  await harness.screenshot('annual-report');

  // The same numbers on paper for the board, with small counts suppressed and no title in it.
  await coreCall(harness, 'settingsUpdate', { school: { name: 'Het Baken', address: '', level: 'vo', logo: null } });
  await page.getByRole('button', { name: 'Jaaroverzicht als PDF' }).click();
  await eventually(() => page.getByRole('status').filter({ hasText: 'Opgeslagen als' }).count()).toBe(1);
  const file = harness.savedFiles.at(-1)!;
  expect(path.basename(file)).toBe(`Jaaroverzicht Het Baken ${new Date().getFullYear()}.pdf`);
  const text = pdfText(readFileSync(file)).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('Geopend <5');
  expect(text).toContain('Shame-sexting <5');
  expect(text).not.toContain('Naaktfoto in groepsapp');
  expect(text).not.toContain('gymleraar');
});
