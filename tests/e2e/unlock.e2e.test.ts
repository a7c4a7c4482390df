import { afterEach, it } from 'vitest';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseListPage } from './pages/case-list-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('refuses a wrong passphrase in Dutch and opens with the right one, data intact', async () => {
  harness = await startHarness();
  await lockedVault(harness, [caseInput('Sexting 3A')]);
  const unlock = new UnlockPage(harness.page);
  await unlock.heading().waitFor();
  await screenshotScreen(harness, 'unlock');

  await unlock.unlock('dit-is-niet-de-goede-zin');
  await eventually(() => unlock.error().textContent()).toContain('Deze wachtwoordzin klopt niet');
  await eventually(() => unlock.passphraseField().inputValue()).toBe('');
  await screenshotScreen(harness, 'unlock-wrong-passphrase');

  await unlock.unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await shell.goTo('Zaken');
  await new CaseListPage(harness.page).row('Sexting 3A').waitFor();
});

it('opens with the recovery key and a new passphrase, after which the new passphrase works', async () => {
  harness = await startHarness();
  const { recoveryKey } = await lockedVault(harness, [caseInput('Deepfake docent')]);
  const unlock = new UnlockPage(harness.page);
  await unlock.heading().waitFor();
  await unlock.openRecovery();
  await screenshotScreen(harness, 'unlock-recovery');

  const newPassphrase = 'groene-kikker-leest-in-Deventer';
  // Typed as a person would copy it from paper: lower case, spaces instead of dashes.
  await unlock.recover(recoveryKey.toLowerCase().replaceAll('-', ' '), newPassphrase);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();

  await shell.lockWithShortcut();
  await unlock.heading().waitFor();
  await unlock.unlock(PASSPHRASE);
  await eventually(() => unlock.error().textContent()).toContain('klopt niet');
  await unlock.unlock(newPassphrase);
  await shell.goTo('Zaken');
  await new CaseListPage(harness.page).row('Deepfake docent').waitFor();
});
