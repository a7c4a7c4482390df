// How far the interview is. Only questions that are shown count, and an answer only counts when it
// is filled in and fits its question, so the percentage never promises more than is on record.
import { validateAnswer } from './answer-validation';
import type { Answers, Interview } from './interview-schema';
import { isAnswered, visibleSections } from './skip-logic';

export interface InterviewProgress {
  answered: number;
  total: number;
  /** 0–100, rounded down so 100 means everything shown has an answer. */
  percent: number;
  sections: { id: string; answered: number; total: number }[];
  /** The first shown question without an answer, or null when all are answered. */
  nextQuestionId: string | null;
}

export function interviewProgress(interview: Interview, answers: Answers): InterviewProgress {
  let answered = 0;
  let total = 0;
  let nextQuestionId: string | null = null;
  const sections = visibleSections(interview, answers).map(({ section, questions }) => {
    let sectionAnswered = 0;
    for (const question of questions) {
      const value = answers[question.id];
      if (isAnswered(value) && validateAnswer(question, value) === null) sectionAnswered += 1;
      else nextQuestionId ??= question.id;
    }
    answered += sectionAnswered;
    total += questions.length;
    return { id: section.id, answered: sectionAnswered, total: questions.length };
  });
  const percent = total === 0 ? 0 : Math.floor((answered / total) * 100);
  return { answered, total, percent, sections, nextQuestionId };
}
