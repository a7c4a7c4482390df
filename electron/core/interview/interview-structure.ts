// The interview's structure: which sections and questions there are, in what order, of what type,
// with which answer values, for whom, and when each is skipped. It is code, not content, because it
// decides what the advisor is asked in a sexual-images case and what the assessment reads; a
// translation must never be able to change it. The words of every section, question and option are
// content in resources/interview/{nl,en}.json, keyed by these ids (load-interview.ts joins the two and
// refuses a text file that misses an id or names one that does not exist).
import type { InterviewStructure } from './interview-schema';

export const INTERVIEW_STRUCTURE = {
  audienceFrom: 'interviewee_role',
  sections: [
    {
      id: 'start',
      questions: [
        {
          id: 'start_checklist',
          type: 'multi',
          options: [
            {
              value: 'said_what_seen',
            },
            {
              value: 'said_why',
            },
            {
              value: 'said_nothing_without_knowing',
            },
            {
              value: 'said_no_secrecy',
            },
            {
              value: 'said_what_recorded',
            },
          ],
        },
        {
          id: 'start_reason',
          type: 'longtext',
        },
        {
          id: 'start_present',
          type: 'text',
        },
      ],
    },
    {
      id: 'interviewee',
      perVictim: true,
      questions: [
        {
          id: 'interviewee_role',
          type: 'single',
          options: [
            {
              value: 'pupil',
            },
            {
              value: 'staff',
            },
            {
              value: 'parent',
            },
          ],
          factor: 'intervieweeRole',
        },
        {
          id: 'victim_age_band',
          type: 'single',
          options: [
            {
              value: 'under_12',
            },
            {
              value: '12_15',
            },
            {
              value: '16_17',
            },
            {
              value: '18_plus',
            },
          ],
          factor: 'victimAgeBand',
          caseFact: 'victimAgeBand',
        },
        {
          id: 'victim_group',
          type: 'text',
          caseFact: 'victimClass',
        },
      ],
    },
    {
      id: 'incident',
      questions: [
        {
          id: 'incident_account',
          type: 'longtext',
          ownWords: true,
        },
        {
          id: 'incident_types',
          type: 'multi',
          options: [
            {
              value: 'meme',
            },
            {
              value: 'beeldpesten',
            },
            {
              value: 'sexting',
            },
            {
              value: 'shame_sexting',
            },
            {
              value: 'sextortion',
            },
            {
              value: 'deepfake',
            },
            {
              value: 'online_lesson_screenshot',
            },
            {
              value: 'ai_nude',
            },
            {
              value: 'secret_filming',
            },
            {
              value: 'adult_request',
            },
            {
              value: 'peer_extortion',
            },
            {
              value: 'other',
            },
          ],
          factor: 'incidentTypes',
          caseFact: 'incidentTypes',
        },
        {
          id: 'incident_other',
          type: 'text',
          showIf: {
            q: 'incident_types',
            includes: 'other',
          },
        },
        {
          id: 'incident_started',
          type: 'text',
        },
        {
          id: 'incident_repeated',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'repeated',
        },
      ],
    },
    {
      id: 'material',
      questions: [
        {
          id: 'material_description',
          type: 'longtext',
        },
        {
          id: 'material_format',
          type: 'single',
          options: [
            {
              value: 'photo',
            },
            {
              value: 'video',
            },
            {
              value: 'screenshot',
            },
            {
              value: 'livestream',
            },
            {
              value: 'other',
            },
          ],
        },
        {
          id: 'material_edited',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'editedOrAi',
        },
        {
          id: 'material_how_made',
          type: 'single',
          options: [
            {
              value: 'voluntarily',
            },
            {
              value: 'under_pressure',
            },
            {
              value: 'secretly',
            },
            {
              value: 'hacked_or_stolen',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'howMade',
        },
        {
          id: 'material_intimate',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'sexualImagery',
        },
        {
          id: 'material_sexual_nature',
          type: 'single',
          options: [
            {
              value: 'nude',
            },
            {
              value: 'sexual_act',
            },
            {
              value: 'suggestive',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'sexualImagery',
        },
        {
          id: 'material_made_by',
          type: 'single',
          options: [
            {
              value: 'victim',
            },
            {
              value: 'other_person',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'madeBy',
        },
        {
          id: 'material_first_shared_with',
          type: 'text',
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
        },
        {
          id: 'material_mutual',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'mutualExchange',
        },
        {
          id: 'material_consent_to_share',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'consentToShare',
        },
      ],
    },
    {
      id: 'spread',
      questions: [
        {
          id: 'spread_reach',
          type: 'single',
          options: [
            {
              value: 'none',
            },
            {
              value: 'one_to_one',
            },
            {
              value: 'group',
            },
            {
              value: 'public',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'reach',
        },
        {
          id: 'spread_platforms',
          type: 'multi',
          options: [
            {
              value: 'whatsapp',
            },
            {
              value: 'snapchat',
            },
            {
              value: 'instagram',
            },
            {
              value: 'tiktok',
            },
            {
              value: 'telegram',
            },
            {
              value: 'discord',
            },
            {
              value: 'x',
            },
            {
              value: 'youtube',
            },
            {
              value: 'school_environment',
            },
            {
              value: 'other',
            },
          ],
          factor: 'platforms',
          caseFact: 'platforms',
        },
        {
          id: 'spread_platform_other',
          type: 'text',
          showIf: {
            q: 'spread_platforms',
            includes: 'other',
          },
          caseFact: 'platforms',
        },
        {
          id: 'spread_viewers',
          type: 'single',
          options: [
            {
              value: '1_5',
            },
            {
              value: '6_30',
            },
            {
              value: '31_100',
            },
            {
              value: 'over_100',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            q: 'spread_reach',
            in: ['one_to_one', 'group', 'public', 'unknown'],
          },
          factor: 'viewersBand',
        },
        {
          id: 'spread_still_online',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            q: 'spread_reach',
            in: ['one_to_one', 'group', 'public', 'unknown'],
          },
          factor: 'stillOnline',
        },
        {
          id: 'spread_locations',
          type: 'longtext',
          showIf: {
            q: 'spread_reach',
            in: ['one_to_one', 'group', 'public', 'unknown'],
          },
        },
        {
          id: 'spread_first_seen',
          type: 'text',
          showIf: {
            q: 'spread_reach',
            in: ['one_to_one', 'group', 'public', 'unknown'],
          },
        },
      ],
    },
    {
      id: 'people',
      questions: [
        {
          id: 'suspects_known',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'partly',
            },
            {
              value: 'no',
            },
          ],
          factor: 'suspectsKnown',
        },
        {
          id: 'suspects_who',
          type: 'longtext',
          showIf: {
            q: 'suspects_known',
            in: ['yes', 'partly'],
          },
        },
        {
          id: 'suspects_age_bands',
          type: 'multi',
          options: [
            {
              value: 'under_12',
            },
            {
              value: '12_15',
            },
            {
              value: '16_17',
            },
            {
              value: '18_22',
            },
            {
              value: '23_plus',
            },
            {
              value: 'unknown',
              exclusive: true,
            },
          ],
          showIf: {
            q: 'suspects_known',
            in: ['yes', 'partly'],
          },
          factor: 'suspectAgeBands',
        },
        {
          id: 'suspects_relationship',
          type: 'multi',
          options: [
            {
              value: 'classmate',
            },
            {
              value: 'pupil',
            },
            {
              value: 'friend',
            },
            {
              value: 'partner_or_ex',
            },
            {
              value: 'online_contact',
            },
            {
              value: 'family',
            },
            {
              value: 'staff',
            },
            {
              value: 'other',
            },
          ],
          showIf: {
            q: 'suspects_known',
            in: ['yes', 'partly'],
          },
          factor: 'suspectRelationships',
        },
        {
          id: 'suspects_other_school',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            q: 'suspects_known',
            in: ['yes', 'partly'],
          },
          factor: 'spreaderOtherSchool',
        },
        {
          id: 'suspect_is_staff',
          type: 'boolean',
          factor: 'staffSuspect',
        },
        {
          id: 'adult_involved',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'adultInvolved',
        },
        {
          id: 'age_gap_over_5',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'ageGapOver5',
        },
        {
          id: 'contact_ongoing',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            q: 'suspects_known',
            in: ['yes', 'partly'],
          },
          factor: 'contactOngoing',
        },
      ],
    },
    {
      id: 'threats',
      questions: [
        {
          id: 'threats_present',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'threats',
        },
        {
          id: 'threat_kinds',
          type: 'multi',
          options: [
            {
              value: 'money',
            },
            {
              value: 'more_images',
            },
            {
              value: 'sexual_acts',
            },
            {
              value: 'spread_threat',
            },
            {
              value: 'violence',
            },
            {
              value: 'other',
            },
          ],
          showIf: {
            any: [
              {
                q: 'threats_present',
                equals: 'yes',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'peer_extortion',
              },
            ],
          },
          factor: 'threatKinds',
        },
        {
          id: 'threatener_known',
          type: 'single',
          options: [
            {
              value: 'known',
            },
            {
              value: 'online_account_only',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'threats_present',
                equals: 'yes',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'peer_extortion',
              },
            ],
          },
          factor: 'threatenerKnown',
        },
        {
          id: 'threat_complied',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'threats_present',
                equals: 'yes',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'peer_extortion',
              },
            ],
          },
          factor: 'threatComplied',
        },
        {
          id: 'threat_deadline',
          type: 'text',
          showIf: {
            any: [
              {
                q: 'threats_present',
                equals: 'yes',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'peer_extortion',
              },
            ],
          },
        },
        {
          id: 'threat_chat_kept',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'threats_present',
                equals: 'yes',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'peer_extortion',
              },
            ],
          },
          factor: 'chatKept',
        },
      ],
    },
    {
      id: 'wellbeing',
      perVictim: true,
      questions: [
        {
          id: 'wellbeing_feeling',
          type: 'longtext',
          ownWords: true,
        },
        {
          id: 'wellbeing_emotions',
          type: 'multi',
          options: [
            {
              value: 'shame',
            },
            {
              value: 'fear',
            },
            {
              value: 'anger',
            },
            {
              value: 'sadness',
            },
            {
              value: 'guilt',
            },
            {
              value: 'numb',
            },
            {
              value: 'relief',
            },
            {
              value: 'other',
            },
          ],
          factor: 'emotions',
        },
        {
          id: 'wellbeing_laconic',
          type: 'boolean',
          factor: 'laconic',
        },
        {
          id: 'wellbeing_sleep',
          type: 'boolean',
          factor: 'sleepProblems',
        },
        {
          id: 'wellbeing_absence',
          type: 'single',
          options: [
            {
              value: 'none',
            },
            {
              value: 'some',
            },
            {
              value: 'frequent',
            },
          ],
          factor: 'absence',
        },
        {
          id: 'wellbeing_afraid',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'afraid',
        },
        {
          id: 'selfharm_signals',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unsure',
            },
          ],
          factor: 'selfHarm',
        },
        {
          id: 'danger_at_home',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unsure',
            },
          ],
          factor: 'dangerAtHome',
        },
        {
          id: 'vulnerabilities',
          type: 'multi',
          options: [
            {
              value: 'mild_intellectual_disability',
            },
            {
              value: 'psychological_problems',
            },
            {
              value: 'dependence_on_perpetrator',
            },
            {
              value: 'social_isolation',
            },
            {
              value: 'none',
              exclusive: true,
            },
          ],
          factor: 'vulnerabilities',
        },
        {
          id: 'wellbeing_support',
          type: 'text',
        },
      ],
    },
    {
      id: 'informed',
      perVictim: true,
      questions: [
        {
          id: 'parents_informed',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
          ],
          audiences: ['pupil'],
          factor: 'parentsInformed',
        },
        {
          id: 'parents_inform_plan',
          type: 'single',
          options: [
            {
              value: 'victim_tells',
            },
            {
              value: 'together',
            },
            {
              value: 'advisor_tells',
            },
            {
              value: 'not_yet',
            },
          ],
          showIf: {
            q: 'parents_informed',
            equals: 'no',
          },
          audiences: ['pupil'],
        },
        {
          id: 'others_aware',
          type: 'multi',
          options: [
            {
              value: 'mentor',
            },
            {
              value: 'school_leader',
            },
            {
              value: 'care_coordinator',
            },
            {
              value: 'teachers',
            },
            {
              value: 'classmates',
            },
            {
              value: 'police',
            },
            {
              value: 'nobody',
              exclusive: true,
            },
            {
              value: 'other',
            },
          ],
          factor: 'othersAware',
        },
        {
          id: 'media_attention',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          factor: 'mediaAttention',
        },
      ],
    },
    {
      id: 'victim_wishes',
      perVictim: true,
      questions: [
        {
          id: 'victim_wishes_text',
          type: 'longtext',
          ownWords: true,
        },
        {
          id: 'victim_consent_class_talk',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'undecided',
            },
          ],
          factor: 'victimWishClassTalk',
        },
        {
          id: 'victim_wants_police',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'undecided',
            },
          ],
          factor: 'victimWantsPolice',
        },
        {
          id: 'victim_wants_restorative',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'undecided',
            },
          ],
          showIf: {
            all: [
              {
                q: 'suspects_known',
                in: ['yes', 'partly'],
              },
              {
                not: {
                  q: 'suspect_is_staff',
                  equals: true,
                },
              },
            ],
          },
          factor: 'victimWantsRestorative',
        },
      ],
    },
    {
      id: 'parent_wishes',
      audiences: ['pupil', 'parent'],
      showIf: {
        any: [
          {
            q: 'interviewee_role',
            equals: 'parent',
          },
          {
            q: 'parents_informed',
            equals: 'yes',
          },
        ],
      },
      perVictim: true,
      questions: [
        {
          id: 'parent_wishes_text',
          type: 'longtext',
          ownWords: true,
        },
        {
          id: 'parent_consent_class_talk',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'undecided',
            },
          ],
          factor: 'parentWishClassTalk',
        },
        {
          id: 'parent_wants_police',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'undecided',
            },
          ],
          factor: 'parentsWantPolice',
        },
        {
          id: 'parent_support_needs',
          type: 'text',
        },
      ],
    },
    {
      id: 'safety',
      perVictim: true,
      questions: [
        {
          id: 'safety_measures',
          type: 'multi',
          options: [
            {
              value: 'fixed_contact',
            },
            {
              value: 'rest_period',
            },
            {
              value: 'buddies',
            },
            {
              value: 'other',
            },
          ],
          factor: 'safetyMeasures',
        },
        {
          id: 'safety_contact_person',
          type: 'text',
          showIf: {
            q: 'safety_measures',
            includes: 'fixed_contact',
          },
        },
        {
          id: 'safety_other',
          type: 'text',
          showIf: {
            q: 'safety_measures',
            includes: 'other',
          },
        },
      ],
    },
    {
      id: 'evidence',
      questions: [
        {
          id: 'evidence_holders',
          type: 'multi',
          options: [
            {
              value: 'victim',
            },
            {
              value: 'police',
            },
            {
              value: 'helpwanted',
            },
            {
              value: 'nobody',
              exclusive: true,
            },
            {
              value: 'unknown',
              exclusive: true,
            },
          ],
          factor: 'evidenceHolders',
        },
        {
          id: 'evidence_recorded',
          type: 'multi',
          options: [
            {
              value: 'platform',
            },
            {
              value: 'account',
            },
            {
              value: 'url',
            },
            {
              value: 'datetime',
            },
          ],
        },
        {
          id: 'evidence_school_copy',
          type: 'single',
          options: [
            {
              value: 'yes',
            },
            {
              value: 'no',
            },
            {
              value: 'unknown',
            },
          ],
          showIf: {
            any: [
              {
                q: 'incident_types',
                includes: 'sexting',
              },
              {
                q: 'incident_types',
                includes: 'shame_sexting',
              },
              {
                q: 'incident_types',
                includes: 'sextortion',
              },
              {
                q: 'incident_types',
                includes: 'ai_nude',
              },
              {
                q: 'incident_types',
                includes: 'secret_filming',
              },
              {
                q: 'incident_types',
                includes: 'adult_request',
              },
              {
                q: 'material_intimate',
                equals: 'yes',
              },
            ],
          },
          factor: 'schoolHoldsCopy',
        },
      ],
    },
  ],
} as const satisfies InterviewStructure;
