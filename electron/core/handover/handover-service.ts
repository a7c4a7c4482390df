// The successor handover, both sides. The sender chooses open cases, reviews the manifest, and gets
// one encrypted file plus a handover code shown once; the cases stay, marked as handed over, until
// the successor's confirmation code comes back, and are then destroyed by the normal destruction
// path. The successor imports the file with the code into their own vault: the chronology arrives as
// it was, followed by an entry that says it was received. Every refusal changes nothing.
import { createHash, randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { handovers } from '@db/schema';
import { schemaVersion } from '@db/migrate';
import { AppError, nowIso, type AppContext } from '../app-context';
import { audit } from '../cases/audit-trail';
import { destroyCase, reindexCase, requireCase } from '../cases/case-files';
import { chainHead, sealChain } from '../cases/chronology-chain';
import { appendEvent } from '../cases/timeline';
import { timelineSentence } from '../cases/timeline-texts';
import { readSettings } from '../settings/settings-store';
import { HANDOVER_EXTENSION, normalizeReceiptCode, openHandover, sealHandover } from './handover-file';
import { insertPayload } from './handover-import';
import { manifestOf, packageCases, payloadSchema, type HandoverPayload, type Manifest } from './handover-package';
import { refuseIfHandedOver } from './pending-handovers';

export interface HandoverChoice {
  caseIds: string[];
  includePrivateNotes: boolean;
  successor: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ids = (value: string) => JSON.parse(value) as string[];

function chosenOpenCases(ctx: AppContext, caseIds: string[]): string[] {
  const unique = [...new Set(caseIds)];
  for (const id of unique) if (requireCase(ctx, id).status === 'closed') throw new AppError('handover_case_closed');
  // A case already on its way to a successor cannot go a second time.
  refuseIfHandedOver(ctx, unique);
  return unique;
}

function senderOf(ctx: AppContext) {
  const settings = readSettings(ctx);
  return { advisor: settings.advisor.name || settings.profileName, school: settings.school.name };
}

/** The "handed over" entry that closes each case's chronology in the file. */
function handedOverEvent(ctx: AppContext, id: string, at: string, successor: string) {
  const summary = timelineSentence(ctx, 'handedOver', { successor: successor || '—' });
  const data = { handoverId: id, successor };
  return { summary, data, row: (caseId: string) => ({ case_id: caseId, at, kind: 'handed_over', summary, data: JSON.stringify(data), corrects_event_id: null, actor: ctx.actor(), chain_hash: null }) };
}

/** What would go, computed from the same rows the file would hold (the closing entry included). */
export function previewHandover(ctx: AppContext, choice: HandoverChoice): Manifest {
  const caseIds = chosenOpenCases(ctx, choice.caseIds);
  const at = nowIso(ctx);
  const payload = packageCases(ctx.sqlite, caseIds, {
    id: 'preview',
    createdAt: at,
    from: senderOf(ctx),
    successor: choice.successor,
    includePrivateNotes: choice.includePrivateNotes,
    pendingEvent: handedOverEvent(ctx, 'preview', at, choice.successor).row,
    chainHeads: {},
  });
  return manifestOf(payload);
}

export interface SentHandover {
  handoverId: string;
  code: string;
  fileName: string | null;
  manifest: Manifest;
}

/**
 * Writes the file through the save dialog. The "handed over" entry is part of the file and is stored
 * here only once the file is saved, so a cancelled dialog leaves the vault exactly as it was.
 */
export async function exportHandover(ctx: AppContext, choice: HandoverChoice, saveFile: (name: string, data: Buffer) => Promise<string | null>): Promise<SentHandover | null> {
  const caseIds = chosenOpenCases(ctx, choice.caseIds);
  const id = randomUUID();
  const at = nowIso(ctx);
  const from = senderOf(ctx);
  const closing = handedOverEvent(ctx, id, at, choice.successor);
  const payload = packageCases(ctx.sqlite, caseIds, {
    id,
    createdAt: at,
    from,
    successor: choice.successor,
    includePrivateNotes: choice.includePrivateNotes,
    pendingEvent: closing.row,
    chainHeads: Object.fromEntries(caseIds.map((c) => [c, chainHead(ctx.sqlite, c)])),
  });
  const manifest = manifestOf(payload);
  const sealed = sealHandover(id, at, payload);
  const fileName = await saveFile(`overdracht-${at.slice(0, 10)}.${HANDOVER_EXTENSION}`, sealed.file);
  if (!fileName) return null;
  ctx.sqlite.transaction(() => {
    for (const caseId of caseIds) {
      // Stored exactly as it went into the file (same moment), so both vaults hash it the same.
      const row = closing.row(caseId);
      ctx.sqlite.prepare('INSERT INTO timeline_events (case_id, at, kind, summary, data, actor) VALUES (?, ?, ?, ?, ?, ?)').run(row.case_id, row.at, row.kind, row.summary, row.data, row.actor);
      sealChain(ctx.sqlite, caseId);
      audit(ctx, 'handover_export', caseId, id);
    }
    ctx.db
      .insert(handovers)
      .values({
        id,
        direction: 'sent',
        at,
        counterpart: choice.successor,
        caseIds: JSON.stringify(caseIds),
        manifest: JSON.stringify(countsOnly(manifest)),
        confirmation: sha256(normalizeReceiptCode(sealed.receipt)),
      })
      .run();
  })();
  return { handoverId: id, code: sealed.code, fileName, manifest };
}

/** The stored manifest keeps the numbers only: what went is told by counts, the content left with the file. */
function countsOnly(manifest: Manifest) {
  return { includesPrivateNotes: manifest.includesPrivateNotes, cases: manifest.cases.map((c) => Object.fromEntries(c.items.map((i) => [i.category, i.count]))) };
}

export function markCodeConfirmed(ctx: AppContext, handoverId: string): void {
  ctx.db
    .update(handovers)
    .set({ codeConfirmedAt: nowIso(ctx) })
    .where(eq(handovers.id, handoverId))
    .run();
}

export interface ReceivedHandover {
  handoverId: string;
  receiptCode: string;
  from: { advisor: string; school: string };
  cases: { id: string; title: string }[];
  manifest: Manifest;
}

export function importHandover(ctx: AppContext, file: Buffer, code: string): ReceivedHandover {
  const { header, payload: raw, receipt } = openHandover(file, code);
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    const version = (raw as { version?: unknown; schemaVersion?: unknown } | null)?.version;
    throw new AppError(typeof version === 'number' && version > 1 ? 'handover_file_newer' : 'handover_file_damaged');
  }
  const payload: HandoverPayload = parsed.data;
  if (payload.id !== header.id) throw new AppError('handover_file_damaged');
  if (payload.schemaVersion > schemaVersion(ctx.sqlite)) throw new AppError('handover_file_newer');
  const known = ctx.db.select().from(handovers).where(eq(handovers.id, payload.id)).get();
  if (known) throw new AppError(known.direction === 'sent' ? 'handover_own_file' : 'handover_already_imported');
  const present = payload.cases.filter((pkg) => ctx.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(String(pkg.case.id)));
  if (present.length) throw new AppError('handover_already_imported');

  const manifest = manifestOf(payload);
  ctx.sqlite.transaction(() => {
    insertPayload(ctx.sqlite, payload);
    for (const pkg of payload.cases) {
      const caseId = String(pkg.case.id);
      const received = pkg.tables.timeline_events?.length ?? 0;
      appendEvent(ctx, caseId, 'handover_received', timelineSentence(ctx, 'handoverReceived', { advisor: payload.from.advisor || '—', count: String(received) }), {
        handoverId: payload.id,
        from: payload.from,
        sentAt: payload.createdAt,
        receivedEvents: received,
        senderChainHead: payload.chainHeads[caseId] ?? null,
        includesPrivateNotes: payload.includesPrivateNotes,
      });
      reindexCase(ctx, caseId);
      audit(ctx, 'handover_import', caseId, payload.id);
    }
    ctx.db
      .insert(handovers)
      .values({
        id: payload.id,
        direction: 'received',
        at: nowIso(ctx),
        counterpart: payload.from.advisor,
        caseIds: JSON.stringify(payload.cases.map((c) => String(c.case.id))),
        manifest: JSON.stringify(countsOnly(manifest)),
        confirmation: receipt,
      })
      .run();
  })();
  return {
    handoverId: payload.id,
    receiptCode: receipt,
    from: payload.from,
    cases: payload.cases.map((c) => ({ id: String(c.case.id), title: String(c.case.title) })),
    manifest,
  };
}

/** The successor's code came back: the sender's copies are destroyed, each by the normal path. */
export function confirmReceipt(ctx: AppContext, handoverId: string, receiptCode: string): { destroyed: string[] } {
  const row = ctx.db.select().from(handovers).where(eq(handovers.id, handoverId)).get();
  if (!row || row.direction !== 'sent') throw new AppError('not_found');
  if (row.receiptConfirmedAt) throw new AppError('handover_already_confirmed');
  if (sha256(normalizeReceiptCode(receiptCode)) !== row.confirmation) throw new AppError('handover_receipt_wrong');
  const destroyed: string[] = [];
  ctx.sqlite.transaction(() => {
    for (const caseId of ids(row.caseIds)) {
      const current = ctx.sqlite.prepare('SELECT title FROM cases WHERE id = ?').get(caseId) as { title: string } | undefined;
      if (!current) continue;
      destroyCase(ctx, caseId, current.title);
      destroyed.push(caseId);
    }
    ctx.db
      .update(handovers)
      .set({ receiptConfirmedAt: nowIso(ctx) })
      .where(eq(handovers.id, handoverId))
      .run();
    audit(ctx, 'handover_confirm', null, `${handoverId}: ${destroyed.length}`);
  })();
  return { destroyed };
}

export interface HandoverRecord {
  id: string;
  direction: 'sent' | 'received';
  at: string;
  counterpart: string;
  cases: { id: string; title: string | null }[];
  codeConfirmed: boolean;
  receiptConfirmedAt: string | null;
  /** Received only: the code to read out to the predecessor. */
  receiptCode: string | null;
}

export function listHandovers(ctx: AppContext): HandoverRecord[] {
  return ctx.db
    .select()
    .from(handovers)
    .orderBy(desc(handovers.at))
    .all()
    .map((row) => ({
      id: row.id,
      direction: row.direction,
      at: row.at,
      counterpart: row.counterpart,
      cases: ids(row.caseIds).map((id) => ({ id, title: (ctx.sqlite.prepare('SELECT title FROM cases WHERE id = ?').get(id) as { title: string } | undefined)?.title ?? null })),
      codeConfirmed: row.codeConfirmedAt !== null,
      receiptConfirmedAt: row.receiptConfirmedAt,
      receiptCode: row.direction === 'received' ? row.confirmation : null,
    }));
}

/**
 * The sender takes a handover back, for when the file was lost or the successor will not take the
 * cases: they become the sender's again, with an entry in their chronology. A receipt code that
 * arrives later is refused, since the sender's copies are no longer waiting to be destroyed.
 */
export function withdrawHandover(ctx: AppContext, handoverId: string): { returned: number } {
  const row = ctx.db.select().from(handovers).where(eq(handovers.id, handoverId)).get();
  if (!row || row.direction !== 'sent') throw new AppError('not_found');
  if (row.receiptConfirmedAt) throw new AppError('handover_already_confirmed');
  const caseIds = ids(row.caseIds).filter((caseId) => ctx.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId));
  ctx.sqlite.transaction(() => {
    ctx.db.delete(handovers).where(eq(handovers.id, handoverId)).run();
    for (const caseId of caseIds) {
      appendEvent(ctx, caseId, 'handover_withdrawn', timelineSentence(ctx, 'handoverWithdrawn', { successor: row.counterpart || '—' }), { handoverId });
      audit(ctx, 'handover_withdraw', caseId, handoverId);
    }
  })();
  return { returned: caseIds.length };
}
