// How far the interview is, counted over what applies. Two kinds of question never count: those
// the skip logic has ruled out, and those the case already answers (a `caseFact`: the interview
// shows the fact instead of asking it). A question that is hidden now but may still appear — its
// condition waits on a question not answered yet — is counted from the start, so an answer that
// brings it into view does not make the total grow and the bar jump back. Answering can only settle
// such questions one way or the other: the percentage never goes down while the advisor answers.
import { validateAnswer } from './answer-validation';
import type { Answers, AnswerValue, Audience, Condition, Interview, Question } from './interview-schema';
import { AUDIENCES } from './interview-schema';
import { isAnswered, visibleSections } from './skip-logic';

export interface InterviewProgress {
  answered: number;
  /** Questions that apply or may still apply; case facts and ruled-out questions excluded. */
  total: number;
  /** 0–100, rounded down so 100 means everything that applies has an answer. */
  percent: number;
  /** Per section: `shown` is what the advisor sees now, `total` what counts (shown and still possible). */
  sections: { id: string; answered: number; total: number; shown: number }[];
  /** The first shown question without an answer, or null when all are answered. */
  nextQuestionId: string | null;
}

/** true, false, or not known yet (Kleene's three values: more answers only ever settle a null). */
type Truth = boolean | null;

const and = (values: Truth[]): Truth => (values.includes(false) ? false : values.includes(null) ? null : true);
const or = (values: Truth[]): Truth => (values.includes(true) ? true : values.includes(null) ? null : false);

/** Whether a question the skip logic hides now is ruled out (false) or may still appear (null). */
function outlook(interview: Interview, answers: Answers, shown: ReadonlySet<string>): Map<string, Truth> {
  const truth = new Map<string, Truth>();
  const caseFacts = new Set(interview.sections.flatMap((s) => s.questions.filter((q) => !isAsked(q)).map((q) => q.id)));
  // A shown question with an answer is settled; a shown question without one, or one that may
  // still appear, is not known yet; a ruled-out question is settled as having no answer. A case
  // fact is settled whatever it holds: the interview will not ask it, so no answer is coming.
  const known = (id: string): { settled: true; value: AnswerValue | undefined } | { settled: false } => {
    if (shown.has(id)) return isAnswered(answers[id]) || caseFacts.has(id) ? { settled: true, value: answers[id] } : { settled: false };
    return truth.get(id) === null ? { settled: false } : { settled: true, value: undefined };
  };
  const evaluate = (condition: Condition): Truth => {
    if ('all' in condition) return and(condition.all.map(evaluate));
    if ('any' in condition) return or(condition.any.map(evaluate));
    if ('not' in condition) {
      const inner = evaluate(condition.not);
      return inner === null ? null : !inner;
    }
    const fact = known(condition.q);
    if (!fact.settled) return null;
    const value = fact.value;
    if ('answered' in condition) return isAnswered(value);
    if ('equals' in condition) return value === condition.equals;
    if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
    return Array.isArray(value) && value.includes(condition.includes);
  };
  const audienceFits = (audiences: readonly Audience[] | undefined): Truth => {
    if (!audiences) return true;
    const fact = known(interview.audienceFrom);
    if (!fact.settled) return null;
    const audience = typeof fact.value === 'string' && (AUDIENCES as string[]).includes(fact.value) ? (fact.value as Audience) : null;
    return audience !== null && audiences.includes(audience);
  };
  for (const section of interview.sections) {
    const sectionTruth = and([audienceFits(section.audiences), section.showIf ? evaluate(section.showIf) : true]);
    for (const question of section.questions) {
      truth.set(question.id, shown.has(question.id) ? true : and([sectionTruth, audienceFits(question.audiences), question.showIf ? evaluate(question.showIf) : true]));
    }
  }
  return truth;
}

/** A question the interview asks itself: not one whose answer the case holds. */
export function isAsked(question: Question): boolean {
  return question.caseFact === undefined;
}

export function interviewProgress(interview: Interview, answers: Answers): InterviewProgress {
  const visible = visibleSections(interview, answers);
  const shown = new Set(visible.flatMap((s) => s.questions.map((q) => q.id)));
  const truth = outlook(interview, answers, shown);
  let answered = 0;
  let total = 0;
  let nextQuestionId: string | null = null;
  const sections = interview.sections.map((section) => {
    let sectionAnswered = 0;
    let sectionTotal = 0;
    let sectionShown = 0;
    for (const question of section.questions) {
      if (!isAsked(question) || truth.get(question.id) === false) continue;
      sectionTotal += 1;
      if (!shown.has(question.id)) continue;
      sectionShown += 1;
      const value = answers[question.id];
      if (isAnswered(value) && validateAnswer(question, value) === null) sectionAnswered += 1;
      else nextQuestionId ??= question.id;
    }
    answered += sectionAnswered;
    total += sectionTotal;
    return { id: section.id, answered: sectionAnswered, total: sectionTotal, shown: sectionShown };
  });
  const percent = total === 0 ? 0 : Math.floor((answered / total) * 100);
  return { answered, total, percent, sections, nextQuestionId };
}
