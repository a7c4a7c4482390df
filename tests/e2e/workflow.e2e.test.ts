// A case from intake to closed and back, through the UI in real Chromium on a real vault: the steps,
// the action plan from the assessment and the catalog, consent with withdrawal, a chronology
// correction, the image refusal, closing with a reason, reopening, linking, and locking — after
// which everything is still there. Plus the contacts screen and the destruction of an old dossier.
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { ARTIFACTS, startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { focused } from './pages/focus';
import { NewCasePage } from './pages/new-case-page';
import { UnlockPage } from './pages/unlock-page';
import { WorkflowPage } from './pages/workflow-page';
import { screenshotScreen } from './screenshots';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';
import { flipByte } from '../faults/kit';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function unlockedApp(h: Harness, cases = [caseInput('Eerste verspreiding 3B', { incidentTypes: ['shame_sexting'] })]) {
  const setup = await lockedVault(h, cases);
  await new UnlockPage(h.page).unlock(PASSPHRASE);
  const shell = new AppShell(h.page);
  await shell.startHeading().waitFor();
  return { ...setup, shell };
}

it('runs a case from intake to closed, reopens it, and keeps everything through a lock', async () => {
  harness = await startHarness();
  const page = harness.page;
  const { shell } = await unlockedApp(harness);
  const detail = new CaseDetailPage(page);
  const flow = new WorkflowPage(page);

  // Intake: a new case through the form.
  await shell.goTo('Nieuwe zaak');
  const form = new NewCasePage(page);
  await form.fill({ title: 'Foto in Snapchat-groep 3B', types: ['Shame-sexting'], summary: 'Een foto van een leerling is zonder toestemming in een groep gedeeld.' });
  await form.submit();
  await eventually(() => detail.title().textContent()).toBe('Foto in Snapchat-groep 3B');
  await eventually(() => focused(page)).toMatchObject({ testId: 'case-title' });
  expect(await flow.currentStep()).toBe('intake');
  const caseId = (await coreCall(harness, 'casesList', { query: 'Snapchat-groep' }))[0]!.id;

  // The interview and the assessment are other screens' work: seeded through the contract.
  for (const [questionId, value] of Object.entries(SHAME_SEXTING_ANSWERS)) {
    const result = await harness.core.dispatch('interviewAnswer', { caseId, questionId, value });
    expect(result.ok, questionId).toBe(true);
  }
  expect((await harness.core.dispatch('assessmentRun', { caseId })).ok).toBe(true);

  // Reopen the case screen so it shows the assessment's guardrails; the interview and the assessment
  // moved it to step 1 by themselves.
  await shell.goTo('Zaken');
  await new CaseListPage(page).open('Foto in Snapchat-groep 3B');
  await detail.banner('sexual-imagery').waitFor();
  // The no-copies banner stays above every tab.
  for (const tab of ['Gesprek', 'Beoordeling', 'Acties', 'Tijdlijn', 'Notities', 'Verwijderen', 'Toestemming', 'Communicatie', 'Overzicht'] as const) {
    await detail.openTab(tab);
    expect(await detail.banner('sexual-imagery').isVisible(), tab).toBe(true);
  }
  await eventually(() => flow.currentStep()).toBe('defining');
  await screenshotScreen(harness, 'workflow-overview');

  // The checklist for sexual images is open because the case calls for it; the afwegingskader is
  // always available and says when its answers call for a report.
  expect(await flow.checklist('stappenplan_sexting').getByText('Aangewezen voor deze zaak').isVisible()).toBe(true);
  await flow.answer('stappenplan_sexting', 'no_copies', 'Ja', 'Mentor heeft het in de klas gezegd.');
  await flow.saveChecklist('stappenplan_sexting');
  await eventually(() => flow.checklist('stappenplan_sexting').textContent()).toContain('Opgeslagen op');
  // The line that says it was saved takes the focus, so it is read out.
  await eventually(() => focused(page)).toMatchObject({ tag: 'p', name: expect.stringContaining('Opgeslagen op') });
  await flow
    .checklist('afwegingskader')
    .getByRole('button', { name: /Afwegingskader meldcode/ })
    .click();
  await flow.answer('afwegingskader', 'suspicion', 'Ja', 'Leerling vertelt over geweld thuis.');
  await flow.answer('afwegingskader', 'acute_or_structural', 'Ja');
  await flow.saveChecklist('afwegingskader');
  await eventually(() => flow.reportAdvised().textContent()).toContain('Melding bij Veilig Thuis aangewezen');
  // What the answers call for comes first: the advice to report holds the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'report-advised' });
  await flow.checklist('afwegingskader').scrollIntoViewIfNeeded();
  await harness.screenshot('workflow-checklists');

  // Step 2: actions from the assessment's recommendations (the Beoordeling tab's checkboxes).
  await flow.nextStep();
  await eventually(() => flow.currentStep()).toBe('acting');
  await detail.openTab('Beoordeling');
  await page.getByTestId('recommendation-police_consult').check();
  await page.getByTestId('recommendation-takedown_helpwanted').check();
  await page.getByTestId('assessment-plan-actions').click();
  await detail.openTab('Acties');
  await eventually(() => detail.actionItems().count()).toBe(2);

  // A standard action from the catalog shows what to prepare and whom to call before it is added.
  expect(await flow.catalogOptions()).toContain('Herstelgesprek');
  await flow.chooseCatalogAction('Nagaan of psychologische hulp nodig is');
  await flow.catalogGuidance().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'workflow-catalog-pick.png') });
  await flow.addChosenCatalogAction('Zorgcoördinator', inDays(3));
  await eventually(() => detail.actionItems().count()).toBe(3);
  // The picker closes with the submit; the new action in the plan takes the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'action-item', name: expect.stringContaining('Nagaan of psychologische hulp nodig is') });
  await flow.action('Beeld laten verwijderen via Helpwanted').getByRole('button', { name: 'Voorbereiding en contact tonen' }).click();
  const guidance = flow.action('Beeld laten verwijderen via Helpwanted').getByTestId('action-guidance');
  await eventually(() => guidance.textContent()).toContain('Nooit het beeld zelf');
  expect(await guidance.textContent()).toContain('020-261 52 75');
  await flow.markDone('Overleg met de politie', 'Wijkagent adviseert een melding bij de zedenpolitie; geen beeld gedeeld.');
  await eventually(() => flow.action('Overleg met de politie').textContent()).toContain('Wijkagent adviseert');
  await eventually(() => focused(page)).toMatchObject({ testId: 'action-item', name: expect.stringContaining('Overleg met de politie') });
  await screenshotScreen(harness, 'workflow-actions');

  // Consent: the age rule is explained where consent is recorded; record, then withdraw.
  await detail.openTab('Toestemming');
  await eventually(() => flow.consentAgeRule().textContent()).toContain('Geldt hier');
  expect(await flow.consentAgeRule().locator('li', { hasText: 'Geldt hier' }).textContent()).toContain('jonger dan 16');
  await detail.recordConsent('Dossier aanleggen', 'de ouders');
  await eventually(() => detail.consentStatus('dossier').textContent()).toContain('Geregeld');
  await screenshotScreen(harness, 'workflow-consent');
  await detail.withdrawFirstConsent('Ouders willen eerst met hun dochter praten.');
  await eventually(() => detail.consentStatus('dossier').textContent()).toContain('Ingetrokken door: de ouders');
  // The withdraw button gave way to the date of withdrawal, which holds the focus.
  await eventually(async () => (await focused(page)).testId).toMatch(/^consent-withdrawn-/);

  // Chronology: a correction is added to the entry, which itself stays as it was.
  await detail.openTab('Tijdlijn');
  await flow.addTimelineEntry('Gebeld met de wijkagent op dinsdag.');
  await detail.addTimelineCorrection('Gebeld met de wijkagent op dinsdag.', 'Het was woensdag, niet dinsdag.');
  await eventually(() => flow.timelineEntry('Gebeld met de wijkagent op dinsdag.').getByTestId('timeline-correction').textContent()).toContain('woensdag');
  // The correction form closed: the entry, now with its correction, holds the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'timeline-entry', name: expect.stringContaining('Gebeld met de wijkagent op dinsdag.') });

  // An image dropped on the case is refused, with the reason.
  await flow.dropImage();
  await flow.mediaRefused().waitFor();
  expect(await flow.mediaRefused().textContent()).toContain('strafbaar');
  await page.getByRole('button', { name: 'Begrepen' }).click();
  await flow.mediaRefused().waitFor({ state: 'detached' });

  // Step 3, aftercare, and closing: a reason is required, and the destruction date is shown first.
  await detail.openTab('Overzicht');
  await flow.nextStep();
  await eventually(() => flow.currentStep()).toBe('communicating');
  await flow.chooseStep('Nazorg', 'Ouders en leerling geïnformeerd.');
  await eventually(() => flow.currentStep()).toBe('aftercare');
  // The note is sent and emptied; the status section's heading, with the new step, holds the focus.
  await eventually(() => focused(page)).toMatchObject({ tag: 'h2', name: 'Stap en status' });
  expect(await flow.stepNote().inputValue()).toBe('');
  await flow.openCloseDialog();
  await eventually(() => flow.closeDialogRetention().textContent()).toMatch(/12 maanden bewaard, tot \d+ \w+ \d{4}/);
  await screenshotScreen(harness, 'workflow-close');
  await flow.submitClose();
  await eventually(() => flow.fieldError('Reden om te sluiten').textContent()).toBe('Geef een reden om de zaak te sluiten.');
  await eventually(() => focused(page)).toMatchObject({ tag: 'textarea', name: expect.stringContaining('Reden om te sluiten') });
  await expectAccessible(page, 'close dialog, reason missing', '[role="dialog"]');
  // Typing a reason takes the message away before anything is sent.
  await flow.closeReason().fill('Beelden offline');
  expect(await flow.fieldError('Reden om te sluiten').count()).toBe(0);
  await flow.confirmClose('Beelden offline, nazorggesprek gevoerd.');
  await eventually(() => flow.currentStep()).toBe('closed');
  // The close button is gone with the dialog: the closure's summary holds the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'case-closed-summary' });
  expect(await flow.closedSummary().textContent()).toContain('Beelden offline, nazorggesprek gevoerd.');
  expect(await flow.closedSummary().textContent()).toMatch(/komt op \d+ \w+ \d{4} in aanmerking voor vernietiging/);
  await screenshotScreen(harness, 'workflow-closed');

  // Reopen with a reason, and link the earlier case; the link opens that case.
  await flow.reopen('De foto duikt opnieuw op via TikTok.');
  await eventually(() => flow.currentStep()).toBe('defining');
  await eventually(() => focused(page)).toMatchObject({ tag: 'h2', name: 'Stap en status' });
  await flow.linkTo('Eerste', 'Eerste verspreiding 3B', 'Dezelfde foto als in de eerste zaak.');
  await eventually(() => flow.linkedCases().textContent()).toContain('Dezelfde foto als in de eerste zaak.');
  await eventually(() => focused(page)).toMatchObject({ testId: 'linked-cases' });
  await screenshotScreen(harness, 'workflow-reopened');
  await flow.openLinkedCase('Eerste verspreiding 3B');
  await eventually(() => detail.title().textContent()).toBe('Eerste verspreiding 3B');
  expect(await flow.linkedCases().textContent()).toContain('Foto in Snapchat-groep 3B');

  // Lock with the button and unlock: everything is still there.
  await shell.lock();
  const unlock = new UnlockPage(page);
  await unlock.heading().waitFor();
  await unlock.unlock(PASSPHRASE);
  // Unlocking returns to where the advisor was: this case.
  await eventually(() => detail.title().textContent()).toBe('Eerste verspreiding 3B');
  await shell.goTo('Overzicht');
  await shell.startHeading().waitFor();
  // The start screen lists the open actions due this week; one opens the case at its plan.
  await page.getByRole('button', { name: /Nagaan of psychologische hulp nodig is/ }).click();
  await eventually(() => detail.title().textContent()).toBe('Foto in Snapchat-groep 3B');
  expect(await flow.currentStep()).toBe('defining');
  await eventually(() => flow.action('Overleg met de politie').textContent()).toContain('Wijkagent adviseert');
  expect(await flow.action('Overleg met de politie').getByRole('combobox').inputValue()).toBe('done');
  await detail.openTab('Toestemming');
  await eventually(() => page.getByText(/^Ingetrokken op/).count()).toBe(1);
  await detail.openTab('Tijdlijn');
  await eventually(() => detail.timelineCorrections().first().textContent()).toContain('woensdag');
  const reopened = page.getByTestId('timeline-entry').filter({ hasText: 'Heropend' });
  expect(await reopened.textContent()).toContain('De foto duikt opnieuw op via TikTok.');
  expect(await page.getByTestId('timeline-entry').filter({ hasText: 'Beelden offline, nazorggesprek gevoerd.' }).count()).toBe(1);
  // The end of a long chronology, as the person sees it in the window.
  await reopened.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'workflow-timeline.png') });
});

it('does not offer mediation when a staff member is suspected, and shows the refusal if it slips through', async () => {
  harness = await startHarness();
  const { caseIds, shell } = await unlockedApp(harness, [caseInput('Docent filmt in kleedkamer', { incidentTypes: ['other'] })]);
  const caseId = caseIds[0]!;
  const detail = new CaseDetailPage(harness.page);
  const flow = new WorkflowPage(harness.page);
  await shell.goTo('Zaken');
  await new CaseListPage(harness.page).open('Docent filmt in kleedkamer');
  await detail.openTab('Acties');
  // Chosen while nobody was suspected; then the suspect is recorded elsewhere before adding.
  await flow.chooseCatalogAction('Herstelgesprek');
  await coreCall(harness, 'personsSave', {
    caseId,
    person: { role: 'suspected_spreader', kind: 'staff', label: 'Medewerker', ageBand: '18_plus', classGroup: null, contact: null, relatedPersonId: null },
  });
  await flow.addChosenCatalogAction('Vertrouwenspersoon', inDays(2));
  await eventually(() => harness!.page.getByRole('alert').filter({ hasText: 'meldplicht' }).count()).toBe(1);
  expect(await coreCall(harness, 'actionsList', { caseId })).toEqual([]);

  // Opened afresh, the picker leaves mediation out and says why.
  await shell.goTo('Zaken');
  await new CaseListPage(harness.page).open('Docent filmt in kleedkamer');
  await detail.banner('staff-suspect').waitFor();
  await detail.openTab('Acties');
  await flow.withheldNotice().waitFor();
  const options = await flow.catalogOptions();
  expect(options).not.toContain('Herstelgesprek');
  expect(options.some((option) => option.includes('Halt'))).toBe(false);
  expect(options).toContain('Bevoegd gezag informeren');
  await screenshotScreen(harness, 'workflow-staff-suspect');
});

it('lists a dossier past its retention on the start screen and destroys it after the title is typed', async () => {
  harness = await startHarness();
  const { caseIds, shell } = await unlockedApp(harness, [caseInput('Meme gymleraar 2022')]);
  const caseId = caseIds[0]!;
  await coreCall(harness, 'casesSetStatus', { id: caseId, status: 'closed', reason: 'Afgerond' });
  // Closed long ago: move its destruction date into the past, as time would have.
  harness.core.vault.connection().sqlite.prepare("UPDATE cases SET destroy_after = '2024-01-31', closed_at = '2023-01-31T10:00:00.000Z' WHERE id = ?").run(caseId);
  await shell.goTo('Zaken');
  await shell.goTo('Overzicht');
  const flow = new WorkflowPage(harness.page);
  await flow.destructionDue().waitFor();
  expect(await flow.destructionDue().textContent()).toContain('Meme gymleraar 2022');
  await screenshotScreen(harness, 'workflow-destruction-due');

  // Two backups that still hold the case: one is removed with it, the other was damaged on disk and
  // cannot be opened to look, so the advisor is told it was left.
  const damaged = await coreCall(harness, 'backupsCreate', {});
  flipByte(path.join(harness.core.vault.backups.folder, damaged.name), 200);
  await coreCall(harness, 'backupsCreate', {});
  await flow.destroy('Meme gymleraar 2022', 'Meme gymleraar');
  expect(await harness.page.getByRole('dialog').textContent()).toContain('Ook de oudere back-ups waarin deze zaak nog staat, worden verwijderd');
  await screenshotScreen(harness, 'workflow-destruction-confirm');
  await eventually(() => flow.fieldError('Typ ter bevestiging de werktitel over: Meme gymleraar 2022').textContent()).toContain('precies over');
  await harness.page
    .getByRole('dialog')
    .getByLabel(/^Typ ter bevestiging/)
    .fill('Meme gymleraar 2022');
  await harness.page.getByRole('dialog').getByRole('button', { name: 'Definitief vernietigen' }).click();
  // The result says what happened to the backups, and has the focus so it is read out.
  await flow.destructionResult().waitFor();
  expect(await flow.destructionResult().textContent()).toContain('1 oudere back-up verwijderd waarin de zaak nog stond.');
  expect(await flow.destructionResult().textContent()).toContain('nieuwe, gecontroleerde back-up');
  expect(await harness.page.evaluate(() => document.activeElement?.textContent)).toContain('oudere back-up verwijderd');
  expect(await flow.destructionResult().getByTestId('destruction-unchecked').textContent()).toContain('1 back-up kon niet worden geopend');
  await screenshotScreen(harness, 'workflow-destruction-result');
  await harness.page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).last().click();
  await flow.destructionDue().waitFor({ state: 'detached' });
  expect(await coreCall(harness, 'casesList', { status: 'all' })).toEqual([]);
  const backups = await coreCall(harness, 'backupsList', {});
  expect(backups[0]).toMatchObject({ reason: 'na-vernietiging', verified: true, cases: 0 });
  expect(backups.map((b) => b.name)).toContain(damaged.name);
});

it('keeps the school’s own contacts and opens an organisation’s website after confirmation', async () => {
  harness = await startHarness();
  const { shell } = await unlockedApp(harness, []);
  const flow = new WorkflowPage(harness.page);
  await shell.goTo('Contacten');
  await flow.organisation('helpwanted').waitFor();
  expect(await flow.organisation('helpwanted').textContent()).toContain('020-261 52 75');
  expect(await flow.organisation('helpwanted').textContent()).toContain('Controleer vóór gebruik');

  // Dutch errors at the fields: no name, and an e-mail address that is not one.
  await flow.addSchoolContact({ role: 'Contactpersoon politie', name: '', email: 'wijkagent-at-politie' });
  const dialog = harness.page.getByRole('dialog');
  await eventually(() => flow.fieldError('Naam').textContent()).toBe('Geef het contact een naam, of een functie als je de naam niet weet.');
  expect(await flow.fieldError('E-mail').textContent()).toBe('Dit lijkt geen e-mailadres: het heeft de vorm naam@domein.nl.');
  // Both are flagged before anything is sent; the first, the name, takes the focus.
  await eventually(() => focused(harness!.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Naam') });
  await expectAccessible(harness.page, 'contact dialog, name and e-mail wrong', '[role="dialog"]');
  await dialog.getByLabel(/^Naam/).fill('Wijkagent R. Bakker');
  expect(await flow.fieldError('Naam').count()).toBe(0);
  await dialog.getByLabel('Telefoon').fill('06-12345678');
  await dialog.getByLabel('E-mail').fill('r.bakker@politie.example');
  expect(await flow.fieldError('E-mail').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(() => flow.schoolContacts().textContent()).toContain('Wijkagent R. Bakker');
  // The dialog is gone: the new contact's row holds the focus.
  await eventually(() => focused(harness!.page)).toMatchObject({ tag: 'tr', name: expect.stringContaining('Wijkagent R. Bakker') });
  expect(await flow.schoolContacts().textContent()).toContain('Contactpersoon politie');
  expect((await coreCall(harness, 'contactsList', {}))[0]).toMatchObject({ role: 'police_contact', name: 'Wijkagent R. Bakker', phone: '06-12345678' });

  await flow.openWebsite('helpwanted');
  await eventually(() => harness!.openedLinks).toEqual(['https://www.helpwanted.nl']);
  await screenshotScreen(harness, 'contacts');
});
