import { ageBands, incidentTypes, safetyAlertFactor, safetyAlertKeys } from '@shared';
import { describe, expect, it } from 'vitest';
import { caseFactsSchema, factsFromAnswers } from '../assessment/case-facts';
import { validateAnswer } from './answer-validation';
import { ContentError, parseContent } from '../content';
import { answersSchema, type Answers, type Interview, interviewSchema, interviewTextSchema, joinInterview, type Question } from './interview-schema';
import { INTERVIEW_STRUCTURE } from './interview-structure';
import enWords from '@resources/interview/en.json';
import nlWords from '@resources/interview/nl.json';
import { findQuestion, loadInterview } from './load-interview';
import { visibleAnswers, visibleQuestions } from './skip-logic';

const nl = loadInterview('nl');
const en = loadInterview('en');

function ids(interview: Interview, answers: Answers): string[] {
  return visibleQuestions(interview, answers).map((q) => q.id);
}

function question(id: string, interview: Interview = nl): Question {
  const q = findQuestion(interview, id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

const SEXUAL_QUESTIONS = ['material_sexual_nature', 'material_made_by', 'material_first_shared_with', 'material_mutual', 'material_consent_to_share', 'age_gap_over_5', 'evidence_school_copy'];

describe('interview content', () => {
  it('loads and validates in Dutch and in English, dated and with the note on where the questions come from', () => {
    for (const interview of [nl, en]) {
      expect(interview.lastReviewed).toBe('2026-12-01');
      expect(interview.note).toMatch(/Pubers in beeld/);
      expect(interview.reviewerNote).toMatch(/StappenplanSexting/);
      expect(interview.note).toMatch(/Pubers in beeld/);
      expect(interview.sections.length).toBeGreaterThanOrEqual(12);
    }
    expect(nl.note).toMatch(/Vertrouwd zelf/);
  });

  it('takes its structure from code: a language file holds words only, and cannot change what is asked or skipped', () => {
    const words = structuredClone(nlWords) as unknown as { sections: Record<string, { questions: Record<string, Record<string, unknown>> }> };
    words.sections.material!.questions.material_intimate!.showIf = { q: 'incident_types', includes: 'meme' };
    const result = interviewTextSchema.safeParse(words);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('sections.material.questions.material_intimate');
  });

  it('refuses a language file that misses a question or an option, or has words for one that does not exist', () => {
    const words = interviewTextSchema.parse(structuredClone(enWords));
    delete words.sections.spread!.questions.spread_reach;
    delete words.sections.material!.questions.material_intimate!.options?.yes;
    words.sections.material!.questions.material_intimate!.options!.perhaps = 'Perhaps';
    words.sections.start!.questions.old_question = { label: 'A question that was removed' };
    words.sections.old_section = { title: 'Gone', tips: [], questions: {} };
    const { problems } = joinInterview(INTERVIEW_STRUCTURE, words);
    expect(problems).toEqual([
      'sections.start.questions.old_question: not a question of this section',
      'sections.material.questions.material_intimate.options.yes: no text for this option',
      'sections.material.questions.material_intimate.options.perhaps: not an option of this question',
      'sections.spread.questions.spread_reach: no text for this question',
      'sections.old_section: not a section of the interview',
    ]);
    // Both shipped languages join without a problem, with the same structure.
    for (const file of [nlWords, enWords]) expect(joinInterview(INTERVIEW_STRUCTURE, interviewTextSchema.parse(file)).problems).toEqual([]);
  });

  it('is written in Dutch and in English, not one language twice', () => {
    expect(question('incident_types', nl).label).not.toBe(question('incident_types', en).label);
    expect(question('material_intimate', nl).label).toMatch(/seksueels/);
    expect(question('material_intimate', en).label).toMatch(/sexual/);
  });

  it('covers the sections the guidance asks for', () => {
    expect(nl.sections.map((s) => s.id)).toEqual([
      'start',
      'interviewee',
      'incident',
      'material',
      'spread',
      'people',
      'threats',
      'wellbeing',
      'informed',
      'victim_wishes',
      'parent_wishes',
      'safety',
      'evidence',
    ]);
    expect(question('start_checklist').options?.map((o) => o.value)).toContain('said_no_secrecy');
    expect(question('incident_types').options?.map((o) => o.value)).toEqual([...incidentTypes]);
    expect(question('evidence_holders').options?.map((o) => o.value)).toEqual(['victim', 'police', 'helpwanted', 'nobody', 'unknown']);
  });

  it('asks none of the facts the case holds, and its age bands are the one vocabulary of the app', () => {
    const facts = nl.sections.flatMap((s) => s.questions.filter((q) => q.caseFact).map((q) => [q.id, q.caseFact]));
    expect(Object.fromEntries(facts)).toEqual({
      victim_age_band: 'victimAgeBand',
      victim_group: 'victimClass',
      incident_types: 'incidentTypes',
      spread_platforms: 'platforms',
      spread_platform_other: 'platforms',
    });
    expect(question('victim_age_band').options?.map((o) => o.value)).toEqual(ageBands.filter((b) => b !== 'unknown'));
    expect(question('incident_types').options?.map((o) => o.value)).toEqual(expect.arrayContaining(['ai_nude', 'secret_filming', 'adult_request', 'peer_extortion']));
  });

  it('holds the parts about a victim once per victim, and what happened once per case', () => {
    expect(nl.sections.filter((s) => s.perVictim).map((s) => s.id)).toEqual(['interviewee', 'wellbeing', 'informed', 'victim_wishes', 'parent_wishes', 'safety']);
  });

  it('says what to do now for each safety alert: not alone, parents unless unsafe, 113, Veilig Thuis', () => {
    const selfHarm = nl.safetyAlerts.self_harm_risk.steps.join(' ');
    expect(selfHarm).toMatch(/niet alleen/);
    expect(selfHarm).toMatch(/ouders.*behalve als dat de leerling in gevaar brengt/);
    expect(selfHarm).toMatch(/113/);
    expect(selfHarm).toMatch(/huisarts/);
    expect(nl.safetyAlerts.danger_at_home.steps.join(' ')).toMatch(/Veilig Thuis \(gratis 0800-2000/);
    expect(en.safetyAlerts.danger_at_home.steps.join(' ')).toMatch(/Veilig Thuis/);
    for (const key of safetyAlertKeys) expect(question(key === 'self_harm_risk' ? 'selfharm_signals' : 'danger_at_home').factor).toBe(safetyAlertFactor[key]);
  });

  it('tells the advisor that the school never keeps a copy, not even on a USB stick', () => {
    const evidence = nl.sections.find((s) => s.id === 'evidence');
    expect(evidence?.intro).toMatch(/usb-stick/);
    expect(evidence?.intro).toMatch(/nooit een kopie/);
  });

  it('gives conduct tips: no judging, laconic as a mask, pace, no leading questions, no secrecy', () => {
    const allTips = nl.sections.flatMap((s) => [...s.tips, ...s.questions.flatMap((q) => q.tips ?? [])]).join(' ');
    expect(allTips).toMatch(/Oordeel niet/);
    expect(allTips).toMatch(/masker/);
    expect(allTips).toMatch(/tempo|hoe snel/);
    expect(allTips).toMatch(/sturende vragen/);
    expect(allTips).toMatch(/geheimhouding/);
  });

  it("marks the questions where the interviewee's literal words matter", () => {
    expect(question('incident_account').ownWords).toBe(true);
    expect(question('wellbeing_feeling').ownWords).toBe(true);
    expect(question('victim_wishes_text').ownWords).toBe(true);
    expect(question('spread_reach').ownWords).toBeUndefined();
  });

  it('feeds only fields that exist in the case facts', () => {
    const factKeys = Object.keys(caseFactsSchema.shape);
    const factors = nl.sections.flatMap((s) => s.questions.flatMap((q) => (q.factor ? [q.factor] : [])));
    expect(factors.length).toBeGreaterThan(30);
    for (const factor of factors) expect(factKeys).toContain(factor);
  });

  it('refuses broken content with the file and the exact place', () => {
    const broken = structuredClone(nl) as unknown as { sections: { questions: { showIf?: unknown }[] }[] };
    broken.sections[2]!.questions[0]!.showIf = { q: 'does_not_exist', equals: 'yes' };
    expect(() => parseContent(interviewSchema, broken, 'resources/interview/nl.json')).toThrow(ContentError);
    try {
      parseContent(interviewSchema, broken, 'resources/interview/nl.json');
    } catch (error) {
      expect((error as Error).message).toContain('resources/interview/nl.json');
      expect((error as Error).message).toContain('sections[2].questions[0].showIf.q');
      expect((error as Error).message).toContain('does_not_exist');
    }
  });

  it('refuses a condition on a later question and an option that does not exist', () => {
    const later = structuredClone(nl) as unknown as { sections: { questions: { showIf?: unknown }[] }[] };
    later.sections[0]!.questions[0]!.showIf = { q: 'spread_reach', equals: 'group' };
    expect(() => parseContent(interviewSchema, later, 'x.json')).toThrow(/comes earlier/);
    const typo = structuredClone(nl) as unknown as { sections: { questions: { showIf?: unknown }[] }[] };
    typo.sections[3]!.questions[5]!.showIf = { q: 'incident_types', includes: 'sextorsion' };
    expect(() => parseContent(interviewSchema, typo, 'x.json')).toThrow(/"sextorsion" is not an option of "incident_types"/);
  });
});

describe('skip logic', () => {
  it('hides the sexual-imagery questions for a plain meme', () => {
    const visible = ids(nl, { interviewee_role: 'pupil', incident_types: ['meme'], material_intimate: 'no' });
    for (const id of SEXUAL_QUESTIONS) expect(visible).not.toContain(id);
    expect(visible).toContain('material_intimate');
    expect(visible).toContain('material_how_made');
  });

  it('shows them when the incident type points to sexual imagery', () => {
    for (const type of ['sexting', 'shame_sexting', 'sextortion']) {
      const visible = ids(nl, { interviewee_role: 'pupil', incident_types: [type] });
      for (const id of SEXUAL_QUESTIONS) expect(visible).toContain(id);
    }
  });

  it('shows them when the answers point there, for instance a meme that turns out to show nudity', () => {
    const visible = ids(nl, { interviewee_role: 'pupil', incident_types: ['meme', 'deepfake'], material_intimate: 'yes' });
    for (const id of SEXUAL_QUESTIONS) expect(visible).toContain(id);
  });

  it('shows the extortion questions only with threats or sextortion', () => {
    expect(ids(nl, { incident_types: ['meme'] })).not.toContain('threat_kinds');
    expect(ids(nl, { incident_types: ['meme'], threats_present: 'yes' })).toContain('threat_kinds');
    expect(ids(nl, { incident_types: ['sextortion'] })).toContain('threat_chat_kept');
  });

  it('ignores answers to questions that became hidden', () => {
    const answers: Answers = {
      interviewee_role: 'pupil',
      incident_types: ['meme'],
      material_intimate: 'yes',
      material_sexual_nature: 'nude',
    };
    expect(visibleAnswers(nl, answers).material_sexual_nature).toBe('nude');
    const changedMind = { ...answers, material_intimate: 'no' };
    expect(visibleAnswers(nl, changedMind).material_sexual_nature).toBeUndefined();
    expect(factsFromAnswers(changedMind).sexualImagery).toBe('no');
  });

  it('asks follow-up questions only after the answer that opens them', () => {
    expect(ids(nl, {})).not.toContain('incident_other');
    expect(ids(nl, { incident_types: ['other'] })).toContain('incident_other');
    expect(ids(nl, { spread_reach: 'none' })).not.toContain('spread_viewers');
    expect(ids(nl, { spread_reach: 'group' })).toContain('spread_viewers');
    expect(ids(nl, { suspects_known: 'no' })).not.toContain('suspects_age_bands');
    expect(ids(nl, { suspects_known: 'partly' })).toContain('suspects_age_bands');
  });

  it("reads a case fact like an answer: the case's incident types open the sexual-imagery questions", () => {
    // The interview never asks incident_types; main puts the case's own value in its place.
    const visible = ids(nl, { interviewee_role: 'pupil', incident_types: ['ai_nude'] });
    expect(visible).toEqual(expect.arrayContaining(SEXUAL_QUESTIONS));
    expect(ids(nl, { interviewee_role: 'pupil', incident_types: ['meme'] })).not.toContain('material_sexual_nature');
  });

  it('opens the extortion questions for extortion by a known peer, without the sexual ones', () => {
    const visible = ids(nl, { interviewee_role: 'pupil', incident_types: ['peer_extortion'] });
    expect(visible).toContain('threat_kinds');
    expect(visible).not.toContain('material_sexual_nature');
  });

  it('never offers a restorative meeting question when a staff member is suspected', () => {
    expect(ids(nl, { suspects_known: 'yes' })).toContain('victim_wants_restorative');
    expect(ids(nl, { suspects_known: 'yes', suspect_is_staff: true })).not.toContain('victim_wants_restorative');
  });
});

describe('audiences', () => {
  it("asks a pupil about their parents, and shows the parents' wishes once the parents know", () => {
    const before = ids(nl, { interviewee_role: 'pupil' });
    expect(before).toContain('parents_informed');
    expect(before).not.toContain('parent_wishes_text');
    const notTold = ids(nl, { interviewee_role: 'pupil', parents_informed: 'no' });
    expect(notTold).toContain('parents_inform_plan');
    const told = ids(nl, { interviewee_role: 'pupil', parents_informed: 'yes' });
    expect(told).toContain('parent_wishes_text');
    expect(told).toContain('parent_consent_class_talk');
  });

  it('works for a staff member who is the victim: no parent questions', () => {
    const visible = ids(nl, { interviewee_role: 'staff', victim_age_band: '18_plus', incident_types: ['meme'] });
    expect(visible).not.toContain('parents_informed');
    expect(visible).not.toContain('parents_inform_plan');
    expect(visible).not.toContain('parent_wishes_text');
    expect(visible).toContain('victim_consent_class_talk');
    expect(visible).toContain('suspect_is_staff');
    expect(visible).toContain('selfharm_signals');
  });

  it("works for a parent as interviewee: the parents' wishes without asking whether the parents know", () => {
    const visible = ids(nl, { interviewee_role: 'parent' });
    expect(visible).not.toContain('parents_informed');
    expect(visible).toContain('parent_wishes_text');
    expect(visible).toContain('parent_wants_police');
    expect(visible).toContain('victim_wishes_text');
  });

  it('keeps questions for one audience hidden until the advisor has said who they talk with', () => {
    expect(ids(nl, {})).not.toContain('parents_informed');
    expect(ids(nl, {})).not.toContain('parent_wishes_text');
  });
});

describe('validating an answer', () => {
  it('accepts an empty or cleared answer: no question is required', () => {
    expect(validateAnswer(question('spread_reach'), null)).toBeNull();
    expect(validateAnswer(question('incident_account'), '')).toBeNull();
  });

  it('explains in Dutch what is wrong', () => {
    expect(validateAnswer(question('spread_reach'), 'heel ver')).toBe('Kies een van de antwoorden die bij deze vraag horen.');
    expect(validateAnswer(question('spread_platforms'), ['whatsapp', 'myspace'])).toBe('Kies alleen uit de antwoorden die bij deze vraag horen.');
    expect(validateAnswer(question('vulnerabilities'), ['none', 'social_isolation'])).toBe('"Geen van deze" kun je niet combineren met andere antwoorden.');
    expect(validateAnswer(question('suspect_is_staff'), 'ja')).toBe('Kies ja of nee.');
    expect(validateAnswer(question('start_present'), 'x'.repeat(501))).toBe('Deze tekst is te lang: maximaal 500 tekens.');
  });

  it('explains in English when the locale is English', () => {
    expect(validateAnswer(question('spread_reach', en), 'far', 'en')).toBe('Choose one of the answers that belong to this question.');
    expect(validateAnswer(question('vulnerabilities', en), ['none', 'social_isolation'], 'en')).toBe('"None of these" cannot be combined with other answers.');
  });

  it('accepts answers that fit', () => {
    expect(validateAnswer(question('spread_platforms'), ['whatsapp', 'snapchat'])).toBeNull();
    expect(validateAnswer(question('suspect_is_staff'), true)).toBeNull();
    expect(validateAnswer(question('incident_account'), 'Ze zei: "iedereen heeft het gezien".')).toBeNull();
  });

  it('checks numbers against their bounds', () => {
    const days: Question = { id: 'days_absent', type: 'number', label: 'Dagen verzuim', min: 0, max: 365 };
    expect(validateAnswer(days, 3)).toBeNull();
    expect(validateAnswer(days, -1)).toBe('Het getal moet 0 of meer zijn.');
    expect(validateAnswer(days, 400)).toBe('Het getal mag niet groter zijn dan 365.');
    expect(validateAnswer(days, 'drie')).toBe('Vul een getal in.');
    expect(validateAnswer(days, Number.NaN)).toBe('Vul een getal in.');
  });

  it('has zod schemas for answers that an IPC contract can reuse', () => {
    expect(answersSchema.safeParse({ a: 'x', b: ['y'], c: true, d: 2, e: null }).success).toBe(true);
    expect(answersSchema.safeParse({ a: { nested: true } }).success).toBe(false);
    expect(answersSchema.safeParse({ a: undefined }).success).toBe(false);
  });
});
