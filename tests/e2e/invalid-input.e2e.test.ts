import { afterEach, expect, it } from 'vitest';
import { SETTINGS_LIMITS } from '@shared';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { focused, hasFocus } from './pages/focus';
import { NewCasePage } from './pages/new-case-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';
import { coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** An unlocked app on its start screen. */
async function unlockedApp(): Promise<AppShell> {
  harness = await startHarness();
  await lockedVault(harness);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  return shell;
}

it('refuses invalid input to a contract call and keeps the UI working afterwards', async () => {
  const shell = await unlockedApp();

  const refused = await harness!.page.evaluate(() => window.vertrouwd.casesCreate({ title: 5 } as never));
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.issues?.map((issue) => issue.path)).toContain('title');
  }
  expect(await coreCall(harness!, 'casesList', { status: 'all' })).toEqual([]);

  // The form flags the empty title before sending, with the focus on it, then accepts a corrected case.
  await shell.goTo('Nieuwe zaak');
  const newCase = new NewCasePage(harness!.page);
  await newCase.submit();
  await eventually(() => newCase.fieldError('Werktitel of pseudoniem').textContent()).toContain('Geef de zaak een werktitel of pseudoniem');
  expect(await newCase.title().getAttribute('aria-invalid')).toBe('true');
  await eventually(() => hasFocus(newCase.title())).toBe(true);
  await expectAccessible(harness!.page, 'new case, title missing');
  await screenshotScreen(harness!, 'new-case-errors');
  // Typing takes the message away at once, before anything is sent again.
  await newCase.title().fill('Beeldpesten');
  expect(await newCase.fieldError('Werktitel of pseudoniem').count()).toBe(0);
  expect(await newCase.title().getAttribute('aria-invalid')).not.toBe('true');
  // A date typed halfway is not sent as if it were empty: Enter in the field stops at that field.
  await newCase.fill({ title: 'Beeldpesten brugklas', types: ['Beeldpesten'] });
  await newCase.incidentDate().fill('12-03');
  await newCase.incidentDate().press('Enter');
  await eventually(() => newCase.fieldError('Datum van het incident').textContent()).toContain('Vul de datum volledig in');
  await eventually(() => hasFocus(newCase.incidentDate())).toBe(true);
  expect(await coreCall(harness!, 'casesList', { status: 'all' })).toEqual([]);
  // The same by mouse, straight from the field: the press on Save is not lost to a message that
  // appears on leaving the field and pushes the button away.
  await newCase.incidentDate().fill('12-04');
  await newCase.submit();
  await eventually(() => hasFocus(newCase.incidentDate())).toBe(true);
  expect(await newCase.fieldError('Datum van het incident').textContent()).toContain('Vul de datum volledig in');
  expect(await coreCall(harness!, 'casesList', { status: 'all' })).toEqual([]);
  await newCase.incidentDate().fill('');
  await newCase.submit();
  await eventually(() => new CaseDetailPage(harness!.page).title().textContent()).toBe('Beeldpesten brugklas');
  await eventually(() => focused(harness!.page)).toMatchObject({ testId: 'case-title' });
});

it('holds the settings form to the contract’s limits and shows its message at the field', async () => {
  const shell = await unlockedApp();
  await shell.goTo('Instellingen');
  const settings = new SettingsPage(harness!.page);
  await settings.heading().waitFor();

  // Every field stops at the length the contract accepts: typing more does nothing.
  const limits = [
    [settings.advisorField('Naam in de tijdlijn'), SETTINGS_LIMITS.profileName],
    [settings.advisorField('Naam onder brieven'), SETTINGS_LIMITS.advisorName],
    [settings.advisorField('Functie'), SETTINGS_LIMITS.advisorRole],
    [settings.advisorField('Telefoon'), SETTINGS_LIMITS.advisorPhone],
    [settings.advisorField('E-mail'), SETTINGS_LIMITS.advisorEmail],
    [settings.advisorField('Ondertekening'), SETTINGS_LIMITS.signature],
    [settings.schoolField('Naam van de school'), SETTINGS_LIMITS.schoolName],
    [settings.schoolField('Adres'), SETTINGS_LIMITS.schoolAddress],
  ] as const;
  for (const [field, max] of limits) expect(await field.getAttribute('maxlength')).toBe(String(max));
  await settings.advisorField('Telefoon').fill('0'.repeat(SETTINGS_LIMITS.advisorPhone + 20));
  expect((await settings.advisorField('Telefoon').inputValue()).length).toBe(SETTINGS_LIMITS.advisorPhone);

  // What a length cannot catch, the contract refuses, and the form checks the same line limit itself:
  // its message at the field, with the focus there.
  const lines = Array.from({ length: SETTINGS_LIMITS.signatureLines + 1 }, (_, i) => `Regel ${i + 1}`).join('\n');
  const { advisor } = await coreCall(harness!, 'settingsGet', {});
  const refused = await harness!.core.dispatch('settingsUpdate', { advisor: { ...advisor, signature: lines } });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'advisor.signature' }] } });
  await settings.advisorField('Ondertekening').fill(lines);
  await settings.saveAdvisor();
  await eventually(() => settings.advisorFieldError('Ondertekening').textContent()).toContain(`Gebruik voor de ondertekening hoogstens ${SETTINGS_LIMITS.signatureLines} regels.`);
  await eventually(() => hasFocus(settings.advisorField('Ondertekening'))).toBe(true);
  await expectAccessible(harness!.page, 'settings, signature too long');
  await screenshotScreen(harness!, 'settings-signature-too-long');
  await settings.advisorField('Ondertekening').fill('Mirjam de Vries\nVertrouwenspersoon');
  expect(await settings.advisorFieldError('Ondertekening').count()).toBe(0);
  await settings.saveAdvisor();
  await settings.advisorSection().getByText('Opgeslagen.').waitFor();
  // Saved in place: the "Saved." line holds the focus, so it is read out.
  await eventually(() => focused(harness!.page)).toMatchObject({ name: 'Opgeslagen.' });
  expect((await coreCall(harness!, 'settingsGet', {})).advisor.signature).toBe('Mirjam de Vries\nVertrouwenspersoon');
});
