// Every reason of an assessment leads to the sources page, to the source it names; a refused
// consent shows as refused on the consent tab and as a blocked talk in the assessment; sexting
// between peers gets the calm guardrail.
import { afterEach, expect, it } from 'vitest';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { AssessmentPage } from './pages/assessment-page';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function assessedCase(h: Harness, title: string, answers: Record<string, string | string[] | boolean>, consents: { givenBy: 'victim' | 'parent'; decision: 'given' | 'refused' }[] = []) {
  const { caseIds } = await lockedVault(h, [caseInput(title, { incidentTypes: [], platforms: [] })]);
  const caseId = caseIds[0]!;
  await coreCall(h, 'vaultUnlock', { passphrase: PASSPHRASE });
  for (const [questionId, value] of Object.entries(answers)) await coreCall(h, 'interviewAnswer', { caseId, questionId, value });
  for (const c of consents) await coreCall(h, 'consentsRecord', { caseId, subject: 'class_talk', method: 'verbal', decidedAt: '2026-11-21', note: '', ...c });
  await coreCall(h, 'assessmentRun', { caseId });
  const stored = (await coreCall(h, 'assessmentGet', { caseId }))!;
  await coreCall(h, 'vaultLock', {});
  await new UnlockPage(h.page).unlock(PASSPHRASE);
  return stored;
}

it('leads from every reason of the assessment to its source on the sources page', async () => {
  harness = await startHarness();
  const { page } = harness;
  const stored = await assessedCase(harness, 'Snapchatgroep 2C', SHAME_SEXTING_ANSWERS);
  const shell = new AppShell(page);
  const detail = new CaseDetailPage(page);
  const assessment = new AssessmentPage(page);
  const openAssessment = async () => {
    await shell.goTo('Zaken');
    await new CaseListPage(page).open('Snapchatgroep 2C');
    await detail.openTab('Beoordeling');
    await assessment.summary().waitFor();
  };
  await openAssessment();
  expect(await assessment.reasons().count()).toBe(stored.assessment.reasons.length);
  for (const [index, reason] of stored.assessment.reasons.entries()) {
    if (index > 0) await openAssessment();
    const links = assessment.reasonSourceLinks(index);
    expect(await links.count(), reason.factor).toBe(reason.sources.length);
    await links.first().click();
    const entry = page.getByTestId(`source-${reason.sources[0]!.key}`);
    await entry.waitFor();
    expect(await entry.getAttribute('data-focused')).toBe('true');
    expect(await page.getByTestId('sources-screen').isVisible()).toBe(true);
  }
  // The page is also in the menu, with every source dated.
  await shell.goTo('Bronnen');
  const sources = await coreCall(harness, 'sourcesList', {});
  for (const source of sources.sources) expect(await page.getByTestId(`source-${source.key}`).textContent()).toContain(source.title);
}, 180_000);

it('shows a refused class talk as refused, and the assessment blocks it with the reason', async () => {
  harness = await startHarness();
  const { page } = harness;
  const stored = await assessedCase(harness, 'Weigering 3A', SHAME_SEXTING_ANSWERS, [
    { givenBy: 'victim', decision: 'refused' },
    { givenBy: 'parent', decision: 'refused' },
  ]);
  expect(stored.assessment.blocked.map((b) => b.actionKey)).toEqual(['class_talk']);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Weigering 3A');
  const detail = new CaseDetailPage(page);
  await detail.openTab('Toestemming');
  await eventually(() => detail.consentStatus('class_talk').getAttribute('data-state')).toBe('refused');
  expect(await detail.consentStatus('class_talk').textContent()).toContain('Geweigerd door: de leerling, de ouders');
  await detail.openTab('Beoordeling');
  const assessment = new AssessmentPage(page);
  await assessment.blocked('class_talk').waitFor();
  expect(await assessment.blocked('class_talk').textContent()).toContain(stored.assessment.blocked[0]!.reason);
  expect(await assessment.recommendation('class_talk').count()).toBe(0);
}, 120_000);

it('gives consensual sexting between peers the calm guardrail instead of the alarm', async () => {
  harness = await startHarness();
  const { page } = harness;
  await assessedCase(harness, 'Sexten 4H', {
    interviewee_role: 'pupil',
    victim_age_band: '16_17',
    incident_types: ['sexting'],
    material_intimate: 'yes',
    material_sexual_nature: 'nude',
    material_how_made: 'voluntarily',
    material_made_by: 'victim',
    material_mutual: 'yes',
    spread_reach: 'none',
    suspects_known: 'yes',
    suspects_age_bands: ['16_17'],
    suspects_relationship: ['partner_or_ex'],
    suspect_is_staff: false,
    adult_involved: 'no',
    age_gap_over_5: 'no',
    selfharm_signals: 'no',
    danger_at_home: 'no',
  });
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Sexten 4H');
  const banner = page.getByTestId('guardrail-sexual-imagery');
  await banner.waitFor();
  expect(await banner.getAttribute('data-tone')).toBe('calm');
}, 120_000);
