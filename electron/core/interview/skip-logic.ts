// Which questions the advisor sees, given what has been answered so far. An answer to a question
// that is hidden (because an earlier answer changed) is ignored everywhere: it neither shows other
// questions nor feeds the assessment, so a changed mind never leaves a stale answer behind.
import type { Answers, AnswerValue, Audience, Condition, Interview, Question, Section } from './interview-schema';
import { AUDIENCES } from './interview-schema';

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const value = answers[condition.q];
  if ('answered' in condition) return isAnswered(value);
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.includes);
}

function fitsAudience(audiences: readonly Audience[] | undefined, audience: Audience | null): boolean {
  if (!audiences) return true;
  // Until the advisor has said who they talk to, questions meant for one audience stay hidden.
  return audience !== null && audiences.includes(audience);
}

export interface VisibleSection {
  section: Section;
  questions: Question[];
}

/**
 * Walks the interview once, in order. Conditions only refer to earlier questions (the schema
 * enforces that), so every condition is evaluated against answers that are already known to be
 * visible.
 */
export function visibleSections(interview: Interview, answers: Answers): VisibleSection[] {
  const effective: Answers = {};
  let audience: Audience | null = null;
  const out: VisibleSection[] = [];
  for (const section of interview.sections) {
    const sectionShown = fitsAudience(section.audiences, audience) && (!section.showIf || evaluateCondition(section.showIf, effective));
    const questions: Question[] = [];
    if (sectionShown) {
      for (const question of section.questions) {
        if (!fitsAudience(question.audiences, audience)) continue;
        if (question.showIf && !evaluateCondition(question.showIf, effective)) continue;
        questions.push(question);
        const value = answers[question.id];
        if (value !== undefined) effective[question.id] = value;
        if (question.id === interview.audienceFrom) audience = audienceFromValue(value);
      }
    }
    out.push({ section, questions });
  }
  return out;
}

function audienceFromValue(value: AnswerValue | undefined): Audience | null {
  return typeof value === 'string' && (AUDIENCES as string[]).includes(value) ? (value as Audience) : null;
}

/** The questions to show, in interview order. */
export function visibleQuestions(interview: Interview, answers: Answers): Question[] {
  return visibleSections(interview, answers).flatMap((s) => s.questions);
}

/** Only the answers to questions that are currently shown. */
export function visibleAnswers(interview: Interview, answers: Answers): Answers {
  const out: Answers = {};
  for (const question of visibleQuestions(interview, answers)) {
    const value = answers[question.id];
    if (value !== undefined) out[question.id] = value;
  }
  return out;
}
