import { afterEach, expect, it } from 'vitest';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { FirstRunPage } from './pages/first-run-page';
import { NewCasePage } from './pages/new-case-page';
import { UnlockPage } from './pages/unlock-page';
import { PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('sets up a vault, shows the recovery key once, and keeps a case across lock and unlock', async () => {
  harness = await startHarness();
  const { page } = harness;
  const firstRun = new FirstRunPage(page);
  await firstRun.heading().waitFor();
  await screenshotScreen(harness, 'first-run');

  await firstRun.fillDetails('Mevrouw De Vries', 'kort');
  await eventually(() => firstRun.strength().textContent()).toContain('Te kort');
  await firstRun.fillDetails('Mevrouw De Vries', PASSPHRASE);
  await eventually(() => firstRun.strength().textContent()).toMatch(/Sterk/);
  await firstRun.createVault();

  const groups = await firstRun.recoveryKeyGroups();
  expect(groups).toHaveLength(8);
  expect(groups.every((group) => /^[0-9A-Z]{4}$/.test(group))).toBe(true);
  await screenshotScreen(harness, 'recovery-key');
  await firstRun.continueToConfirm();
  // The key is not on screen while the person types it back from paper.
  expect(await page.content()).not.toContain(groups.join(''));
  await screenshotScreen(harness, 'recovery-key-confirm');
  const asked = await firstRun.confirmRecoveryKey(groups);
  expect(asked).toHaveLength(2);

  const shell = new AppShell(page);
  await shell.startHeading().waitFor();
  await shell.goTo('Nieuwe zaak');
  const newCase = new NewCasePage(page);
  await newCase.fill({ title: 'Meme klas 2B', types: ['Meme'], summary: 'Een bewerkte foto van een docent gaat rond.' });
  await newCase.submit();
  await eventually(() => new CaseDetailPage(page).title().textContent()).toBe('Meme klas 2B');

  await shell.lock();
  const unlock = new UnlockPage(page);
  await unlock.heading().waitFor();
  expect(await page.content()).not.toContain('Meme klas 2B');
  await unlock.unlock(PASSPHRASE);
  await shell.goTo('Zaken');
  const list = new CaseListPage(page);
  await list.row('Meme klas 2B').waitFor();
  expect(await list.renderedTitles()).toEqual(['Meme klas 2B']);
});
