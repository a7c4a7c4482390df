// The interview content, validated once per locale. The JSON is bundled with the build, so loading
// needs no file system access at runtime.
import en from '@resources/interview/en.json';
import nl from '@resources/interview/nl.json';
import { contentLoader, type Locale } from '../content';
import { type Interview, interviewSchema, type Question } from './interview-schema';

const load = contentLoader(interviewSchema, 'interview', { nl, en });

export function loadInterview(locale: Locale = 'nl'): Interview {
  return load(locale);
}

export function findQuestion(interview: Interview, id: string): Question | undefined {
  for (const section of interview.sections) {
    const question = section.questions.find((q) => q.id === id);
    if (question) return question;
  }
  return undefined;
}
