// The one contract between the renderer and the main process: every call by name, with zod schemas
// for its input and output. Main registers handlers from it (electron/main/ipc.ts), the preload
// exposes exactly these names, the renderer's client is typed from it, and the end-to-end harness
// binds the same handlers. Values are plain JSON so they cross Electron IPC and Playwright alike.
//
// Each feature owns its part in its own file (vault/vault-contract.ts, cases/cases-contract.ts, …);
// this module composes them into the one map and derives the types every side uses. A call is added
// in its feature's part; nothing here changes but, for a new feature, one line of the map.
import { z } from 'zod';
import type { ErrorCode } from '@shared';
import type { ListedCallName } from './call-names';
import { assessmentContract } from './assessment/assessment-contract';
import { boardContract } from './board/board-contract';
import { casesContract } from './cases/cases-contract';
import { caseworkContract } from './cases/casework-contract';
import { handoverContract } from './handover/handover-contract';
import { interviewContract } from './interview/interview-contract';
import { packsContract } from './packs/packs-contract';
import { preventionContract } from './prevention/prevention-schema';
import { settingsContract } from './settings/settings-contract';
import { vaultContract } from './vault/vault-contract';

// The entities the screens and services name, from the features that own them.
export * from './cases/cases-contract';
export * from './cases/casework-contract';
export * from './interview/interview-contract';
export * from './packs/packs-contract';
export * from './settings/settings-contract';
export * from './vault/vault-contract';
export { storedAssessmentSchema, type StoredAssessment } from './assessment/assessment-schema';

export const contract = {
  ...vaultContract,
  ...settingsContract,
  ...casesContract,
  ...caseworkContract,
  ...interviewContract,
  ...assessmentContract,
  ...packsContract,
  ...boardContract,
  ...handoverContract,
  ...preventionContract,

  /** Opens a link from the organisations list in the person's browser, after they confirm. */
  openExternal: { input: z.object({ url: z.url().max(500) }), output: z.object({ opened: z.boolean() }) },
} as const;

export type { BoardOverview } from './board/board-contract';
export type { HandoverManifest, HandoverRecord } from './handover/handover-contract';

// ---------- what the calls carry, by name ----------
// Services take these rather than CallInput<'…'>: named for what they hold, as validated (defaults
// filled in), so a call can be renamed or split without touching the service behind it.
type Carried<K extends keyof typeof contract> = z.output<(typeof contract)[K]['input']>;
export type NewCase = Carried<'casesCreate'>;
export type CasePatch = Carried<'casesUpdate'>['patch'];
export type PersonChange = Carried<'personsSave'>;
export type PersonRemoval = Carried<'personsRemove'>;
export type ConsentDecision = Carried<'consentsRecord'>;
export type ActionDraft = Carried<'actionsAdd'>['action'];
export type ActionChange = Carried<'actionsUpdate'>;
export type EvidenceDraft = Carried<'evidenceAdd'>['item'];
export type EvidenceChange = Carried<'evidenceUpdate'>;
export type ContactChange = Carried<'contactsSave'>;
export type ChecklistAnswers = Carried<'checklistSave'>['checklist'];
export type ReadinessPointChange = Carried<'preventionPointSave'>;
export type ClassChange = Carried<'preventionClassSave'>;
export type LessonChange = Carried<'preventionLessonSave'>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** What crosses the bridge: a result or a typed error, never a stack trace. */
export interface CallError {
  code: ErrorCode;
  message: string;
  details?: Record<string, string | number>;
  issues?: { path: string; message: string }[];
}
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** The shape of window.vertrouwd: one function per call. */
export type VertrouwdApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>> };

// Compile-time proof that call-names.ts lists exactly the contract's calls (both directions).
type Missing = Exclude<CallName, ListedCallName>;
type Extra = Exclude<ListedCallName, CallName>;
export const contractMatchesCallNames: [Missing, Extra] extends [never, never] ? true : never = true;
