import { describe, expect, it } from 'vitest';
import { consentSatisfied, requiredGivers, type ConsentDecision } from './consent-rules';

const given = (subject: ConsentDecision['subject'], givenBy: ConsentDecision['givenBy'], decidedAt = '2026-11-20'): ConsentDecision => ({
  subject,
  givenBy,
  decision: 'given',
  decidedAt,
  withdrawnAt: null,
});

describe('whose consent counts, by age', () => {
  it.each([
    ['under_12', ['parent']],
    ['12_15', ['parent']],
    ['16_17', ['victim']],
    ['18_plus', ['victim']],
    ['unknown', ['parent']],
  ] as const)('a dossier for a pupil aged %s needs consent of %j', (ageBand, expected) => {
    expect(requiredGivers('dossier', { kind: 'pupil', ageBand })).toEqual(expected);
  });

  it('a class talk for a minor needs both the victim and the parents', () => {
    expect(requiredGivers('class_talk', { kind: 'pupil', ageBand: '16_17' })).toEqual(['victim', 'parent']);
    expect(requiredGivers('all_pupils_talk', { kind: 'pupil', ageBand: '12_15' })).toEqual(['victim', 'parent']);
    expect(requiredGivers('class_talk', { kind: 'pupil', ageBand: '18_plus' })).toEqual(['victim']);
  });

  it('a staff member as victim decides alone', () => {
    expect(requiredGivers('class_talk', { kind: 'staff', ageBand: '18_plus' })).toEqual(['staff_victim']);
  });

  it('parents of a pupil under 16 may be informed without consent; from 16 the pupil decides', () => {
    expect(requiredGivers('inform_parents', { kind: 'pupil', ageBand: '12_15' })).toEqual([]);
    expect(requiredGivers('inform_parents', { kind: 'pupil', ageBand: '16_17' })).toEqual(['victim']);
  });
});

describe('whether consent is there', () => {
  const minor = { kind: 'pupil' as const, ageBand: '12_15' as const };

  it('reports who is still missing for a class talk', () => {
    expect(consentSatisfied('class_talk', minor, [given('class_talk', 'victim')])).toEqual({ satisfied: false, required: ['victim', 'parent'], missing: ['parent'] });
    expect(consentSatisfied('class_talk', minor, [given('class_talk', 'victim'), given('class_talk', 'parent')]).satisfied).toBe(true);
  });

  it('a withdrawn consent no longer counts', () => {
    const withdrawn = { ...given('class_talk', 'parent'), withdrawnAt: '2026-11-22T10:00:00Z' };
    expect(consentSatisfied('class_talk', minor, [given('class_talk', 'victim'), withdrawn]).missing).toEqual(['parent']);
  });

  it('the latest decision counts: a refusal after consent means no consent', () => {
    const refusal: ConsentDecision = { ...given('dossier', 'parent', '2026-11-22'), decision: 'refused' };
    expect(consentSatisfied('dossier', minor, [given('dossier', 'parent', '2026-11-20'), refusal]).satisfied).toBe(false);
  });
});
