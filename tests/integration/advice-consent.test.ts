// Consent has one source of truth, the records: the consent tab, the assessment and the plan all
// read them, and show given / refused / withdrawn / undecided as what they are.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adviceCase, pupilVictim } from '../fixtures/advice-case';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';
import { loadAssessmentTexts } from '@core/assessment';

const TEXTS = loadAssessmentTexts('nl');

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

/** A nude seen by many: both the class talk and the talk with all pupils are in play. */
const WIDE = { ...SHAME_SEXTING_ANSWERS, spread_reach: 'public', spread_viewers: '31_100' };

describe('consent read from the records', () => {
  it('says the consent is on record once victim and parents have given it, and not before', async () => {
    const c = await adviceCase(t, { title: 'Foto in groep', answers: WIDE });
    const before = await c.assess();
    expect(before.actions.find((a) => a.actionKey === 'class_talk')?.rules).toEqual(['class_talk.pupil_consent']);
    expect((await t.call('casesGet', { id: c.caseId })).consentStatus.find((s) => s.subject === 'class_talk')?.state).toBe('undecided');
    await c.consent({ subject: 'class_talk', givenBy: 'victim', decision: 'given' });
    const both = await c.consent({ subject: 'class_talk', givenBy: 'parent', decision: 'given' });
    expect(both.consentStatus.find((s) => s.subject === 'class_talk')?.state).toBe('given');
    const after = await c.assess();
    expect(before.actions.find((a) => a.actionKey === 'class_talk')!.rationale).toContain(TEXTS.rationales['class_talk.consent_needed']);
    expect(after.actions.find((a) => a.actionKey === 'class_talk')!.rationale).toContain(TEXTS.rationales['class_talk.consent_recorded']);
    expect(after.blocked).toEqual([]);
  });

  it('a refusal by victim and parents shows as refused and blocks the class talk and the talk with all pupils, with the reason', async () => {
    const c = await adviceCase(t, { title: 'Foto in groep', answers: WIDE });
    await c.consent({ subject: 'class_talk', givenBy: 'victim', decision: 'refused' });
    await c.consent({ subject: 'class_talk', givenBy: 'parent', decision: 'refused' });
    const detail = await c.consent({ subject: 'all_pupils_talk', givenBy: 'parent', decision: 'refused' });
    const classStatus = detail.consentStatus.find((s) => s.subject === 'class_talk')!;
    expect(classStatus.state).toBe('refused');
    expect(classStatus.victims[0]?.givers).toEqual([
      { giver: 'victim', state: 'refused' },
      { giver: 'parent', state: 'refused' },
    ]);
    const assessment = await c.assess();
    const keys = assessment.actions.map((a) => a.actionKey);
    expect(keys).not.toContain('class_talk');
    expect(keys).not.toContain('all_pupils_talk');
    expect(assessment.blocked.map((b) => [b.actionKey, b.state])).toEqual([
      ['class_talk', 'refused'],
      ['all_pupils_talk', 'refused'],
    ]);
    for (const b of assessment.blocked) expect(b.reason).toBe(TEXTS.blocked.refused);
    expect(await t.fails('actionsFromAssessment', { caseId: c.caseId, actionKeys: ['class_talk'] })).toBe('not_recommended');
  });

  it('a withdrawn consent shows as withdrawn and blocks the talk again', async () => {
    const c = await adviceCase(t, { title: 'Foto in groep', answers: SHAME_SEXTING_ANSWERS });
    await c.consent({ subject: 'class_talk', givenBy: 'victim', decision: 'given' });
    const given = await c.consent({ subject: 'class_talk', givenBy: 'parent', decision: 'given' });
    expect((await c.assess()).actions.map((a) => a.actionKey)).toContain('class_talk');
    const parentConsent = given.consents.find((x) => x.givenBy === 'parent')!;
    const withdrawn = await t.call('consentsWithdraw', { caseId: c.caseId, consentId: parentConsent.id, note: 'De ouders willen het toch niet.' });
    expect(withdrawn.consentStatus.find((s) => s.subject === 'class_talk')?.state).toBe('withdrawn');
    const after = await c.assess();
    expect(after.actions.map((a) => a.actionKey)).not.toContain('class_talk');
    expect(after.blocked).toEqual([expect.objectContaining({ actionKey: 'class_talk', state: 'withdrawn' })]);
  });

  it('the wishes told in the interview do not count as consent', async () => {
    const c = await adviceCase(t, { title: 'Foto in groep', answers: { ...SHAME_SEXTING_ANSWERS, victim_consent_class_talk: 'yes', parents_informed: 'yes', parent_consent_class_talk: 'yes' } });
    const detail = await t.call('casesGet', { id: c.caseId });
    expect(detail.consentStatus.find((s) => s.subject === 'class_talk')?.state).toBe('undecided');
    expect((await c.assess()).actions.find((a) => a.actionKey === 'class_talk')!.rationale).toContain(TEXTS.rationales['class_talk.consent_needed']);
  });

  it('three victims: consent is kept per victim, and one refusal blocks the talk for the case', async () => {
    const c = await adviceCase(t, {
      title: 'Drie leerlingen in één filmpje',
      answers: WIDE,
      victims: [pupilVictim('Leerling A'), pupilVictim('Leerling B', '16_17'), pupilVictim('Leerling C')],
    });
    expect(c.victims).toHaveLength(3);
    for (const victimPersonId of c.victims) {
      await c.consent({ subject: 'class_talk', givenBy: 'victim', decision: 'given', victimPersonId });
      await c.consent({ subject: 'class_talk', givenBy: 'parent', decision: 'given', victimPersonId });
    }
    let status = (await t.call('casesGet', { id: c.caseId })).consentStatus.find((s) => s.subject === 'class_talk')!;
    expect(status.victims.map((v) => v.state)).toEqual(['given', 'given', 'given']);
    expect(status.state).toBe('given');
    expect((await c.assess()).actions.map((a) => a.actionKey)).toContain('class_talk');

    await c.consent({ subject: 'class_talk', givenBy: 'parent', decision: 'refused', victimPersonId: c.victims[2]!, decidedAt: '2026-11-22' });
    status = (await t.call('casesGet', { id: c.caseId })).consentStatus.find((s) => s.subject === 'class_talk')!;
    expect(status.victims.map((v) => v.state)).toEqual(['given', 'given', 'refused']);
    expect(status.state).toBe('refused');
    const assessment = await c.assess();
    expect(assessment.blocked.map((b) => b.actionKey)).toContain('class_talk');
  });

  it('refuses a consent for someone who is not a victim of this case', async () => {
    const c = await adviceCase(t, { title: 'Foto', answers: SHAME_SEXTING_ANSWERS });
    const other = await adviceCase(t, { title: 'Andere zaak', answers: {}, victims: [pupilVictim('Iemand anders')] });
    expect(
      await t.fails('consentsRecord', {
        caseId: c.caseId,
        subject: 'class_talk',
        givenBy: 'victim',
        decision: 'given',
        method: 'verbal',
        decidedAt: '2026-11-21',
        note: '',
        victimPersonId: other.victims[0]!,
      }),
    ).toBe('not_found');
  });
});
