import { afterEach, expect, it } from 'vitest';
import assessmentTexts from '@resources/assessment/nl.json';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { AssessmentPage } from './pages/assessment-page';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { FirstRunPage } from './pages/first-run-page';
import { focused } from './pages/focus';
import { InterviewPage } from './pages/interview-page';
import { NewCasePage } from './pages/new-case-page';
import { UnlockPage } from './pages/unlock-page';
import { screenshotScreen } from './screenshots';
import { screenshotBothSizes } from './sizes';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';
import uiTexts from '@renderer/i18n/nl.json';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const TITLE = 'Snapchatgroep 2C';
const ACCOUNT = '"Ik had hem alleen naar Daan gestuurd. Nu heeft de hele groep hem en iedereen kijkt naar me."';
const FEELING = '"Ik schaam me dood. Ik wil morgen niet naar school."';
const WISHES = '"Dat hij weg is. En dat mijn klas er niks over hoort, nog niet."';
const OVERRIDE_REASON = 'De leerling wil niet meer naar school en is erg geïsoleerd in de klas.';

it('holds a full interview for a shame-sexting case, corrects an answer, and explains, plans and overrides the assessment', async () => {
  harness = await startHarness();
  const { page } = harness;

  // First run and a new case, through the screens.
  const firstRun = new FirstRunPage(page);
  await firstRun.heading().waitFor();
  await firstRun.fillDetails('Mevrouw De Vries', PASSPHRASE);
  await firstRun.createVault();
  const groups = await firstRun.recoveryKeyGroups();
  await firstRun.continueToConfirm();
  await firstRun.confirmRecoveryKey(groups);
  const shell = new AppShell(page);
  await shell.startHeading().waitFor();
  await shell.goTo('Nieuwe zaak');
  const newCase = new NewCasePage(page);
  await newCase.fill({ title: TITLE, summary: 'Een naaktfoto van een leerling gaat rond in een Snapchatgroep.' });
  await newCase.submit();
  const detail = new CaseDetailPage(page);
  await eventually(() => detail.title().textContent()).toBe(TITLE);
  const caseId = (await coreCall(harness, 'casesList', {}))[0]!.id;

  // The interview: a new case opens at the first part, with the question set's review date shown.
  await detail.openTab('Gesprek');
  const interview = new InterviewPage(page);
  await eventually(() => interview.sectionHeading().textContent()).toBe('Begin van het gesprek');
  expect(await interview.reviewedLine().textContent()).toContain('Vragenlijst van Vertrouwd zelf');
  expect(await interview.progress().textContent()).toMatch(/^0 van \d+ vragen beantwoord/);
  expect(await interview.tips().textContent()).toContain('Beloof geen geheimhouding');

  await interview.choose('start_checklist', 'Waarom ik dit gesprek wil voeren', 'Dat ik geen geheimhouding kan beloven, en wanneer ik iets moet delen');
  // Ticking a second option adds to the answer; it is not shown as a correction.
  expect(await interview.correction('start_checklist').count()).toBe(0);
  await interview.type('start_reason', 'De mentor van 2C hoorde het van klasgenoten en stuurde de leerling naar mij.');
  await interview.type('start_present', 'Niemand; de mentor wacht buiten.');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Met wie praat je' }).waitFor();
  await interview.choose('interviewee_role', 'Een leerling: het slachtoffer zelf');
  // Age band, class, type and platform are the case's facts: set above the interview, not asked in it.
  expect(await interview.question('victim_age_band').count()).toBe(0);
  await interview.editFacts({ incidentTypes: ['Shame-sexting'], platforms: ['Snapchat'], ageBand: '12 tot en met 15 jaar', classGroup: '2C' });
  await eventually(() => interview.fact('ageBand').textContent()).toContain('12 tot en met 15 jaar');
  // The form closed: the facts block, showing the saved facts, holds the focus.
  await eventually(() => focused(page)).toMatchObject({ testId: 'interview-facts' });
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Wat is er gebeurd' }).waitFor();
  // A question that asks for the pupil's own words says so at the field and beside it.
  expect(await interview.question('incident_account').textContent()).toContain('Schrijf letterlijk op wat er gezegd wordt');
  expect(await interview.tips().textContent()).toContain('de woorden van je gesprekspartner zelf');
  await interview.type('incident_account', ACCOUNT);
  expect(await interview.question('incident_types').count()).toBe(0);
  await interview.choose('incident_repeated', 'Nee');
  await screenshotScreen(harness, 'interview');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Het beeld' }).waitFor();
  await interview.type('material_description', 'Naaktfoto, zelf gemaakt; het gezicht is herkenbaar.');
  await interview.choose('material_format', 'Foto');
  await interview.choose('material_edited', 'Nee');
  await interview.choose('material_how_made', 'Vrijwillig gemaakt, door of met instemming van het slachtoffer');
  await interview.choose('material_intimate', 'Ja');
  // Skip logic from main: the shame-sexting answer brought these questions in.
  await interview.choose('material_sexual_nature', 'Naakt of gedeeltelijk naakt');
  await interview.choose('material_made_by', 'Het slachtoffer zelf');
  await interview.type('material_first_shared_with', 'Een jongen uit 3A');
  await interview.choose('material_consent_to_share', 'Nee');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Verspreiding' }).waitFor();
  expect(await interview.question('spread_viewers').count()).toBe(0);
  await interview.choose('spread_reach', 'Gedeeld in een groep, zoals een klassenapp of groepschat');
  await interview.choose('spread_viewers', '1 tot 5');
  await interview.choose('spread_still_online', 'Weet ik niet');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'De betrokkenen' }).waitFor();
  await interview.choose('suspects_known', 'Deels');
  await interview.choose('suspects_age_bands', '12 tot en met 15');
  await interview.choose('suspect_is_staff', 'Nee');
  await interview.choose('adult_involved', 'Nee');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Dreiging en afpersing' }).waitFor();
  await interview.choose('threats_present', 'Nee');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Welzijn en veiligheid' }).waitFor();
  await interview.type('wellbeing_feeling', FEELING);
  await interview.choose('wellbeing_emotions', 'Schaamte');
  await interview.choose('selfharm_signals', 'Nee');
  await interview.choose('danger_at_home', 'Nee');
  // "None of these" cannot stand beside another option: ticking it unticks the rest.
  await interview.choose('vulnerabilities', 'Weinig steun, sociaal geïsoleerd');
  await interview.choose('vulnerabilities', 'Geen van deze');
  await eventually(() => interview.isChecked('vulnerabilities', 'Weinig steun, sociaal geïsoleerd')).toBe(false);
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Wie weet het al' }).waitFor();
  await interview.choose('parents_informed', 'Ja');
  await interview.choose('others_aware', 'Mentor');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Wensen van het slachtoffer' }).waitFor();
  await interview.type('victim_wishes_text', WISHES);
  await interview.choose('victim_consent_class_talk', 'Weet het nog niet');
  await interview.choose('victim_wants_police', 'Nog niet besloten');
  await interview.nextSection();

  // Shown because the parents know.
  await interview.sectionHeading().filter({ hasText: 'Wensen van de ouders' }).waitFor();
  await interview.choose('parent_consent_class_talk', 'Weten het nog niet');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Wat helpt om je veiliger te voelen' }).waitFor();
  await interview.choose('safety_measures', 'Eén vaste contactpersoon op school');
  await interview.type('safety_contact_person', 'Mevrouw Jansen, de mentor');
  await interview.nextSection();

  await interview.sectionHeading().filter({ hasText: 'Bewijs' }).waitFor();
  await interview.choose('evidence_holders', 'Het slachtoffer');
  await interview.choose('evidence_school_copy', 'Nee');

  // A correction: the earlier answer stays visible beside the new one.
  await interview.openSection('Verspreiding');
  await interview.choose('spread_viewers', '6 tot 30, ongeveer een klas');
  await eventually(() => interview.correction('spread_viewers').textContent()).toContain('eerder: 1 tot 5');
  await screenshotScreen(harness, 'interview-correction');
  const state = await coreCall(harness, 'interviewState', { caseId });
  expect(state.answers.spread_viewers).toBe('6_30');
  expect(state.history.filter((r) => r.questionId === 'spread_viewers').map((r) => r.value)).toEqual(['1_5', '6_30']);
  expect(state.answers.incident_account).toBe(ACCOUNT);
  expect(state.progress.answered).toBeGreaterThan(35);
  await eventually(() => interview.progress().textContent()).toContain(`${state.progress.answered} van ${state.progress.total} vragen beantwoord`);

  // The assessment, made on screen, with its reasons, duties and recommendations.
  await detail.openTab('Beoordeling');
  const assessment = new AssessmentPage(page);
  await page.getByText('Er is nog geen inschatting gemaakt.').waitFor();
  await assessment.make();
  await assessment.summary().waitFor();
  const stored = (await coreCall(harness, 'assessmentGet', { caseId }))!;
  const levelLabel = uiTexts.severity[stored.assessment.level];
  expect(await assessment.level().textContent()).toContain(levelLabel);
  expect(await assessment.meta().textContent()).toContain('Aantal keer gemaakt: 1');
  const reasonTexts = (await assessment.reasons().allTextContents()).join('\n');
  for (const label of [assessmentTexts.factors.voluntariness, assessmentTexts.factors.nature, assessmentTexts.factors.spread, assessmentTexts.factors.age]) {
    expect(reasonTexts).toContain(label);
  }
  expect(reasonTexts).toContain('Verhoogt de ernst');
  expect(await assessment.flag('minor_sexual_imagery').textContent()).toContain(assessmentTexts.flags.minor_sexual_imagery.title);
  expect(await assessment.recommendationsFor('act').textContent()).toContain('Overleg met de politie');
  expect(stored.assessment.actions.map((a) => a.actionKey)).toEqual(expect.arrayContaining(['police_consult', 'takedown_helpwanted']));

  // Two recommendations into the action plan: they stay ticked and cannot be added twice.
  await assessment.planActions('police_consult', 'takedown_helpwanted');
  await eventually(() => assessment.recommendation('police_consult').isDisabled()).toBe(true);
  expect(await assessment.recommendation('police_consult').isChecked()).toBe(true);
  expect(await assessment.recommendation('takedown_helpwanted').isDisabled()).toBe(true);
  await detail.openTab('Acties');
  await eventually(() => detail.actionItems().allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Overleg met de politie'), expect.stringContaining('Helpwanted')]));

  // A changed answer makes the assessment possibly outdated, and it can be redone.
  await detail.openTab('Gesprek');
  await interview.openSection('Welzijn en veiligheid');
  await interview.choose('wellbeing_emotions', 'Angst');
  await detail.openTab('Beoordeling');
  await assessment.outdatedNotice().waitFor();
  await assessment.make();
  await eventually(() => assessment.meta().textContent()).toContain('Aantal keer gemaakt: 2');
  expect(await assessment.outdatedNotice().count()).toBe(0);
  await eventually(() => assessment.recommendation('police_consult').isDisabled()).toBe(true);

  // The override needs a reason; both levels are then shown.
  await assessment.overrideLevel(uiTexts.severity.critical, '');
  await eventually(() => assessment.overrideReasonError().textContent()).toBe('Geef een reden waarom je de inschatting aanpast.');
  await assessment.overrideLevel(uiTexts.severity.critical, OVERRIDE_REASON);
  await eventually(() => assessment.override().textContent()).toContain(OVERRIDE_REASON);
  const levelText = await assessment.level().textContent();
  expect(levelText).toContain('Volgens de regels');
  expect(levelText).toContain(levelLabel);
  expect(levelText).toContain('Aangepast naar');
  expect(levelText).toContain(uiTexts.severity.critical);
  await screenshotScreen(harness, 'assessment');

  // Lock, unlock and reopen: the interview resumes where it is incomplete, and everything is still there.
  await shell.lock();
  const unlock = new UnlockPage(page);
  await unlock.heading().waitFor();
  await unlock.unlock(PASSPHRASE);
  // Back on the case where the lock came; reopened from the list the interview resumes.
  await page.getByTestId('case-title').waitFor();
  await shell.goTo('Zaken');
  const list = new CaseListPage(page);
  await list.open(TITLE);
  await eventually(() => detail.title().textContent()).toBe(TITLE);
  await detail.openTab('Gesprek');
  const next = (await coreCall(harness, 'interviewState', { caseId })).progress.nextQuestionId;
  expect(next).toBe('incident_started');
  await eventually(() => interview.sectionHeading().textContent()).toBe('Wat is er gebeurd');
  expect(await interview.textOf('incident_account')).toBe(ACCOUNT);
  await interview.openSection('Verspreiding');
  expect(await interview.isChecked('spread_viewers', '6 tot 30, ongeveer een klas')).toBe(true);
  expect(await interview.correction('spread_viewers').textContent()).toContain('eerder: 1 tot 5');

  await detail.openTab('Beoordeling');
  await assessment.summary().waitFor();
  expect(await assessment.override().textContent()).toContain(OVERRIDE_REASON);
  expect(await assessment.level().textContent()).toContain('Aangepast naar');
  expect((await assessment.reasons().allTextContents()).join('\n')).toContain(assessmentTexts.factors.nature);
  expect(await assessment.flag('minor_sexual_imagery').isVisible()).toBe(true);
}, 240_000);

it('marks an extortion case as acute, answers by keyboard, and says the assessment is outdated after a correction', async () => {
  harness = await startHarness();
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('Sextortion 4A', { incidentTypes: ['sextortion'], platforms: ['Instagram'] })]);
  const caseId = caseIds[0]!;
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  const answers: [string, string | string[]][] = [
    ['interviewee_role', 'pupil'],
    ['victim_age_band', '16_17'],
    ['incident_types', ['sextortion']],
    ['threats_present', 'yes'],
    ['threat_kinds', ['money', 'spread_threat']],
  ];
  for (const [questionId, value] of answers) await coreCall(harness, 'interviewAnswer', { caseId, questionId, value });
  await coreCall(harness, 'assessmentRun', { caseId });
  await coreCall(harness, 'vaultLock', {});
  await new UnlockPage(page).unlock(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.goTo('Zaken');
  await new CaseListPage(page).open('Sextortion 4A');

  const detail = new CaseDetailPage(page);
  await detail.openTab('Beoordeling');
  const assessment = new AssessmentPage(page);
  await page.getByTestId('assessment-acute').waitFor();
  expect(await assessment.flag('extortion_or_threats').textContent()).toContain(assessmentTexts.flags.extortion_or_threats.title);
  expect(await assessment.recommendation('police_consult').isVisible()).toBe(true);
  expect(await assessment.outdatedNotice().count()).toBe(0);
  await screenshotScreen(harness, 'assessment-acute');

  // The interview resumes at the first part with an open question; the buttons and the answers
  // work from the keyboard, and moving to another part puts focus on its heading.
  await detail.openTab('Gesprek');
  const interview = new InterviewPage(page);
  await eventually(() => interview.sectionHeading().textContent()).toBe('Begin van het gesprek');
  await page.getByRole('button', { name: /Volgende sectie/ }).focus();
  await page.keyboard.press('Enter');
  await eventually(() => interview.sectionHeading().textContent()).toBe('Met wie praat je');
  await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('interview-section-title');
  await page.keyboard.press('Tab');
  await eventually(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('pupil');
  await page.keyboard.press('ArrowDown');
  await interview.waitUntilSaved('interviewee_role');
  expect(await interview.isChecked('interviewee_role', 'Een medewerker: het slachtoffer zelf')).toBe(true);
  await eventually(() => interview.correction('interviewee_role').textContent()).toContain('eerder: Een leerling: het slachtoffer zelf');

  await detail.openTab('Beoordeling');
  await assessment.outdatedNotice().waitFor();
  expect(await assessment.outdatedNotice().textContent()).toContain('mogelijk verouderd');
  await screenshotScreen(harness, 'assessment-outdated');
}, 120_000);

it('asks once: shows the case facts instead of asking them, raises the safety alert at once, never lowers progress, ends on the assessment, per victim', async () => {
  harness = await startHarness();
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('AI-naaktbeeld 3B', { incidentTypes: ['ai_nude'], platforms: ['Instagram'] })]);
  const caseId = caseIds[0]!;
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  const victim = (label: string, ageBand: '12_15' | '16_17') => ({ role: 'victim', kind: 'pupil', label, ageBand, classGroup: '3B', contact: null, relatedPersonId: null }) as const;
  await coreCall(harness, 'personsSave', { caseId, person: victim('Noor', '12_15') });
  await coreCall(harness, 'personsSave', { caseId, person: victim('Sem', '16_17') });
  await coreCall(harness, 'vaultLock', {});
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('AI-naaktbeeld 3B');
  const detail = new CaseDetailPage(page);
  await detail.openTab('Gesprek');
  const interview = new InterviewPage(page);
  await eventually(() => interview.sectionHeading().textContent()).toBe('Begin van het gesprek');

  // What the case holds is shown above the interview, for the first victim.
  await eventually(() => interview.fact('incidentTypes').textContent()).toContain('Naaktbeeld met AI gemaakt van een gewone foto');
  expect(await interview.fact('platforms').textContent()).toContain('Instagram');
  expect(await interview.fact('ageBand').textContent()).toContain('12 tot en met 15 jaar');
  expect(await interview.fact('classGroup').textContent()).toContain('3B');
  await screenshotBothSizes(harness, 'interview-case-facts');

  // Progress only ever moves on while answering, also when an answer brings in follow-up questions.
  let last = await interview.percent();
  const settled = async () => {
    const now = await interview.percent();
    expect(now).toBeGreaterThanOrEqual(last);
    last = now;
  };
  await interview.choose('start_checklist', 'Waarom ik dit gesprek wil voeren');
  await settled();
  await interview.nextSection();
  await interview.sectionHeading().filter({ hasText: 'Met wie praat je' }).waitFor();
  await interview.choose('interviewee_role', 'Een leerling: het slachtoffer zelf');
  await settled();
  for (const asked of ['victim_age_band', 'victim_group']) expect(await interview.question(asked).count()).toBe(0);
  await interview.nextSection();
  await interview.sectionHeading().filter({ hasText: 'Wat is er gebeurd' }).waitFor();
  expect(await interview.question('incident_types').count()).toBe(0);
  await interview.type('incident_account', 'Iemand heeft een foto van Instagram bewerkt tot naaktbeeld.');
  await settled();
  await interview.nextSection();
  await interview.sectionHeading().filter({ hasText: 'Het beeld' }).waitFor();
  // The case says AI nude: the questions on the image's nature are asked without asking the type.
  await interview.question('material_sexual_nature').waitFor();
  await interview.choose('material_intimate', 'Ja');
  await settled();
  await interview.openSection('Verspreiding');
  expect(await interview.question('spread_platforms').count()).toBe(0);
  await interview.choose('spread_reach', 'Gedeeld in een groep, zoals een klassenapp of groepschat');
  await settled();
  await interview.openSection('Dreiging en afpersing');
  await interview.choose('threats_present', 'Ja');
  await settled();
  await interview.question('threat_kinds').waitFor();
  await interview.choose('threat_kinds', 'Geld, cadeaukaarten of iets anders van waarde');
  await settled();

  // "Twijfel" about self-harm: the alert is there at once, right under the question, with what to do now.
  await interview.openSection('Welzijn en veiligheid');
  expect(await interview.safetyAlert('self_harm_risk').count()).toBe(0);
  await interview.question('selfharm_signals').getByLabel('Twijfel', { exact: true }).check();
  const alert = interview.safetyAlert('self_harm_risk');
  await alert.waitFor();
  expect(await alert.getAttribute('role')).toBe('alert');
  expect(await alert.textContent()).toContain('113');
  expect(await alert.textContent()).toContain('niet alleen');
  expect(await interview.question('selfharm_signals').locator('xpath=following-sibling::*[1]').getAttribute('data-testid')).toBe('safety-alert-self_harm_risk');
  await interview.waitUntilSaved('selfharm_signals');
  await settled();
  await interview.choose('danger_at_home', 'Ja');
  await interview.safetyAlert('danger_at_home').waitFor();
  expect(await interview.safetyAlert('danger_at_home').textContent()).toContain('Veilig Thuis');
  await settled();
  await interview.safetyAlert('self_harm_risk').scrollIntoViewIfNeeded();
  await screenshotBothSizes(harness, 'interview-safety-alert');

  // The second victim has an interview of their own: their facts, no alert from Noor's answers.
  await interview.pickVictim('Sem');
  await eventually(() => interview.fact('ageBand').textContent()).toContain('16 of 17 jaar');
  await interview.openSection('Welzijn en veiligheid');
  expect(await interview.safetyAlert('self_harm_risk').count()).toBe(0);
  expect(await page.getByTestId('interview-per-victim').textContent()).toContain('Sem');
  await interview.pickVictim('Noor');
  await eventually(() => interview.fact('ageBand').textContent()).toContain('12 tot en met 15 jaar');

  // The last part leads to the assessment, where the same rule raised the flag.
  await interview.openSection('Bewijs');
  await screenshotBothSizes(harness, 'interview-last-section');
  await interview.toAssessment();
  const assessment = new AssessmentPage(page);
  await page.getByText('Er is nog geen inschatting gemaakt.').waitFor();
  await assessment.make();
  await assessment.summary().waitFor();
  expect(await assessment.flag('self_harm_risk').textContent()).toContain(assessmentTexts.flags.self_harm_risk.title);
  expect(await assessment.flag('danger_at_home').isVisible()).toBe(true);
}, 180_000);
