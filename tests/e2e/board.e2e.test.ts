// The board's view: a school's own export from the annual overview, read in together with two other
// schools' files; sums, charts and the refusal of a second file from the same school.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { BoardPage } from './pages/board-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const otherSchool = (school: string) => ({
  format: 'vertrouwd-board-numbers',
  schemaVersion: 1,
  school,
  year: new Date().getFullYear(),
  totals: { opened: 9, closed: 6, stillOpen: '<5', destroyed: '<5', acute: '<5' },
  byIncidentType: { meme: 6, sexting: '<5' },
  bySchoolLevel: { vo: 9 },
  byLevel: { low: 5, high: '<5' },
  byMonth: { '02': 5, '03': '<5' },
});

it('sums the schools of a board, with the same charts as the annual overview, and refuses a duplicate', async () => {
  harness = await startHarness();
  await lockedVault(
    harness,
    Array.from({ length: 6 }, (_, i) => caseInput(`Meme ${i} van KANARIE-7f3a-Xanthippe`)),
  );
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await coreCall(harness, 'settingsUpdate', { school: { name: 'Het Baken', address: '', level: 'vo', logo: null } });

  // The school's own numbers, exported from the annual overview with its charts.
  await shell.goTo('Jaaroverzicht');
  await harness.page.getByTestId('chart-incidentType-meme-value').waitFor();
  expect(await harness.page.getByTestId('chart-incidentType-meme-value').textContent()).toBe('6');
  await harness.page.getByRole('button', { name: 'Opslaan als CSV' }).click();
  await harness.page.getByText(/Opgeslagen als jaarcijfers-Het Baken-\d{4}\.csv/).waitFor();
  const own = harness.savedFiles.at(-1)!;
  expect(readFileSync(own, 'utf8')).not.toContain('KANARIE');

  const folder = path.dirname(own);
  const files = ['De Linde', 'Het Anker', 'Het Baken'].map((school, i) => {
    const file = path.join(folder, `school-${i}.json`);
    writeFileSync(file, JSON.stringify(otherSchool(school)));
    return file;
  });

  await shell.goTo('Bestuur');
  const board = new BoardPage(harness.page);
  await board.heading().waitFor();
  await board.addFiles([own, files[0]!, files[1]!, files[2]!]);
  await expect.poll(() => board.schools().count()).toBe(3);
  expect(await board.total('opened').textContent()).toBe('24');
  expect(await board.total('stillOpen').textContent()).toBe('6 + 2 × <5');
  expect(await board.chartValue('incidentType', 'meme').textContent()).toBe('18');
  expect(await board.chartValue('incidentType', 'sexting').textContent()).toBe('2 × <5');
  expect(await board.refused().textContent()).toContain('school-2.json');
  expect(await board.refused().textContent()).toContain('van deze school is voor dit jaar al een bestand ingelezen');
  // Prevention comes only from the school's own (version 2) file: nothing planned yet, seven points open.
  const prevention = harness.page.getByTestId('board-prevention');
  expect(await prevention.getByRole('row', { name: /Lessen gegeven/ }).textContent()).toBe('Lessen gegeven0');
  expect(await prevention.getByRole('row', { name: /Niet begonnen/ }).textContent()).toBe('Voorbereidingspunten: Niet begonnen7');
  await harness.screenshot('board-view');
});
