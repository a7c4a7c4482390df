import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pdfText } from '../support/poppler';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { NewCasePage } from './pages/new-case-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

it('works a case through its tabs: timeline correction, notes, actions, evidence and consent', async () => {
  harness = await startHarness();
  const { caseIds } = await lockedVault(harness, [
    caseInput('Sexting 3B', { incidentTypes: ['sexting', 'shame_sexting'], platforms: ['Snapchat'] }),
    caseInput('Meme conciërge', { schoolLevel: 'mbo', incidentTypes: ['meme'] }),
  ]);
  const [sextingId] = caseIds as [string, string];
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  await coreCall(harness, 'personsSave', {
    caseId: sextingId,
    person: { role: 'victim', kind: 'pupil', label: 'Leerling A', ageBand: '12_15', classGroup: '3B', contact: null, relatedPersonId: null },
  });
  await coreCall(harness, 'actionsAdd', {
    caseId: sextingId,
    action: { actionKey: null, title: 'Helpwanted vragen het beeld te laten verwijderen', step: 'act', owner: 'Vertrouwenspersoon', dueDate: yesterday(), rationale: '', organisationKey: null },
  });
  await coreCall(harness, 'vaultLock', {});
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await harness.page.getByText('Helpwanted vragen het beeld te laten verwijderen').waitFor();
  await screenshotScreen(harness, 'start');

  await shell.goTo('Zaken');
  const list = new CaseListPage(harness.page);
  await list.row('Sexting 3B').waitFor();
  await screenshotScreen(harness, 'case-list');
  await list.search('conciërge');
  await eventually(() => list.renderedTitles()).toEqual(['Meme conciërge']);
  await list.search('');
  await list.sortBy('Titel');
  await eventually(() => list.renderedTitles()).toEqual(['Meme conciërge', 'Sexting 3B']);
  // Keyboard: the first row takes focus, arrow down moves, Enter opens.
  await list.focusRow(0);
  await harness.page.keyboard.press('ArrowDown');
  await eventually(() => list.focusedRowIndex()).toBe('1');
  await harness.page.keyboard.press('Enter');

  const detail = new CaseDetailPage(harness.page);
  await eventually(() => detail.title().textContent()).toBe('Sexting 3B');
  await detail.banner('sexual-imagery').waitFor();
  expect(await detail.banner('sexual-imagery').textContent()).toContain('ook de school niet als bewijs');
  await screenshotScreen(harness, 'case-detail-overview');
  // A witness entered twice: the second goes again, and the chronology says so.
  await detail.addPerson('Getuige', 'Getuige uit 3B');
  await detail.addPerson('Getuige', 'Getuige uit 3B (dubbel)');
  await eventually(() => detail.personRows().count()).toBe(3);
  await detail.removePerson('(dubbel)', 'dubbel ingevoerd');
  await eventually(() => detail.personRows().allTextContents()).toEqual([expect.stringContaining('Leerling A'), expect.stringContaining('Getuige uit 3B')]);

  // These tabs are filled by later work; here they only have to open.
  for (const [tab, name] of [
    ['Gesprek', 'interview'],
    ['Beoordeling', 'assessment'],
    ['Communicatie', 'communication'],
  ] as const) {
    await detail.openTab(tab);
    await detail.tabPanel().waitFor();
    await screenshotScreen(harness, `case-detail-${name}`);
  }

  await detail.openTab('Acties');
  await eventually(() => detail.actionItems().first().textContent()).toContain('Te laat');
  await detail.addAction('Ouders uitnodigen voor een gesprek', '2030-01-15');
  await eventually(() => detail.actionItems().count()).toBe(2);
  await screenshotScreen(harness, 'case-detail-actions');
  // The plan on paper: a PDF through the save dialog, internal on its face, with the action just added.
  await harness.page.getByRole('button', { name: 'Actieplan als PDF' }).click();
  await eventually(() => harness!.page.getByRole('status').filter({ hasText: 'Het actieplan is bewaard' }).count()).toBe(1);
  const planFile = harness.savedFiles.at(-1)!;
  expect(path.basename(planFile)).toMatch(/^Actieplan .+\.pdf$/);
  const planText = pdfText(readFileSync(planFile)).stdout.replace(/\s+/g, ' ');
  expect(planText).toContain('Intern en vertrouwelijk');
  expect(planText).toContain('Ouders uitnodigen voor een gesprek');
  expect(planText).toContain('15-01-2030');

  await detail.openTab('Tijdlijn');
  await detail.addTimelineCorrection('Leerling A', 'Het slachtoffer zit in 3C, niet in 3B.');
  await eventually(() => detail.timelineCorrections().first().textContent()).toContain('3C, niet in 3B');
  await screenshotScreen(harness, 'case-detail-timeline');

  await detail.openTab('Notities');
  await detail.addNote('Privé werknotitie', 'Mijn eigen indruk: leerling lijkt erg gespannen.');
  await detail.addNote('Dossiernotitie', 'Gesprek met mentor gevoerd op dinsdag.');
  await eventually(() => detail.notes('private').textContent()).toContain('erg gespannen');
  await eventually(() => detail.notes('dossier').textContent()).toContain('mentor');
  expect(await detail.notes('private').textContent()).toContain('nooit in een export');
  await screenshotScreen(harness, 'case-detail-notes');

  await detail.openTab('Verwijderen');
  expect(await harness.page.getByTestId('evidence-explanation').textContent()).toContain('strafbaar');
  await detail.addEvidence('Naaktfoto van leerling A, gedeeld in een groepschat van 3B.', 'Snapchat');
  await eventually(() => detail.evidenceTable().textContent()).toContain('groepschat van 3B');
  await screenshotScreen(harness, 'case-detail-evidence');

  await detail.openTab('Toestemming');
  // Leerling A is under 16: the parents decide about a dossier.
  await eventually(() => detail.consentStatus('dossier').textContent()).toContain('Ontbreekt nog: de ouders');
  await detail.recordConsent('Dossier aanleggen', 'de ouders', 'Uitgelegd wat we bewaren en hoe lang; vader belt morgen terug.');
  await eventually(() => detail.consentStatus('dossier').textContent()).toContain('Geregeld');
  // The note recorded with the decision is shown with it in the history.
  await eventually(() => detail.consentNotes().first().textContent()).toContain('vader belt morgen terug');
  await eventually(() => harness!.page.getByText('Dossier', { exact: true }).first().isVisible()).toBe(true);
  await screenshotScreen(harness, 'case-detail-consent');
  await detail.withdrawFirstConsent('Ouders willen eerst nadenken.');
  await eventually(() => detail.consentStatus('dossier').textContent()).toContain('Ingetrokken door: de ouders');
  expect(await harness.page.getByText('Ouders willen eerst nadenken.').count()).toBeGreaterThan(0);

  // Consent was recorded for Leerling A, so she stays in the case; the dialog says why.
  await detail.openTab('Overzicht');
  await detail.removePerson('Leerling A', 'per vergissing');
  await eventually(() => harness!.page.getByRole('dialog').getByRole('alert').textContent()).toContain('komt voor in vastgelegde toestemmingen');
  await harness.page.keyboard.press('Escape');
  await eventually(() => detail.personRows().count()).toBe(2);

  const events = await coreCall(harness, 'timelineList', { caseId: sextingId });
  expect(events.find((event) => event.kind === 'person_removed')?.summary).toBe('Getuige verwijderd uit de zaak: Getuige uit 3B (dubbel) — dubbel ingevoerd');
  expect(events.some((event) => event.kind === 'correction' && event.summary.includes('3C'))).toBe(true);
  expect(events.some((event) => event.kind === 'consent_withdrawn')).toBe(true);
});

it('shows the new-case form and settings, saves settings and makes and restores a backup', async () => {
  harness = await startHarness();
  await lockedVault(harness, [caseInput('Deepfake gym')]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.goTo('Nieuwe zaak');
  await new NewCasePage(harness.page).heading().waitFor();
  await screenshotScreen(harness, 'new-case');

  await shell.goTo('Instellingen');
  const settings = new SettingsPage(harness.page);
  await settings.heading().waitFor();
  await settings.setAutoLockMinutes(15);
  expect((await coreCall(harness, 'settingsGet', {})).autoLockMinutes).toBe(15);
  await settings.makeBackup();
  await eventually(() => settings.backupRows().count()).toBeGreaterThan(0);
  // Each row says whether the backup was opened and checked after it was written.
  expect(await settings.backupColumn('Geverifieerd').allTextContents()).toEqual(Array(await settings.backupRows().count()).fill('Geverifieerd'));
  await screenshotScreen(harness, 'settings');

  // A case made after the backup is gone once the backup is restored; the app stays unlocked and
  // starts afresh on the restored data.
  await coreCall(harness, 'casesCreate', caseInput('Na de back-up'));
  await settings.restoreNewestBackup();
  await shell.startHeading().waitFor();
  await shell.goTo('Zaken');
  const list = new CaseListPage(harness.page);
  await list.row('Deepfake gym').waitFor();
  expect(await list.renderedTitles()).toEqual(['Deepfake gym']);
});

it('switches the whole app to English, the unlock screen included', async () => {
  harness = await startHarness();
  await lockedVault(harness);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.goTo('Instellingen');
  await new SettingsPage(harness.page).setLanguage('English');
  await harness.page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Cases' }).waitFor();
  expect(await harness.page.evaluate(() => document.documentElement.lang)).toBe('en');

  await shell.lockWithShortcut();
  await harness.page.getByRole('heading', { name: 'The vault is locked' }).waitFor();
  await harness.page.reload();
  await harness.page.getByRole('heading', { name: 'The vault is locked' }).waitFor();
});
