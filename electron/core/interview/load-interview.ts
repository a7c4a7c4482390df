// The interview content, validated once per locale. The JSON is bundled with the build, so loading
// needs no file system access at runtime.
import en from '../../../resources/interview/en.json';
import nl from '../../../resources/interview/nl.json';
import { type Locale, parseContent } from './content-validation';
import { type Interview, interviewSchema, type Question } from './interview-schema';

const sources: Record<Locale, { file: string; data: unknown }> = {
  nl: { file: 'resources/interview/nl.json', data: nl },
  en: { file: 'resources/interview/en.json', data: en },
};

const cache = new Map<Locale, Interview>();

export function loadInterview(locale: Locale = 'nl'): Interview {
  let interview = cache.get(locale);
  if (!interview) {
    const source = sources[locale];
    interview = parseContent(interviewSchema, source.data, source.file);
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
