// Restoring from the unlock screen, on a real vault whose database file was harmed on disk: the
// screen names the problem, lists the backups, and a backup comes back with the passphrase or
// with the recovery key (and a new passphrase). The harmed file is kept aside, and the restore is
// written in the log once the vault is open.
import { existsSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { writeUiPreferences } from '@core/settings/ui-preferences';
import { SET_ASIDE_FOLDER } from '@core/vault/vault';
import { flipByte } from '../faults/kit';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseListPage } from './pages/case-list-page';
import { RestorePage } from './pages/restore-page';
import { UnlockPage } from './pages/unlock-page';
import { screenshotScreen } from './screenshots';
import { caseInput, coreCall, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A vault with these cases and a backup of them made by hand, then locked. */
async function vaultWithBackup(h: Harness, titles: string[]): Promise<{ recoveryKey: string }> {
  const { recoveryKey } = await coreCall(h, 'vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
  for (const title of titles) await coreCall(h, 'casesCreate', caseInput(title));
  await coreCall(h, 'backupsCreate', {});
  await coreCall(h, 'vaultLock', {});
  return { recoveryKey };
}

const setAsideFiles = (h: Harness) => {
  const folder = path.join(h.dataFolder, SET_ASIDE_FOLDER);
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.db')) : [];
};

async function expectCaseBack(h: Harness, title: string): Promise<void> {
  const shell = new AppShell(h.page);
  await shell.startHeading().waitFor();
  await shell.goTo('Zaken');
  await new CaseListPage(h.page).row(title).waitFor();
  // Written once, after the vault opened on the restored copy.
  const restores = (await coreCall(h, 'auditList', {})).filter((entry) => entry.action === 'restore');
  expect(restores).toHaveLength(1);
}

it('names a cut-short database on the unlock screen and restores a backup with the passphrase', async () => {
  harness = await startHarness();
  await vaultWithBackup(harness, ['Sexting 2B', 'Deepfake brugklas']);
  const file = harness.core.vault.databaseFile;
  truncateSync(file, statSync(file).size - 1000);
  await harness.page.reload();

  const restore = new RestorePage(harness.page);
  await restore.heading().waitFor();
  expect(await restore.problem().textContent()).toContain('Het kluisbestand is onvolledig');
  // The newest backup: made by hand, with its two cases, checked after writing — and chosen already.
  const newest = restore.backups().first();
  await eventually(() => newest.textContent()).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}Geverifieerd/);
  expect(await newest.textContent()).toContain('Met de hand');
  expect(await newest.textContent()).toContain('2 zaken');
  expect(await newest.textContent()).toMatch(/\d+,\d MB|0,\d\d MB/);
  expect(await newest.getAttribute('aria-checked')).toBe('true');
  await screenshotScreen(harness, 'restore-database-truncated');
  await expectAccessible(harness.page, 'restore panel');

  // A wrong passphrase: the message is shown and gets the focus, and nothing is lost.
  await restore.restoreWithPassphrase('dit-is-niet-de-goede-zin');
  await eventually(() => restore.error().textContent()).toContain('klopt niet');
  await eventually(() => restore.focusedText()).toContain('klopt niet');
  expect(statSync(file).size % 4096).not.toBe(0);
  await screenshotScreen(harness, 'restore-wrong-passphrase');

  await restore.restoreWithPassphrase(PASSPHRASE);
  await restore.done().waitFor();
  await eventually(() => restore.focusedText()).toContain('De back-up is teruggezet');
  await screenshotScreen(harness, 'restore-done');
  await restore.continue();
  await expectCaseBack(harness, 'Deepfake brugklas');
  // The cut-short file is kept aside, not deleted.
  expect(setAsideFiles(harness)).toHaveLength(1);
});

it('after an unlock finds the database damaged, restores a backup with the recovery key and a new passphrase', async () => {
  harness = await startHarness();
  const { recoveryKey } = await vaultWithBackup(harness, ['Naaktfoto klassengroep']);
  // Flipped bytes in the first page: only the key can tell, so the screen first looks ordinary.
  flipByte(harness.core.vault.databaseFile, 200);
  await harness.page.reload();

  const unlock = new UnlockPage(harness.page);
  const restore = new RestorePage(harness.page);
  await unlock.heading().waitFor();
  expect(await restore.problem().count()).toBe(0);
  await unlock.unlock(PASSPHRASE);
  await restore.heading().waitFor();
  expect(await restore.problem().textContent()).toContain('Het kluisbestand is beschadigd');
  await eventually(() => restore.focusedText()).toContain('Het kluisbestand is beschadigd');
  await restore.backups().first().waitFor();

  const newPassphrase = 'blauwe-reiger-vist-bij-Kampen';
  await harness.page.getByRole('radio', { name: 'Je herstelsleutel' }).check();
  await screenshotScreen(harness, 'restore-database-damaged-recovery');
  await expectAccessible(harness.page, 'restore panel, recovery key');
  // Typed as copied from paper: lower case, spaces instead of dashes.
  await restore.restoreWithRecoveryKey(recoveryKey.toLowerCase().replaceAll('-', ' '), newPassphrase);
  await restore.done().waitFor();
  await restore.continue();
  await expectCaseBack(harness, 'Naaktfoto klassengroep');
  expect(setAsideFiles(harness)).toHaveLength(1);

  // The new passphrase is the one that opens the vault from now on.
  await coreCall(harness, 'vaultLock', {});
  expect((await harness.core.dispatch('vaultUnlock', { passphrase: PASSPHRASE })).ok).toBe(false);
  await coreCall(harness, 'vaultUnlock', { passphrase: newPassphrase });
});

it('offers a restore from the ordinary unlock screen too, without a problem to report', async () => {
  harness = await startHarness();
  await vaultWithBackup(harness, ['Meme over docent']);
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  await coreCall(harness, 'casesCreate', caseInput('Na de back-up'));
  await coreCall(harness, 'vaultLock', {});
  await harness.page.reload();

  const restore = new RestorePage(harness.page);
  await new UnlockPage(harness.page).heading().waitFor();
  await restore.open();
  await restore.heading().waitFor();
  expect(await restore.problem().count()).toBe(0);
  await restore.choose('Met de hand');
  await restore.restoreWithPassphrase(PASSPHRASE);
  await restore.done().waitFor();
  await restore.continue();
  await expectCaseBack(harness, 'Meme over docent');
  expect(await new CaseListPage(harness.page).renderedTitles()).toEqual(['Meme over docent']);
  // The database that was simply replaced is kept aside as well.
  expect(setAsideFiles(harness)).toHaveLength(1);
});

it('speaks English when that is the chosen language: a missing database, and nothing kept aside', async () => {
  harness = await startHarness();
  await vaultWithBackup(harness, ['Sextortion 4H']);
  writeUiPreferences(harness.dataFolder, { locale: 'en' });
  rmSync(harness.core.vault.databaseFile);
  await harness.page.reload();

  await harness.page.getByRole('heading', { name: 'Restore a backup', level: 1 }).waitFor();
  const restore = new RestorePage(harness.page);
  expect(await restore.problem().textContent()).toContain('The vault file is missing');
  // English dates and numbers: 02/12/2026 14:05, 0.27 MB.
  await eventually(() => restore.backups().first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}Verified.*By hand · \d+\.\d+ MB · 1 case$/);
  await screenshotScreen(harness, 'restore-database-missing-en');
  await expectAccessible(harness.page, 'restore panel in English');
  await harness.page.getByLabel(/^Passphrase( \*)?$/).fill(PASSPHRASE);
  await harness.page.getByRole('button', { name: 'Restore the backup and open' }).click();
  await restore.done().waitFor();
  expect(await restore.done().textContent()).toMatch(/^The backup has been restoredThe vault is open as it was on [\d/]+ [\d:]+\.$/);
  expect(await restore.problem().count()).toBe(0);
  expect(setAsideFiles(harness)).toHaveLength(0);
});
