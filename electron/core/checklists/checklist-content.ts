// The checklists' questions as data (resources/checklists), validated on first use. It sits outside
// cases/ because the contract uses its schema, and cases/ uses the contract: no cycle between them.
import { z } from 'zod';
import en from '@resources/checklists/en.json';
import nl from '@resources/checklists/nl.json';
import { contentLoader, type Locale } from '../content';

export const checklistContentSchema = z.object({
  lastReviewed: z.iso.date(),
  note: z.string().min(1),
  checklists: z.array(
    z.object({
      key: z.enum(['afwegingskader', 'stappenplan_sexting', 'first_hour']),
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

const load = contentLoader(checklistContentSchema, 'checklists', { nl, en });

export function loadChecklistContent(locale: Locale): ChecklistContent {
  return load(locale);
}

/** The afwegingskader's conclusion: report when any answered question gives its "report" answer. */
export function reportAdvised(content: ChecklistContent, answers: Record<string, { answer: 'yes' | 'no' | 'unknown' }>): boolean {
  const framework = content.checklists.find((c) => c.key === 'afwegingskader')!;
  if (answers.suspicion?.answer !== 'yes') return false;
  return framework.questions.some((q) => q.reportWhen !== null && answers[q.key]?.answer === q.reportWhen);
}
