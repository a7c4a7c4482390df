// Reading an answer back: in words (option labels, not keys), and with the answers it replaced,
// so a correction never looks like a silent overwrite.
import type { AnswerRecord, AnswerValue, InterviewQuestion } from './interview-types';

/** An answer as the advisor chose or typed it; text is cut off so a long account stays one line. */
export function describeAnswer(question: InterviewQuestion, value: AnswerValue | undefined, words: { yes: string; no: string; empty: string }): string {
  const label = (key: string) => question.options?.find((o) => o.value === key)?.label ?? key;
  if (value === undefined || value === null) return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? words.empty : value.map(label).join(', ');
  if (question.options) return label(value);
  const text = value.trim();
  if (text === '') return words.empty;
  return `“${text.length > 140 ? `${text.slice(0, 140)}…` : text}”`;
}

export interface Correction {
  /** When the answer now on record was given. */
  correctedAt: string;
  /** The answers it replaced, newest first. */
  earlier: AnswerRecord[];
}

/**
 * Whether `now` only adds to `before`: text that was saved while still being typed and then grew,
 * or a list with one more option ticked. That is the same answer being given, not a correction.
 */
function onlyAdds(before: AnswerValue, now: AnswerValue): boolean {
  if (before === null || before === '') return true;
  if (typeof before === 'string' && typeof now === 'string') return now.startsWith(before.trimEnd());
  if (Array.isArray(before) && Array.isArray(now)) return before.every((v) => now.includes(v));
  return false;
}

/**
 * The earlier answers to one question, if the current one replaced any. Versions the current
 * answer only adds to are left out; anything removed or changed is shown, so nothing looks
 * silently overwritten. (The chronology keeps every version regardless.)
 */
export function correctionOf(question: InterviewQuestion, history: readonly AnswerRecord[]): Correction | null {
  const records = history.filter((r) => r.questionId === question.id);
  const current = records.at(-1);
  if (!current || records.length < 2) return null;
  const earlier = records
    .slice(0, -1)
    .filter((r) => !onlyAdds(r.value, current.value))
    .reverse();
  return earlier.length === 0 ? null : { correctedAt: current.answeredAt, earlier };
}

/** The newest answer time in the interview, or null before the first answer. */
export function latestAnswerAt(history: readonly AnswerRecord[]): string | null {
  let latest: string | null = null;
  for (const record of history) if (latest === null || Date.parse(record.answeredAt) > Date.parse(latest)) latest = record.answeredAt;
  return latest;
}
