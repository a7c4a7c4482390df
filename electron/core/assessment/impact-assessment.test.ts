// The assessment's rules, table-tested on facts and rule keys: one named case per row, checked on
// level, flags, the rules that fire and the ones that must not. No test reads a Dutch sentence; the
// words are checked for completeness in advice-content.test.ts.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActionKey, loadActionCatalog } from './action-catalog';
import { assessmentSchema } from './assessment-schema';
import { type CaseFacts, caseFactsSchema, factsFromAnswers } from './case-facts';
import { assess, effectiveLevel, levelLabel } from './impact-assessment';
import { evaluateRules, FACTORS, FLAG_KEYS, type FlagKey, type Level, LEVELS, RULE_KEYS, type RuleKey, URGENCIES } from './impact-rules';
import { applyOverride, SeverityOverrideError } from './severity-override';

/** A case with nothing filled in beyond "no safety signals": each row says what is different. */
const NEUTRAL: CaseFacts = { ...factsFromAnswers({}), selfHarm: 'no', dangerAtHome: 'no' };
const facts = (patch: Partial<CaseFacts>): CaseFacts => ({ ...NEUTRAL, ...patch });

const pupil = (ageBand: CaseFacts['victimAgeBand']): Partial<CaseFacts> => ({ intervieweeRole: 'pupil', victimKind: 'pupil', victimAgeBand: ageBand });
const staffVictim: Partial<CaseFacts> = { intervieweeRole: 'staff', victimKind: 'staff', victimAgeBand: '18_plus' };
const peerSpreaders: Partial<CaseFacts> = { suspectsKnown: 'yes', suspectAgeBands: ['12_15'], suspectRelationships: ['classmate'], adultInvolved: 'no', ageGapOver5: 'no' };
const nudeMadeByVictim: Partial<CaseFacts> = { sexualImagery: 'yes', howMade: 'voluntarily', madeBy: 'victim', consentToShare: 'no' };

const SHAME_SEXTING_GROUP = facts({
  ...pupil('12_15'),
  ...nudeMadeByVictim,
  ...peerSpreaders,
  incidentTypes: ['shame_sexting'],
  reach: 'group',
  platforms: ['snapchat'],
  viewersBand: '6_30',
  stillOnline: 'unknown',
  parentsInformed: 'yes',
});
const STAFF_ASKS_IMAGES = facts({
  ...pupil('12_15'),
  incidentTypes: ['adult_request'],
  sexualImagery: 'possibly',
  reach: 'none',
  suspectsKnown: 'yes',
  suspectAgeBands: ['23_plus'],
  suspectRelationships: ['staff'],
  staffSuspect: true,
  contactOngoing: 'yes',
});

interface Row {
  facts: CaseFacts;
  level: Level;
  acute?: boolean;
  flags: FlagKey[];
  /** Rules that must fire. */
  rules: RuleKey[];
  /** Actions that must not be recommended. */
  absent?: ActionKey[];
  blocked?: { action: ActionKey; state: 'refused' | 'withdrawn' }[];
  /** The flag text used for a flag whose wording depends on the case. */
  flagText?: Partial<Record<FlagKey, string>>;
}

const TABLE: Record<string, Row> = {
  'een meme van een docent gaat rond in een klassenapp': {
    facts: facts({
      ...staffVictim,
      incidentTypes: ['meme'],
      editedOrAi: 'yes',
      sexualImagery: 'no',
      howMade: 'secretly',
      reach: 'group',
      platforms: ['whatsapp'],
      viewersBand: '6_30',
      stillOnline: 'yes',
      ...peerSpreaders,
      sleepProblems: 'yes',
      absence: 'none',
    }),
    level: 'moderate',
    flags: [],
    rules: [
      'platform_report.online',
      'takedown_helpwanted.after_platform',
      'class_talk.pupil_consent',
      'teacher_briefing.spread',
      'delete_instruction.general',
      'anti_bullying_sanctions.spread',
      'talk_spreader_parents.spread',
    ],
    absent: ['police_consult', 'take_it_down', 'talk_victim_parents', 'stappenplan_checklist', 'inform_school_board'],
  },
  'een niet-seksuele meme van een leerling op Instagram': {
    facts: facts({
      ...pupil('12_15'),
      incidentTypes: ['meme'],
      sexualImagery: 'no',
      howMade: 'voluntarily',
      reach: 'public',
      platforms: ['instagram'],
      viewersBand: '31_100',
      stillOnline: 'yes',
      ...peerSpreaders,
    }),
    level: 'high',
    flags: [],
    rules: ['platform_report.online', 'takedown_helpwanted.after_platform', 'all_pupils_talk.wide', 'delete_instruction.general'],
    absent: ['police_consult', 'take_it_down', 'stappenplan_checklist', 'halt_referral'],
  },
  'een docent wordt belachelijk gemaakt op TikTok': {
    facts: facts({
      ...staffVictim,
      incidentTypes: ['online_lesson_screenshot', 'meme'],
      sexualImagery: 'no',
      howMade: 'secretly',
      reach: 'public',
      platforms: ['tiktok'],
      viewersBand: 'over_100',
      stillOnline: 'yes',
      ...peerSpreaders,
    }),
    level: 'high',
    flags: [],
    rules: ['platform_report.online', 'takedown_helpwanted.after_platform', 'press_spokesperson.large', 'class_talk.pupil_consent', 'all_pupils_talk.wide'],
    absent: ['police_consult', 'take_it_down', 'talk_victim_parents', 'halt_referral', 'meldknop'],
  },
  'een naaktfoto van een leerling van 14 is in één Snapchat-groep gedeeld': {
    facts: SHAME_SEXTING_GROUP,
    level: 'high',
    flags: ['minor_sexual_imagery'],
    rules: [
      'police_consult.minor_sexual',
      'stappenplan_checklist.sexual',
      'platform_report.online',
      'takedown_helpwanted.sexual',
      'take_it_down.minor',
      'delete_instruction.sexual_after_police',
      'class_talk.pupil_consent',
      'halt_referral.light_case',
      'talk_victim_parents.standard',
    ],
    absent: ['guidance_talk', 'inform_school_board', 'restorative_meeting', 'press_spokesperson'],
  },
  'een naaktfoto gaat door meerdere groepen en meer dan 100 leerlingen zagen hem': {
    facts: { ...SHAME_SEXTING_GROUP, reach: 'public', platforms: ['snapchat', 'whatsapp', 'instagram'], viewersBand: 'over_100', stillOnline: 'yes' },
    level: 'critical',
    flags: ['minor_sexual_imagery'],
    rules: ['police_consult.minor_sexual', 'stappenplan_checklist.sexual', 'takedown_helpwanted.sexual', 'all_pupils_talk.wide', 'press_spokesperson.large', 'delete_instruction.sexual_after_police'],
    absent: ['halt_referral', 'guidance_talk'],
  },
  'twee leerlingen van 16 en 17 sexten met wederzijds goedvinden; niets is verspreid': {
    facts: facts({
      ...pupil('16_17'),
      incidentTypes: ['sexting'],
      sexualImagery: 'yes',
      howMade: 'voluntarily',
      madeBy: 'victim',
      mutualExchange: 'yes',
      reach: 'none',
      suspectsKnown: 'yes',
      suspectAgeBands: ['16_17'],
      suspectRelationships: ['partner_or_ex'],
      adultInvolved: 'no',
      ageGapOver5: 'no',
    }),
    level: 'low',
    flags: ['consensual_peer_sexting'],
    rules: ['guidance_talk.consensual', 'stappenplan_checklist.guidance'],
    absent: ['police_consult', 'takedown_helpwanted', 'platform_report', 'talk_victim_parents', 'halt_referral', 'class_talk', 'delete_instruction'],
  },
  'sextortion: een onbekend account eist geld van een leerling van 16': {
    facts: facts({
      ...pupil('16_17'),
      incidentTypes: ['sextortion'],
      ...nudeMadeByVictim,
      reach: 'none',
      suspectsKnown: 'no',
      threats: 'yes',
      threatKinds: ['money', 'spread_threat'],
      threatenerKnown: 'online_account_only',
      threatComplied: 'no',
      chatKept: 'yes',
    }),
    level: 'critical',
    acute: true,
    flags: ['extortion_or_threats', 'minor_sexual_imagery'],
    rules: ['police_consult.extortion', 'keep_chat_evidence.extortion', 'no_online_reaction_advice.threats', 'takedown_helpwanted.extortion', 'take_it_down.minor', 'stappenplan_checklist.sexual'],
    absent: ['halt_referral', 'restorative_meeting', 'class_talk', 'all_pupils_talk', 'guidance_talk'],
  },
  'een klasgenoot dreigt een foto te verspreiden als de leerling niet betaalt': {
    facts: facts({ ...pupil('12_15'), incidentTypes: ['peer_extortion'], threats: 'yes', threatKinds: ['money', 'spread_threat'], threatenerKnown: 'known', reach: 'none', ...peerSpreaders }),
    level: 'critical',
    acute: true,
    flags: ['extortion_or_threats'],
    rules: ['police_consult.extortion', 'keep_chat_evidence.extortion', 'no_online_reaction_advice.threats'],
    absent: ['halt_referral', 'restorative_meeting'],
  },
  'een naaktbeeld is met AI gemaakt van een gewone klassenfoto en rondgestuurd': {
    facts: facts({
      ...pupil('12_15'),
      incidentTypes: ['ai_nude'],
      sexualImagery: 'yes',
      editedOrAi: 'yes',
      madeBy: 'other_person',
      reach: 'group',
      platforms: ['whatsapp'],
      viewersBand: '6_30',
      stillOnline: 'yes',
      ...peerSpreaders,
    }),
    level: 'high',
    flags: ['minor_sexual_imagery'],
    rules: ['police_consult.minor_sexual', 'stappenplan_checklist.sexual', 'takedown_helpwanted.sexual', 'platform_report.online', 'delete_instruction.sexual_after_police'],
    absent: ['halt_referral', 'guidance_talk'],
  },
  'een leerling is stiekem gefilmd in de kleedkamer': {
    facts: facts({ ...pupil('12_15'), incidentTypes: ['secret_filming'], sexualImagery: 'yes', howMade: 'secretly', madeBy: 'other_person', reach: 'group', viewersBand: '6_30', ...peerSpreaders }),
    level: 'critical',
    flags: ['minor_sexual_imagery'],
    rules: ['police_consult.minor_sexual', 'stappenplan_checklist.sexual'],
    absent: ['halt_referral', 'guidance_talk'],
  },
  'een medewerker vraagt een leerling om beelden (interne vertrouwenspersoon)': {
    facts: STAFF_ASKS_IMAGES,
    level: 'critical',
    acute: true,
    flags: ['minor_sexual_imagery', 'age_escalation', 'staff_suspect'],
    rules: ['inform_school_board.meldplicht', 'board_stops_contact.staff', 'police_consult.staff_via_board'],
    absent: ['refer_to_reporting', 'halt_referral', 'restorative_meeting', 'class_talk', 'guidance_talk'],
    flagText: { staff_suspect: 'staff_suspect' },
  },
  'een medewerker vraagt een leerling om beelden (externe vertrouwenspersoon)': {
    facts: { ...STAFF_ASKS_IMAGES, advisorKind: 'external' },
    level: 'critical',
    acute: true,
    flags: ['minor_sexual_imagery', 'age_escalation', 'staff_suspect'],
    rules: ['refer_to_reporting.external', 'board_stops_contact.staff', 'police_consult.staff_via_board'],
    absent: ['halt_referral', 'restorative_meeting', 'class_talk'],
    flagText: { staff_suspect: 'staff_suspect_external' },
  },
  'de verspreider zit op een andere school': {
    facts: { ...SHAME_SEXTING_GROUP, spreaderOtherSchool: 'yes' },
    level: 'high',
    flags: ['minor_sexual_imagery'],
    rules: ['contact_other_school.spreader', 'police_consult.minor_sexual'],
  },
  'het slachtoffer en de ouders weigeren een klassengesprek': {
    facts: { ...SHAME_SEXTING_GROUP, reach: 'public', viewersBand: '31_100', consentClassTalk: 'refused', consentAllPupilsTalk: 'refused' },
    level: 'critical',
    flags: ['minor_sexual_imagery'],
    rules: ['police_consult.minor_sexual', 'teacher_briefing.spread'],
    absent: ['class_talk', 'all_pupils_talk'],
    blocked: [
      { action: 'class_talk', state: 'refused' },
      { action: 'all_pupils_talk', state: 'refused' },
    ],
  },
  'de ouders trekken hun toestemming voor het klassengesprek in': {
    facts: { ...SHAME_SEXTING_GROUP, consentClassTalk: 'withdrawn' },
    level: 'high',
    flags: ['minor_sexual_imagery'],
    rules: ['police_consult.minor_sexual'],
    absent: ['class_talk'],
    blocked: [{ action: 'class_talk', state: 'withdrawn' }],
  },
  'drie slachtoffers, toestemming van allen vastgelegd': {
    facts: { ...SHAME_SEXTING_GROUP, victimCount: 3, consentClassTalk: 'given' },
    level: 'high',
    flags: ['minor_sexual_imagery'],
    rules: ['class_talk.pupil_consent', 'police_consult.minor_sexual'],
  },
  'een seksueel getinte foto van een volwassen leerling zonder toestemming gedeeld': {
    facts: facts({
      ...pupil('18_plus'),
      incidentTypes: ['shame_sexting'],
      ...nudeMadeByVictim,
      reach: 'one_to_one',
      viewersBand: '1_5',
      stillOnline: 'no',
      suspectsKnown: 'yes',
      suspectAgeBands: ['18_22'],
      suspectRelationships: ['partner_or_ex'],
    }),
    level: 'high',
    flags: ['adult_sexual_imagery'],
    rules: ['police_consult.adult_sexual'],
    absent: ['take_it_down', 'meldknop', 'talk_victim_parents', 'platform_report'],
  },
  'een man van 25 heeft naaktbeelden van een leerling van 13 en nog contact': {
    facts: facts({
      ...pupil('12_15'),
      incidentTypes: ['sexting'],
      sexualImagery: 'yes',
      howMade: 'under_pressure',
      reach: 'one_to_one',
      suspectsKnown: 'yes',
      suspectAgeBands: ['23_plus'],
      suspectRelationships: ['online_contact'],
      adultInvolved: 'yes',
      contactOngoing: 'yes',
    }),
    level: 'critical',
    acute: true,
    flags: ['minor_sexual_imagery', 'age_escalation'],
    rules: ['police_consult.age_escalation', 'stappenplan_checklist.sexual'],
    absent: ['halt_referral', 'guidance_talk'],
  },
  'twijfel over zelfbeschadiging en onveiligheid thuis': {
    facts: facts({ ...pupil('12_15'), incidentTypes: ['beeldpesten'], sexualImagery: 'no', reach: 'group', viewersBand: '6_30', selfHarm: 'unsure', dangerAtHome: 'unsure' }),
    level: 'high',
    flags: ['self_harm_risk', 'danger_at_home'],
    rules: ['psychological_help.self_harm_unsure', 'meldcode_steps.danger_home', 'talk_victim_parents.danger_home'],
  },
  'een leerling die gepest wordt met een foto wil een herstelgesprek en aangifte': {
    facts: facts({
      ...pupil('12_15'),
      incidentTypes: ['beeldpesten'],
      sexualImagery: 'no',
      howMade: 'voluntarily',
      reach: 'one_to_one',
      viewersBand: '1_5',
      stillOnline: 'no',
      ...peerSpreaders,
      victimWantsRestorative: 'yes',
      victimWantsPolice: 'yes',
    }),
    level: 'low',
    flags: [],
    rules: ['restorative_meeting.wish', 'police_consult.wish', 'delete_instruction.general'],
    absent: ['platform_report', 'takedown_helpwanted', 'halt_referral'],
  },
  'een leerling spreekt over zelfdoding en blijft vaak weg; de pers belt': {
    facts: facts({ ...pupil('16_17'), incidentTypes: ['beeldpesten'], sexualImagery: 'no', reach: 'group', viewersBand: '6_30', selfHarm: 'yes', absence: 'frequent', mediaAttention: 'yes' }),
    level: 'critical',
    acute: true,
    flags: ['self_harm_risk'],
    rules: ['psychological_help.self_harm', 'meldcode_steps.self_harm', 'inform_school_board.media', 'press_spokesperson.large'],
  },
  'een leerling slaapt slecht en is bang sinds een foto rondging': {
    facts: facts({ ...pupil('12_15'), incidentTypes: ['beeldpesten'], sexualImagery: 'no', reach: 'group', viewersBand: '6_30', sleepProblems: 'yes', afraid: 'yes', parentsInformed: 'no' }),
    level: 'high',
    flags: [],
    rules: ['psychological_help.wellbeing', 'safety_arrangements.standard', 'talk_victim_parents.not_informed'],
  },
  'iemand op school bewaarde een kopie van het naaktbeeld': {
    facts: { ...SHAME_SEXTING_GROUP, schoolHoldsCopy: 'yes' },
    level: 'high',
    flags: ['minor_sexual_imagery', 'school_holds_copy'],
    rules: ['police_consult.school_copy'],
  },
};

const rows = Object.entries(TABLE);
const rulesOf = (f: CaseFacts) => evaluateRules(f).actions.flatMap((a) => a.rules);

describe('the rule table: one named case per row', () => {
  it('together the rows raise every flag and fire every rule', () => {
    const raised = new Set(rows.flatMap(([, row]) => row.flags));
    for (const key of FLAG_KEYS) expect(raised, `no row raises ${key}`).toContain(key);
    const fired = new Set(rows.flatMap(([, row]) => rulesOf(row.facts)));
    expect(
      RULE_KEYS.filter((k) => !fired.has(k)),
      'rules no row fires',
    ).toEqual([]);
  });

  describe.each(rows)('%s', (_name, row) => {
    const verdict = evaluateRules(row.facts);
    it(`is ${row.level}${row.acute ? ' and acute' : ''}`, () => {
      expect(verdict.level).toBe(row.level);
      expect(verdict.acute).toBe(row.acute ?? false);
    });
    it(`raises exactly ${row.flags.join(', ') || 'no flags'}`, () => {
      expect(verdict.flags.map((f) => f.key).sort()).toEqual([...row.flags].sort());
      for (const [key, text] of Object.entries(row.flagText ?? {})) expect(verdict.flags.find((f) => f.key === key)?.text).toBe(text);
    });
    it('fires its rules and leaves out the wrong actions', () => {
      const fired = verdict.actions.flatMap((a) => a.rules);
      for (const rule of row.rules) expect(fired, `rule ${rule}`).toContain(rule);
      const keys = verdict.actions.map((a) => a.actionKey);
      for (const key of row.absent ?? []) expect(keys, `unexpected ${key}`).not.toContain(key);
      expect(keys).toEqual(expect.arrayContaining(['aftercare_followup', 'evaluation']));
    });
    it(`blocks ${row.blocked?.map((b) => b.action).join(', ') || 'nothing'} for lack of consent`, () => {
      expect(verdict.blocked.map((b) => ({ action: b.actionKey, state: b.state }))).toEqual(row.blocked ?? []);
    });
  });
});

describe('rules that hold for every case', () => {
  it('is deterministic and leaves the facts alone', () => {
    for (const [, row] of rows) {
      const copy = structuredClone(row.facts);
      expect(JSON.stringify(assess(row.facts, 'nl'))).toBe(JSON.stringify(assess(copy, 'nl')));
      expect(row.facts).toEqual(copy);
    }
  });

  it("gives all eight factors in the guideline's order, each with its sources, and every action with its rules, conditions and sources", () => {
    for (const [name, row] of rows) {
      for (const locale of ['nl', 'en'] as const) {
        const a = assess(row.facts, locale);
        expect(a.reasons.map((r) => r.factor)).toEqual([...FACTORS]);
        for (const r of a.reasons) {
          expect(r.sources.length, `${name}: ${r.factor}`).toBeGreaterThan(0);
          expect(r.explanation).not.toMatch(/\{\w+\}/);
        }
        for (const x of a.actions) {
          expect(x.rules.length, `${name}: ${x.actionKey}`).toBeGreaterThan(0);
          expect(x.conditions).toHaveLength(x.rules.length);
          expect(x.sources.map((s) => s.key).length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("only recommends catalog actions in the catalog's step, sorted by urgency, never twice", () => {
    const catalog = loadActionCatalog('nl').actions;
    for (const [, row] of rows) {
      const actions = evaluateRules(row.facts).actions;
      for (const a of actions) expect(a.step).toBe(catalog.find((c) => c.key === a.actionKey)!.step);
      const order = actions.map((a) => URGENCIES.indexOf(a.urgency));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      expect(new Set(actions.map((a) => a.actionKey)).size).toBe(actions.length);
    }
  });

  it('shows a raising reason whenever the level is above low', () => {
    for (const [name, row] of rows) {
      const v = evaluateRules(row.facts);
      if (v.level !== 'low')
        expect(
          v.reasons.some((r) => r.effect === 'raises'),
          name,
        ).toBe(true);
    }
  });

  it('never offers a mediation-style step when a staff member is suspected', () => {
    const mediation = loadActionCatalog('nl')
      .actions.filter((a) => a.mediationStyle)
      .map((a) => a.key);
    const keys = evaluateRules({ ...SHAME_SEXTING_GROUP, staffSuspect: true, victimWantsRestorative: 'yes' }).actions.map((a) => a.actionKey);
    for (const key of mediation) expect(keys).not.toContain(key);
  });

  it('offers a restorative meeting only when the victim wants one', () => {
    const meme = TABLE['een niet-seksuele meme van een leerling op Instagram']!.facts;
    expect(rulesOf({ ...meme, victimWantsRestorative: 'yes' })).toContain('restorative_meeting.wish');
    expect(rulesOf({ ...meme, victimWantsRestorative: 'no' })).not.toContain('restorative_meeting.wish');
  });

  it('reads consent from the records, not from the wishes told in the interview', () => {
    const wishNo = { ...SHAME_SEXTING_GROUP, victimWishClassTalk: 'no' as const, parentWishClassTalk: 'no' as const };
    expect(evaluateRules(wishNo).blocked).toEqual([]);
    const given = evaluateRules({ ...SHAME_SEXTING_GROUP, consentClassTalk: 'given' }).actions.find((a) => a.actionKey === 'class_talk')!;
    expect(given.rationale).toContain('class_talk.consent_recorded');
    const undecided = evaluateRules(SHAME_SEXTING_GROUP).actions.find((a) => a.actionKey === 'class_talk')!;
    expect(undecided.rationale).toContain('class_talk.consent_needed');
  });

  it('raises the level one step for vulnerability', () => {
    const consensual = TABLE['twee leerlingen van 16 en 17 sexten met wederzijds goedvinden; niets is verspreid']!.facts;
    expect(evaluateRules({ ...consensual, vulnerabilities: ['psychological_problems'] }).level).toBe('moderate');
  });

  it('treats a pupil of unknown age as a minor', () => {
    const v = evaluateRules({ ...SHAME_SEXTING_GROUP, victimAgeBand: 'unknown' });
    expect(v.flags.map((f) => f.key)).toContain('minor_sexual_imagery');
    expect(v.reasons.find((r) => r.factor === 'age')!.explanation).toEqual(['age.presumed_minor']);
  });

  it('gives a careful result for an interview that has barely started', () => {
    const v = evaluateRules(factsFromAnswers({}));
    expect(v.level).toBe('moderate');
    expect(v.reasons.find((r) => r.factor === 'spread')!.explanation).toEqual(['spread.unknown']);
    expect(v.reasons.find((r) => r.factor === 'safety')!.explanation).toEqual(['safety.unknown']);
  });

  it('produces plain JSON that the schema accepts', () => {
    for (const [, row] of rows) {
      const a = assess(row.facts, 'en');
      expect(assessmentSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
    }
  });

  it('refuses facts that do not fit the schema', () => {
    expect(() => assess({ ...NEUTRAL, reach: 'everywhere' } as never)).toThrow();
  });

  it('tells how to report on each platform of the case', () => {
    const tiktok = assess(TABLE['een docent wordt belachelijk gemaakt op TikTok']!.facts, 'nl').actions.find((a) => a.actionKey === 'platform_report')!;
    const routes = loadActionCatalog('nl').platformReporting;
    expect(tiktok.details).toEqual([routes.tiktok]);
    const three = assess(TABLE['een naaktfoto gaat door meerdere groepen en meer dan 100 leerlingen zagen hem']!.facts, 'nl').actions.find((a) => a.actionKey === 'platform_report')!;
    expect(three.details).toEqual([routes.snapchat, routes.whatsapp, routes.instagram]);
  });
});

// ── The level only moves with the risk ─────────────────────────────────────────────────────────

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const tri = pick(['yes', 'no', 'unknown'] as const);
const shape = caseFactsSchema.shape;
const anyFacts: fc.Arbitrary<CaseFacts> = fc.record({
  intervieweeRole: pick(shape.intervieweeRole.options),
  victimKind: pick(shape.victimKind.options),
  victimAgeBand: pick(shape.victimAgeBand.options),
  incidentTypes: fc.uniqueArray(pick(shape.incidentTypes.element.options), { maxLength: 3 }),
  repeated: tri,
  sexualImagery: pick(shape.sexualImagery.options),
  editedOrAi: tri,
  howMade: pick(shape.howMade.options),
  madeBy: pick(shape.madeBy.options),
  mutualExchange: tri,
  consentToShare: tri,
  reach: pick(shape.reach.options),
  platforms: fc.uniqueArray(pick(['whatsapp', 'instagram', 'tiktok', 'snapchat']), { maxLength: 2 }),
  viewersBand: pick(shape.viewersBand.options),
  stillOnline: tri,
  suspectsKnown: pick(shape.suspectsKnown.options),
  suspectAgeBands: fc.uniqueArray(pick(shape.suspectAgeBands.element.options), { maxLength: 2 }),
  suspectRelationships: fc.uniqueArray(pick(['classmate', 'pupil', 'partner_or_ex', 'online_contact', 'staff']), { maxLength: 2 }),
  staffSuspect: fc.boolean(),
  adultInvolved: tri,
  ageGapOver5: tri,
  contactOngoing: tri,
  threats: tri,
  threatKinds: fc.uniqueArray(pick(shape.threatKinds.element.options), { maxLength: 2 }),
  threatenerKnown: pick(shape.threatenerKnown.options),
  threatComplied: tri,
  chatKept: tri,
  emotions: fc.constant([]),
  laconic: tri,
  sleepProblems: tri,
  absence: pick(shape.absence.options),
  afraid: tri,
  selfHarm: pick(shape.selfHarm.options),
  dangerAtHome: pick(shape.dangerAtHome.options),
  vulnerabilities: fc.uniqueArray(pick(shape.vulnerabilities.element.options), { maxLength: 2 }),
  parentsInformed: tri,
  othersAware: fc.constant([]),
  mediaAttention: tri,
  victimWishClassTalk: pick(shape.victimWishClassTalk.options),
  victimWantsPolice: pick(shape.victimWantsPolice.options),
  victimWantsRestorative: pick(shape.victimWantsRestorative.options),
  parentWishClassTalk: pick(shape.parentWishClassTalk.options),
  parentsWantPolice: pick(shape.parentsWantPolice.options),
  safetyMeasures: fc.constant([]),
  evidenceHolders: fc.constant([]),
  schoolHoldsCopy: tri,
  consentClassTalk: pick(shape.consentClassTalk.options),
  consentAllPupilsTalk: pick(shape.consentAllPupilsTalk.options),
  victimCount: fc.integer({ min: 1, max: 4 }),
  spreaderOtherSchool: tri,
  advisorKind: pick(shape.advisorKind.options),
});

/** Each risk fact as "with it" and "without it"; everything else about the case stays as it was. */
const RISK_FACTS: Record<string, { add: (f: CaseFacts) => CaseFacts; remove: (f: CaseFacts) => CaseFacts }> = {
  threats: { add: (f) => ({ ...f, threats: 'yes' }), remove: (f) => ({ ...f, threats: 'no' }) },
  'a demand for money': { add: (f) => ({ ...f, threatKinds: [...new Set([...f.threatKinds, 'money' as const])] }), remove: (f) => ({ ...f, threatKinds: f.threatKinds.filter((k) => k !== 'money') }) },
  'self-harm': { add: (f) => ({ ...f, selfHarm: 'yes' }), remove: (f) => ({ ...f, selfHarm: 'no' }) },
  'danger at home': { add: (f) => ({ ...f, dangerAtHome: 'yes' }), remove: (f) => ({ ...f, dangerAtHome: 'no' }) },
  'a staff suspect': { add: (f) => ({ ...f, staffSuspect: true }), remove: (f) => ({ ...f, staffSuspect: false }) },
  'a vulnerability': {
    add: (f) => ({ ...f, vulnerabilities: [...new Set([...f.vulnerabilities, 'social_isolation' as const])] }),
    remove: (f) => ({ ...f, vulnerabilities: f.vulnerabilities.filter((v) => v !== 'social_isolation') }),
  },
  'media attention': { add: (f) => ({ ...f, mediaAttention: 'yes' }), remove: (f) => ({ ...f, mediaAttention: 'no' }) },
  'a repeat': { add: (f) => ({ ...f, repeated: 'yes' }), remove: (f) => ({ ...f, repeated: 'no' }) },
  'sleeping badly': { add: (f) => ({ ...f, sleepProblems: 'yes' }), remove: (f) => ({ ...f, sleepProblems: 'no' }) },
  fear: { add: (f) => ({ ...f, afraid: 'yes' }), remove: (f) => ({ ...f, afraid: 'no' }) },
  'an age gap over five years': { add: (f) => ({ ...f, ageGapOver5: 'yes' }), remove: (f) => ({ ...f, ageGapOver5: 'no' }) },
  'ongoing contact': { add: (f) => ({ ...f, contactOngoing: 'yes' }), remove: (f) => ({ ...f, contactOngoing: 'no' }) },
  'made under pressure': { add: (f) => ({ ...f, howMade: 'under_pressure' }), remove: (f) => ({ ...f, howMade: 'voluntarily' }) },
  'a copy at school': { add: (f) => ({ ...f, schoolHoldsCopy: 'yes' }), remove: (f) => ({ ...f, schoolHoldsCopy: 'no' }) },
  'more viewers': { add: (f) => ({ ...f, viewersBand: 'over_100' }), remove: (f) => ({ ...f, viewersBand: '1_5' }) },
};
const rank = (f: CaseFacts) => LEVELS.indexOf(evaluateRules(f).level);

describe('the level moves with the risk', () => {
  it.each(Object.keys(RISK_FACTS))('adding %s never lowers the level, and removing it never raises it', (name) => {
    const { add, remove } = RISK_FACTS[name]!;
    fc.assert(
      fc.property(anyFacts, (f) => {
        expect(rank(add(f))).toBeGreaterThanOrEqual(rank(f));
        expect(rank(remove(f))).toBeLessThanOrEqual(rank(f));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the advisor overrules the severity', () => {
  const original = assess(TABLE['een meme van een docent gaat rond in een klassenapp']!.facts, 'nl');

  it("keeps the rules' level beside the override", () => {
    const overridden = applyOverride(original, { level: 'high', reason: 'De docent is al weken ziek thuis door eerdere incidenten.', at: '2026-11-23T14:05:00+01:00' });
    expect(overridden.level).toBe('moderate');
    expect(overridden.override).toEqual({ level: 'high', reason: 'De docent is al weken ziek thuis door eerdere incidenten.', at: '2026-11-23T14:05:00+01:00' });
    expect(effectiveLevel(overridden)).toBe('high');
    expect(effectiveLevel(original)).toBe('moderate');
    expect(overridden.actions).toEqual(original.actions);
    expect(assessmentSchema.parse(overridden)).toEqual(overridden);
  });

  it('requires a reason', () => {
    for (const reasonText of ['', '   ']) {
      expect(() => applyOverride(original, { level: 'low', reason: reasonText, at: '2026-11-23T14:05:00Z' })).toThrow(SeverityOverrideError);
      try {
        applyOverride(original, { level: 'low', reason: reasonText, at: '2026-11-23T14:05:00Z' });
      } catch (error) {
        expect((error as SeverityOverrideError).code).toBe('reason_required');
      }
    }
  });

  it('refuses an unknown level or a missing time', () => {
    expect(() => applyOverride(original, { level: 'extreme' as Level, reason: 'x', at: '2026-11-23T14:05:00Z' })).toThrow(SeverityOverrideError);
    expect(() => applyOverride(original, { level: 'low', reason: 'x', at: 'gisteren' })).toThrow(SeverityOverrideError);
  });
});

describe('level names', () => {
  it('names every level differently in Dutch and in English', () => {
    for (const locale of ['nl', 'en'] as const) expect(new Set(LEVELS.map((l) => levelLabel(l, locale))).size).toBe(LEVELS.length);
  });
});
