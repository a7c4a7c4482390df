// The advisor's day: the start screen (acute first, actions by case done in one click, takedown
// follow-ups), a chronology that reads by sitting with filters and "happened at", and the takedown
// tracker — in Chromium on the real core, with axe on every screen and screenshots at both sizes.
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { CaseworkPage } from './pages/casework-page';
import { fieldLabel } from './pages/field-label';
import { focused } from './pages/focus';
import { InterviewPage } from './pages/interview-page';
import { UnlockPage } from './pages/unlock-page';
import { WorkflowPage } from './pages/workflow-page';
import { screenshotBothSizes } from './sizes';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Days from today as the core counts them (UTC dates). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The same day typed as an advisor types it: dd-mm-jjjj. */
const typed = (iso: string) => iso.split('-').reverse().join('-');

async function acuteExtortionCase(h: Harness, caseId: string): Promise<void> {
  const answers: [string, string | string[]][] = [
    ['interviewee_role', 'pupil'],
    ['victim_age_band', '16_17'],
    ['incident_types', ['sextortion']],
    ['threats_present', 'yes'],
    ['threat_kinds', ['money', 'spread_threat']],
  ];
  for (const [questionId, value] of answers) await coreCall(h, 'interviewAnswer', { caseId, questionId, value });
  await coreCall(h, 'assessmentRun', { caseId });
}

const action = (title: string, dueDate: string, owner = '') => ({ title, step: 'act' as const, owner, dueDate, rationale: '', organisationKey: null });

it('puts the day on the start screen: the acute case first with its first hour, actions by case done in one click, takedown follow-ups', async () => {
  harness = await startHarness();
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('Meme gymles 2B'), caseInput('Sextortion 4A', { incidentTypes: ['sextortion'] })]);
  const [meme, extortion] = caseIds as [string, string];
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  await acuteExtortionCase(harness, extortion);
  await coreCall(harness, 'actionsAdd', { caseId: meme, action: action('Mentor bellen over de meme', day(-2), 'Mentor 2B') });
  await coreCall(harness, 'actionsAdd', { caseId: meme, action: action('Klassengesprek voorbereiden', day(3)) });
  await coreCall(harness, 'actionsAdd', { caseId: extortion, action: action('Aangifte met ouders bespreken', day(0), 'Vertrouwenspersoon') });
  await coreCall(harness, 'evidenceAdd', {
    caseId: meme,
    item: { description: 'Bewerkte foto met tekst', platform: 'TikTok', accountOrUrl: '@gymles2b', observedAt: null, heldBy: 'victim', note: '', followUpDate: day(0) },
  });
  await coreCall(harness, 'vaultLock', {});
  await page.reload();
  await new UnlockPage(page).unlock(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.startHeading().waitFor();
  const today = new CaseworkPage(page);

  await today.acuteCases().first().waitFor();
  expect(await today.acuteCases().count()).toBe(1);
  expect(await today.acuteCases().first().textContent()).toContain('Sextortion 4A');
  const firstHour = today.firstHour('Sextortion 4A');
  expect(await firstHour.getByRole('checkbox').count()).toBe(3);
  // Saved at once: the tick shows when main has it.
  await firstHour.getByRole('checkbox', { name: /politie nu gebeld/ }).click();
  await eventually(() => firstHour.textContent()).toContain('1 van 3 gedaan');

  // The acute case's group comes first; each action shows its owner and status.
  await eventually(() => today.dueGroups().count()).toBe(2);
  expect(await today.dueGroups().first().textContent()).toContain('Sextortion 4A');
  const memeGroup = today.dueGroup('Meme gymles 2B');
  expect(await memeGroup.textContent()).toMatch(/Mentor bellen over de meme.*Door Mentor 2B · Open.*Te laat sinds/);
  expect(await page.getByTestId('due-later').textContent()).toContain('Klassengesprek voorbereiden');
  expect(await today.followUps().first().textContent()).toContain('TikTok · @gymles2b');
  await expectAccessible(page, 'start screen');
  await screenshotBothSizes(harness, 'casework-start');

  await today.markDone('Mentor bellen over de meme');
  await eventually(() => today.dueGroups().count()).toBe(1);
  const actions = await coreCall(harness, 'actionsList', { caseId: meme });
  expect(actions.find((a) => a.title === 'Mentor bellen over de meme')?.status).toBe('done');
  expect((await coreCall(harness, 'checklistGet', { caseId: extortion, checklistKey: 'first_hour' })).answers.police_now?.answer).toBe('yes');
});

it('reads the chronology by sitting, filters it, and dates a call when it happened, in Dutch formats on an English system', async () => {
  harness = await startHarness({ browserLocale: 'en-US' });
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('Deepfake 3C', { incidentTypes: ['deepfake'] })]);
  const caseId = caseIds[0]!;
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  const content = await coreCall(harness, 'interviewContent', {});
  const open = content.sections.flatMap((s) => s.questions).find((q) => q.type === 'longtext')!.id;
  // One sentence saved four times while typing, two boxes ticked and one unticked: one sitting.
  for (const text of ['Ze', 'Ze zag', 'Ze zag het filmpje', 'Ze zag het filmpje in de klassenapp']) await coreCall(harness, 'interviewAnswer', { caseId, questionId: open, value: text });
  await coreCall(harness, 'interviewAnswer', { caseId, questionId: 'incident_types', value: ['deepfake', 'meme'] });
  await coreCall(harness, 'interviewAnswer', { caseId, questionId: 'incident_types', value: ['deepfake'] });
  await coreCall(harness, 'vaultLock', {});
  await page.reload();
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Deepfake 3C');
  const detail = new CaseDetailPage(page);
  await detail.openTab('Tijdlijn');
  const chronology = new CaseworkPage(page);

  await chronology.sittings().first().waitFor();
  expect(await chronology.sittings().count()).toBe(1);
  expect(await chronology.sittings().first().textContent()).toContain('2 antwoorden');
  await chronology.sittings().first().getByRole('button').first().click();
  const answer = chronology.entries().filter({ hasText: 'in de klassenapp' });
  await answer.waitFor();
  expect(await answer.textContent()).toContain('3 eerdere versies in dit gesprek');

  await chronology.toggleFilter('Gesprek');
  await eventually(() => chronology.sittings().count()).toBe(0);

  const yesterday = day(-1);
  await chronology.addTimelineEvent('Contact', 'Moeder belde over het filmpje', `${typed(yesterday)} 18:45`);
  const call = chronology.entries().filter({ hasText: 'Moeder belde' });
  await call.waitFor();
  const text = (await call.textContent()) ?? '';
  expect(text).toContain(`${typed(yesterday)} 18:45`);
  expect(text).toMatch(/Vastgelegd op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
  expect(text).not.toMatch(/AM|PM/);
  // Sorted by when it happened: before the case was even opened today.
  expect(await chronology.entries().first().textContent()).toContain('Moeder belde');
  await expectAccessible(page, 'chronology');
  await screenshotBothSizes(harness, 'casework-timeline');
});

it('tracks a takedown: a half-typed time is refused, a report with its reference reaches the start screen, a correction keeps the old words', async () => {
  harness = await startHarness();
  const { page } = harness;
  await lockedVault(harness, [caseInput('Filmpje kleedkamer 2C', { incidentTypes: ['beeldpesten'] })]);
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Filmpje kleedkamer 2C');
  const detail = new CaseDetailPage(page);
  await detail.openTab('Verwijderen');
  const tracker = new CaseworkPage(page);

  // Nothing filled in: the description, the one field an item needs, is flagged and takes the focus.
  await tracker.submitItem();
  await eventually(() => tracker.fieldError('Beschrijving').textContent()).toBe('Schrijf op wat er te zien is: zonder beschrijving zegt het item niets.');
  await eventually(() => focused(page)).toMatchObject({ tag: 'textarea', name: expect.stringContaining('Beschrijving') });
  await expectAccessible(page, 'takedown item, description missing');
  await page.getByLabel(fieldLabel('Beschrijving')).fill('Filmpje');
  expect(await tracker.fieldError('Beschrijving').count()).toBe(0);

  await tracker.addItem({ platform: 'TikTok', account: '@kleedkamer2c', seenAt: `${typed(day(-1))} 2`, description: 'Filmpje van 20 seconden uit de kleedkamer' });
  await eventually(() => page.getByText('Vul de datum volledig in').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('observedAt');
  expect(await tracker.items().count()).toBe(0);
  await page.getByLabel('Gezien op').fill(`${typed(day(-1))} 21:15`);
  await page.getByRole('button', { name: 'Vastleggen in het register' }).click();
  await tracker.items().first().waitFor();
  expect(await tracker.items().first().textContent()).toContain('Nog melden');
  // The form is empty again and the new item holds the focus, so it is read out.
  await eventually(() => focused(page)).toMatchObject({ testId: 'takedown-item', name: expect.stringContaining('@kleedkamer2c') });
  expect(await page.getByLabel(fieldLabel('Beschrijving')).inputValue()).toBe('');

  await tracker.report('@kleedkamer2c', { to: 'Helpwanted', reference: 'HW-2026-118', followUp: typed(day(0)) });
  const item = tracker.item('@kleedkamer2c');
  await eventually(() => item.getByTestId('takedown-status').textContent()).toBe('Gemeld');
  await eventually(() => focused(page)).toMatchObject({ testId: 'takedown-item', name: expect.stringContaining('@kleedkamer2c') });
  // Reported for removal: the case's step has moved from intake to step 2 with the work.
  await eventually(() => new WorkflowPage(page).currentStep()).toBe('acting');
  expect(await item.getByTestId('takedown-reports').textContent()).toContain('Gemeld bij Helpwanted');
  expect(await item.getByTestId('takedown-reports').textContent()).toContain('kenmerk HW-2026-118');

  // A correction that empties the description is stopped at that field, inside the item.
  await item.getByRole('button', { name: 'Corrigeren' }).click();
  await item.getByLabel(fieldLabel('Beschrijving')).fill('');
  await tracker.saveCorrection('@kleedkamer2c');
  await eventually(() => tracker.fieldError('Beschrijving', item).textContent()).toBe('Schrijf op wat er te zien is: zonder beschrijving zegt het item niets.');
  await eventually(() => focused(page)).toMatchObject({ tag: 'textarea', name: expect.stringContaining('Beschrijving') });
  await item.getByLabel(fieldLabel('Beschrijving')).fill('Filmpje van 20 seconden uit de kleedkamer');
  expect(await tracker.fieldError('Beschrijving', item).count()).toBe(0);
  await item.getByRole('button', { name: 'Annuleren' }).click();

  await tracker.correct('@kleedkamer2c', '@kleedkamer_2c', 'Account verkeerd overgenomen');
  const corrected = tracker.item('@kleedkamer_2c');
  await corrected.waitFor();
  await eventually(() => focused(page)).toMatchObject({ testId: 'takedown-item', name: expect.stringContaining('@kleedkamer_2c') });
  await corrected.getByRole('button', { name: /Geschiedenis/ }).click();
  expect(await corrected.getByTestId('takedown-history').textContent()).toContain('Account of link gecorrigeerd van ‘@kleedkamer2c’ naar ‘@kleedkamer_2c’');
  await expectAccessible(page, 'takedown tracker');
  await screenshotBothSizes(harness, 'casework-takedown');

  await new AppShell(page).goTo('Overzicht');
  await eventually(() => tracker.followUps().first().textContent()).toContain('@kleedkamer_2c');

  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Filmpje kleedkamer 2C');
  await detail.openTab('Verwijderen');
  await tracker.setStatus('@kleedkamer_2c', 'Verwijderd');
  await eventually(() => tracker.item('@kleedkamer_2c').getByTestId('takedown-status').textContent()).toBe('Verwijderd');
  await new AppShell(page).goTo('Overzicht');
  await new AppShell(page).startHeading().waitFor();
  await page.waitForTimeout(300);
  expect(await tracker.followUps().count()).toBe(0);
});

it('saves interview text within a second of the last keystroke, and at once when the field is left', async () => {
  harness = await startHarness();
  const { page } = harness;
  // The page's timers run on a clock the test holds: what is saved with the clock stopped was saved
  // by leaving the field, and a second on that clock is a second of the app's own waiting.
  await page.clock.install();
  const { caseIds } = await lockedVault(harness, [caseInput('Meme gymles 2B')]);
  const caseId = caseIds[0]!;
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Meme gymles 2B');
  await new CaseDetailPage(page).openTab('Gesprek');
  const interview = new InterviewPage(page);
  await eventually(() => interview.sectionHeading().textContent()).toBe('Begin van het gesprek');
  const stored = async (questionId: string) => (await coreCall(harness!, 'interviewState', { caseId })).answers[questionId] ?? null;

  await page.clock.pauseAt(Date.now() + 60_000);
  const reason = interview.question('start_reason').getByRole('textbox');
  await reason.fill('De mentor hoorde het van klasgenoten.');
  expect(await stored('start_reason')).toBeNull();
  await page.keyboard.press('Tab');
  await eventually(() => stored('start_reason')).toBe('De mentor hoorde het van klasgenoten.');

  const present = interview.question('start_present').getByRole('textbox');
  await present.fill('Niemand; de mentor wacht buiten.');
  expect(await stored('start_present')).toBeNull();
  await page.clock.runFor(1000);
  await eventually(() => stored('start_present')).toBe('Niemand; de mentor wacht buiten.');
  await interview.waitUntilSaved('start_present');
  await page.clock.resume();
  // The interview has begun: the case's step follows, from intake to step 1.
  await eventually(() => new WorkflowPage(page).currentStep()).toBe('defining');
});
