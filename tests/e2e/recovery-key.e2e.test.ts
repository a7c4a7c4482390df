import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { FirstRunPage } from './pages/first-run-page';
import { focused } from './pages/focus';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('replaces an unconfirmed recovery key from Settings, after which only the new key recovers the vault', async () => {
  harness = await startHarness();
  // A vault whose recovery key was never confirmed (the app was closed during first run).
  const { recoveryKey: oldKey } = await lockedVault(harness, [caseInput('Screenshot teamsles 2D')]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await shell.goTo('Instellingen');
  const settings = new SettingsPage(harness.page);
  await settings.recoveryNotConfirmed().waitFor();

  // Nothing typed, then a wrong passphrase: each is marked at the field, which takes the focus.
  await settings.openNewRecoveryKey();
  await settings.submitNewRecoveryKey('');
  await eventually(() => settings.newRecoveryKeyError().textContent()).toBe('Vul je huidige wachtwoordzin in.');
  await eventually(() => focused(harness!.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Huidige wachtwoordzin') });
  await expectAccessible(harness.page, 'new recovery key, passphrase missing', '[role="dialog"]');
  await harness.page.getByRole('dialog').getByLabel('Huidige wachtwoordzin').fill('niet de goede zin');
  expect(await settings.newRecoveryKeyError().count()).toBe(0);
  await settings.submitNewRecoveryKey('niet de goede zin');
  await eventually(() => settings.newRecoveryKeyError().textContent()).toContain('Deze wachtwoordzin klopt niet');
  await eventually(() => focused(harness!.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Huidige wachtwoordzin') });
  await settings.submitNewRecoveryKey(PASSPHRASE);
  // The form gave way to the key: its first words hold the focus.
  await eventually(() => focused(harness!.page)).toMatchObject({ testId: 'recovery-key-once' });
  const keySteps = new FirstRunPage(harness.page);
  const groups = await keySteps.recoveryKeyGroups();
  expect(groups.join('-')).not.toBe(oldKey);
  await keySteps.continueToConfirm();
  await keySteps.confirmRecoveryKey(groups);
  await settings.recoveryNotConfirmed().waitFor({ state: 'detached' });
  expect((await coreCall(harness, 'settingsGet', {})).recoveryConfirmed).toBe(true);

  await shell.lock();
  const unlock = new UnlockPage(harness.page);
  const refused = await harness.core.dispatch('vaultRecover', { recoveryKey: oldKey, newPassphrase: 'een-heel-nieuwe-zin-voor-later' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'wrong_recovery_key' } });
  await unlock.openRecovery();
  await unlock.recover(groups.join('-'), 'een-heel-nieuwe-zin-voor-later');
  // Unlocked again, on the screen where the lock came.
  await shell.lockButton().waitFor();
  expect(await unlock.heading().count()).toBe(0);
});
