// Checks one answer against its question. No question is required: the interviewee sets the pace,
// so an empty or cleared answer is always allowed. Messages speak to the advisor ("je").
import type { Locale } from '../content';
import type { AnswerValue, Question } from './interview-schema';

/** Long enough for a careful account in the interviewee's own words, short enough to stay a note. */
export const TEXT_MAX = 500;
export const LONGTEXT_MAX = 10_000;

const messages = {
  nl: {
    chooseOne: 'Kies een van de antwoorden die bij deze vraag horen.',
    chooseFromList: 'Kies alleen uit de antwoorden die bij deze vraag horen.',
    duplicate: 'Je hebt hetzelfde antwoord twee keer gekozen.',
    exclusive: (label: string) => `"${label}" kun je niet combineren met andere antwoorden.`,
    yesNo: 'Kies ja of nee.',
    text: 'Vul hier tekst in.',
    tooLong: (max: number) => `Deze tekst is te lang: maximaal ${max} tekens.`,
    number: 'Vul een getal in.',
    min: (min: number) => `Het getal moet ${min} of meer zijn.`,
    max: (max: number) => `Het getal mag niet groter zijn dan ${max}.`,
  },
  en: {
    chooseOne: 'Choose one of the answers that belong to this question.',
    chooseFromList: 'Choose only from the answers that belong to this question.',
    duplicate: 'You chose the same answer twice.',
    exclusive: (label: string) => `"${label}" cannot be combined with other answers.`,
    yesNo: 'Choose yes or no.',
    text: 'Enter text here.',
    tooLong: (max: number) => `This text is too long: at most ${max} characters.`,
    number: 'Enter a number.',
    min: (min: number) => `The number must be ${min} or more.`,
    max: (max: number) => `The number may not be larger than ${max}.`,
  },
} as const;

/** null when the answer fits the question, otherwise a message for the advisor. */
export function validateAnswer(question: Question, value: AnswerValue | undefined, locale: Locale = 'nl'): string | null {
  const m = messages[locale];
  if (value === undefined || value === null) return null;
  switch (question.type) {
    case 'single': {
      if (typeof value !== 'string') return m.chooseOne;
      if (value === '') return null;
      return question.options?.some((o) => o.value === value) ? null : m.chooseOne;
    }
    case 'multi': {
      if (!Array.isArray(value)) return m.chooseFromList;
      const options = question.options ?? [];
      if (!value.every((v) => options.some((o) => o.value === v))) return m.chooseFromList;
      if (new Set(value).size !== value.length) return m.duplicate;
      if (value.length > 1) {
        const exclusive = options.find((o) => o.exclusive && value.includes(o.value));
        if (exclusive) return m.exclusive(exclusive.label);
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : m.yesNo;
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return m.text;
      const max = question.type === 'text' ? TEXT_MAX : LONGTEXT_MAX;
      return value.length > max ? m.tooLong(max) : null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return m.number;
      if (question.min !== undefined && value < question.min) return m.min(question.min);
      if (question.max !== undefined && value > question.max) return m.max(question.max);
      return null;
    }
  }
}
