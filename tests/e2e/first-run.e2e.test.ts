import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { fieldLabel } from './pages/field-label';
import { FirstRunPage } from './pages/first-run-page';
import { focused, hasFocus } from './pages/focus';
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

  // An empty form is flagged at every required field at once, and the keyboard lands on the first.
  await firstRun.createVault();
  const required = [
    ['Je naam', 'Vul je naam in'],
    ['Wachtwoordzin', 'Kies een wachtwoordzin'],
    ['Herhaal de wachtwoordzin', 'Typ de wachtwoordzin nog een keer'],
  ] as const;
  for (const [label, message] of required) {
    await eventually(() => firstRun.fieldError(label).textContent()).toContain(message);
    expect(await firstRun.field(label).getAttribute('aria-invalid'), label).toBe('true');
  }
  await eventually(() => hasFocus(firstRun.field('Je naam'))).toBe(true);
  await expectAccessible(page, 'first run, every required field flagged');
  await screenshotScreen(harness, 'first-run-errors');

  // Fixing a field takes its message away at once; the others stay until they are fixed too.
  await firstRun.field('Je naam').fill('Mevrouw De Vries');
  expect(await firstRun.fieldError('Je naam').count()).toBe(0);
  expect(await firstRun.field('Je naam').getAttribute('aria-invalid')).not.toBe('true');
  expect(await firstRun.fieldError('Wachtwoordzin').count()).toBe(1);

  // Strength is main's to judge: its refusal comes back at the passphrase, which gets the focus.
  await firstRun.fillDetails('Mevrouw De Vries', 'kort');
  await eventually(() => firstRun.strength().textContent()).toContain('Te kort');
  await firstRun.createVault();
  await eventually(() => firstRun.fieldError('Wachtwoordzin').textContent()).toContain('te zwak');
  await eventually(() => hasFocus(firstRun.field('Wachtwoordzin'))).toBe(true);
  await expectAccessible(page, 'first run, weak passphrase refused');

  await firstRun.fillDetails('Mevrouw De Vries', PASSPHRASE);
  expect(await firstRun.fieldError('Wachtwoordzin').count()).toBe(0);
  await eventually(() => firstRun.strength().textContent()).toMatch(/Sterk/);
  await firstRun.createVault();

  const groups = await firstRun.recoveryKeyGroups();
  // The form is gone: the keyboard is on the key step's first words, not on <body>.
  await eventually(() => hasFocus(firstRun.keyStepStart())).toBe(true);
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
  // The new-case screen closed with the submit: the new case's title holds the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'case-title' });

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

it('flags a move from another computer opened with nothing chosen or typed, at the file and the passphrase', async () => {
  harness = await startHarness();
  const { page } = harness;
  const firstRun = new FirstRunPage(page);
  await firstRun.heading().waitFor();
  await firstRun.openMoveImport();
  await firstRun.submitMoveImport();
  await eventually(() => firstRun.moveError('Verhuisbestand kiezen').textContent()).toBe('Kies eerst het verhuisbestand dat je op je oude computer maakte.');
  expect(await firstRun.moveError('Wachtwoordzin').textContent()).toBe('Vul je huidige wachtwoordzin in.');
  // The file comes first: its button takes the focus.
  await eventually(() => focused(page)).toMatchObject({ tag: 'button', name: 'Verhuisbestand kiezen' });
  await expectAccessible(page, 'vault move, nothing chosen');
  await firstRun.moveSection().getByLabel(fieldLabel('Wachtwoordzin')).fill('een zin van de oude computer');
  expect(await firstRun.moveError('Wachtwoordzin').count()).toBe(0);
  expect(await firstRun.moveError('Verhuisbestand kiezen').count()).toBe(1);
});
