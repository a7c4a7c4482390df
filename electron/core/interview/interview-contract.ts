// The interview's part of the contract: its content, a case's answers per victim and the progress.
// Composed into the one contract map in contract.ts.
import { z } from 'zod';
import { safetyAlertKeys } from '@shared';
import { empty, id } from '../contract-fields';
import { answerValueSchema, interviewSchema } from './interview-schema';

export const interviewStateSchema = z.object({
  answers: z.record(z.string(), answerValueSchema),
  progress: z.object({
    answered: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    sections: z.array(z.object({ id: z.string(), answered: z.number().int(), total: z.number().int(), shown: z.number().int() })),
    nextQuestionId: z.string().nullable(),
  }),
  visibleQuestionIds: z.array(z.string()),
  /** Every answer ever given, oldest first; a correction points at the answer it replaced. */
  history: z.array(
    z.object({
      id: z.number().int(),
      questionId: z.string(),
      value: answerValueSchema,
      answeredAt: z.string(),
      supersedesId: z.number().int().nullable(),
      victimPersonId: z.string().nullable(),
    }),
  ),
  /** The victim the per-victim parts are about; null while the case has no victim. */
  victimId: z.string().nullable(),
  victims: z.array(z.object({ personId: z.string(), label: z.string() })),
  /** Safety answers that call for action now; the assessment raises flags of the same keys. */
  safetyAlerts: z.array(z.enum(safetyAlertKeys)),
});
export type InterviewState = z.infer<typeof interviewStateSchema>;

export const interviewContract = {
  interviewContent: { input: empty, output: interviewSchema },

  /** victimId: which victim the per-victim parts are about; the first victim when left out. */
  interviewState: { input: z.object({ caseId: id, victimId: id.optional() }), output: interviewStateSchema },

  interviewAnswer: { input: z.object({ caseId: id, questionId: z.string().min(1).max(100), value: answerValueSchema, victimId: id.optional() }), output: interviewStateSchema },
} as const;
