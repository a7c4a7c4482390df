// Where the unlocked app is. State-based on purpose: main blocks every navigation, and a case id
// in a URL would be one more place case data could linger.
import type { CaseStatusFilter } from '@shared';

export const caseTabs = ['overview', 'interview', 'assessment', 'actions', 'timeline', 'notes', 'evidence', 'consent', 'communication'] as const;
export type CaseTab = (typeof caseTabs)[number];

export type Route =
  | { screen: 'start' }
  | { screen: 'cases' }
  | { screen: 'new-case' }
  | { screen: 'case'; caseId: string; tab: CaseTab }
  | { screen: 'contacts' }
  | { screen: 'annual-report' }
  | { screen: 'settings' }
  | { screen: 'handover' }
  | { screen: 'board' }
  | { screen: 'prevention'; tab?: PreventionTab };

export const preventionTabs = ['readiness', 'lessons', 'documents', 'glossary'] as const;
export type PreventionTab = (typeof preventionTabs)[number];

export type Navigate = (route: Route) => void;

export type StatusFilter = CaseStatusFilter;
export type CaseSort = 'updated' | 'title' | 'status' | 'severity';

/** The case list's search, kept while the person opens a case and comes back. */
export interface CaseListFilter {
  query: string;
  status: StatusFilter;
  sort: CaseSort;
}
