// The interview asks once and per victim, through the contract on a real encrypted vault: the case's
// own facts are shown, not asked; the parts about a victim are held per victim; a safety answer
// raises its alert at once and the assessment's flag by the same rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';

let t: TestCore;
let caseId: string;
let anna: string;
let bram: string;

const victim = (label: string, ageBand: '12_15' | '16_17', classGroup: string) => ({ role: 'victim', kind: 'pupil', label, ageBand, classGroup, contact: null, relatedPersonId: null }) as const;

beforeEach(async () => {
  t = await unlockedCore();
  const created = await t.call('casesCreate', {
    title: 'Naaktbeeld met AI gemaakt',
    schoolLevel: 'vo',
    incidentTypes: ['ai_nude'],
    platforms: ['Snapchat', 'Instagram'],
    summary: 'Van twee leerlingen is met AI een naaktbeeld gemaakt van een gewone foto.',
    incidentDate: '2026-11-20',
  });
  caseId = created.id;
  const withAnna = await t.call('personsSave', { caseId, person: victim('Anna', '12_15', '2A') });
  anna = withAnna.persons.find((p) => p.label === 'Anna')!.id;
  const withBram = await t.call('personsSave', { caseId, person: victim('Bram', '16_17', '4C') });
  bram = withBram.persons.find((p) => p.label === 'Bram')!.id;
});
afterEach(() => t.cleanup());

describe('an interview that asks once', () => {
  it("does not ask what the case holds, and its skip logic reads the case's facts", async () => {
    const state = await t.call('interviewState', { caseId });
    for (const asked of ['victim_age_band', 'victim_group', 'incident_types', 'spread_platforms', 'spread_platform_other']) expect(state.visibleQuestionIds).not.toContain(asked);
    expect(state.answers.incident_types).toEqual(['ai_nude']);
    expect(state.answers.spread_platforms).toEqual(['snapchat', 'instagram']);
    expect(state.answers.victim_age_band).toBe('12_15');
    expect(state.answers.victim_group).toBe('2A');
    // An AI nude is a sexual case: the questions about the image's nature are asked.
    expect(state.visibleQuestionIds).toContain('material_sexual_nature');
  });

  it('follows a change of the case: a meme instead of an AI nude drops the sexual questions from the count', async () => {
    const before = await t.call('interviewState', { caseId });
    await t.call('interviewAnswer', { caseId, questionId: 'material_intimate', value: 'no' });
    const sexual = await t.call('interviewState', { caseId });
    await t.call('casesUpdate', { id: caseId, patch: { incidentTypes: ['meme'] } });
    const meme = await t.call('interviewState', { caseId });
    expect(meme.visibleQuestionIds).not.toContain('material_sexual_nature');
    expect(meme.progress.total).toBeLessThan(sexual.progress.total);
    expect(meme.progress.percent).toBeGreaterThan(before.progress.percent);
  });
});

describe('several victims', () => {
  it('keeps the answers about each victim apart, and what happened once for the case', async () => {
    await t.call('interviewAnswer', { caseId, questionId: 'incident_account', value: 'Iemand heeft de foto uit de klassenapp bewerkt.' });
    await t.call('interviewAnswer', { caseId, questionId: 'selfharm_signals', value: 'no', victimId: anna });
    const bramState = await t.call('interviewAnswer', { caseId, questionId: 'selfharm_signals', value: 'unsure', victimId: bram });

    expect(bramState.victimId).toBe(bram);
    expect(bramState.victims.map((v) => v.label)).toEqual(['Anna', 'Bram']);
    expect(bramState.answers.selfharm_signals).toBe('unsure');
    expect(bramState.answers.victim_age_band).toBe('16_17');
    expect(bramState.answers.incident_account).toBe('Iemand heeft de foto uit de klassenapp bewerkt.');

    const annaState = await t.call('interviewState', { caseId, victimId: anna });
    expect(annaState.answers.selfharm_signals).toBe('no');
    expect(annaState.answers.incident_account).toBe('Iemand heeft de foto uit de klassenapp bewerkt.');
    // Without a victim named, the interview is the first victim's.
    expect((await t.call('interviewState', { caseId })).answers.selfharm_signals).toBe('no');
    // Each victim's history holds their own answers only.
    expect(annaState.history.filter((h) => h.questionId === 'selfharm_signals').map((h) => h.value)).toEqual(['no']);
  });

  it("raises the alert at once for the victim it is about, and the assessment's flag for the case", async () => {
    const bramState = await t.call('interviewAnswer', { caseId, questionId: 'selfharm_signals', value: 'unsure', victimId: bram });
    expect(bramState.safetyAlerts).toEqual(['self_harm_risk']);
    expect((await t.call('interviewState', { caseId, victimId: anna })).safetyAlerts).toEqual([]);
    const home = await t.call('interviewAnswer', { caseId, questionId: 'danger_at_home', value: 'yes', victimId: anna });
    expect(home.safetyAlerts).toEqual(['danger_at_home']);

    const stored = await t.call('assessmentRun', { caseId });
    const flags = stored.assessment.flags.map((f) => f.key);
    expect(flags).toContain('self_harm_risk');
    expect(flags).toContain('danger_at_home');
  });

  it('refuses a victim that is not one of the case', async () => {
    expect(await t.fails('interviewAnswer', { caseId, questionId: 'selfharm_signals', value: 'no', victimId: 'iemand-anders' })).toBe('not_found');
  });
});
