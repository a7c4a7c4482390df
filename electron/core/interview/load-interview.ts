// The interview in one language: its structure (code) joined with that language's words (content),
// validated once per locale. The JSON is bundled with the build, so loading needs no file system
// access at runtime.
import en from '@resources/interview/en.json';
import nl from '@resources/interview/nl.json';
import { ContentError, parseContent, type Locale } from '../content';
import { type Interview, interviewSchema, interviewTextSchema, joinInterview, type Question } from './interview-schema';
import { INTERVIEW_STRUCTURE } from './interview-structure';

const WORDS: Record<Locale, unknown> = { nl, en };
const cache = new Map<Locale, Interview>();

export function loadInterview(locale: Locale = 'nl'): Interview {
  let interview = cache.get(locale);
  if (!interview) {
    const file = `resources/interview/${locale}.json`;
    const { interview: joined, problems } = joinInterview(INTERVIEW_STRUCTURE, parseContent(interviewTextSchema, WORDS[locale], file));
    if (problems.length > 0) throw new ContentError(file, problems);
    interview = parseContent(interviewSchema, joined, file);
    cache.set(locale, interview);
  }
  return interview;
}

export function findQuestion(interview: Interview, id: string): Question | undefined {
  for (const section of interview.sections) {
    const question = section.questions.find((q) => q.id === id);
    if (question) return question;
  }
  return undefined;
}
