// The interview's structure: which sections and questions there are, in what order, of what type,
// with which answer values, for whom, and when each is skipped. It is code, not content, because it
// decides what the advisor is asked in a sexual-images case and what the assessment reads; a
// translation must never be able to change it. The words of every section, question and option are
// content in resources/interview/{nl,en}.json, keyed by these ids (load-interview.ts joins the two and
// refuses a language file that misses an id or names one that does not exist).
import { knownAgeBands, sexualIncidentTypes, suspectAgeBands } from '@shared';
import type { Condition, InterviewStructure } from './interview-schema';

/** The case or the material is sexual: the StappenplanSexting questions apply. */
const SEXUAL_MATERIAL: Condition = {
  any: [...sexualIncidentTypes.map((type) => ({ q: 'incident_types', includes: type })), { q: 'material_intimate', equals: 'yes' }],
};

/** Who spread or made it is known, at least in part. */
const SUSPECTS_KNOWN = { q: 'suspects_known', in: ['yes', 'partly'] } as const satisfies Condition;

/** Someone is threatened or extorted. */
const THREATS = {
  any: [
    { q: 'threats_present', equals: 'yes' },
    { q: 'incident_types', includes: 'sextortion' },
    { q: 'incident_types', includes: 'peer_extortion' },
  ],
} as const satisfies Condition;

/** The material went to someone else, or it is not known where it went. */
const SPREAD_FURTHER = { q: 'spread_reach', in: ['one_to_one', 'group', 'public', 'unknown'] } as const satisfies Condition;

export const INTERVIEW_STRUCTURE = {
  audienceFrom: 'interviewee_role',
  sections: [
    {
      id: 'start',
      questions: [
        { id: 'start_checklist', type: 'multi', options: ['said_what_seen', 'said_why', 'said_nothing_without_knowing', 'said_no_secrecy', 'said_what_recorded'] },
        { id: 'start_reason', type: 'longtext' },
        { id: 'start_present', type: 'text' },
      ],
    },
    {
      id: 'interviewee',
      perVictim: true,
      questions: [
        { id: 'interviewee_role', type: 'single', options: ['pupil', 'staff', 'parent'], factor: 'intervieweeRole' },
        { id: 'victim_age_band', type: 'single', options: knownAgeBands, factor: 'victimAgeBand', caseFact: 'victimAgeBand' },
        { id: 'victim_group', type: 'text', caseFact: 'victimClass' },
      ],
    },
    {
      id: 'incident',
      questions: [
        { id: 'incident_account', type: 'longtext', ownWords: true },
        {
          id: 'incident_types',
          type: 'multi',
          options: ['meme', 'beeldpesten', 'sexting', 'shame_sexting', 'sextortion', 'deepfake', 'online_lesson_screenshot', 'ai_nude', 'secret_filming', 'adult_request', 'peer_extortion', 'other'],
          factor: 'incidentTypes',
          caseFact: 'incidentTypes',
        },
        { id: 'incident_other', type: 'text', showIf: { q: 'incident_types', includes: 'other' } },
        { id: 'incident_started', type: 'text' },
        { id: 'incident_repeated', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'repeated' },
      ],
    },
    {
      id: 'material',
      questions: [
        { id: 'material_description', type: 'longtext' },
        { id: 'material_format', type: 'single', options: ['photo', 'video', 'screenshot', 'livestream', 'other'] },
        { id: 'material_edited', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'editedOrAi' },
        { id: 'material_how_made', type: 'single', options: ['voluntarily', 'under_pressure', 'secretly', 'hacked_or_stolen', 'unknown'], factor: 'howMade' },
        { id: 'material_intimate', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'sexualImagery' },
        { id: 'material_sexual_nature', type: 'single', options: ['nude', 'sexual_act', 'suggestive', 'unknown'], factor: 'sexualImagery', showIf: SEXUAL_MATERIAL },
        { id: 'material_made_by', type: 'single', options: ['victim', 'other_person', 'unknown'], factor: 'madeBy', showIf: SEXUAL_MATERIAL },
        { id: 'material_first_shared_with', type: 'text', showIf: SEXUAL_MATERIAL },
        { id: 'material_mutual', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'mutualExchange', showIf: SEXUAL_MATERIAL },
        { id: 'material_consent_to_share', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'consentToShare', showIf: SEXUAL_MATERIAL },
      ],
    },
    {
      id: 'spread',
      questions: [
        { id: 'spread_reach', type: 'single', options: ['none', 'one_to_one', 'group', 'public', 'unknown'], factor: 'reach' },
        {
          id: 'spread_platforms',
          type: 'multi',
          options: ['whatsapp', 'snapchat', 'instagram', 'tiktok', 'telegram', 'discord', 'x', 'youtube', 'school_environment', 'other'],
          factor: 'platforms',
          caseFact: 'platforms',
        },
        { id: 'spread_platform_other', type: 'text', caseFact: 'platforms', showIf: { q: 'spread_platforms', includes: 'other' } },
        { id: 'spread_viewers', type: 'single', options: ['1_5', '6_30', '31_100', 'over_100', 'unknown'], factor: 'viewersBand', showIf: SPREAD_FURTHER },
        { id: 'spread_still_online', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'stillOnline', showIf: SPREAD_FURTHER },
        { id: 'spread_locations', type: 'longtext', showIf: SPREAD_FURTHER },
        { id: 'spread_first_seen', type: 'text', showIf: SPREAD_FURTHER },
      ],
    },
    {
      id: 'people',
      questions: [
        { id: 'suspects_known', type: 'single', options: ['yes', 'partly', 'no'], factor: 'suspectsKnown' },
        { id: 'suspects_who', type: 'longtext', showIf: SUSPECTS_KNOWN },
        { id: 'suspects_age_bands', type: 'multi', options: [...suspectAgeBands, 'unknown'], exclusive: ['unknown'], factor: 'suspectAgeBands', showIf: SUSPECTS_KNOWN },
        {
          id: 'suspects_relationship',
          type: 'multi',
          options: ['classmate', 'pupil', 'friend', 'partner_or_ex', 'online_contact', 'family', 'staff', 'other'],
          factor: 'suspectRelationships',
          showIf: SUSPECTS_KNOWN,
        },
        { id: 'suspects_other_school', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'spreaderOtherSchool', showIf: SUSPECTS_KNOWN },
        { id: 'suspect_is_staff', type: 'boolean', factor: 'staffSuspect' },
        { id: 'adult_involved', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'adultInvolved' },
        { id: 'age_gap_over_5', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'ageGapOver5', showIf: SEXUAL_MATERIAL },
        { id: 'contact_ongoing', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'contactOngoing', showIf: SUSPECTS_KNOWN },
      ],
    },
    {
      id: 'threats',
      questions: [
        { id: 'threats_present', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'threats' },
        { id: 'threat_kinds', type: 'multi', options: ['money', 'more_images', 'sexual_acts', 'spread_threat', 'violence', 'other'], factor: 'threatKinds', showIf: THREATS },
        { id: 'threatener_known', type: 'single', options: ['known', 'online_account_only', 'unknown'], factor: 'threatenerKnown', showIf: THREATS },
        { id: 'threat_complied', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'threatComplied', showIf: THREATS },
        { id: 'threat_deadline', type: 'text', showIf: THREATS },
        { id: 'threat_chat_kept', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'chatKept', showIf: THREATS },
      ],
    },
    {
      id: 'wellbeing',
      perVictim: true,
      questions: [
        { id: 'wellbeing_feeling', type: 'longtext', ownWords: true },
        { id: 'wellbeing_emotions', type: 'multi', options: ['shame', 'fear', 'anger', 'sadness', 'guilt', 'numb', 'relief', 'other'], factor: 'emotions' },
        { id: 'wellbeing_laconic', type: 'boolean', factor: 'laconic' },
        { id: 'wellbeing_sleep', type: 'boolean', factor: 'sleepProblems' },
        { id: 'wellbeing_absence', type: 'single', options: ['none', 'some', 'frequent'], factor: 'absence' },
        { id: 'wellbeing_afraid', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'afraid' },
        { id: 'selfharm_signals', type: 'single', options: ['yes', 'no', 'unsure'], factor: 'selfHarm' },
        { id: 'danger_at_home', type: 'single', options: ['yes', 'no', 'unsure'], factor: 'dangerAtHome' },
        {
          id: 'vulnerabilities',
          type: 'multi',
          options: ['mild_intellectual_disability', 'psychological_problems', 'dependence_on_perpetrator', 'social_isolation', 'none'],
          exclusive: ['none'],
          factor: 'vulnerabilities',
        },
        { id: 'wellbeing_support', type: 'text' },
      ],
    },
    {
      id: 'informed',
      perVictim: true,
      questions: [
        { id: 'parents_informed', type: 'single', options: ['yes', 'no'], audiences: ['pupil'], factor: 'parentsInformed' },
        { id: 'parents_inform_plan', type: 'single', options: ['victim_tells', 'together', 'advisor_tells', 'not_yet'], audiences: ['pupil'], showIf: { q: 'parents_informed', equals: 'no' } },
        {
          id: 'others_aware',
          type: 'multi',
          options: ['mentor', 'school_leader', 'care_coordinator', 'teachers', 'classmates', 'police', 'nobody', 'other'],
          exclusive: ['nobody'],
          factor: 'othersAware',
        },
        { id: 'media_attention', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'mediaAttention' },
      ],
    },
    {
      id: 'victim_wishes',
      perVictim: true,
      questions: [
        { id: 'victim_wishes_text', type: 'longtext', ownWords: true },
        { id: 'victim_consent_class_talk', type: 'single', options: ['yes', 'no', 'undecided'], factor: 'victimWishClassTalk' },
        { id: 'victim_wants_police', type: 'single', options: ['yes', 'no', 'undecided'], factor: 'victimWantsPolice' },
        {
          id: 'victim_wants_restorative',
          type: 'single',
          options: ['yes', 'no', 'undecided'],
          factor: 'victimWantsRestorative',
          showIf: { all: [{ q: 'suspects_known', in: ['yes', 'partly'] }, { not: { q: 'suspect_is_staff', equals: true } }] },
        },
      ],
    },
    {
      id: 'parent_wishes',
      audiences: ['pupil', 'parent'],
      perVictim: true,
      showIf: {
        any: [
          { q: 'interviewee_role', equals: 'parent' },
          { q: 'parents_informed', equals: 'yes' },
        ],
      },
      questions: [
        { id: 'parent_wishes_text', type: 'longtext', ownWords: true },
        { id: 'parent_consent_class_talk', type: 'single', options: ['yes', 'no', 'undecided'], factor: 'parentWishClassTalk' },
        { id: 'parent_wants_police', type: 'single', options: ['yes', 'no', 'undecided'], factor: 'parentsWantPolice' },
        { id: 'parent_support_needs', type: 'text' },
      ],
    },
    {
      id: 'safety',
      perVictim: true,
      questions: [
        { id: 'safety_measures', type: 'multi', options: ['fixed_contact', 'rest_period', 'buddies', 'other'], factor: 'safetyMeasures' },
        { id: 'safety_contact_person', type: 'text', showIf: { q: 'safety_measures', includes: 'fixed_contact' } },
        { id: 'safety_other', type: 'text', showIf: { q: 'safety_measures', includes: 'other' } },
      ],
    },
    {
      id: 'evidence',
      questions: [
        { id: 'evidence_holders', type: 'multi', options: ['victim', 'police', 'helpwanted', 'nobody', 'unknown'], exclusive: ['nobody', 'unknown'], factor: 'evidenceHolders' },
        { id: 'evidence_recorded', type: 'multi', options: ['platform', 'account', 'url', 'datetime'] },
        { id: 'evidence_school_copy', type: 'single', options: ['yes', 'no', 'unknown'], factor: 'schoolHoldsCopy', showIf: SEXUAL_MATERIAL },
      ],
    },
  ],
} as const satisfies InterviewStructure;
