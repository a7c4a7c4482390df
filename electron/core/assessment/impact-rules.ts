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
import type { CaseFacts } from './case-facts';
import { actionSteps, minorAgeBands, severityLevels, urgencies, type SeverityLevel, type Urgency } from '@shared';

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
  'stappenplan_checklist.sexual',
  'stappenplan_checklist.guidance',
  'keep_chat_evidence.extortion',
  'takedown_helpwanted.sexual',
  'takedown_helpwanted.general',
  'takedown_helpwanted.extortion',
  'take_it_down.minor',
  'psychological_help.self_harm',
  'psychological_help.self_harm_unsure',
  'psychological_help.wellbeing',
  'psychological_help.check',
  'meldcode_steps.danger_home',
  'meldcode_steps.self_harm',
  'inform_school_board.meldplicht',
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
  'delete_instruction.sexual',
  'delete_instruction.general',
  'no_online_reaction_advice.spread',
  'no_online_reaction_advice.threats',
  'aftercare_followup.standard',
  'evaluation.standard',
] as const;
export type RationaleKey = (typeof RATIONALE_KEYS)[number];

/** Words the explanations fill in, such as the names of vulnerability factors. */
export const TERM_KEYS = ['mild_intellectual_disability', 'psychological_problems', 'dependence_on_perpetrator', 'social_isolation'] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export interface ReasonVerdict {
  factor: Factor;
  effect: Effect;
  explanation: ExplanationKey[];
  /** The level this factor on its own calls for, if any. */
  floor: Level | null;
  /** Lists to fill into the explanation, by placeholder name. */
  terms?: Record<string, TermKey[]>;
}
export interface FlagVerdict {
  key: FlagKey;
  source: SourceKey;
}
export interface ActionVerdict {
  actionKey: ActionKey;
  step: ActionStep;
  urgency: Urgency;
  rationale: RationaleKey[];
  source: SourceKey[];
}
export interface Verdict {
  level: Level;
  acute: boolean;
  reasons: ReasonVerdict[];
  flags: FlagVerdict[];
  actions: ActionVerdict[];
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
}

const MINOR_BANDS: readonly string[] = minorAgeBands;

export function readFacts(f: CaseFacts): Reading {
  const victimIsMinor = MINOR_BANDS.includes(f.victimAgeBand) || (f.victimAgeBand === 'unknown' && f.victimKind !== 'staff');
  const sexualContext = f.sexualImagery === 'yes' || f.sexualImagery === 'possibly';
  const extortion = f.incidentTypes.includes('sextortion') || f.threatKinds.some((k) => k === 'money' || k === 'more_images' || k === 'sexual_acts');
  const threatened = extortion || f.threats === 'yes';
  const coerced = f.howMade === 'under_pressure' || f.howMade === 'secretly' || f.howMade === 'hacked_or_stolen';

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
  };
}

// ── Reasons, one per factor ─────────────────────────────────────────────────────────────────────

interface Part {
  key: ExplanationKey;
  effect: Effect;
  floor?: Level;
}

function reason(factor: Factor, parts: Part[], terms?: Record<string, TermKey[]>): ReasonVerdict {
  const effect: Effect = parts.some((p) => p.effect === 'raises') ? 'raises' : parts.some((p) => p.effect === 'lowers') ? 'lowers' : 'neutral';
  const floors = parts.flatMap((p) => (p.floor ? [p.floor] : []));
  return {
    factor,
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
  if (r.threatened) out.push({ key: 'extortion_or_threats', source: 'sextortion_advice' });
  if (f.selfHarm === 'yes' || f.selfHarm === 'unsure') out.push({ key: 'self_harm_risk', source: 'suicide_prevention' });
  if (r.minorSexual) out.push({ key: 'minor_sexual_imagery', source: 'law_child_sexual_images' });
  if (r.adultSexual) out.push({ key: 'adult_sexual_imagery', source: 'law_adult_sexual_images' });
  if (r.ageEscalation) out.push({ key: 'age_escalation', source: 'police_om_criteria' });
  if (f.staffSuspect) out.push({ key: 'staff_suspect', source: 'meldplicht' });
  if (f.dangerAtHome === 'yes' || f.dangerAtHome === 'unsure') out.push({ key: 'danger_at_home', source: 'meldcode' });
  if (f.schoolHoldsCopy === 'yes' && r.sexualContext && r.victimIsMinor) {
    out.push({ key: 'school_holds_copy', source: 'law_child_sexual_images' });
  }
  if (r.consensualPeerSexting) out.push({ key: 'consensual_peer_sexting', source: 'om_pubers_in_beeld' });
  return out;
}

/** Acute: something has to happen now, before anything else, because harm can still be done. */
function isAcute(r: Reading): boolean {
  return r.threatened || r.facts.selfHarm === 'yes' || r.adultContactOngoing;
}

// ── Recommended actions ─────────────────────────────────────────────────────────────────────────

interface ActionRule {
  action: ActionKey;
  when: (r: Reading, level: Level) => boolean;
  urgency: Urgency | ((r: Reading, level: Level) => Urgency);
  rationale: RationaleKey;
  source: SourceKey;
}

const atLeast = (level: Level, floor: Level): boolean => LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
const parentsRefuse = (r: Reading): boolean => r.facts.victimKind !== 'staff' && r.facts.parentConsentClassTalk === 'no';

/**
 * Read top to bottom. One action can come from several rules: it then gets the most urgent
 * urgency and all their rationales. When a staff member is suspected, communication towards pupils
 * goes through the school board, and mediation-style steps are never recommended (see assess()).
 */
export const ACTION_RULES: readonly ActionRule[] = [
  // Step 2: act.
  { action: 'police_consult', when: (r) => r.threatened, urgency: 'now', rationale: 'police_consult.extortion', source: 'sextortion_advice' },
  { action: 'police_consult', when: (r) => r.ageEscalation && !r.facts.staffSuspect, urgency: 'now', rationale: 'police_consult.age_escalation', source: 'police_om_criteria' },
  { action: 'police_consult', when: (r) => r.minorSexual && !r.facts.staffSuspect, urgency: 'today', rationale: 'police_consult.minor_sexual', source: 'handreiking_step2' },
  { action: 'police_consult', when: (r) => r.facts.staffSuspect && r.sexualContext, urgency: 'today', rationale: 'police_consult.staff_via_board', source: 'meldplicht' },
  { action: 'police_consult', when: (r) => r.adultSexual && !r.facts.staffSuspect, urgency: 'today', rationale: 'police_consult.adult_sexual', source: 'law_adult_sexual_images' },
  {
    action: 'police_consult',
    when: (r) => r.facts.schoolHoldsCopy === 'yes' && r.sexualContext && r.victimIsMinor,
    urgency: 'today',
    rationale: 'police_consult.school_copy',
    source: 'law_child_sexual_images',
  },
  {
    action: 'police_consult',
    when: (r) => r.facts.victimWantsPolice === 'yes' || r.facts.parentsWantPolice === 'yes',
    urgency: 'this_week',
    rationale: 'police_consult.wish',
    source: 'law_defamation',
  },
  { action: 'keep_chat_evidence', when: (r) => r.threatened, urgency: 'now', rationale: 'keep_chat_evidence.extortion', source: 'sextortion_advice' },
  {
    action: 'takedown_helpwanted',
    when: (r) => r.spreadHappened && r.facts.stillOnline !== 'no' && r.sexualContext,
    urgency: (r) => (r.facts.stillOnline === 'yes' ? 'now' : 'today'),
    rationale: 'takedown_helpwanted.sexual',
    source: 'handreiking_step2',
  },
  {
    action: 'takedown_helpwanted',
    when: (r) => r.spreadHappened && r.facts.stillOnline !== 'no' && !r.sexualContext,
    urgency: 'today',
    rationale: 'takedown_helpwanted.general',
    source: 'handreiking_step2',
  },
  { action: 'takedown_helpwanted', when: (r) => r.threatened, urgency: 'today', rationale: 'takedown_helpwanted.extortion', source: 'sextortion_advice' },
  { action: 'take_it_down', when: (r) => r.minorSexual && (r.spread !== 'none' || r.threatened), urgency: 'today', rationale: 'take_it_down.minor', source: 'take_it_down' },
  {
    action: 'meldknop',
    when: (r) => r.victimIsMinor && ((r.spreadHappened && r.facts.stillOnline !== 'no') || r.threatened),
    urgency: 'today',
    rationale: 'meldknop.online',
    source: 'handreiking_step2',
  },
  { action: 'stappenplan_checklist', when: (r) => r.minorSexual, urgency: 'today', rationale: 'stappenplan_checklist.sexual', source: 'stappenplan_sexting' },
  { action: 'stappenplan_checklist', when: (r) => r.consensualPeerSexting, urgency: 'this_week', rationale: 'stappenplan_checklist.guidance', source: 'stappenplan_sexting' },
  { action: 'psychological_help', when: (r) => r.facts.selfHarm === 'yes', urgency: 'now', rationale: 'psychological_help.self_harm', source: 'suicide_prevention' },
  { action: 'psychological_help', when: (r) => r.facts.selfHarm === 'unsure', urgency: 'today', rationale: 'psychological_help.self_harm_unsure', source: 'suicide_prevention' },
  { action: 'psychological_help', when: (r) => r.wellbeingSerious && r.facts.selfHarm !== 'yes', urgency: 'today', rationale: 'psychological_help.wellbeing', source: 'handreiking_step2' },
  {
    action: 'psychological_help',
    when: (r, level) => !r.wellbeingSerious && r.facts.selfHarm !== 'yes' && r.facts.selfHarm !== 'unsure' && (atLeast(level, 'moderate') || r.wellbeingSignals > 0),
    urgency: 'this_week',
    rationale: 'psychological_help.check',
    source: 'handreiking_step2',
  },
  { action: 'meldcode_steps', when: (r) => r.facts.dangerAtHome === 'yes' || r.facts.dangerAtHome === 'unsure', urgency: 'today', rationale: 'meldcode_steps.danger_home', source: 'meldcode' },
  { action: 'meldcode_steps', when: (r) => r.facts.selfHarm === 'yes', urgency: 'today', rationale: 'meldcode_steps.self_harm', source: 'meldcode' },
  { action: 'inform_school_board', when: (r) => r.facts.staffSuspect, urgency: 'now', rationale: 'inform_school_board.meldplicht', source: 'meldplicht' },
  { action: 'inform_school_board', when: (r) => r.facts.mediaAttention === 'yes', urgency: 'today', rationale: 'inform_school_board.media', source: 'good_practice' },
  {
    action: 'safety_arrangements',
    when: (r, level) => atLeast(level, 'moderate') || r.facts.safetyMeasures.length > 0,
    urgency: (_r, level) => (atLeast(level, 'high') ? 'today' : 'this_week'),
    rationale: 'safety_arrangements.standard',
    source: 'handreiking_step1',
  },
  { action: 'guidance_talk', when: (r) => r.consensualPeerSexting, urgency: 'this_week', rationale: 'guidance_talk.consensual', source: 'vlaggensysteem' },
  {
    action: 'anti_bullying_sanctions',
    when: (r) => r.pupilSuspects && r.spreadHappened && !r.facts.staffSuspect,
    urgency: 'this_week',
    rationale: 'anti_bullying_sanctions.spread',
    source: 'wet_sociale_veiligheid',
  },
  {
    action: 'halt_referral',
    // A light case only: pupils of 12–17 who spread, no coercion, threats, adult or age gap.
    when: (r) =>
      r.minorSexual &&
      r.spreadHappened &&
      r.pupilSuspects &&
      r.facts.suspectAgeBands.length > 0 &&
      r.facts.suspectAgeBands.every((b) => b === '12_15' || b === '16_17') &&
      !r.threatened &&
      !r.coerced &&
      !r.ageEscalation &&
      !r.facts.staffSuspect &&
      r.facts.adultInvolved !== 'yes',
    urgency: 'later',
    rationale: 'halt_referral.light_case',
    source: 'halt',
  },
  {
    action: 'restorative_meeting',
    when: (r) => !r.sexualContext && !r.threatened && r.pupilSuspects && r.facts.victimWantsRestorative === 'yes' && !r.facts.staffSuspect,
    urgency: 'later',
    rationale: 'restorative_meeting.wish',
    source: 'good_practice',
  },
  // Step 3: communicate.
  {
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && !r.consensualPeerSexting && !dangerAtHome(r),
    urgency: 'today',
    rationale: 'talk_victim_parents.standard',
    source: 'handreiking_step1',
  },
  {
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && !r.consensualPeerSexting && !dangerAtHome(r) && r.facts.parentsInformed === 'no',
    urgency: 'today',
    rationale: 'talk_victim_parents.not_informed',
    source: 'avg_parents',
  },
  {
    action: 'talk_victim_parents',
    when: (r) => r.facts.victimKind === 'pupil' && r.victimIsMinor && dangerAtHome(r),
    urgency: 'this_week',
    rationale: 'talk_victim_parents.danger_home',
    source: 'meldcode',
  },
  { action: 'no_online_reaction_advice', when: (r) => r.threatened, urgency: 'now', rationale: 'no_online_reaction_advice.threats', source: 'sextortion_advice' },
  { action: 'no_online_reaction_advice', when: (r) => r.spreadHappened, urgency: 'today', rationale: 'no_online_reaction_advice.spread', source: 'handreiking_step3' },
  {
    action: 'teacher_briefing',
    when: (r) => (r.spread === 'group' || r.spread === 'wide') && !r.facts.staffSuspect,
    urgency: 'today',
    rationale: 'teacher_briefing.spread',
    source: 'handreiking_step3',
  },
  {
    action: 'delete_instruction',
    when: (r) => r.spreadHappened && !r.facts.staffSuspect && r.sexualContext,
    urgency: 'today',
    rationale: 'delete_instruction.sexual',
    source: 'law_child_sexual_images',
  },
  { action: 'delete_instruction', when: (r) => r.spreadHappened && !r.facts.staffSuspect && !r.sexualContext, urgency: 'today', rationale: 'delete_instruction.general', source: 'handreiking_step3' },
  {
    action: 'class_talk',
    // Only with the consent of the victim and, for a pupil, the parents; a clear no ends it here.
    when: (r) => (r.spread === 'group' || r.spread === 'wide') && !r.facts.staffSuspect && r.facts.victimConsentClassTalk !== 'no' && !parentsRefuse(r),
    urgency: 'this_week',
    rationale: 'class_talk.pupil_consent',
    source: 'handreiking_step3',
  },
  { action: 'all_pupils_talk', when: (r) => r.spread === 'wide' && !r.facts.staffSuspect, urgency: 'this_week', rationale: 'all_pupils_talk.wide', source: 'handreiking_step3' },
  {
    action: 'talk_spreader_parents',
    when: (r) => r.pupilSuspects && r.spreadHappened && !r.facts.staffSuspect,
    urgency: 'this_week',
    rationale: 'talk_spreader_parents.spread',
    source: 'handreiking_step3',
  },
  // Aftercare: every case.
  { action: 'aftercare_followup', when: () => true, urgency: 'later', rationale: 'aftercare_followup.standard', source: 'good_practice' },
  { action: 'evaluation', when: () => true, urgency: 'later', rationale: 'evaluation.standard', source: 'good_practice' },
];

function dangerAtHome(r: Reading): boolean {
  return r.facts.dangerAtHome === 'yes' || r.facts.dangerAtHome === 'unsure';
}

/** The class talk's rationale says whose consent it needs and whether that consent is on record. */
function refineRationale(r: Reading, key: RationaleKey): RationaleKey[] {
  switch (key) {
    case 'class_talk.pupil_consent': {
      const f = r.facts;
      const staff = f.victimKind === 'staff';
      const recorded = f.victimConsentClassTalk === 'yes' && (staff || f.parentConsentClassTalk === 'yes');
      return [staff ? 'class_talk.staff_consent' : 'class_talk.pupil_consent', recorded ? 'class_talk.consent_recorded' : 'class_talk.consent_needed'];
    }
    default:
      return [key];
  }
}

function recommendActions(r: Reading, level: Level): ActionVerdict[] {
  const byKey = new Map<ActionKey, ActionVerdict>();
  for (const rule of ACTION_RULES) {
    if (!rule.when(r, level)) continue;
    const urgency = typeof rule.urgency === 'function' ? rule.urgency(r, level) : rule.urgency;
    const rationale = refineRationale(r, rule.rationale);
    const existing = byKey.get(rule.action);
    if (!existing) {
      // The step comes from the catalog, the one place that says which step an action belongs to.
      const step = catalogAction(rule.action).step;
      byKey.set(rule.action, { actionKey: rule.action, step, urgency, rationale, source: [rule.source] });
      continue;
    }
    if (URGENCIES.indexOf(urgency) < URGENCIES.indexOf(existing.urgency)) existing.urgency = urgency;
    for (const key of rationale) if (!existing.rationale.includes(key)) existing.rationale.push(key);
    if (!existing.source.includes(rule.source)) existing.source.push(rule.source);
  }
  return [...byKey.values()].filter((a) => allowed(r, a.actionKey)).sort(byUrgency);
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
  return { level, acute: isAcute(r), reasons, flags: flags(r), actions: recommendActions(r, level) };
}
