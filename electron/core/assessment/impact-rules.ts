// Every rule of the impact assessment, in one place and in reading order. The rules are pure and
// language-free: they name text keys, and assess() turns those into Dutch or English from
// resources/assessment. A reviewer who wants to know why Vertrouwd says something reads this file.
//
// How the level comes about: each factor may set a floor ("at least high"); the level is the
// highest floor; vulnerability then raises it one step. Every floor belongs to a reason, so every
// level can be explained by the reasons shown beside it.
//
// Sources: the prosecution guideline "Pubers in beeld" (four factors: how voluntary, nature of the
// images, how and how widely spread, relationship); the police/OM criteria (coercion, age gap,
// spread); the Vlaggensysteem; Slachtofferhulp's vulnerability factors; the guidance note on
// unwanted images (steps 1–3); the meldplicht and the meldcode (the project's domain notes, §1–§4).
import { ACTION_KEYS, type ActionKey, type ActionStep, catalogAction } from './action-catalog';
import { type CaseFacts, SEXUAL_INCIDENT_TYPES } from './case-facts';
import { actionSteps, minorAgeBands, safetyAlerts, severityLevels, urgencies, type SeverityLevel, type Urgency } from '@shared';

export const LEVELS = severityLevels;
export type Level = SeverityLevel;

export const URGENCIES = urgencies;
export type { Urgency };

export const EFFECTS = ['raises', 'lowers', 'neutral'] as const;
export type Effect = (typeof EFFECTS)[number];

/** The guideline's four factors first, then what Vertrouwd adds. Reasons are always in this order. */
export const FACTORS = ['voluntariness', 'nature', 'spread', 'relationship', 'age', 'vulnerability', 'wellbeing', 'safety'] as const;
export type Factor = (typeof FACTORS)[number];

export const FLAG_KEYS = [
  'extortion_or_threats',
  'self_harm_risk',
  'minor_sexual_imagery',
  'adult_sexual_imagery',
  'age_escalation',
  'staff_suspect',
  'danger_at_home',
  'school_holds_copy',
  'consensual_peer_sexting',
] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];
/** The flag texts: one per flag, plus the variants a flag can read as. */
export const FLAG_TEXT_KEYS = [...FLAG_KEYS, 'staff_suspect_external'] as const;
export type FlagTextKey = (typeof FLAG_TEXT_KEYS)[number];

export const SOURCE_KEYS = [
  'om_pubers_in_beeld',
  'police_om_criteria',
  'handreiking_step1',
  'handreiking_step2',
  'handreiking_step3',
  'stappenplan_sexting',
  'law_child_sexual_images',
  'law_adult_sexual_images',
  'law_defamation',
  'meldplicht',
  'meldcode',
  'sextortion_advice',
  'avg_parents',
  'halt',
  'take_it_down',
  'suicide_prevention',
  'wet_sociale_veiligheid',
  'vlaggensysteem',
  'good_practice',
  'slachtofferhulp',
  'platform_rules',
  'avg_consent',
  'crisis_communication',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const EXPLANATION_KEYS = [
  'voluntariness.extortion',
  'voluntariness.threats',
  'voluntariness.under_pressure',
  'voluntariness.secretly',
  'voluntariness.hacked_or_stolen',
  'voluntariness.voluntary_kept',
  'voluntariness.voluntary_spread_without_consent',
  'voluntariness.voluntary',
  'voluntariness.unknown',
  'voluntariness.ai_from_photo',
  'voluntariness.adult_request',
  'nature.sexual_minor',
  'nature.possibly_sexual_minor',
  'nature.sexual_adult',
  'nature.consensual_peer',
  'nature.edited',
  'nature.not_sexual',
  'nature.not_sexual_staff',
  'nature.unknown',
  'spread.none',
  'spread.limited',
  'spread.group',
  'spread.wide',
  'spread.wide_sexual',
  'spread.unknown',
  'spread.still_online',
  'spread.removed',
  'spread.media',
  'relationship.staff_suspect',
  'relationship.age_escalation',
  'relationship.ongoing_contact',
  'relationship.adult_age_unknown',
  'relationship.dependence',
  'relationship.online_only',
  'relationship.peers_equal',
  'relationship.peers',
  'relationship.unknown',
  'relationship.other_school',
  'age.under_12_sexual',
  'age.under_12',
  'age.minor',
  'age.presumed_minor',
  'age.adult',
  'vulnerability.present',
  'vulnerability.none_named',
  'wellbeing.serious',
  'wellbeing.signals',
  'wellbeing.no_signals',
  'wellbeing.laconic',
  'wellbeing.repeated',
  'safety.self_harm',
  'safety.self_harm_unsure',
  'safety.danger_home',
  'safety.danger_home_unsure',
  'safety.no_signals',
  'safety.unknown',
] as const;
export type ExplanationKey = (typeof EXPLANATION_KEYS)[number];

export const RATIONALE_KEYS = [
  'police_consult.extortion',
  'police_consult.minor_sexual',
  'police_consult.age_escalation',
  'police_consult.staff_via_board',
  'police_consult.adult_sexual',
  'police_consult.school_copy',
  'police_consult.wish',
  'meldknop.online',
  'platform_report.online',
  'stappenplan_checklist.sexual',
  'stappenplan_checklist.guidance',
  'keep_chat_evidence.extortion',
  'takedown_helpwanted.sexual',
  'takedown_helpwanted.after_platform',
  'takedown_helpwanted.extortion',
  'take_it_down.minor',
  'psychological_help.self_harm',
  'psychological_help.self_harm_unsure',
  'psychological_help.wellbeing',
  'psychological_help.check',
  'meldcode_steps.danger_home',
  'meldcode_steps.self_harm',
  'inform_school_board.meldplicht',
  'refer_to_reporting.external',
  'board_stops_contact.staff',
  'inform_school_board.media',
  'safety_arrangements.standard',
  'guidance_talk.consensual',
  'anti_bullying_sanctions.spread',
  'halt_referral.light_case',
  'restorative_meeting.wish',
  'talk_victim_parents.standard',
  'talk_victim_parents.not_informed',
  'talk_victim_parents.danger_home',
  'talk_spreader_parents.spread',
  'teacher_briefing.spread',
  'class_talk.pupil_consent',
  'class_talk.staff_consent',
  'class_talk.consent_recorded',
  'class_talk.consent_needed',
  'all_pupils_talk.wide',
  'all_pupils_talk.consent_recorded',
  'all_pupils_talk.consent_needed',
  'contact_other_school.spreader',
  'press_spokesperson.large',
  'delete_instruction.sexual_after_police',
  'delete_instruction.general',
  'no_online_reaction_advice.spread',
  'no_online_reaction_advice.threats',
  'aftercare_followup.standard',
  'evaluation.standard',
] as const;
export type RationaleKey = (typeof RATIONALE_KEYS)[number];

/** Rationales that refine a talk's rule (whose consent, whether it is on record); they are not rules themselves. */
const REFINEMENT_KEYS = [
  'class_talk.staff_consent',
  'class_talk.consent_recorded',
  'class_talk.consent_needed',
  'all_pupils_talk.consent_recorded',
  'all_pupils_talk.consent_needed',
] as const satisfies readonly RationaleKey[];
/** A rule is named by the rationale it gives, so a test, a reviewer and the texts use one key. */
export type RuleKey = Exclude<RationaleKey, (typeof REFINEMENT_KEYS)[number]>;
export const RULE_KEYS = RATIONALE_KEYS.filter((k): k is RuleKey => !(REFINEMENT_KEYS as readonly string[]).includes(k));
export type ConsentSubject = 'class_talk' | 'all_pupils_talk';

/** Words the explanations fill in, such as the names of vulnerability factors. */
export const TERM_KEYS = ['mild_intellectual_disability', 'psychological_problems', 'dependence_on_perpetrator', 'social_isolation'] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export interface ReasonVerdict {
  factor: Factor;
  /** What the factor rests on; the sources page explains each. */
  sources: SourceKey[];
  effect: Effect;
  explanation: ExplanationKey[];
  /** The level this factor on its own calls for, if any. */
  floor: Level | null;
  /** Lists to fill into the explanation, by placeholder name. */
  terms?: Record<string, TermKey[]>;
}
export interface FlagVerdict {
  key: FlagKey;
  /** Which wording: the same flag reads differently for an external advisor or a calm case. */
  text: FlagTextKey;
  source: SourceKey;
}
export interface ActionVerdict {
  actionKey: ActionKey;
  step: ActionStep;
  urgency: Urgency;
  /** The rules that recommend it, by key; each rule's rationale, conditions and source have the same key. */
  rules: RuleKey[];
  rationale: RationaleKey[];
  source: SourceKey[];
}
/** An action whose own conditions hold but that a recorded refusal or withdrawal of consent stops. */
export interface BlockedVerdict {
  actionKey: ActionKey;
  rule: RuleKey;
  consent: ConsentSubject;
  state: 'refused' | 'withdrawn';
}
export interface Verdict {
  level: Level;
  acute: boolean;
  reasons: ReasonVerdict[];
  flags: FlagVerdict[];
  actions: ActionVerdict[];
  blocked: BlockedVerdict[];
}

// ── What the facts mean ─────────────────────────────────────────────────────────────────────────

type Spread = 'none' | 'limited' | 'group' | 'wide' | 'unknown';

export interface Reading {
  facts: CaseFacts;
  /** A pupil whose age is not yet known is treated as a minor: the safe assumption in a school. */
  victimIsMinor: boolean;
  sexualContext: boolean;
  extortion: boolean;
  threatened: boolean;
  coerced: boolean;
  spread: Spread;
  spreadHappened: boolean;
  ageEscalation: boolean;
  consensualPeerSexting: boolean;
  minorSexual: boolean;
  adultSexual: boolean;
  /** An adult suspect (staff or 23+) still in contact with a minor in a sexual case. */
  adultContactOngoing: boolean;
  pupilSuspects: boolean;
  wellbeingSignals: number;
  wellbeingSerious: boolean;
  /** A nude made with AI from an ordinary photo. */
  aiFromPhoto: boolean;
  /** An adult asked the pupil for images. */
  adultRequest: boolean;
  /** Material that is, or may still be, on a platform or in a group. */
  materialOnline: boolean;
  /** Many viewers or public, or attention from outside school. */
  largeCase: boolean;
}

const MINOR_BANDS: readonly string[] = minorAgeBands;

export function readFacts(f: CaseFacts): Reading {
  const victimIsMinor = MINOR_BANDS.includes(f.victimAgeBand) || (f.victimAgeBand === 'unknown' && f.victimKind !== 'staff');
  const sexualContext = f.sexualImagery === 'yes' || f.sexualImagery === 'possibly' || f.incidentTypes.some((t) => SEXUAL_INCIDENT_TYPES.includes(t) && t !== 'peer_extortion');
  const extortion = f.incidentTypes.includes('sextortion') || f.threatKinds.some((k) => k === 'money' || k === 'more_images' || k === 'sexual_acts');
  const threatened = extortion || f.threats === 'yes';
  const aiFromPhoto = f.incidentTypes.includes('ai_nude');
  const adultRequest = f.incidentTypes.includes('adult_request');
  const coerced = f.howMade === 'under_pressure' || f.howMade === 'secretly' || f.howMade === 'hacked_or_stolen' || aiFromPhoto || adultRequest;

  let spread: Spread;
  if (f.reach === 'none') spread = 'none';
  else if (f.reach === 'public' || f.viewersBand === '31_100' || f.viewersBand === 'over_100') spread = 'wide';
  else if (f.reach === 'group' || f.viewersBand === '6_30') spread = 'group';
  else if (f.reach === 'one_to_one' || f.viewersBand === '1_5') spread = 'limited';
  else spread = 'unknown';
  const spreadHappened = spread === 'limited' || spread === 'group' || spread === 'wide';

  // Police/OM age criteria, which matter where there is sexual imagery or extortion: any child under
  // 12, an adult of 23 or older with a minor, or more than five years between people aged 12 to 23.
  const sexualCase = sexualContext || threatened || f.incidentTypes.some((t) => t === 'sexting' || t === 'shame_sexting');
  const ageEscalation = sexualCase && (f.victimAgeBand === 'under_12' || f.suspectAgeBands.includes('under_12') || (victimIsMinor && f.suspectAgeBands.includes('23_plus')) || f.ageGapOver5 === 'yes');

  // Age-typical sexting (prosecution guideline; green in the Vlaggensysteem): peers who both wanted
  // it, made voluntarily, kept between them, no pressure, no dependence, no large age gap.
  const consensualPeerSexting =
    f.incidentTypes.includes('sexting') &&
    !f.incidentTypes.includes('shame_sexting') &&
    !f.incidentTypes.includes('sextortion') &&
    sexualContext &&
    f.mutualExchange === 'yes' &&
    f.howMade === 'voluntarily' &&
    spread === 'none' &&
    !threatened &&
    !f.staffSuspect &&
    !ageEscalation &&
    f.adultInvolved !== 'yes' &&
    !f.vulnerabilities.includes('dependence_on_perpetrator');

  const adultSuspect = f.staffSuspect || f.suspectAgeBands.includes('23_plus');
  const pupilSuspects =
    (f.suspectsKnown === 'yes' || f.suspectsKnown === 'partly') && (f.suspectAgeBands.some((b) => MINOR_BANDS.includes(b)) || f.suspectRelationships.some((r) => r === 'classmate' || r === 'pupil'));

  const wellbeingSignals = (f.sleepProblems === 'yes' ? 1 : 0) + (f.absence === 'some' ? 1 : 0) + (f.absence === 'frequent' ? 2 : 0) + (f.afraid === 'yes' ? 1 : 0);

  return {
    facts: f,
    victimIsMinor,
    sexualContext,
    extortion,
    threatened,
    coerced,
    spread,
    spreadHappened,
    ageEscalation,
    consensualPeerSexting,
    minorSexual: sexualContext && victimIsMinor && !consensualPeerSexting,
    adultSexual: sexualContext && !victimIsMinor && !consensualPeerSexting,
    adultContactOngoing: sexualContext && victimIsMinor && adultSuspect && f.contactOngoing === 'yes',
    pupilSuspects,
    wellbeingSignals,
    wellbeingSerious: f.absence === 'frequent' || wellbeingSignals >= 2,
    aiFromPhoto,
    adultRequest,
    materialOnline: spread !== 'none' && f.stillOnline !== 'no' && (spreadHappened || f.platforms.length > 0),
    largeCase: f.mediaAttention === 'yes' || f.reach === 'public' || f.viewersBand === 'over_100',
  };
}

// ── Reasons, one per factor ─────────────────────────────────────────────────────────────────────

interface Part {
  key: ExplanationKey;
  effect: Effect;
  floor?: Level;
}

/** What each factor rests on: the guideline's four factors, the police/OM age criteria, Slachtofferhulp, the meldcode. */
const FACTOR_SOURCES: Record<Factor, SourceKey[]> = {
  voluntariness: ['om_pubers_in_beeld', 'police_om_criteria'],
  nature: ['om_pubers_in_beeld', 'law_child_sexual_images', 'law_adult_sexual_images'],
  spread: ['om_pubers_in_beeld', 'handreiking_step1'],
  relationship: ['om_pubers_in_beeld', 'police_om_criteria'],
  age: ['police_om_criteria', 'avg_consent'],
  vulnerability: ['slachtofferhulp'],
  wellbeing: ['slachtofferhulp', 'handreiking_step1'],
  safety: ['suicide_prevention', 'meldcode'],
};

function reason(factor: Factor, parts: Part[], terms?: Record<string, TermKey[]>): ReasonVerdict {
  const effect: Effect = parts.some((p) => p.effect === 'raises') ? 'raises' : parts.some((p) => p.effect === 'lowers') ? 'lowers' : 'neutral';
  const floors = parts.flatMap((p) => (p.floor ? [p.floor] : []));
  return {
    factor,
    sources: FACTOR_SOURCES[factor],
    effect,
    explanation: parts.map((p) => p.key),
    floor: floors.length ? maxLevel(floors) : null,
    ...(terms ? { terms } : {}),
  };
}

function voluntarinessReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  if (r.threatened) {
    return reason('voluntariness', [{ key: r.extortion ? 'voluntariness.extortion' : 'voluntariness.threats', effect: 'raises', floor: 'critical' }]);
  }
  if (r.adultRequest) {
    return reason('voluntariness', [{ key: 'voluntariness.adult_request', effect: 'raises', floor: r.victimIsMinor ? 'critical' : 'high' }]);
  }
  if (r.aiFromPhoto) return reason('voluntariness', [{ key: 'voluntariness.ai_from_photo', effect: 'raises', floor: 'high' }]);
  if (r.coerced) {
    const key: ExplanationKey = f.howMade === 'secretly' ? 'voluntariness.secretly' : f.howMade === 'hacked_or_stolen' ? 'voluntariness.hacked_or_stolen' : 'voluntariness.under_pressure';
    return reason('voluntariness', [{ key, effect: 'raises', floor: r.sexualContext ? 'critical' : 'moderate' }]);
  }
  if (f.howMade === 'voluntarily') {
    if (r.consensualPeerSexting) return reason('voluntariness', [{ key: 'voluntariness.voluntary_kept', effect: 'lowers' }]);
    // For sexual images, forwarding without consent is what turns sexting into shame-sexting. For
    // other images the spread factor already weighs how far it went.
    if (r.sexualContext && r.spreadHappened && f.consentToShare !== 'yes') {
      return reason('voluntariness', [{ key: 'voluntariness.voluntary_spread_without_consent', effect: 'raises', floor: 'high' }]);
    }
    return reason('voluntariness', [{ key: 'voluntariness.voluntary', effect: 'neutral' }]);
  }
  return reason('voluntariness', [{ key: 'voluntariness.unknown', effect: 'neutral' }]);
}

function natureReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  const edited: Part[] = f.editedOrAi === 'yes' ? [{ key: 'nature.edited', effect: r.sexualContext ? 'raises' : 'neutral' }] : [];
  if (r.consensualPeerSexting) return reason('nature', [{ key: 'nature.consensual_peer', effect: 'neutral' }]);
  if (r.minorSexual) {
    const key = f.sexualImagery === 'yes' ? 'nature.sexual_minor' : 'nature.possibly_sexual_minor';
    return reason('nature', [{ key, effect: 'raises', floor: 'high' }, ...edited]);
  }
  if (r.adultSexual) return reason('nature', [{ key: 'nature.sexual_adult', effect: 'raises', floor: 'high' }, ...edited]);
  if (f.sexualImagery === 'no') {
    return reason('nature', [{ key: f.victimKind === 'staff' ? 'nature.not_sexual_staff' : 'nature.not_sexual', effect: 'neutral' }, ...edited]);
  }
  return reason('nature', [{ key: 'nature.unknown', effect: 'neutral' }, ...edited]);
}

function spreadReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  const parts: Part[] = [];
  switch (r.spread) {
    case 'none':
      parts.push({ key: 'spread.none', effect: 'lowers' });
      break;
    case 'limited':
      parts.push({ key: 'spread.limited', effect: 'neutral', floor: 'low' });
      break;
    case 'group':
      parts.push({ key: 'spread.group', effect: 'raises', floor: 'moderate' });
      break;
    case 'wide':
      parts.push({ key: 'spread.wide', effect: 'raises', floor: 'high' });
      if (r.minorSexual) parts.push({ key: 'spread.wide_sexual', effect: 'raises', floor: 'critical' });
      break;
    case 'unknown':
      parts.push({ key: 'spread.unknown', effect: 'raises', floor: 'moderate' });
      break;
  }
  if (r.spread !== 'none' && f.stillOnline === 'yes') parts.push({ key: 'spread.still_online', effect: 'raises' });
  if (r.spreadHappened && f.stillOnline === 'no') parts.push({ key: 'spread.removed', effect: 'lowers' });
  if (f.mediaAttention === 'yes') parts.push({ key: 'spread.media', effect: 'raises', floor: 'moderate' });
  return reason('spread', parts);
}

function relationshipReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  const parts: Part[] = [];
  if (f.staffSuspect) parts.push({ key: 'relationship.staff_suspect', effect: 'raises', floor: r.sexualContext ? 'critical' : 'high' });
  if (r.ageEscalation) parts.push({ key: 'relationship.age_escalation', effect: 'raises', floor: 'critical' });
  if (r.adultContactOngoing) parts.push({ key: 'relationship.ongoing_contact', effect: 'raises', floor: 'critical' });
  if (!r.ageEscalation && !f.staffSuspect && f.adultInvolved === 'yes' && r.victimIsMinor && !f.suspectAgeBands.includes('18_22')) {
    parts.push({ key: 'relationship.adult_age_unknown', effect: 'neutral' });
  }
  if (f.vulnerabilities.includes('dependence_on_perpetrator')) {
    parts.push({ key: 'relationship.dependence', effect: 'raises', floor: 'moderate' });
  }
  if (f.threatenerKnown === 'online_account_only' && r.threatened) parts.push({ key: 'relationship.online_only', effect: 'raises' });
  if (f.spreaderOtherSchool === 'yes') parts.push({ key: 'relationship.other_school', effect: 'neutral' });
  if (parts.length === 0) {
    if (r.consensualPeerSexting) parts.push({ key: 'relationship.peers_equal', effect: 'lowers' });
    else if (r.pupilSuspects) parts.push({ key: 'relationship.peers', effect: 'neutral' });
    else parts.push({ key: 'relationship.unknown', effect: 'neutral' });
  }
  return reason('relationship', parts);
}

function ageReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  if (f.victimAgeBand === 'under_12') {
    return r.sexualContext || r.threatened ? reason('age', [{ key: 'age.under_12_sexual', effect: 'raises', floor: 'critical' }]) : reason('age', [{ key: 'age.under_12', effect: 'neutral' }]);
  }
  if (!r.victimIsMinor) return reason('age', [{ key: 'age.adult', effect: 'neutral' }]);
  if (f.victimAgeBand === 'unknown') return reason('age', [{ key: 'age.presumed_minor', effect: 'neutral' }]);
  return reason('age', [{ key: 'age.minor', effect: 'neutral' }]);
}

function vulnerabilityReason(r: Reading): ReasonVerdict {
  const present = r.facts.vulnerabilities;
  if (present.length === 0) return reason('vulnerability', [{ key: 'vulnerability.none_named', effect: 'neutral' }]);
  // No floor of its own: vulnerability raises whatever the other factors found by one step.
  return reason('vulnerability', [{ key: 'vulnerability.present', effect: 'raises' }], { list: [...present] });
}

function wellbeingReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  const parts: Part[] = [];
  if (r.wellbeingSerious) parts.push({ key: 'wellbeing.serious', effect: 'raises', floor: 'high' });
  else if (r.wellbeingSignals > 0) parts.push({ key: 'wellbeing.signals', effect: 'raises', floor: 'moderate' });
  else parts.push({ key: 'wellbeing.no_signals', effect: 'neutral' });
  if (f.laconic === 'yes') parts.push({ key: 'wellbeing.laconic', effect: 'neutral' });
  if (f.repeated === 'yes') parts.push({ key: 'wellbeing.repeated', effect: 'raises', floor: 'moderate' });
  return reason('wellbeing', parts);
}

function safetyReason(r: Reading): ReasonVerdict {
  const f = r.facts;
  const parts: Part[] = [];
  if (f.selfHarm === 'yes') parts.push({ key: 'safety.self_harm', effect: 'raises', floor: 'critical' });
  if (f.selfHarm === 'unsure') parts.push({ key: 'safety.self_harm_unsure', effect: 'raises', floor: 'high' });
  if (f.dangerAtHome === 'yes') parts.push({ key: 'safety.danger_home', effect: 'raises', floor: 'high' });
  if (f.dangerAtHome === 'unsure') parts.push({ key: 'safety.danger_home_unsure', effect: 'raises', floor: 'moderate' });
  if (parts.length === 0) {
    const asked = f.selfHarm !== 'unknown' && f.dangerAtHome !== 'unknown';
    parts.push({ key: asked ? 'safety.no_signals' : 'safety.unknown', effect: 'neutral' });
  }
  return reason('safety', parts);
}

// ── Flags ───────────────────────────────────────────────────────────────────────────────────────

function flags(r: Reading): FlagVerdict[] {
  const f = r.facts;
  const out: FlagVerdict[] = [];
  const flag = (key: FlagKey, source: SourceKey, text: FlagTextKey = key) => out.push({ key, text, source });
  if (r.threatened) flag('extortion_or_threats', 'sextortion_advice');
  // One rule with the interview's alerts (shared/interview-vocabulary): what alerts there alarms here.
  const safety = safetyAlerts(f);
  if (safety.includes('self_harm_risk')) flag('self_harm_risk', 'suicide_prevention');
  if (r.minorSexual) flag('minor_sexual_imagery', 'law_child_sexual_images');
  if (r.adultSexual) flag('adult_sexual_imagery', 'law_adult_sexual_images');
  if (r.ageEscalation) flag('age_escalation', 'police_om_criteria');
  if (f.staffSuspect) flag('staff_suspect', 'meldplicht', f.advisorKind === 'external' ? 'staff_suspect_external' : 'staff_suspect');
  if (safety.includes('danger_at_home')) flag('danger_at_home', 'meldcode');
  if (f.schoolHoldsCopy === 'yes' && r.sexualContext && r.victimIsMinor) flag('school_holds_copy', 'law_child_sexual_images');
  // The no-copies rule holds here too, but as calm guidance: nothing was spread and both wanted it.
  if (r.consensualPeerSexting) flag('consensual_peer_sexting', 'om_pubers_in_beeld');
  return out;
}

/** Acute: something has to happen now, before anything else, because harm can still be done. */
function isAcute(r: Reading): boolean {
  return r.threatened || r.facts.selfHarm === 'yes' || r.adultContactOngoing;
}

// ── Recommended actions ─────────────────────────────────────────────────────────────────────────

export interface ActionRule {
  /** The rule's key: its rationale, its conditions and the tests all use it. */
  key: RuleKey;
  action: ActionKey;
  when: (r: Reading, level: Level) => boolean;
  urgency: Urgency | ((r: Reading, level: Level) => Urgency);
  source: SourceKey;
  /** A talk that needs recorded consent: a refusal or withdrawal blocks it, with that reason shown. */
  consent?: ConsentSubject;
}

const atLeast = (level: Level, floor: Level): boolean => LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
const internalAdvisor = (r: Reading) => r.facts.advisorKind === 'internal';
const classSpread = (r: Reading) => r.spread === 'group' || r.spread === 'wide';

/**
 * Read top to bottom. One action can come from several rules: it then gets the most urgent
 * urgency and all their rules. When a staff member is suspected, communication towards pupils
 * goes through the school board, and mediation-style steps are never recommended (see allowed()).
 */
export const ACTION_RULES: readonly ActionRule[] = [
  // Step 2: act.
  { key: 'police_consult.extortion', action: 'police_consult', when: (r) => r.threatened, urgency: 'now', source: 'sextortion_advice' },
  { key: 'police_consult.age_escalation', action: 'police_consult', when: (r) => r.ageEscalation && !r.facts.staffSuspect, urgency: 'now', source: 'police_om_criteria' },
  { key: 'police_consult.minor_sexual', action: 'police_consult', when: (r) => r.minorSexual && !r.facts.staffSuspect, urgency: 'today', source: 'handreiking_step2' },
  { key: 'police_consult.staff_via_board', action: 'police_consult', when: (r) => r.facts.staffSuspect && r.sexualContext, urgency: 'today', source: 'meldplicht' },
  { key: 'police_consult.adult_sexual', action: 'police_consult', when: (r) => r.adultSexual && !r.facts.staffSuspect, urgency: 'today', source: 'law_adult_sexual_images' },
  {
    key: 'police_consult.school_copy',
    action: 'police_consult',
    when: (r) => r.facts.schoolHoldsCopy === 'yes' && r.sexualContext && r.victimIsMinor,
    urgency: 'today',
    source: 'law_child_sexual_images',
  },
  { key: 'police_consult.wish', action: 'police_consult', when: (r) => r.facts.victimWantsPolice === 'yes' || r.facts.parentsWantPolice === 'yes', urgency: 'this_week', source: 'law_defamation' },
  { key: 'keep_chat_evidence.extortion', action: 'keep_chat_evidence', when: (r) => r.threatened, urgency: 'now', source: 'sextortion_advice' },
  // Every case with material online: report it on the platform itself, per platform.
  { key: 'platform_report.online', action: 'platform_report', when: (r) => r.materialOnline, urgency: (r) => (r.facts.stillOnline === 'yes' ? 'now' : 'today'), source: 'platform_rules' },
  // Helpwanted's work is online sexual abuse: for sexual material, and for other material only when the platform does not act.
  {
    key: 'takedown_helpwanted.sexual',
    action: 'takedown_helpwanted',
    when: (r) => r.materialOnline && r.sexualContext,
    urgency: (r) => (r.facts.stillOnline === 'yes' ? 'now' : 'today'),
    source: 'handreiking_step2',
  },
  { key: 'takedown_helpwanted.after_platform', action: 'takedown_helpwanted', when: (r) => r.materialOnline && !r.sexualContext, urgency: 'this_week', source: 'handreiking_step2' },
  { key: 'takedown_helpwanted.extortion', action: 'takedown_helpwanted', when: (r) => r.threatened && r.sexualContext, urgency: 'today', source: 'sextortion_advice' },
  { key: 'take_it_down.minor', action: 'take_it_down', when: (r) => r.minorSexual && (r.spread !== 'none' || r.threatened), urgency: 'today', source: 'take_it_down' },
  { key: 'meldknop.online', action: 'meldknop', when: (r) => r.victimIsMinor && (r.materialOnline || r.threatened), urgency: 'this_week', source: 'handreiking_step2' },
  // The checklist is called for when images of a minor were spread, forced or made in secret.
  {
    key: 'stappenplan_checklist.sexual',
    action: 'stappenplan_checklist',
    when: (r) => r.minorSexual && (r.spreadHappened || r.coerced || r.threatened),
    urgency: 'today',
    source: 'stappenplan_sexting',
  },
  {
    key: 'stappenplan_checklist.guidance',
    action: 'stappenplan_checklist',
    when: (r) => r.consensualPeerSexting || (r.minorSexual && !r.spreadHappened && !r.coerced && !r.threatened),
    urgency: 'this_week',
    source: 'stappenplan_sexting',
  },
  { key: 'psychological_help.self_harm', action: 'psychological_help', when: (r) => r.facts.selfHarm === 'yes', urgency: 'now', source: 'suicide_prevention' },
  { key: 'psychological_help.self_harm_unsure', action: 'psychological_help', when: (r) => r.facts.selfHarm === 'unsure', urgency: 'today', source: 'suicide_prevention' },
  { key: 'psychological_help.wellbeing', action: 'psychological_help', when: (r) => r.wellbeingSerious && r.facts.selfHarm !== 'yes', urgency: 'today', source: 'handreiking_step2' },
  {
    key: 'psychological_help.check',
    action: 'psychological_help',
    when: (r, level) => !r.wellbeingSerious && r.facts.selfHarm !== 'yes' && r.facts.selfHarm !== 'unsure' && (atLeast(level, 'moderate') || r.wellbeingSignals > 0),
    urgency: 'this_week',
    source: 'handreiking_step2',
  },
  { key: 'meldcode_steps.danger_home', action: 'meldcode_steps', when: (r) => dangerAtHome(r), urgency: 'today', source: 'meldcode' },
  { key: 'meldcode_steps.self_harm', action: 'meldcode_steps', when: (r) => r.facts.selfHarm === 'yes', urgency: 'today', source: 'meldcode' },
  // The meldplicht binds an internal vertrouwenspersoon (a staff member); an external one points the person to reporting.
  { key: 'inform_school_board.meldplicht', action: 'inform_school_board', when: (r) => r.facts.staffSuspect && internalAdvisor(r), urgency: 'now', source: 'meldplicht' },
  { key: 'refer_to_reporting.external', action: 'refer_to_reporting', when: (r) => r.facts.staffSuspect && !internalAdvisor(r), urgency: 'now', source: 'meldplicht' },
  {
    key: 'board_stops_contact.staff',
    action: 'board_stops_contact',
    when: (r) => r.facts.staffSuspect && r.facts.victimKind !== 'staff',
    urgency: (r) => (r.sexualContext || r.facts.contactOngoing === 'yes' ? 'now' : 'today'),
    source: 'meldplicht',
  },
  { key: 'inform_school_board.media', action: 'inform_school_board', when: (r) => r.facts.mediaAttention === 'yes', urgency: 'today', source: 'crisis_communication' },
  {
    key: 'safety_arrangements.standard',
    action: 'safety_arrangements',
    when: (r, level) => atLeast(level, 'moderate') || r.facts.safetyMeasures.length > 0,
    urgency: (_r, level) => (atLeast(level, 'high') ? 'today' : 'this_week'),
    source: 'handreiking_step1',
  },
  { key: 'guidance_talk.consensual', action: 'guidance_talk', when: (r) => r.consensualPeerSexting, urgency: 'this_week', source: 'vlaggensysteem' },
  {
    key: 'anti_bullying_sanctions.spread',
    action: 'anti_bullying_sanctions',
    when: (r) => r.pupilSuspects && r.spreadHappened && !r.facts.staffSuspect,
    urgency: 'this_week',
    source: 'wet_sociale_veiligheid',
  },
  {
    key: 'halt_referral.light_case',
    action: 'halt_referral',
    // Halt's own conditions: peers of 12–17 who spread, no coercion or extortion, no adult or age
    // gap, the spread limited to a group, and the case not at the highest level.
    when: (r, level) =>
      r.minorSexual &&
      (r.spread === 'limited' || r.spread === 'group') &&
      !r.largeCase &&
      level !== 'critical' &&
      r.pupilSuspects &&
      r.facts.suspectAgeBands.length > 0 &&
      r.facts.suspectAgeBands.every((b) => b === '12_15' || b === '16_17') &&
      !r.threatened &&
      !r.coerced &&
      !r.ageEscalation &&
      !r.facts.staffSuspect &&
      r.facts.adultInvolved !== 'yes',
    urgency: 'later',
    source: 'halt',
  },
  {
    key: 'restorative_meeting.wish',
    action: 'restorative_meeting',
    when: (r) => !r.sexualContext && !r.threatened && r.pupilSuspects && r.facts.victimWantsRestorative === 'yes' && !r.facts.staffSuspect,
    urgency: 'later',
    source: 'good_practice',
  },
  { key: 'contact_other_school.spreader', action: 'contact_other_school', when: (r) => r.facts.spreaderOtherSchool === 'yes', urgency: 'today', source: 'handreiking_step3' },
  // Step 3: communicate.
  {
    key: 'talk_victim_parents.standard',
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && !r.consensualPeerSexting && !dangerAtHome(r),
    urgency: 'today',
    source: 'handreiking_step1',
  },
  {
    key: 'talk_victim_parents.not_informed',
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && !r.consensualPeerSexting && !dangerAtHome(r) && r.facts.parentsInformed === 'no',
    urgency: 'today',
    source: 'avg_parents',
  },
  {
    key: 'talk_victim_parents.danger_home',
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && dangerAtHome(r),
    urgency: 'this_week',
    source: 'meldcode',
  },
  { key: 'no_online_reaction_advice.threats', action: 'no_online_reaction_advice', when: (r) => r.threatened, urgency: 'now', source: 'sextortion_advice' },
  { key: 'no_online_reaction_advice.spread', action: 'no_online_reaction_advice', when: (r) => r.spreadHappened, urgency: 'today', source: 'handreiking_step3' },
  { key: 'teacher_briefing.spread', action: 'teacher_briefing', when: (r) => classSpread(r) && !r.facts.staffSuspect, urgency: 'today', source: 'handreiking_step3' },
  { key: 'press_spokesperson.large', action: 'press_spokesperson', when: (r) => r.largeCase, urgency: 'today', source: 'crisis_communication' },
  // In a sexual case the instruction waits for the police consult, so no evidence is lost; otherwise at once.
  {
    key: 'delete_instruction.sexual_after_police',
    action: 'delete_instruction',
    when: (r) => r.spreadHappened && !r.facts.staffSuspect && r.sexualContext,
    urgency: 'today',
    source: 'law_child_sexual_images',
  },
  { key: 'delete_instruction.general', action: 'delete_instruction', when: (r) => r.spreadHappened && !r.facts.staffSuspect && !r.sexualContext, urgency: 'today', source: 'handreiking_step3' },
  { key: 'class_talk.pupil_consent', action: 'class_talk', when: (r) => classSpread(r) && !r.facts.staffSuspect, urgency: 'this_week', source: 'handreiking_step3', consent: 'class_talk' },
  { key: 'all_pupils_talk.wide', action: 'all_pupils_talk', when: (r) => r.spread === 'wide' && !r.facts.staffSuspect, urgency: 'this_week', source: 'handreiking_step3', consent: 'all_pupils_talk' },
  {
    key: 'talk_spreader_parents.spread',
    action: 'talk_spreader_parents',
    when: (r) => r.pupilSuspects && r.spreadHappened && !r.facts.staffSuspect,
    urgency: 'this_week',
    source: 'handreiking_step3',
  },
  // Aftercare: every case.
  { key: 'aftercare_followup.standard', action: 'aftercare_followup', when: () => true, urgency: 'later', source: 'good_practice' },
  { key: 'evaluation.standard', action: 'evaluation', when: () => true, urgency: 'later', source: 'good_practice' },
];

function dangerAtHome(r: Reading): boolean {
  return safetyAlerts(r.facts).includes('danger_at_home');
}

function consentState(r: Reading, subject: ConsentSubject) {
  return subject === 'class_talk' ? r.facts.consentClassTalk : r.facts.consentAllPupilsTalk;
}

/** A talk's rationale says whose consent it needs and whether the records hold it. */
function rationaleFor(r: Reading, rule: ActionRule): RationaleKey[] {
  if (!rule.consent) return [rule.key];
  const given = consentState(r, rule.consent) === 'given';
  if (rule.consent === 'class_talk') {
    return [r.facts.victimKind === 'staff' ? 'class_talk.staff_consent' : 'class_talk.pupil_consent', given ? 'class_talk.consent_recorded' : 'class_talk.consent_needed'];
  }
  return [rule.key, given ? 'all_pupils_talk.consent_recorded' : 'all_pupils_talk.consent_needed'];
}

function recommendActions(r: Reading, level: Level): { actions: ActionVerdict[]; blocked: BlockedVerdict[] } {
  const byKey = new Map<ActionKey, ActionVerdict>();
  const blocked: BlockedVerdict[] = [];
  for (const rule of ACTION_RULES) {
    if (!rule.when(r, level)) continue;
    if (rule.consent) {
      const state = consentState(r, rule.consent);
      if (state === 'refused' || state === 'withdrawn') {
        blocked.push({ actionKey: rule.action, rule: rule.key, consent: rule.consent, state });
        continue;
      }
    }
    const urgency = typeof rule.urgency === 'function' ? rule.urgency(r, level) : rule.urgency;
    const rationale = rationaleFor(r, rule);
    const existing = byKey.get(rule.action);
    if (!existing) {
      // The step comes from the catalog, the one place that says which step an action belongs to.
      const step = catalogAction(rule.action).step;
      byKey.set(rule.action, { actionKey: rule.action, step, urgency, rules: [rule.key], rationale, source: [rule.source] });
      continue;
    }
    if (URGENCIES.indexOf(urgency) < URGENCIES.indexOf(existing.urgency)) existing.urgency = urgency;
    existing.rules.push(rule.key);
    for (const key of rationale) if (!existing.rationale.includes(key)) existing.rationale.push(key);
    if (!existing.source.includes(rule.source)) existing.source.push(rule.source);
  }
  return { actions: [...byKey.values()].filter((a) => allowed(r, a.actionKey)).sort(byUrgency), blocked };
}

/**
 * A safety net behind the rules, driven by the catalog's own marks: mediation-style steps are never
 * offered when a staff member is suspected (the meldplicht puts the case with the board, and a talk
 * between a pupil and a suspected adult is no repair), and minors-only services only for a minor.
 */
function allowed(r: Reading, key: ActionKey): boolean {
  const entry = catalogAction(key);
  if (entry.mediationStyle && r.facts.staffSuspect) return false;
  if (entry.forMinorsOnly && !r.victimIsMinor) return false;
  return true;
}

const STEP_ORDER: readonly ActionStep[] = actionSteps;

/** Most urgent first; within the same urgency act before communicate, then catalog order. */
function byUrgency(a: ActionVerdict, b: ActionVerdict): number {
  return URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || ACTION_KEYS.indexOf(a.actionKey) - ACTION_KEYS.indexOf(b.actionKey);
}

// ── Putting it together ─────────────────────────────────────────────────────────────────────────

export function maxLevel(levels: readonly Level[]): Level {
  return levels.reduce<Level>((max, l) => (LEVELS.indexOf(l) > LEVELS.indexOf(max) ? l : max), 'low');
}

function raiseOneStep(level: Level): Level {
  return LEVELS[Math.min(LEVELS.indexOf(level) + 1, LEVELS.length - 1)] ?? level;
}

export function evaluateRules(facts: CaseFacts): Verdict {
  const r = readFacts(facts);
  const reasons = [voluntarinessReason(r), natureReason(r), spreadReason(r), relationshipReason(r), ageReason(r), vulnerabilityReason(r), wellbeingReason(r), safetyReason(r)];
  let level = maxLevel(reasons.flatMap((x) => (x.floor ? [x.floor] : [])));
  if (facts.vulnerabilities.length > 0) level = raiseOneStep(level);
  const { actions, blocked } = recommendActions(r, level);
  return { level, acute: isAcute(r), reasons, flags: flags(r), actions, blocked };
}
