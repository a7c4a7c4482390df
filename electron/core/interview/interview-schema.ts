// The shape of the interview: its structure (interview-structure.ts, code), its words per language
// (resources/interview/{nl,en}.json, content) and the two joined, as the engine and the screens use it;
// and the answers the advisor records. The words are data so that a reviewer can change a question
// without touching code; the structure is code so that no translation can change what is asked or
// skipped; the joined schema is what keeps either change from breaking the engine.
import { z } from 'zod';
import { interviewCaseFacts, safetyAlertKeys } from '@shared';

export const audienceSchema = z.enum(['pupil', 'staff', 'parent']);
export type Audience = z.infer<typeof audienceSchema>;
export const AUDIENCES: readonly Audience[] = audienceSchema.options;

export const questionTypeSchema = z.enum(['single', 'multi', 'boolean', 'text', 'longtext', 'number']);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** One recorded answer. null means "cleared": it counts as not answered. */
export const answerValueSchema = z.union([z.string().max(20_000), z.array(z.string().max(200)).max(50), z.boolean(), z.number(), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** All answers of one interview, by question id. */
export const answersSchema = z.record(z.string().min(1).max(100), answerValueSchema);
export type Answers = Record<string, AnswerValue>;

/** Skip logic as data. Conditions may only look at questions that come earlier in the interview. */
export type Condition =
  | { q: string; equals: string | number | boolean }
  | { q: string; in: string[] }
  | { q: string; includes: string }
  | { q: string; answered: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: z.string().min(1), equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({ q: z.string().min(1), in: z.array(z.string()).min(1) }),
    z.strictObject({ q: z.string().min(1), includes: z.string() }),
    z.strictObject({ q: z.string().min(1), answered: z.literal(true) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const text = z.string().trim().min(1);

export const optionSchema = z.strictObject({
  value: z.string().regex(/^[a-z0-9_]+$/, 'option values are lower-case keys (a-z, 0-9, _)'),
  label: text,
  /** An answer such as "none" or "unknown" that cannot be combined with other options. */
  exclusive: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

export const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'question ids are lower-case keys (a-z, 0-9, _)'),
  type: questionTypeSchema,
  label: text,
  help: text.optional(),
  options: z.array(optionSchema).min(2).optional(),
  tips: z.array(text).optional(),
  /** The screen should nudge the advisor to write down the interviewee's literal words. */
  ownWords: z.boolean().optional(),
  showIf: conditionSchema.optional(),
  /** Who can be asked this question; missing means everyone. */
  audiences: z.array(audienceSchema).min(1).optional(),
  /** The CaseFacts field this answer feeds (see electron/core/assessment/case-facts.ts). */
  factor: z.string().min(1).optional(),
  /**
   * The case already holds this fact (shared/interview-vocabulary): the interview shows the case's
   * value instead of asking, and its skip logic reads that value.
   */
  caseFact: z.enum(interviewCaseFacts).optional(),
  /** Bounds for number questions. */
  min: z.number().optional(),
  max: z.number().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  title: text,
  intro: text.optional(),
  tips: z.array(text),
  /** A whole section can be skipped, with the same condition language as a question. */
  showIf: conditionSchema.optional(),
  audiences: z.array(audienceSchema).min(1).optional(),
  /** Asked once per victim when a case has several: how they are, what they and their parents want. */
  perVictim: z.boolean().optional(),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

export const interviewSchema = z
  .strictObject({
    lastReviewed: z.iso.date(),
    note: text,
    /** For reviewers only; never shown. */
    reviewerNote: text.optional(),
    /** The question whose answer (pupil, staff or parent) decides which audience-bound questions show. */
    audienceFrom: z.string().min(1),
    sections: z.array(sectionSchema).min(1),
    /** What to do now, shown beside the safety question the moment its answer raises the alert; every key needs one. */
    safetyAlerts: z.record(z.enum(safetyAlertKeys), z.strictObject({ title: text, steps: z.array(text).min(1) })),
  })
  .superRefine((interview, ctx) => {
    const seen = new Map<string, Question>();
    const sectionIds = new Set<string>();

    const checkCondition = (condition: Condition, path: PropertyKey[]): void => {
      if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i]));
      if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i]));
      if ('not' in condition) return checkCondition(condition.not, [...path, 'not']);
      const target = seen.get(condition.q);
      if (!target) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'q'],
          message: `"${condition.q}" is not a question that comes earlier in the interview`,
        });
        return;
      }
      const values = new Set(target.options?.map((o) => o.value));
      const expectValue = (value: string, where: PropertyKey[]): void => {
        if (target.options && !values.has(value)) {
          ctx.addIssue({ code: 'custom', path: [...path, ...where], message: `"${value}" is not an option of "${target.id}"` });
        }
      };
      if ('includes' in condition) {
        if (target.type !== 'multi') {
          ctx.addIssue({ code: 'custom', path: [...path, 'includes'], message: `"includes" needs a multi question, "${target.id}" is ${target.type}` });
        }
        expectValue(condition.includes, ['includes']);
      }
      if ('in' in condition) condition.in.forEach((v, i) => expectValue(v, ['in', i]));
      if ('equals' in condition && typeof condition.equals === 'string') expectValue(condition.equals, ['equals']);
    };

    interview.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `section id "${section.id}" is used twice` });
      }
      sectionIds.add(section.id);
      if (section.showIf) checkCondition(section.showIf, ['sections', s, 'showIf']);
      section.questions.forEach((question, q) => {
        const path: PropertyKey[] = ['sections', s, 'questions', q];
        if (seen.has(question.id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `question id "${question.id}" is used twice` });
        }
        const needsOptions = question.type === 'single' || question.type === 'multi';
        if (needsOptions && !question.options) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `a ${question.type} question needs options` });
        }
        if (!needsOptions && question.options) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `a ${question.type} question has no options` });
        }
        const values = question.options?.map((o) => o.value) ?? [];
        const duplicate = values.find((v, i) => values.indexOf(v) !== i);
        if (duplicate) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `option "${duplicate}" is listed twice` });
        }
        if ((question.min !== undefined || question.max !== undefined) && question.type !== 'number') {
          ctx.addIssue({ code: 'custom', path, message: 'min and max only apply to number questions' });
        }
        // A question may depend on earlier questions only, never on itself or later ones: this keeps
        // skip logic free of cycles and lets the engine decide visibility in one pass.
        if (question.showIf) checkCondition(question.showIf, [...path, 'showIf']);
        seen.set(question.id, question);
      });
    });

    const audienceQuestion = seen.get(interview.audienceFrom);
    if (!audienceQuestion) {
      ctx.addIssue({ code: 'custom', path: ['audienceFrom'], message: `"${interview.audienceFrom}" is not a question` });
    } else if (audienceQuestion.type !== 'single' || !audienceQuestion.options?.every((o) => (AUDIENCES as string[]).includes(o.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['audienceFrom'],
        message: `"${interview.audienceFrom}" must be a single question whose options are ${AUDIENCES.join(', ')}`,
      });
    }
  });
export type Interview = z.infer<typeof interviewSchema>;

/** The structure of one question: everything but its words. */
export type QuestionStructure = Omit<Question, 'label' | 'help' | 'tips' | 'options'> & {
  /** The answer values, in the order they are offered. */
  options?: readonly string[];
  /** Values that cannot be combined with others ("none", "unknown"). */
  exclusive?: readonly string[];
};
export interface InterviewStructure {
  audienceFrom: string;
  sections: ReadonlyArray<Omit<Section, 'title' | 'intro' | 'tips' | 'questions'> & { questions: readonly QuestionStructure[] }>;
}

/** The words of the interview in one language, keyed by the structure's ids. */
export const interviewTextSchema = z.strictObject({
  lastReviewed: z.iso.date(),
  note: text,
  /** For reviewers only; never shown. */
  reviewerNote: text.optional(),
  sections: z.record(
    z.string(),
    z.strictObject({
      title: text,
      intro: text.optional(),
      tips: z.array(text),
      questions: z.record(z.string(), z.strictObject({ label: text, help: text.optional(), tips: z.array(text).optional(), options: z.record(z.string(), text).optional() })),
    }),
  ),
  safetyAlerts: z.record(z.enum(safetyAlertKeys), z.strictObject({ title: text, steps: z.array(text).min(1) })),
});
export type InterviewText = z.infer<typeof interviewTextSchema>;

/**
 * The structure with one language's words. Every section, question and option needs its words, and
 * words for an id the structure does not have are refused too: they would be a question that silently
 * disappeared, or a translation of one that no longer exists.
 */
export function joinInterview(structure: InterviewStructure, words: InterviewText): { interview: unknown; problems: string[] } {
  const problems: string[] = [];
  const sections = structure.sections.map((section) => {
    const sectionWords = words.sections[section.id];
    if (!sectionWords) problems.push(`sections.${section.id}: no text for this section`);
    const questions = section.questions.map((question) => {
      const questionWords = sectionWords?.questions[question.id];
      if (sectionWords && !questionWords) problems.push(`sections.${section.id}.questions.${question.id}: no text for this question`);
      const options = question.options?.map((value) => {
        const label = questionWords?.options?.[value];
        if (questionWords && label === undefined) problems.push(`sections.${section.id}.questions.${question.id}.options.${value}: no text for this option`);
        return { value, label: label ?? '', ...(question.exclusive?.includes(value) ? { exclusive: true } : {}) };
      });
      for (const value of Object.keys(questionWords?.options ?? {})) {
        if (!question.options?.includes(value)) problems.push(`sections.${section.id}.questions.${question.id}.options.${value}: not an option of this question`);
      }
      const { options: _words, ...rest } = questionWords ?? { label: '' };
      const { exclusive: _exclusive, ...shape } = question;
      return { ...shape, ...rest, ...(options ? { options } : {}) };
    });
    for (const id of Object.keys(sectionWords?.questions ?? {})) {
      if (!section.questions.some((q) => q.id === id)) problems.push(`sections.${section.id}.questions.${id}: not a question of this section`);
    }
    const { questions: _q, ...sectionText } = sectionWords ?? { title: '', tips: [] };
    return { ...section, ...sectionText, questions };
  });
  for (const id of Object.keys(words.sections)) {
    if (!structure.sections.some((s) => s.id === id)) problems.push(`sections.${id}: not a section of the interview`);
  }
  const { sections: _s, ...header } = words;
  return { interview: { ...header, audienceFrom: structure.audienceFrom, sections }, problems };
}
