// The assessment's part of the contract: running and overriding it, turning its advice into actions,
// and the catalog, organisations and sources the advice rests on. Composed into the one contract map
// in contract.ts.
import { z } from 'zod';
import { TEXT_LIMITS } from '@shared';
import { empty, id, shortText } from '../contract-fields';
import { actionCatalogViewSchema } from './action-catalog';
import { levelSchema, storedAssessmentSchema } from './assessment-schema';
import { organisationListSchema } from './organisations';
import { sourceListSchema } from './sources';
import { actionSchema } from '../cases/casework-contract';

export const assessmentContract = {
  assessmentGet: { input: z.object({ caseId: id }), output: storedAssessmentSchema.nullable() },

  assessmentRun: { input: z.object({ caseId: id }), output: storedAssessmentSchema },

  assessmentOverride: {
    input: z.object({ caseId: id, level: levelSchema, reason: shortText(TEXT_LIMITS.overrideReason).min(1, 'Geef een reden waarom je de inschatting aanpast.') }),
    output: storedAssessmentSchema,
  },

  actionsFromAssessment: { input: z.object({ caseId: id, actionKeys: z.array(z.string().max(60)).min(1).max(40) }), output: z.array(actionSchema) },

  actionCatalog: { input: empty, output: actionCatalogViewSchema },

  organisationsList: { input: empty, output: organisationListSchema },

  /** The sources page: what each text of the advice rests on, reviewed when. */
  sourcesList: { input: empty, output: sourceListSchema },
} as const;
