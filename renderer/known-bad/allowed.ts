// The control: what the renderer may do — the shared vocabulary by value, the contract by type, the
// DOM. The type check and the lint rule must accept this file, or the refusals prove nothing.
import type { CaseSummary } from '@core/contract';
import { caseStatuses } from '@shared';

export const statuses = caseStatuses;
export const title = (summary: CaseSummary): string => document.title + summary.title;
