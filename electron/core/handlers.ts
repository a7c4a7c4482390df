// The contract implemented. Each handler is thin: the dispatcher validates the input, the handler
// calls a service, and the dispatcher maps any error to a typed message in the person's language.
// Nothing here imports Electron: main binds these to ipcMain, the test harness to Playwright.
import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { annualReport } from './cases/annual-report';
import { auditEntries, audit } from './cases/audit-trail';
import { addAction, dueActions, listActions, updateAction } from './cases/action-plan';
import { exportActionPlan } from './cases/action-plan-pdf';
import {
  caseDetail,
  createCase,
  destroyCase,
  dueForDestruction,
  linkCases,
  listCases,
  recordConsent,
  reopenCase,
  requireCase,
  savePerson,
  setStatus,
  updateCase,
  withdrawConsent,
} from './cases/case-files';
import { latestAssessment, overrideAssessment, planRecommendedActions, runAssessment } from './cases/case-assessment';
import { answerQuestion, interviewState } from './cases/case-interview';
import { addNote, listNotes, updateNote } from './cases/case-notes';
import { exportPack, layoutPack, listPacks, savePack } from './cases/case-packs';
import { removePerson } from './cases/person-removal';
import { loadActionCatalog, loadOrganisations, loadSources } from './assessment';
import { loadInterview } from './interview';
import { validateLogo } from './packs';
import { loadChecklistContent } from './checklists/checklist-content';
import { getChecklist, saveChecklist } from './cases/checklists';
import { addEvidence, listEvidence, takedownFollowUps, updateEvidence } from './cases/takedown-tracker';
import { preventionHandlers } from './prevention';
import { listContacts, removeContact, saveContact } from './cases/school-contacts';
import { appendEvent, byHappened, correctEvent, listEvents, readableTimeline } from './cases/timeline';
import { sealChain, verifyChain } from './cases/chronology-chain';
import { boardHandlers } from './board/board-handlers';
import { handoverHandlers } from './handover/handover-handlers';
import { AppError, type AppContext } from './app-context';
import { contract, type CallError, type CallName, type CallOutput, type CallResult } from './contract';
import { readSettings, writeSettings } from './settings/settings-store';
import { readUiPreferences, writeUiPreferences } from './settings/ui-preferences';
import { passphraseStrength } from './vault/passphrase-policy';
import { confirmationGroups, groupsMatch } from './vault/recovery-key';
import type { Vault } from './vault/vault';
import { diskFailure, VaultError } from './vault/vault-error';
import { embeddedMediaPath } from './text-rules';
import type { ErrorCode, Locale } from '@shared';
import { refuseIfHandedOver } from './handover/pending-handovers';
import { dialogText, errorText, validationText } from './main-i18n';

/** What only the shell can do (dialogs, the system browser); faked in tests. */
export interface Platform {
  confirmAndOpenExternal(url: string): Promise<boolean>;
  /** Asks where to save a file and writes it there; the chosen file's name, or null when cancelled. */
  saveFile(defaultName: string, data: Buffer): Promise<string | null>;
}

export interface HandlerDeps {
  vault: Vault;
  platform: Platform;
  /** Origins of the organisations in resources/: the only external links the app opens. */
  allowedExternalOrigins: () => ReadonlySet<string>;
  now?: () => Date;
}

/** After a destruction: what happened to the backups, in the contract's words (backupsAfterDestruction). */
export type PurgeDestroyed = (caseIds: string[]) => { backupsRemoved: number; backupsUnchecked: number; backupProblem: string | null };

export type Handlers = { [K in CallName]: (input: z.output<(typeof contract)[K]['input']>) => Promise<CallOutput<K>> | CallOutput<K> };

export function createHandlers(deps: HandlerDeps) {
  const { vault } = deps;
  const now = deps.now ?? (() => new Date());
  /** Held only between creating the vault and the person confirming they wrote the key down. */
  let pendingRecoveryKey: string | null = null;

  /**
   * The connection a call that waits on the save dialog opened with. A lock while the dialog is open
   * closes the vault for every other call, but this one finishes on its own connection (held open
   * by vault.hold until it is done) and records what it wrote out.
   */
  const heldConnection = new AsyncLocalStorage<ReturnType<Vault['connection']>>();

  const ctx = (): AppContext => {
    const { db, sqlite } = heldConnection.getStore() ?? vault.connection();
    const actor = () => {
      const settings = readSettings({ db });
      return settings.profileName || dialogText(settings.locale, 'defaultActor');
    };
    return { db, sqlite, now, actor };
  };

  /**
   * A destroyed case must not come back from a backup either: a fresh backup, and the older ones
   * holding it removed. When no backup can be made now, the reason is told in the advisor's language
   * and the removal waits for the next backup that succeeds (the vault remembers the cases).
   */
  const purgeDestroyed: PurgeDestroyed = (caseIds) => {
    const { removed, unchecked, problem } = vault.afterDestruction(caseIds);
    const backupProblem = problem ? errorText(readUiPreferences(vault.options.folder).locale, problem.code, problem.details) : null;
    return { backupsRemoved: removed.length, backupsUnchecked: unchecked.length, backupProblem };
  };

  /** The chronology as the screen shows it: one entry per answer per sitting, by when it happened. */
  const chronology = (caseId: string) => byHappened(readableTimeline(listEvents(ctx(), caseId)));

  const handlers: Handlers = {
    vaultStatus: () => ({ state: vault.state(), locale: readUiPreferences(vault.options.folder).locale, problem: vault.problem() }),
    vaultPassphraseStrength: ({ passphrase }) => passphraseStrength(passphrase),
    vaultCreate: async ({ passphrase, profileName }) => {
      const { recoveryKey } = await vault.create(passphrase);
      writeSettings(ctx(), { profileName, advisor: { ...readSettings(ctx()).advisor, name: profileName } });
      audit(ctx(), 'unlock', null, 'created');
      pendingRecoveryKey = recoveryKey;
      return { recoveryKey, confirmGroups: confirmationGroups() };
    },
    vaultConfirmRecoveryKey: ({ groups }) => {
      if (!groupsMatch(pendingRecoveryKey, groups)) throw new VaultError('recovery_not_confirmed');
      pendingRecoveryKey = null;
      writeSettings(ctx(), { recoveryConfirmed: true });
      return { ok: true as const };
    },
    vaultNewRecoveryKey: async ({ passphrase }) => {
      const { recoveryKey } = await vault.newRecoveryKey(passphrase);
      // Until the new key is typed back, the app keeps reminding that it is not confirmed.
      writeSettings(ctx(), { recoveryConfirmed: false });
      audit(ctx(), 'passphrase_change', null, 'new recovery key');
      pendingRecoveryKey = recoveryKey;
      return { recoveryKey, confirmGroups: confirmationGroups() };
    },
    vaultUnlock: async ({ passphrase }) => {
      await vault.unlock(passphrase);
      // The unlock is written once the check after opening has passed (damage locks the vault again).
      void vault
        .ready()
        .then(() => vault.state() === 'unlocked' && audit(ctx(), 'unlock'))
        .catch(() => undefined);
      return { ok: true as const };
    },
    vaultRecover: async ({ recoveryKey, newPassphrase }) => {
      await vault.recover(recoveryKey, newPassphrase);
      audit(ctx(), 'unlock', null, 'recovery');
      return { ok: true as const };
    },
    vaultLock: () => {
      if (vault.state() === 'unlocked') audit(ctx(), 'lock');
      vault.lock();
      pendingRecoveryKey = null;
      return { ok: true as const };
    },
    vaultChangePassphrase: async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      audit(ctx(), 'passphrase_change');
      return { ok: true as const };
    },

    // Readable while locked: the unlock screen offers them when the database is missing or damaged.
    backupsList: () => vault.backups.list(),
    backupsCreate: () => {
      const name = vault.backupNow('handmatig');
      audit(ctx(), 'backup', null, name);
      return vault.backups.list().find((b) => b.name === name)!;
    },
    backupsRestore: async ({ name, passphrase, recoveryKey, newPassphrase }) => {
      const credential = passphrase ? { passphrase } : recoveryKey ? { recoveryKey, newPassphrase } : undefined;
      const wasLocked = vault.state() !== 'unlocked';
      await vault.restore(name, credential);
      await vault.ready();
      audit(ctx(), 'restore', null, wasLocked ? `${name} (unlock screen)` : name);
      return { ok: true as const };
    },

    settingsGet: () => readSettings(ctx()),
    settingsUpdate: (patch) => {
      // The logo ends up inside every PDF: check it here too, not only in the form.
      const logoProblem = patch.school?.logo ? validateLogo(patch.school.logo, readSettings(ctx()).locale) : null;
      if (logoProblem) throw new AppError('invalid_logo', { problem: logoProblem });
      const next = writeSettings(ctx(), patch);
      if (patch.locale) writeUiPreferences(vault.options.folder, { locale: patch.locale });
      audit(ctx(), 'settings_change', null, Object.keys(patch).join(','));
      return next;
    },

    casesList: ({ query, status }) => listCases(ctx(), { query, status: status ?? 'open' }),
    casesCreate: (input) => createCase(ctx(), input),
    casesGet: ({ id }) => {
      const detail = caseDetail(ctx(), id);
      audit(ctx(), 'case_open', id);
      return detail;
    },
    casesUpdate: ({ id, patch }) => updateCase(ctx(), id, patch),
    casesSetStatus: ({ id, status, reason }) => setStatus(ctx(), id, status, reason),
    casesReopen: ({ id, reason }) => reopenCase(ctx(), id, reason),
    casesLink: ({ id, otherId, reason }) => linkCases(ctx(), id, otherId, reason),
    casesDueForDestruction: () => dueForDestruction(ctx()),
    casesDestroy: ({ id, confirmTitle }) => {
      const context = ctx();
      // The destruction and the note that older backups holding the case must go: together or not at all.
      context.sqlite.transaction(() => {
        destroyCase(context, id, confirmTitle);
        vault.rememberDestroyed([id]);
      })();
      return { ok: true as const, ...purgeDestroyed([id]) };
    },

    personsSave: (input) => savePerson(ctx(), input),
    personsRemove: (input) => removePerson(ctx(), input),
    consentsRecord: (input) => recordConsent(ctx(), input),
    consentsWithdraw: ({ caseId, consentId, note }) => withdrawConsent(ctx(), caseId, consentId, note),

    timelineList: ({ caseId }) => chronology(caseId),
    timelineAdd: ({ caseId, kind, summary, happenedAt }) => {
      caseDetail(ctx(), caseId);
      if (happenedAt && happenedAt.slice(0, 16) > localMoment(now())) throw new AppError('happened_in_future');
      appendEvent(ctx(), caseId, kind, summary, {}, null, happenedAt ?? null);
      return chronology(caseId);
    },
    timelineCorrect: ({ caseId, eventId, correction }) => {
      correctEvent(ctx(), caseId, eventId, correction);
      return chronology(caseId);
    },
    chronologyVerify: ({ caseId }) => {
      requireCase(ctx(), caseId);
      // Events from before the chain get their hash first; sealed ones are only recomputed.
      sealChain(ctx().sqlite, caseId);
      const check = verifyChain(ctx().sqlite, caseId);
      audit(ctx(), 'case_open', caseId, `chronology verify: ${check.ok ? 'ok' : `mismatch at ${check.firstMismatch.eventId}`}`);
      return { ...check, firstMismatch: check.ok ? null : check.firstMismatch };
    },

    actionsList: ({ caseId }) => listActions(ctx(), caseId),
    actionsAdd: ({ caseId, action }) => addAction(ctx(), caseId, action),
    actionsUpdate: (input) => updateAction(ctx(), input),
    actionsDue: () => dueActions(ctx()),
    actionsExportPdf: ({ caseId }) => exportActionPlan(ctx(), caseId, deps.platform.saveFile),

    notesList: ({ caseId }) => listNotes(ctx(), caseId),
    notesAdd: ({ caseId, kind, body }) => addNote(ctx(), caseId, kind, body),
    notesUpdate: ({ caseId, noteId, body }) => updateNote(ctx(), caseId, noteId, body),

    evidenceList: ({ caseId }) => listEvidence(ctx(), caseId),
    evidenceAdd: ({ caseId, item }) => addEvidence(ctx(), caseId, item),
    evidenceUpdate: (input) => updateEvidence(ctx(), input),
    takedownFollowUps: () => takedownFollowUps(ctx()),

    contactsList: () => listContacts(ctx()),
    contactsSave: (input) => saveContact(ctx(), input),
    contactsRemove: ({ id }) => removeContact(ctx(), id),

    checklistContent: () => loadChecklistContent(readSettings(ctx()).locale),
    checklistGet: ({ caseId, checklistKey }) => getChecklist(ctx(), caseId, checklistKey),
    checklistSave: ({ caseId, checklist }) => saveChecklist(ctx(), caseId, checklist),

    annualReport: ({ year }) => annualReport(ctx(), year),
    auditList: ({ caseId }) => auditEntries(ctx(), caseId),

    interviewContent: () => loadInterview(readSettings(ctx()).locale),
    interviewState: ({ caseId, victimId }) => interviewState(ctx(), caseId, victimId),
    interviewAnswer: ({ caseId, questionId, value, victimId }) => answerQuestion(ctx(), caseId, questionId, value, victimId),

    assessmentGet: ({ caseId }) => latestAssessment(ctx(), caseId),
    assessmentRun: ({ caseId }) => runAssessment(ctx(), caseId),
    assessmentOverride: ({ caseId, level, reason }) => overrideAssessment(ctx(), caseId, level, reason),
    actionsFromAssessment: ({ caseId, actionKeys }) => planRecommendedActions(ctx(), caseId, actionKeys),
    actionCatalog: () => loadActionCatalog(readSettings(ctx()).locale),
    organisationsList: () => loadOrganisations(readSettings(ctx()).locale),
    sourcesList: () => loadSources(readSettings(ctx()).locale),

    packsList: ({ caseId }) => listPacks(ctx(), caseId),
    packsSave: ({ caseId, type, victimPersonId, edits, namingVictim }) => savePack(ctx(), caseId, type, edits, namingVictim, victimPersonId),
    packsExport: ({ caseId, type, victimPersonId, password }) => exportPack(ctx(), caseId, type, password, deps.platform.saveFile, victimPersonId),
    packsLayout: ({ caseId, type, victimPersonId }) => layoutPack(ctx(), caseId, type, victimPersonId),

    ...boardHandlers({ platform: deps.platform, ctx }),
    ...handoverHandlers({ vault, platform: deps.platform, ctx, purgeDestroyed }),

    openExternal: async ({ url }) => {
      if (!deps.allowedExternalOrigins().has(new URL(url).origin)) throw new AppError('external_not_allowed');
      return { opened: await deps.platform.confirmAndOpenExternal(url) };
    },

    ...preventionHandlers(ctx, deps.platform.saveFile),
  };

  /** Validate, run, map errors: the only way a call reaches a handler. */
  async function dispatch(name: string, rawInput: unknown): Promise<CallResult<unknown>> {
    const locale = readUiPreferences(vault.options.folder).locale;
    if (!Object.hasOwn(contract, name)) return { ok: false, error: message(locale, 'unknown_call') };
    const call = contract[name as CallName];
    const parsed = call.input.safeParse(rawInput ?? {}, { error: zodMessages(locale) });
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          ...message(locale, 'invalid_input'),
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: validationText(locale, issue.message) })),
        },
      };
    }
    // Every call, the vault's own too: the name given at setup goes into every chronology and audit row.
    const media = embeddedMediaPath(parsed.data);
    if (media !== null) {
      const refused = message(locale, 'media_refused');
      return { ok: false, error: { ...refused, issues: [{ path: media, message: refused.message }] } };
    }
    try {
      // Every call waits for the check after unlocking; only these work without an open database.
      if (!isVaultCall(name) && !WITHOUT_DATABASE.has(name)) await vault.ready();
      const handler = handlers[name as CallName] as (input: unknown) => unknown;
      if (CASE_WRITES.has(name)) refuseIfHandedOver(ctx(), [caseIdOf(parsed.data)]);
      const run = SAVE_DIALOG.has(name)
        ? () => {
            const connection = vault.connection();
            return vault.hold(() => heldConnection.run(connection, () => Promise.resolve(handler(parsed.data))));
          }
        : () => handler(parsed.data);
      // One transaction per call: a call that fails halfway changes nothing.
      const value = isVaultCall(name) || OWN_TRANSACTIONS.has(name) ? await run() : await inOneTransaction(run);
      return { ok: true, value: call.output.parse(value) };
    } catch (error) {
      const mapped = mapError(locale, error);
      if (mapped.code === 'database_damaged' && vault.state() === 'unlocked') vault.reportDamage();
      return { ok: false, error: mapped };
    }
  }

  /**
   * Runs a handler inside one savepoint: everything it writes commits together or not at all.
   * A handler that awaits (a save dialog) commits what it did before the await; what it writes
   * after, it writes in a transaction of its own.
   */
  function inOneTransaction(run: () => unknown): unknown {
    const { sqlite } = vault.connection();
    sqlite.exec('SAVEPOINT contract_call');
    const finish = (commit: boolean) => {
      if (!sqlite.open || !sqlite.inTransaction) return;
      sqlite.exec(commit ? 'RELEASE contract_call' : 'ROLLBACK TO contract_call; RELEASE contract_call');
    };
    try {
      const value = run();
      finish(true);
      return value;
    } catch (error) {
      finish(false);
      throw error;
    }
  }

  return { handlers, dispatch, context: ctx };
}

/** Now as a datetime-local field writes it, in the machine's time zone: 2026-11-23T14:05. */
function localMoment(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export type Dispatch = ReturnType<typeof createHandlers>['dispatch'];

/**
 * The vault's own calls (their names start with vault or backups): they open, close, copy or
 * move the file, so they run outside the per-call transaction and before the check after
 * unlocking.
 */
const isVaultCall = (name: string) => name.startsWith('vault') || name.startsWith('backups');
/** Other calls that work without an open database. */
const WITHOUT_DATABASE: ReadonlySet<string> = new Set<CallName>(['openExternal']);
/**
 * The calls that change one case (named by `caseId`, or `id` for the cases… calls). A case that went
 * out in a handover and waits for its receipt refuses all of them: see handover/pending-handovers.ts.
 */
const CASE_WRITES: ReadonlySet<string> = new Set<CallName>([
  'casesUpdate',
  'casesSetStatus',
  'casesReopen',
  'casesLink',
  'casesDestroy',
  'personsSave',
  'personsRemove',
  'consentsRecord',
  'consentsWithdraw',
  'timelineAdd',
  'timelineCorrect',
  'actionsAdd',
  'actionsUpdate',
  'notesAdd',
  'notesUpdate',
  'evidenceAdd',
  'evidenceUpdate',
  'checklistSave',
  'interviewAnswer',
  'assessmentRun',
  'assessmentOverride',
  'actionsFromAssessment',
  'packsSave',
  'packsExport',
]);
const caseIdOf = (input: unknown): string => {
  const { caseId, id } = input as { caseId?: string; id?: string };
  return caseId ?? id ?? '';
};
/**
 * The calls that wait on the save dialog. The vault may lock while it is open: the call still
 * finishes on the connection it started with and records that the file went out (an export in the
 * case and the audit trail, a handover's cases marked as handed over).
 */
const SAVE_DIALOG_CALLS = (Object.keys(contract) as CallName[]).filter((name) => {
  // Known by their answer (contract-fields' savedFile), so a new export call cannot be forgotten here.
  const output: z.ZodType = contract[name].output;
  return output instanceof z.ZodObject && 'saved' in output.shape;
});
const SAVE_DIALOG: ReadonlySet<string> = new Set(SAVE_DIALOG_CALLS);
/**
 * Other calls outside the per-call transaction: destruction (its backup cannot run inside a
 * transaction) and the save-dialog calls (they write after the dialog, in transactions of their own).
 */
const OWN_TRANSACTIONS: ReadonlySet<string> = new Set<CallName>(['casesDestroy', 'handoverConfirmReceipt', 'openExternal', ...SAVE_DIALOG_CALLS]);

function message(locale: Locale, code: ErrorCode, details: Record<string, string | number> = {}): CallError {
  const values = { ...details };
  if (details.retryAfterMs !== undefined) values.seconds = Math.ceil(Number(details.retryAfterMs) / 1000);
  return { code, message: errorText(locale, code, values), details };
}

function mapError(locale: Locale, error: unknown): CallError {
  if (error instanceof VaultError || error instanceof AppError) return message(locale, error.code, error.details);
  // A full or read-only disk, a damaged file: named, so the person knows what to do.
  const disk = diskFailure(error);
  if (disk) return message(locale, disk.code, disk.details);
  // An unexpected failure is logged in main for support, and the renderer gets no stack trace.
  console.error('vertrouwd: unexpected error in handler', error);
  return message(locale, 'internal');
}

function zodMessages(locale: Locale) {
  return locale === 'nl' ? z.locales.nl().localeError : z.locales.en().localeError;
}
