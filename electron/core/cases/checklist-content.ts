// The checklists' questions as data (resources/checklists), validated on first use.
import { z } from 'zod';
import en from '../../../resources/checklists/en.json';
import nl from '../../../resources/checklists/nl.json';

export const checklistContentSchema = z.object({
  lastReviewed: z.iso.date(),
  note: z.string().min(1),
  checklists: z.array(
    z.object({
      key: z.enum(['afwegingskader', 'stappenplan_sexting']),
      title: z.string().min(1),
      intro: z.string().min(1),
      questions: z.array(
        z.object({
          key: z.string().regex(/^[a-z_]+$/),
          text: z.string().min(1),
          /** The answer that means "report to Veilig Thuis" in the afwegingskader; null when none. */
          reportWhen: z.enum(['yes', 'no']).nullable(),
          hint: z.string().min(1),
        }),
      ),
    }),
  ),
});
export type ChecklistContent = z.infer<typeof checklistContentSchema>;

const cache = new Map<'nl' | 'en', ChecklistContent>();

export function loadChecklistContent(locale: 'nl' | 'en'): ChecklistContent {
  let content = cache.get(locale);
  if (!content) {
    const parsed = checklistContentSchema.safeParse(locale === 'nl' ? nl : en);
    if (!parsed.success) throw new Error(`resources/checklists/${locale}.json is invalid: ${parsed.error.message}`);
    content = parsed.data;
    cache.set(locale, content);
  }
  return content;
}

/** The afwegingskader's conclusion: report when any answered question gives its "report" answer. */
export function reportAdvised(content: ChecklistContent, answers: Record<string, { answer: 'yes' | 'no' | 'unknown' }>): boolean {
  const framework = content.checklists.find((c) => c.key === 'afwegingskader')!;
  if (answers.suspicion?.answer !== 'yes') return false;
  return framework.questions.some((q) => q.reportWhen !== null && answers[q.key]?.answer === q.reportWhen);
}
