// Preparation in the real UI: plan the yearly lesson for a class, record it with the rules the class
// wrote (a pupil's name refused), export the lesson guide and the safety-plan section, and see on the
// start screen what is overdue.
import { execFileSync } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { fieldLabel } from './pages/field-label';
import { focused } from './pages/focus';
import { InterviewPage } from './pages/interview-page';
import { PreventionPage } from './pages/prevention-page';
import { UnlockPage } from './pages/unlock-page';
import { screenshotScreen } from './screenshots';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** The same day as an advisor types it: dd-mm-jjjj. */
const typed = (iso: string) => iso.split('-').reverse().join('-');

it('plans and records a lesson, exports the lesson guide and the safety-plan section, and shows what is overdue', async () => {
  harness = await startHarness();
  const { caseIds } = await lockedVault(harness, [caseInput('Meme in de klassenapp')]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await coreCall(harness, 'personsSave', {
    caseId: caseIds[0]!,
    person: { role: 'victim', kind: 'pupil', label: 'Sanne de Wit', ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null },
  });
  // The safety plan was last looked at two years ago: overdue for a review.
  await coreCall(harness, 'preventionPointSave', { key: 'safety_plan_social_media', status: 'done', owner: 'Directie', lastReviewed: isoDay(-730), note: '' });

  const page = harness.page;
  const prevention = new PreventionPage(page);
  await shell.goTo('Voorbereiding');
  await prevention.heading().waitFor();
  await prevention.tab('Lessen per klas');
  // A class without a name is flagged at the name, which takes the focus; typing clears it.
  await prevention.submitClass('');
  await expect.poll(() => prevention.fieldError('add-class', 'Klas of groep').textContent()).toBe('Geef de klas of groep een naam, zoals 2B of groep 7.');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Klas of groep') });
  await expectAccessible(page, 'new class, name missing');
  await prevention.addClassForm().getByLabel(fieldLabel('Klas of groep')).fill('2');
  expect(await prevention.fieldError('add-class', 'Klas of groep').count()).toBe(0);
  await prevention.addClass('2B');
  // The new class's card takes the focus, so it is read out.
  await expect.poll(() => focused(page)).toMatchObject({ testId: 'class-2B' });
  await prevention.addClass('3A');
  // Today, so the plan falls in this school year whatever day the test runs.
  await prevention.planLesson('2B', typed(isoDay(0)));
  await prevention
    .classCard('2B')
    .getByText(/^Gepland op/)
    .waitFor();

  await prevention.fillLessonRecord('2B', { ledBy: 'Mentor 2B', rules: 'We vragen eerst\nNiet zoals bij Sanne' });
  await prevention.saveLessonForm();
  // Main refuses the name in the rules: said at the rules, which take the focus to be rewritten.
  await expect.poll(() => prevention.fieldError('lesson-form', 'De regels die de klas opstelde').textContent()).toContain('naam van iemand die in een zaak voorkomt');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea', name: expect.stringContaining('De regels die de klas opstelde') });
  await expectAccessible(page, 'lesson record, a name refused', '[role="dialog"]');
  await prevention.fillLessonRecord('2B', { ledBy: 'Mentor 2B', rules: 'We vragen eerst voordat we een foto maken\nEen rotopmerking liken we niet' });
  expect(await prevention.fieldError('lesson-form', 'De regels die de klas opstelde').count()).toBe(0);
  await prevention.saveLessonForm();
  await prevention.lessonForm().waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toMatchObject({ testId: 'class-2B' });
  await prevention
    .classCard('2B')
    .getByText(/^Gegeven op/)
    .waitFor();
  expect(await prevention.classCard('2B').getByTestId('lesson-rules').textContent()).toContain('Een rotopmerking liken we niet');
  await screenshotScreen(harness, 'prevention-lessons');

  await prevention.tab('Documenten');
  await prevention.openDocument('Lesopzet voor de jaarlijkse les');
  await prevention.exportDocument();
  const guide = pdfText(harness.savedFiles.at(-1)!);
  expect(guide).toContain('Lesopzet: samen online');
  expect(guide).toContain('De klas stelt eigen regels op');
  expect(guide).toContain('smaad');
  await prevention.backToDocuments();

  await prevention.openDocument('Onderdeel sociale media van het schoolveiligheidsplan');
  const sanctions = page.getByLabel('Sancties');
  // A name from a case is refused at the paragraph it is in, which takes the focus to be rewritten.
  await sanctions.fill('Zoals bij Sanne de Wit: de sanctieladder.');
  await prevention.saveDocument();
  await expect.poll(() => prevention.documentError('Sancties').textContent()).toContain('naam van iemand die in een zaak voorkomt');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea', name: expect.stringContaining('Sancties') });
  await expectAccessible(page, 'document, a name refused');
  await sanctions.fill('Wij hanteren de sanctieladder uit het pestprotocol van de school.');
  expect(await prevention.documentError('Sancties').count()).toBe(0);
  await screenshotScreen(harness, 'prevention-document');
  // Exporting with changes not yet kept saves them first; the line naming the file takes the focus.
  await prevention.exportDocument();
  await expect.poll(() => focused(page)).toMatchObject({ name: expect.stringContaining('Opgeslagen als') });
  const plan = pdfText(harness.savedFiles.at(-1)!);
  expect(plan).toContain('Verband met het pestprotocol');
  expect(plan).toContain('Wij hanteren de sanctieladder uit het pestprotocol van de school.');
  expect(plan).toContain('Regels voor afstandsonderwijs');
  expect(harness.savedFiles).toHaveLength(2);

  await shell.goTo('Overzicht');
  const due = page.getByTestId('prevention-due');
  await due.waitFor();
  expect(await due.textContent()).toContain('Sociale media in het schoolveiligheidsplan: langer dan een jaar niet bekeken');
  expect(await due.textContent()).toContain('3A: nog geen les dit schooljaar');
  expect(await due.textContent()).not.toContain('2B');
  await screenshotScreen(harness, 'prevention-start');
});

it('records the fixed police contact on its readiness point, counts the lesson in the annual overview, and explains terms in the interview', async () => {
  // An English system: the dates are still typed and shown the Dutch way.
  harness = await startHarness({ browserLocale: 'en-US' });
  await lockedVault(harness, [caseInput('Meme in de klassenapp')]);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await coreCall(harness, 'contactsSave', { contact: { role: 'police_contact', name: 'Wijkagent Bakker', organisation: 'Politie Kennemerland', phone: '0900-8844', email: '', note: '' } });
  const { classes } = await coreCall(harness, 'preventionClassSave', { name: '1A', schoolLevel: 'vo' });
  await coreCall(harness, 'preventionLessonSave', { classId: classes[0]!.id, plannedDate: null, heldDate: isoDay(0), ledBy: 'Mentor', rules: 'Eerst vragen', note: '' });

  const page = harness.page;
  await shell.goTo('Voorbereiding');
  const point = page.getByTestId('point-police_contact');
  await point.getByRole('button', { name: /bijwerken/ }).click();
  const form = page.getByTestId('point-form');
  await form.getByLabel('Status').selectOption('done');
  await form.getByLabel('Vaste contactpersoon bij de politie').selectOption({ label: 'Wijkagent Bakker, Politie Kennemerland' });
  const reviewed = form.getByLabel('Laatst bekeken');
  expect(await reviewed.getAttribute('placeholder')).toBe('dd-mm-jjjj');
  // Half typed: said at the field, and nothing saved.
  await reviewed.fill(typed(isoDay(0)).slice(0, 5));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await form.getByText('Vul de datum volledig in, als dd-mm-jjjj.').waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Laatst bekeken') });
  expect((await coreCall(harness, 'preventionOverview', {})).points.find((p) => p.key === 'police_contact')?.lastReviewed ?? null).toBeNull();
  await reviewed.fill(typed(isoDay(0)));
  expect(await form.getByText('Vul de datum volledig in, als dd-mm-jjjj.').count()).toBe(0);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await form.waitFor({ state: 'detached' });
  // The dialog is gone: the point's row, now showing the contact, holds the focus.
  await expect.poll(() => focused(page)).toMatchObject({ testId: 'point-police_contact' });
  // Opened again, the stored date reads dd-mm-jjjj, not the system's mm/dd/yyyy.
  await point.getByRole('button', { name: /bijwerken/ }).click();
  expect(await form.getByLabel('Laatst bekeken').inputValue()).toBe(typed(isoDay(0)));
  await page.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  await point.getByText('Wijkagent Bakker · Politie Kennemerland · 0900-8844').waitFor();
  expect(await point.textContent()).toContain('Klaar');
  expect(await page.getByTestId('point-yearly_lessons').textContent()).toContain('Klaar');
  await screenshotScreen(harness, 'prevention-readiness');

  // The lesson guide straight from the class, in the class's variant.
  const preventionPage = new PreventionPage(page);
  await preventionPage.tab('Lessen per klas');
  await preventionPage.classCard('1A').getByRole('button', { name: 'Lesopzet als pdf' }).click();
  await page.getByRole('status').filter({ hasText: 'Opgeslagen als' }).waitFor();
  expect(pdfText(harness.savedFiles.at(-1)!)).toContain('Lesopzet: samen online');
  expect(pdfText(harness.savedFiles.at(-1)!)).toContain('Voortgezet onderwijs');

  await preventionPage.tab('Begrippen');
  for (const term of ['Shame-sexting', 'Sextortion', 'Deepfake', 'Trusted flagger']) await page.getByTestId('glossary').getByText(term, { exact: true }).waitFor();

  await shell.goTo('Jaaroverzicht');
  await expect.poll(() => page.getByTestId('report-prevention-lessonsHeld').textContent()).toBe('1');
  expect(await page.getByTestId('report-prevention-classesWithoutLesson').textContent()).toBe('0');
  await screenshotScreen(harness, 'prevention-annual-report');

  await shell.goTo('Zaken');
  await page.getByText('Meme in de klassenapp').click();
  await new CaseDetailPage(page).openTab('Gesprek');
  // The incident types are the case's facts, changed above the interview; by keyboard: from the
  // option's checkbox, Tab reaches the term and its definition shows.
  await new InterviewPage(page).facts().getByRole('button', { name: 'Aanpassen' }).click();
  await page.getByRole('checkbox', { name: /^Sextortion/ }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossary-term'))).toBe('sextortion');
  await page.getByRole('tooltip').filter({ hasText: 'Niet betalen, het gesprek bewaren als bewijs' }).waitFor();
  await screenshotScreen(harness, 'prevention-glossary-in-interview');
});
