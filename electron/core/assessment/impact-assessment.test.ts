import { describe, expect, it } from 'vitest';
import type { Answers } from '../interview/interview-schema';
import { type ActionKey, loadActionCatalog } from './action-catalog';
import { type Assessment, assessmentSchema } from './assessment-schema';
import { factsFromAnswers } from './case-facts';
import { assess, effectiveLevel, levelLabel } from './impact-assessment';
import { FACTORS, FLAG_KEYS, type FlagKey, type Level, URGENCIES } from './impact-rules';
import { applyOverride, SeverityOverrideError } from './severity-override';

interface Scenario {
  /** The case as an advisor would describe it. */
  name: string;
  answers: Answers;
  level: Level;
  acute: boolean;
  flags: FlagKey[];
  present?: ActionKey[];
  absent?: ActionKey[];
  check?: (nl: Assessment, en: Assessment) => void;
}

const action = (a: Assessment, key: ActionKey) => {
  const found = a.actions.find((x) => x.actionKey === key);
  if (!found) throw new Error(`expected action ${key}, got ${a.actions.map((x) => x.actionKey).join(', ')}`);
  return found;
};
const reason = (a: Assessment, factor: string) => a.reasons.find((r) => r.factor === factor)!;

const noSafetySignals: Answers = { selfharm_signals: 'no', danger_at_home: 'no' };

const scenarios: Scenario[] = [
  {
    name: 'Een meme van een docent gaat rond in een klassenapp',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'staff',
      victim_age_band: '18_plus',
      incident_types: ['meme'],
      material_edited: 'yes',
      material_how_made: 'secretly',
      material_intimate: 'no',
      spread_reach: 'group',
      spread_platforms: ['whatsapp'],
      spread_viewers: '6_30',
      spread_still_online: 'yes',
      suspects_known: 'yes',
      suspects_age_bands: ['12_15'],
      suspects_relationship: ['pupil'],
      suspect_is_staff: false,
      adult_involved: 'no',
      threats_present: 'no',
      wellbeing_sleep: true,
      wellbeing_absence: 'none',
      victim_consent_class_talk: 'yes',
    },
    level: 'moderate',
    acute: false,
    flags: [],
    present: ['takedown_helpwanted', 'class_talk', 'teacher_briefing', 'delete_instruction', 'anti_bullying_sanctions', 'talk_spreader_parents', 'no_online_reaction_advice'],
    absent: ['police_consult', 'take_it_down', 'talk_victim_parents', 'meldcode_steps', 'stappenplan_checklist', 'inform_school_board'],
    check: (nl, en) => {
      expect(action(nl, 'class_talk').rationale).toMatch(/alleen met toestemming van de medewerker/);
      expect(action(nl, 'class_talk').rationale).toMatch(/vastgelegd/);
      expect(action(en, 'class_talk').rationale).toMatch(/only with the consent of the staff member/);
      expect(reason(nl, 'nature').explanation).toMatch(/smaad/);
    },
  },
  {
    name: 'Een naaktfoto van een leerling van 14 is in een Snapchat-groep gedeeld',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['shame_sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'voluntarily',
      material_consent_to_share: 'no',
      spread_reach: 'group',
      spread_platforms: ['snapchat'],
      spread_viewers: '6_30',
      spread_still_online: 'unknown',
      suspects_known: 'yes',
      suspects_age_bands: ['12_15'],
      suspects_relationship: ['classmate'],
      adult_involved: 'no',
      age_gap_over_5: 'no',
      parents_informed: 'yes',
    },
    level: 'high',
    acute: false,
    flags: ['minor_sexual_imagery'],
    present: ['police_consult', 'stappenplan_checklist', 'takedown_helpwanted', 'take_it_down', 'delete_instruction', 'class_talk', 'halt_referral', 'talk_victim_parents'],
    absent: ['guidance_talk', 'inform_school_board', 'restorative_meeting'],
    check: (nl, en) => {
      expect(action(nl, 'police_consult').urgency).toBe('today');
      expect(action(nl, 'class_talk').rationale).toMatch(/alleen met toestemming van het slachtoffer én de ouders/);
      expect(action(nl, 'class_talk').rationale).toMatch(/vraag haar eerst/);
      expect(action(en, 'class_talk').rationale).toMatch(/consent of the victim and the parents/);
      expect(action(nl, 'halt_referral').rationale).toMatch(/alleen bij als het slachtoffer dat wil/);
      expect(nl.flags[0]!.consequence).toMatch(/usb-stick/);
      expect(reason(nl, 'voluntariness').explanation).toMatch(/doorsturen is hier de grensoverschrijding/);
    },
  },
  {
    name: 'Sextortion: een onbekende eist geld van een leerling van 16',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '16_17',
      incident_types: ['sextortion'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'voluntarily',
      spread_reach: 'none',
      suspects_known: 'no',
      threat_kinds: ['money', 'spread_threat'],
      threatener_known: 'online_account_only',
      threat_complied: 'no',
      threat_chat_kept: 'yes',
    },
    level: 'critical',
    acute: true,
    flags: ['extortion_or_threats', 'minor_sexual_imagery'],
    present: ['police_consult', 'keep_chat_evidence', 'no_online_reaction_advice', 'takedown_helpwanted', 'take_it_down', 'meldknop'],
    absent: ['halt_referral', 'restorative_meeting', 'class_talk', 'all_pupils_talk', 'guidance_talk'],
    check: (nl, en) => {
      expect(action(nl, 'police_consult').urgency).toBe('now');
      expect(action(nl, 'keep_chat_evidence').urgency).toBe('now');
      expect(nl.actions[0]!.urgency).toBe('now');
      const flag = nl.flags.find((f) => f.key === 'extortion_or_threats')!;
      expect(flag.consequence).toMatch(/Niet betalen/);
      expect(flag.consequence).toMatch(/de chat, niet de beelden/);
      expect(flag.consequence).toMatch(/Helpwanted/);
      expect(en.flags.find((f) => f.key === 'extortion_or_threats')!.consequence).toMatch(/Do not pay/);
      expect(reason(nl, 'relationship').explanation).toMatch(/online account/);
    },
  },
  {
    name: 'Twee leerlingen van 15 sexten met elkaar, niets is verspreid',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'voluntarily',
      material_mutual: 'yes',
      spread_reach: 'none',
      spread_platforms: ['snapchat'],
      suspects_known: 'yes',
      suspects_age_bands: ['12_15'],
      suspects_relationship: ['partner_or_ex'],
      suspect_is_staff: false,
      adult_involved: 'no',
      age_gap_over_5: 'no',
      threats_present: 'no',
      wellbeing_absence: 'none',
      wellbeing_afraid: 'no',
      wellbeing_sleep: false,
    },
    level: 'low',
    acute: false,
    flags: ['consensual_peer_sexting'],
    present: ['guidance_talk', 'stappenplan_checklist'],
    absent: ['police_consult', 'take_it_down', 'takedown_helpwanted', 'delete_instruction', 'halt_referral', 'class_talk', 'talk_victim_parents', 'meldknop'],
    check: (nl) => {
      expect(reason(nl, 'nature').effect).toBe('neutral');
      expect(reason(nl, 'spread').effect).toBe('lowers');
      expect(reason(nl, 'voluntariness').effect).toBe('lowers');
      expect(nl.flags[0]!.consequence).toMatch(/politie hoeft er niet bij/);
    },
  },
  {
    name: 'Een conciërge wordt verdacht van filmen in de kleedkamer',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'parent',
      victim_age_band: '12_15',
      incident_types: ['other'],
      incident_other: 'Heimelijk gefilmd in de kleedkamer',
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'other_person',
      material_how_made: 'secretly',
      spread_reach: 'unknown',
      suspects_known: 'yes',
      suspects_age_bands: ['23_plus'],
      suspects_relationship: ['staff'],
      suspect_is_staff: true,
      adult_involved: 'yes',
      contact_ongoing: 'unknown',
      victim_wants_restorative: 'yes', // hidden when a staff member is suspected, so ignored
    },
    level: 'critical',
    acute: false,
    flags: ['minor_sexual_imagery', 'age_escalation', 'staff_suspect'],
    present: ['inform_school_board', 'police_consult', 'stappenplan_checklist', 'take_it_down'],
    absent: ['restorative_meeting', 'halt_referral', 'class_talk', 'all_pupils_talk', 'talk_spreader_parents', 'teacher_briefing', 'delete_instruction', 'anti_bullying_sanctions'],
    check: (nl) => {
      expect(action(nl, 'inform_school_board').urgency).toBe('now');
      expect(nl.actions[0]!.actionKey).toBe('inform_school_board');
      expect(action(nl, 'inform_school_board').rationale).toMatch(/Geheimhouding geldt dan niet/);
      expect(action(nl, 'police_consult').rationale).toMatch(/bestuur/);
      expect(nl.flags.find((f) => f.key === 'staff_suspect')!.consequence).toMatch(/Geen bemiddeling/);
    },
  },
  {
    name: "Een leerling van 11 stuurde naaktfoto's naar een volwassene die erom vroeg en nog steeds contact zoekt",
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: 'under_12',
      incident_types: ['sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'under_pressure',
      material_mutual: 'no',
      spread_reach: 'none',
      suspects_known: 'partly',
      suspects_age_bands: ['23_plus'],
      suspects_relationship: ['online_contact'],
      adult_involved: 'yes',
      age_gap_over_5: 'yes',
      contact_ongoing: 'yes',
      threats_present: 'no',
    },
    level: 'critical',
    acute: true,
    flags: ['minor_sexual_imagery', 'age_escalation'],
    present: ['police_consult', 'stappenplan_checklist', 'talk_victim_parents'],
    absent: ['halt_referral', 'guidance_talk', 'restorative_meeting', 'take_it_down'],
    check: (nl) => {
      expect(action(nl, 'police_consult').urgency).toBe('now');
      expect(reason(nl, 'age').explanation).toMatch(/jonger dan 12/);
      expect(reason(nl, 'relationship').explanation).toMatch(/contact moet eerst stoppen/);
    },
  },
  {
    name: "Een leerling van 13 en een jongen van 19 wisselden naaktfoto's uit; niets is verspreid",
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'voluntarily',
      material_mutual: 'yes',
      spread_reach: 'none',
      suspects_known: 'yes',
      suspects_age_bands: ['18_22'],
      suspects_relationship: ['partner_or_ex'],
      adult_involved: 'yes',
      age_gap_over_5: 'yes',
      contact_ongoing: 'no',
    },
    level: 'critical',
    acute: false,
    flags: ['minor_sexual_imagery', 'age_escalation'],
    present: ['police_consult', 'stappenplan_checklist'],
    absent: ['guidance_talk', 'halt_referral'],
    check: (nl) => {
      expect(action(nl, 'police_consult').rationale).toMatch(/leeftijdsverschil/);
      expect(nl.flags.map((f) => f.key)).not.toContain('consensual_peer_sexting');
    },
  },
  {
    name: 'Een bewerkte foto van een leerling van 12 staat openbaar op TikTok en honderden leerlingen hebben hem gezien',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['beeldpesten', 'deepfake'],
      material_how_made: 'voluntarily',
      material_intimate: 'no',
      spread_reach: 'public',
      spread_platforms: ['tiktok'],
      spread_viewers: 'over_100',
      spread_still_online: 'yes',
      suspects_known: 'no',
      wellbeing_absence: 'frequent',
      wellbeing_afraid: 'yes',
      parents_informed: 'yes',
      media_attention: 'yes',
      victim_consent_class_talk: 'yes',
      parent_consent_class_talk: 'yes',
    },
    level: 'high',
    acute: false,
    flags: [],
    present: ['all_pupils_talk', 'takedown_helpwanted', 'meldknop', 'class_talk', 'psychological_help', 'inform_school_board', 'teacher_briefing'],
    absent: ['police_consult', 'take_it_down', 'stappenplan_checklist', 'anti_bullying_sanctions'],
    check: (nl) => {
      expect(action(nl, 'all_pupils_talk').rationale).toMatch(/Halt en Bureau Jeugd & Media/);
      expect(action(nl, 'class_talk').rationale).toMatch(/Die toestemming is vastgelegd/);
      expect(action(nl, 'psychological_help').urgency).toBe('today');
      expect(action(nl, 'inform_school_board').urgency).toBe('today');
      expect(action(nl, 'takedown_helpwanted').urgency).toBe('today');
    },
  },
  {
    name: 'Screenshots uit een online les van een docent worden bewerkt en in Discord gedeeld',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'staff',
      victim_age_band: '18_plus',
      incident_types: ['online_lesson_screenshot', 'meme'],
      material_edited: 'yes',
      material_how_made: 'secretly',
      material_intimate: 'no',
      spread_reach: 'group',
      spread_platforms: ['discord'],
      spread_viewers: '6_30',
      spread_still_online: 'unknown',
      suspects_known: 'partly',
      suspects_age_bands: ['16_17'],
      suspects_relationship: ['pupil'],
      victim_consent_class_talk: 'no',
    },
    level: 'moderate',
    acute: false,
    flags: [],
    present: ['teacher_briefing', 'anti_bullying_sanctions', 'takedown_helpwanted', 'delete_instruction'],
    absent: ['class_talk', 'talk_victim_parents', 'take_it_down', 'police_consult'],
  },
  {
    name: 'Een deepfake-naaktbeeld van een leerling van 17 is met een AI-app gemaakt en op school rondgestuurd',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '16_17',
      incident_types: ['deepfake'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'other_person',
      material_how_made: 'secretly',
      spread_reach: 'group',
      spread_viewers: 'over_100',
      spread_still_online: 'yes',
      suspects_known: 'no',
    },
    level: 'critical',
    acute: false,
    flags: ['minor_sexual_imagery'],
    present: ['police_consult', 'takedown_helpwanted', 'all_pupils_talk', 'take_it_down'],
    absent: ['halt_referral', 'talk_spreader_parents'],
    check: (nl, en) => {
      expect(action(nl, 'takedown_helpwanted').urgency).toBe('now');
      expect(reason(nl, 'nature').explanation).toMatch(/met AI gemaakt/);
      expect(reason(en, 'nature').explanation).toMatch(/made with AI/);
      expect(reason(nl, 'spread').explanation).toMatch(/zeer ernstig/);
    },
  },
  {
    name: 'Na een gedeelde meme praat een leerling van 15 over zichzelf iets aandoen',
    answers: {
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['meme'],
      material_intimate: 'no',
      spread_reach: 'group',
      spread_viewers: '6_30',
      wellbeing_emotions: ['sadness', 'shame'],
      wellbeing_laconic: true,
      selfharm_signals: 'yes',
      danger_at_home: 'no',
    },
    level: 'critical',
    acute: true,
    flags: ['self_harm_risk'],
    present: ['psychological_help', 'meldcode_steps', 'talk_victim_parents'],
    absent: ['police_consult', 'take_it_down'],
    check: (nl) => {
      expect(nl.actions[0]!.actionKey).toBe('psychological_help');
      expect(action(nl, 'psychological_help').urgency).toBe('now');
      expect(action(nl, 'psychological_help').rationale).toMatch(/113/);
      expect(reason(nl, 'wellbeing').explanation).toMatch(/masker/);
      expect(nl.flags[0]!.consequence).toMatch(/meldcode/);
    },
  },
  {
    name: 'Een leerling van 14 is bang dat haar vader haar straft als hij van de doorgestuurde foto hoort',
    answers: {
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['shame_sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_how_made: 'voluntarily',
      spread_reach: 'one_to_one',
      spread_viewers: '1_5',
      suspects_known: 'yes',
      suspects_age_bands: ['12_15'],
      suspects_relationship: ['classmate'],
      selfharm_signals: 'no',
      danger_at_home: 'yes',
      parents_informed: 'no',
    },
    level: 'high',
    acute: false,
    flags: ['minor_sexual_imagery', 'danger_at_home'],
    present: ['meldcode_steps', 'talk_victim_parents', 'police_consult'],
    absent: ['class_talk', 'all_pupils_talk'],
    check: (nl) => {
      expect(action(nl, 'meldcode_steps').urgency).toBe('today');
      expect(action(nl, 'talk_victim_parents').urgency).toBe('this_week');
      expect(action(nl, 'talk_victim_parents').rationale).toMatch(/meldcode/);
      expect(action(nl, 'talk_victim_parents').rationale).not.toMatch(/zonder toestemming/);
      expect(nl.flags.find((f) => f.key === 'danger_at_home')!.consequence).toMatch(/afwegingskader/);
    },
  },
  {
    name: 'Een meme van een leerling van 13 is één keer naar een vriend doorgestuurd en al verwijderd',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['meme'],
      material_edited: 'yes',
      material_how_made: 'voluntarily',
      material_intimate: 'no',
      spread_reach: 'one_to_one',
      spread_viewers: '1_5',
      spread_still_online: 'no',
      suspects_known: 'yes',
      suspects_age_bands: ['12_15'],
      suspects_relationship: ['classmate'],
      wellbeing_sleep: false,
      wellbeing_absence: 'none',
      wellbeing_afraid: 'no',
      parents_informed: 'yes',
    },
    level: 'low',
    acute: false,
    flags: [],
    present: ['delete_instruction', 'no_online_reaction_advice', 'talk_victim_parents', 'aftercare_followup', 'evaluation'],
    absent: ['police_consult', 'takedown_helpwanted', 'class_talk', 'teacher_briefing', 'all_pupils_talk', 'psychological_help'],
    check: (nl) => {
      expect(reason(nl, 'spread').explanation).toMatch(/niet meer online/);
      expect(nl.reasons.every((r) => r.effect !== 'raises')).toBe(true);
    },
  },
  {
    name: 'Een naaktfoto van een docent is zonder toestemming door een ex in een groep gedeeld',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'staff',
      victim_age_band: '18_plus',
      incident_types: ['shame_sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_made_by: 'victim',
      material_how_made: 'voluntarily',
      material_consent_to_share: 'no',
      spread_reach: 'group',
      spread_viewers: '6_30',
      spread_still_online: 'yes',
      suspects_known: 'yes',
      suspects_age_bands: ['23_plus'],
      suspects_relationship: ['partner_or_ex'],
      adult_involved: 'yes',
    },
    level: 'high',
    acute: false,
    flags: ['adult_sexual_imagery'],
    present: ['police_consult', 'takedown_helpwanted'],
    absent: ['take_it_down', 'talk_victim_parents', 'stappenplan_checklist', 'meldknop', 'halt_referral'],
    check: (nl) => {
      expect(action(nl, 'police_consult').rationale).toMatch(/beslist over aangifte/);
      expect(action(nl, 'takedown_helpwanted').urgency).toBe('now');
      expect(reason(nl, 'age').explanation).toMatch(/volwassen/);
    },
  },
  {
    name: 'Een ouder meldt dat haar zoon van 12 met een licht verstandelijke beperking wordt gedreigd met het verspreiden van een foto',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'parent',
      victim_age_band: '12_15',
      incident_types: ['sextortion'],
      material_intimate: 'yes',
      material_sexual_nature: 'suggestive',
      spread_reach: 'none',
      threat_kinds: ['spread_threat', 'more_images'],
      threatener_known: 'online_account_only',
      vulnerabilities: ['mild_intellectual_disability', 'social_isolation'],
      parent_wishes_text: 'Dat het stopt en dat niemand op school het ziet.',
    },
    level: 'critical',
    acute: true,
    flags: ['extortion_or_threats', 'minor_sexual_imagery'],
    present: ['police_consult', 'keep_chat_evidence', 'psychological_help', 'take_it_down'],
    absent: ['halt_referral', 'class_talk'],
    check: (nl, en) => {
      const v = reason(nl, 'vulnerability');
      expect(v.effect).toBe('raises');
      expect(v.explanation).toContain('een licht verstandelijke beperking en weinig steun of sociaal isolement');
      expect(reason(en, 'vulnerability').explanation).toContain('a mild intellectual disability and little support or social isolation');
      expect(reason(nl, 'nature').explanation).toMatch(/totdat de politie anders zegt/);
    },
  },
  {
    name: 'Een docent wordt verdacht van het rondsturen van een meme over een leerling van 15',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['meme'],
      material_intimate: 'no',
      spread_reach: 'group',
      spread_viewers: '6_30',
      spread_still_online: 'yes',
      suspects_known: 'yes',
      suspects_age_bands: ['23_plus'],
      suspects_relationship: ['staff'],
      suspect_is_staff: true,
      victim_wants_restorative: 'yes', // hidden for a staff suspect
    },
    level: 'high',
    acute: false,
    flags: ['staff_suspect'],
    present: ['inform_school_board', 'takedown_helpwanted', 'talk_victim_parents'],
    absent: ['restorative_meeting', 'halt_referral', 'police_consult', 'class_talk', 'teacher_briefing', 'anti_bullying_sanctions', 'talk_spreader_parents'],
    check: (nl) => {
      expect(action(nl, 'inform_school_board').urgency).toBe('now');
    },
  },
  {
    name: 'Een seksueel getinte foto van een leerling van 16 gaat rond in de groepsapp; er is twijfel over zelfbeschadiging en de ouders weten het niet',
    answers: {
      interviewee_role: 'pupil',
      victim_age_band: '16_17',
      incident_types: ['shame_sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'suggestive',
      material_how_made: 'voluntarily',
      spread_reach: 'group',
      spread_viewers: '6_30',
      selfharm_signals: 'unsure',
      danger_at_home: 'no',
      wellbeing_sleep: true,
      wellbeing_absence: 'some',
      parents_informed: 'no',
    },
    level: 'high',
    acute: false,
    flags: ['self_harm_risk', 'minor_sexual_imagery'],
    present: ['psychological_help', 'talk_victim_parents', 'police_consult'],
    absent: ['meldcode_steps'],
    check: (nl) => {
      expect(action(nl, 'psychological_help').urgency).toBe('today');
      expect(action(nl, 'talk_victim_parents').rationale).toMatch(/16 of jonger/);
      expect(action(nl, 'talk_victim_parents').rationale).toMatch(/zonder toestemming/);
    },
  },
  {
    name: 'Een mentor heeft een naaktfoto van een leerling van 15 "als bewijs" op een usb-stick gezet',
    answers: {
      ...noSafetySignals,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['shame_sexting'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
      material_how_made: 'voluntarily',
      spread_reach: 'group',
      spread_viewers: '6_30',
      spread_still_online: 'no',
      evidence_holders: ['victim'],
      evidence_school_copy: 'yes',
    },
    level: 'high',
    acute: false,
    flags: ['minor_sexual_imagery', 'school_holds_copy'],
    present: ['police_consult'],
    absent: ['takedown_helpwanted'],
    check: (nl) => {
      expect(action(nl, 'police_consult').rationale).toMatch(/kopie van het beeld op school/);
      expect(nl.flags.find((f) => f.key === 'school_holds_copy')!.consequence).toMatch(/strafbaar bezit/);
    },
  },
];

describe('assessment of scope and impact, case by case', () => {
  it('has at least 15 scenarios that together raise every flag', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    const raised = new Set(scenarios.flatMap((s) => s.flags));
    for (const key of FLAG_KEYS) expect(raised, `no scenario raises ${key}`).toContain(key);
  });

  describe.each(scenarios)('$name', (scenario) => {
    const facts = factsFromAnswers(scenario.answers);
    const nl = assess(facts, 'nl');
    const en = assess(facts, 'en');

    it(`is ${scenario.level}${scenario.acute ? ' and acute' : ''}`, () => {
      expect(nl.level).toBe(scenario.level);
      expect(nl.acute).toBe(scenario.acute);
      expect(en.level).toBe(scenario.level);
    });

    it(`raises the flags ${scenario.flags.join(', ') || '(none)'}`, () => {
      expect(nl.flags.map((f) => f.key).sort()).toEqual([...scenario.flags].sort());
    });

    it('recommends the key actions and leaves out the wrong ones', () => {
      const keys = nl.actions.map((a) => a.actionKey);
      for (const key of scenario.present ?? []) expect(keys, `missing ${key}`).toContain(key);
      for (const key of scenario.absent ?? []) expect(keys, `unexpected ${key}`).not.toContain(key);
      expect(keys).toContain('aftercare_followup');
      expect(keys).toContain('evaluation');
    });

    if (scenario.check) it('explains itself in the expected words', () => scenario.check!(nl, en));
  });
});

describe('rules that hold for every case', () => {
  const all = scenarios.map((s) => ({ name: s.name, facts: factsFromAnswers(s.answers) }));

  it('is deterministic: the same facts give the same assessment', () => {
    for (const { facts } of all) {
      const first = assess(facts, 'nl');
      const again = assess(structuredClone(facts), 'nl');
      expect(again).toEqual(first);
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    }
  });

  it('does not change the facts it is given', () => {
    const facts = all[2]!.facts;
    const copy = structuredClone(facts);
    assess(facts, 'en');
    expect(facts).toEqual(copy);
  });

  it("gives all eight factors, in the guideline's order, with a non-empty explanation in Dutch and English", () => {
    for (const { facts } of all) {
      for (const locale of ['nl', 'en'] as const) {
        const a = assess(facts, locale);
        expect(a.reasons.map((r) => r.factor)).toEqual([...FACTORS]);
        for (const r of a.reasons) {
          expect(r.label.trim()).not.toBe('');
          expect(r.explanation.trim()).not.toBe('');
          expect(r.explanation).not.toMatch(/\{\w+\}/);
        }
        for (const f of a.flags) {
          expect(f.title.trim()).not.toBe('');
          expect(f.consequence.trim()).not.toBe('');
          expect(f.source.trim()).not.toBe('');
        }
        for (const x of a.actions) {
          expect(x.rationale.trim()).not.toBe('');
          expect(x.source.trim()).not.toBe('');
          expect(x.title.trim()).not.toBe('');
        }
      }
    }
  });

  it('writes Dutch for nl and English for en', () => {
    const facts = all[1]!.facts;
    expect(assess(facts, 'nl').flags[0]!.title).toBe('Seksueel beeld van een minderjarige');
    expect(assess(facts, 'en').flags[0]!.title).toBe('Sexual image of a minor');
  });

  it('only recommends actions that exist in the catalog, in both languages', () => {
    const nlKeys = loadActionCatalog('nl').actions.map((a) => a.key);
    const enKeys = loadActionCatalog('en').actions.map((a) => a.key);
    for (const { facts } of all) {
      for (const a of assess(facts, 'nl').actions) {
        expect(nlKeys).toContain(a.actionKey);
        expect(enKeys).toContain(a.actionKey);
        expect(a.step).toBe(loadActionCatalog('nl').actions.find((c) => c.key === a.actionKey)!.step);
      }
    }
  });

  it('sorts actions by urgency and never lists one twice', () => {
    for (const { facts } of all) {
      const actions = assess(facts, 'nl').actions;
      const order = actions.map((a) => URGENCIES.indexOf(a.urgency));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      const keys = actions.map((a) => a.actionKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('shows at least one reason that raises the severity whenever the level is above low', () => {
    for (const { name, facts } of all) {
      const a = assess(facts, 'nl');
      if (a.level !== 'low')
        expect(
          a.reasons.some((r) => r.effect === 'raises'),
          name,
        ).toBe(true);
    }
  });

  it('is acute exactly when extortion, threats, self-harm or ongoing adult contact is in play', () => {
    for (const { name, facts } of all) {
      const a = assess(facts, 'nl');
      const keys = a.flags.map((f) => f.key);
      const expected = keys.includes('extortion_or_threats') || facts.selfHarm === 'yes' || (keys.includes('age_escalation') && facts.contactOngoing === 'yes');
      expect(a.acute, name).toBe(expected);
    }
  });

  it('never recommends a mediation-style step when a staff member is suspected', () => {
    const mediation = loadActionCatalog('nl')
      .actions.filter((a) => a.mediationStyle)
      .map((a) => a.key);
    expect(mediation).toEqual(expect.arrayContaining(['halt_referral', 'restorative_meeting']));
    // The case most likely to call for both, but with a staff member as suspect.
    const facts = factsFromAnswers({
      ...scenarios[1]!.answers,
      suspect_is_staff: true,
      victim_wants_restorative: 'yes',
    });
    const keys = assess(facts, 'nl').actions.map((a) => a.actionKey);
    for (const key of mediation) expect(keys).not.toContain(key);
    expect(keys).toContain('inform_school_board');
  });

  it('recommends a restorative meeting only when the victim wants one', () => {
    const base: Answers = {
      ...scenarios[12]!.answers,
      spread_reach: 'group',
      spread_viewers: '6_30',
    };
    expect(assess(factsFromAnswers({ ...base, victim_wants_restorative: 'yes' })).actions.map((a) => a.actionKey)).toContain('restorative_meeting');
    expect(assess(factsFromAnswers({ ...base, victim_wants_restorative: 'no' })).actions.map((a) => a.actionKey)).not.toContain('restorative_meeting');
  });

  it('drops the class talk when the parents say no, even if the pupil agrees', () => {
    const answers: Answers = { ...scenarios[7]!.answers, parent_consent_class_talk: 'no' };
    expect(assess(factsFromAnswers(answers)).actions.map((a) => a.actionKey)).not.toContain('class_talk');
  });

  it('raises the level one step for vulnerability', () => {
    const consensual = scenarios[3]!.answers;
    expect(assess(factsFromAnswers(consensual)).level).toBe('low');
    expect(assess(factsFromAnswers({ ...consensual, vulnerabilities: ['psychological_problems'] })).level).toBe('moderate');
  });

  it('treats a pupil of unknown age as a minor', () => {
    const answers: Answers = { ...scenarios[1]!.answers };
    delete answers.victim_age_band;
    const a = assess(factsFromAnswers(answers));
    expect(a.flags.map((f) => f.key)).toContain('minor_sexual_imagery');
    expect(reason(a, 'age').explanation).toMatch(/gaat uit van een minderjarige/);
  });

  it('gives a careful, explained result for an interview that has barely started', () => {
    const a = assess(factsFromAnswers({}));
    expect(a.level).toBe('moderate');
    expect(reason(a, 'spread').explanation).toMatch(/Ga uit van verspreiding/);
    expect(reason(a, 'safety').explanation).toMatch(/nog niet gevraagd/);
  });

  it('produces plain JSON that the schema accepts, so it can be stored and sent over IPC', () => {
    for (const { facts } of all) {
      const a = assess(facts, 'en');
      expect(assessmentSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
    }
  });

  it('refuses facts that do not fit the schema', () => {
    expect(() => assess({ ...all[0]!.facts, reach: 'everywhere' } as never)).toThrow();
  });
});

describe('the advisor overrules the severity', () => {
  const original = assess(factsFromAnswers(scenarios[0]!.answers), 'nl');

  it("keeps the rules' level beside the override", () => {
    const overridden = applyOverride(original, {
      level: 'high',
      reason: 'De docent is al weken ziek thuis door eerdere incidenten.',
      at: '2026-11-23T14:05:00+01:00',
    });
    expect(overridden.level).toBe('moderate');
    expect(overridden.override).toEqual({
      level: 'high',
      reason: 'De docent is al weken ziek thuis door eerdere incidenten.',
      at: '2026-11-23T14:05:00+01:00',
    });
    expect(effectiveLevel(overridden)).toBe('high');
    expect(effectiveLevel(original)).toBe('moderate');
    expect(original.override).toBeNull();
    expect(overridden.actions).toEqual(original.actions);
    expect(overridden.flags).toEqual(original.flags);
    expect(assessmentSchema.parse(overridden)).toEqual(overridden);
  });

  it('requires a reason, and says so in Dutch', () => {
    for (const reasonText of ['', '   ']) {
      try {
        applyOverride(original, { level: 'low', reason: reasonText, at: '2026-11-23T14:05:00Z' });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(SeverityOverrideError);
        expect((error as SeverityOverrideError).code).toBe('reason_required');
        expect((error as Error).message).toBe('Geef een reden op waarom je de ernst aanpast.');
      }
    }
  });

  it('says it in English for an English assessment', () => {
    const en = assess(factsFromAnswers(scenarios[0]!.answers), 'en');
    expect(() => applyOverride(en, { level: 'low', reason: '', at: '2026-11-23T14:05:00Z' })).toThrow('Give a reason for changing the severity.');
  });

  it('refuses an unknown level or a missing time', () => {
    expect(() => applyOverride(original, { level: 'extreme' as Level, reason: 'x', at: '2026-11-23T14:05:00Z' })).toThrow(/Kies een ernst/);
    expect(() => applyOverride(original, { level: 'low', reason: 'x', at: 'gisteren' })).toThrow(/tijdstip/);
  });
});

describe('level names', () => {
  it('names every level in Dutch and English', () => {
    expect(levelLabel('critical', 'nl')).toBe('Zeer hoog');
    expect(levelLabel('low', 'en')).toBe('Low');
  });
});
