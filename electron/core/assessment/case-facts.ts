// The facts of a case as the assessment sees them: typed, language-free and small enough to store
// beside the assessment. They are read from the interview answers; answers to questions that are
// hidden (skip logic) are ignored, and an answer that does not fit its question counts as unknown.
import { z } from 'zod';
import { ageBands, knownAgeBands, incidentTypes as incidentTypeKeys, isOneOf, sexualIncidentTypes, suspectAgeBands } from '@shared';
import { validateAnswer } from '../interview/answer-validation';
import type { Answers, AnswerValue } from '../interview/interview-schema';
import { findQuestion, loadInterview } from '../interview/load-interview';
import { visibleAnswers } from '../interview/skip-logic';
import { CONSENT_STATES } from '../cases/consent-rules';

const tri = z.enum(['yes', 'no', 'unknown']);
const wish = z.enum(['yes', 'no', 'undecided', 'unknown']);
const signal = z.enum(['yes', 'no', 'unsure', 'unknown']);

export const incidentTypeSchema = z.enum(incidentTypeKeys);
export const ageBandSchema = z.enum(ageBands);
export const suspectAgeBandSchema = z.enum(suspectAgeBands);
/** Incident types that make the case a sexual one before the image itself is described. */
export const SEXUAL_INCIDENT_TYPES: readonly IncidentType[] = sexualIncidentTypes;
export type IncidentType = z.infer<typeof incidentTypeSchema>;
const consentState = z.enum(CONSENT_STATES);
export const vulnerabilitySchema = z.enum(['mild_intellectual_disability', 'psychological_problems', 'dependence_on_perpetrator', 'social_isolation']);

export const caseFactsSchema = z.strictObject({
  intervieweeRole: z.enum(['pupil', 'staff', 'parent', 'unknown']),
  /** A parent talks about their child, so the victim is then a pupil. */
  victimKind: z.enum(['pupil', 'staff', 'unknown']),
  victimAgeBand: ageBandSchema,
  incidentTypes: z.array(incidentTypeSchema),
  repeated: tri,
  // Nature of the images and how voluntarily they were made (prosecution guideline factors 1 and 2).
  /** yes: nude or a sexual act; possibly: suggestive, or a sexual case where the nature is not yet known. */
  sexualImagery: z.enum(['yes', 'possibly', 'no', 'unknown']),
  editedOrAi: tri,
  howMade: z.enum(['voluntarily', 'under_pressure', 'secretly', 'hacked_or_stolen', 'unknown']),
  madeBy: z.enum(['victim', 'other_person', 'unknown']),
  mutualExchange: tri,
  consentToShare: tri,
  // How and how widely it spread (factor 3).
  reach: z.enum(['none', 'one_to_one', 'group', 'public', 'unknown']),
  platforms: z.array(z.string()),
  viewersBand: z.enum(['1_5', '6_30', '31_100', 'over_100', 'unknown']),
  stillOnline: tri,
  // The people involved and how they relate (factor 4, and the police/OM age criteria).
  suspectsKnown: z.enum(['yes', 'partly', 'no', 'unknown']),
  suspectAgeBands: z.array(suspectAgeBandSchema),
  suspectRelationships: z.array(z.string()),
  staffSuspect: z.boolean(),
  adultInvolved: tri,
  ageGapOver5: tri,
  contactOngoing: tri,
  // Coercion, threats and extortion.
  threats: tri,
  threatKinds: z.array(z.enum(['money', 'more_images', 'sexual_acts', 'spread_threat', 'violence', 'other'])),
  threatenerKnown: z.enum(['known', 'online_account_only', 'unknown']),
  threatComplied: tri,
  chatKept: tri,
  // Wellbeing and safety.
  emotions: z.array(z.string()),
  laconic: tri,
  sleepProblems: tri,
  absence: z.enum(['none', 'some', 'frequent', 'unknown']),
  afraid: tri,
  selfHarm: signal,
  dangerAtHome: signal,
  vulnerabilities: z.array(vulnerabilitySchema),
  // Who knows, and what the victim and the parents want.
  parentsInformed: tri,
  othersAware: z.array(z.string()),
  mediaAttention: tri,
  /** Wishes told in the interview; what counts for consent is the record below. */
  victimWishClassTalk: wish,
  victimWantsPolice: wish,
  victimWantsRestorative: wish,
  parentWishClassTalk: wish,
  parentsWantPolice: wish,
  // From the consent records (core/cases/consent-status.ts), the one source of truth for consent.
  consentClassTalk: consentState,
  consentAllPupilsTalk: consentState,
  /** How many victims the case has (persons in the role of victim); at least one. */
  victimCount: z.number().int().min(1),
  /** A spreader is a pupil of another school. */
  spreaderOtherSchool: tri,
  /** An internal vertrouwenspersoon is a staff member and has the meldplicht; an external one has not. */
  advisorKind: z.enum(['internal', 'external']),
  safetyMeasures: z.array(z.string()),
  evidenceHolders: z.array(z.string()),
  schoolHoldsCopy: tri,
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

/** A reader over the shown, valid answers only. */
function reader(answers: Answers) {
  // The Dutch content is the reference for ids and option values; the English file has the same
  // structure (a test holds them together), so which one is read makes no difference.
  const interview = loadInterview('nl');
  const shown = visibleAnswers(interview, answers);
  const value = (id: string): AnswerValue | undefined => {
    const question = findQuestion(interview, id);
    const v = shown[id];
    if (!question || v === undefined || v === null) return undefined;
    return validateAnswer(question, v) === null ? v : undefined;
  };
  const one = <T extends string>(id: string, allowed: readonly T[], fallback: T): T => {
    const v = value(id);
    return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const many = <T extends string>(id: string, allowed?: readonly T[]): T[] => {
    const v = value(id);
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is T => !allowed || (allowed as readonly string[]).includes(x));
  };
  const yesNo = (id: string): 'yes' | 'no' | 'unknown' => {
    const v = value(id);
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return one(id, ['yes', 'no', 'unknown'] as const, 'unknown');
  };
  return { one, many, yesNo, value };
}

export function factsFromAnswers(answers: Answers): CaseFacts {
  const { one, many, yesNo, value } = reader(answers);

  const intervieweeRole = one('interviewee_role', ['pupil', 'staff', 'parent'] as const, 'unknown');
  const victimKind = intervieweeRole === 'staff' ? 'staff' : intervieweeRole === 'unknown' ? 'unknown' : 'pupil';
  const incidentTypes = many('incident_types', incidentTypeSchema.options);
  const sexualTypes = incidentTypes.some((t) => isOneOf(sexualIncidentTypes, t));

  const intimate = yesNo('material_intimate');
  const nature = one('material_sexual_nature', ['nude', 'sexual_act', 'suggestive', 'unknown'] as const, 'unknown');
  const sexualQuestionsShown = sexualTypes || intimate === 'yes';
  const sexualImagery: CaseFacts['sexualImagery'] =
    nature === 'nude' || nature === 'sexual_act'
      ? 'yes'
      : sexualQuestionsShown
        ? 'possibly' // suggestive, or a sexual case not yet described: treat with care
        : intimate === 'no'
          ? 'no'
          : 'unknown';

  const threatKinds = many('threat_kinds', caseFactsSchema.shape.threatKinds.element.options);
  const extortionType = incidentTypes.includes('sextortion') || incidentTypes.includes('peer_extortion');
  const threats: CaseFacts['threats'] = extortionType || threatKinds.length > 0 ? 'yes' : yesNo('threats_present');
  const howMade = one('material_how_made', ['voluntarily', 'under_pressure', 'secretly', 'hacked_or_stolen'] as const, 'unknown');

  const suspectRelationships = many('suspects_relationship');
  const vulnerabilities = many('vulnerabilities', vulnerabilitySchema.options);

  return {
    intervieweeRole,
    victimKind,
    victimAgeBand: one('victim_age_band', ageBands, 'unknown'),
    incidentTypes,
    repeated: yesNo('incident_repeated'),
    sexualImagery,
    editedOrAi: incidentTypes.includes('deepfake') || incidentTypes.includes('ai_nude') ? 'yes' : yesNo('material_edited'),
    howMade: incidentTypes.includes('secret_filming') ? 'secretly' : howMade,
    madeBy: one('material_made_by', ['victim', 'other_person'] as const, 'unknown'),
    mutualExchange: yesNo('material_mutual'),
    consentToShare: yesNo('material_consent_to_share'),
    reach: one('spread_reach', ['none', 'one_to_one', 'group', 'public'] as const, 'unknown'),
    platforms: many('spread_platforms'),
    viewersBand: one('spread_viewers', ['1_5', '6_30', '31_100', 'over_100'] as const, 'unknown'),
    stillOnline: yesNo('spread_still_online'),
    suspectsKnown: one('suspects_known', ['yes', 'partly', 'no'] as const, 'unknown'),
    suspectAgeBands: many('suspects_age_bands', suspectAgeBandSchema.options),
    suspectRelationships,
    staffSuspect: value('suspect_is_staff') === true || suspectRelationships.includes('staff'),
    adultInvolved: incidentTypes.includes('adult_request') ? 'yes' : yesNo('adult_involved'),
    ageGapOver5: yesNo('age_gap_over_5'),
    contactOngoing: yesNo('contact_ongoing'),
    threats,
    threatKinds,
    threatenerKnown: incidentTypes.includes('peer_extortion') ? 'known' : one('threatener_known', ['known', 'online_account_only'] as const, 'unknown'),
    threatComplied: yesNo('threat_complied'),
    chatKept: yesNo('threat_chat_kept'),
    emotions: many('wellbeing_emotions'),
    laconic: yesNo('wellbeing_laconic'),
    sleepProblems: yesNo('wellbeing_sleep'),
    absence: one('wellbeing_absence', ['none', 'some', 'frequent'] as const, 'unknown'),
    afraid: yesNo('wellbeing_afraid'),
    selfHarm: one('selfharm_signals', ['yes', 'no', 'unsure'] as const, 'unknown'),
    dangerAtHome: one('danger_at_home', ['yes', 'no', 'unsure'] as const, 'unknown'),
    vulnerabilities,
    parentsInformed: intervieweeRole === 'parent' ? 'yes' : yesNo('parents_informed'),
    othersAware: many('others_aware'),
    mediaAttention: yesNo('media_attention'),
    victimWishClassTalk: one('victim_consent_class_talk', ['yes', 'no', 'undecided'] as const, 'unknown'),
    victimWantsPolice: one('victim_wants_police', ['yes', 'no', 'undecided'] as const, 'unknown'),
    victimWantsRestorative: one('victim_wants_restorative', ['yes', 'no', 'undecided'] as const, 'unknown'),
    parentWishClassTalk: one('parent_consent_class_talk', ['yes', 'no', 'undecided'] as const, 'unknown'),
    parentsWantPolice: one('parent_wants_police', ['yes', 'no', 'undecided'] as const, 'unknown'),
    safetyMeasures: many('safety_measures'),
    evidenceHolders: many('evidence_holders'),
    schoolHoldsCopy: yesNo('evidence_school_copy'),
    consentClassTalk: 'undecided',
    consentAllPupilsTalk: 'undecided',
    victimCount: 1,
    spreaderOtherSchool: yesNo('suspects_other_school'),
    advisorKind: 'internal',
  };
}

/** Most serious first: when victims differ, the case is read by the one it weighs most on. */
const SERIOUSNESS = {
  selfHarm: ['yes', 'unsure', 'unknown', 'no'],
  dangerAtHome: ['yes', 'unsure', 'unknown', 'no'],
  afraid: ['yes', 'unknown', 'no'],
  sleepProblems: ['yes', 'unknown', 'no'],
  laconic: ['yes', 'unknown', 'no'],
  absence: ['frequent', 'some', 'unknown', 'none'],
  mediaAttention: ['yes', 'unknown', 'no'],
  // One victim's parents not told yet is enough for the step that informs them.
  parentsInformed: ['no', 'unknown', 'yes'],
} as const satisfies Partial<Record<keyof CaseFacts, readonly string[]>>;

/**
 * The facts of a case with several victims, each interviewed on their own: the first victim's
 * facts, with every wellbeing and safety signal taken from the victim it is most serious for and
 * the lists joined. Wishes stay the first victim's; consent is read from the records per victim.
 */
export function mergeVictimFacts(perVictim: readonly CaseFacts[]): CaseFacts {
  const [first, ...others] = perVictim;
  if (!first) throw new Error('mergeVictimFacts needs the facts of at least one victim');
  if (others.length === 0) return first;
  const merged: CaseFacts = { ...first };
  const worst = <K extends keyof typeof SERIOUSNESS>(key: K) => {
    const order: readonly string[] = SERIOUSNESS[key];
    const values = perVictim.map((f) => f[key] as string);
    (merged[key] as string) = values.reduce((a, b) => (order.indexOf(b) < order.indexOf(a) ? b : a));
  };
  for (const key of Object.keys(SERIOUSNESS) as (keyof typeof SERIOUSNESS)[]) worst(key);
  const union = <T>(lists: T[][]) => [...new Set(lists.flat())];
  merged.emotions = union(perVictim.map((f) => f.emotions));
  merged.vulnerabilities = union(perVictim.map((f) => f.vulnerabilities));
  merged.othersAware = union(perVictim.map((f) => f.othersAware));
  merged.safetyMeasures = union(perVictim.map((f) => f.safetyMeasures));
  // The youngest victim decides which age rules apply (a minor's protections hold for the case).
  const bands = perVictim.map((f) => f.victimAgeBand).filter((b) => b !== 'unknown');
  merged.victimAgeBand = knownAgeBands.find((b) => bands.includes(b)) ?? first.victimAgeBand;
  return merged;
}
