// Notes: private working notes are the advisor's own (outside the dossier, never in an export or
// pack); dossier notes belong to the case file. Only dossier notes are searchable.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { notes } from '@db/schema';
import { AppError, nowIso, type AppContext } from '../app-context';
import type { Note } from '../contract';
import { reindexCase, requireCase, touch } from './case-files';
import { appendEvent } from './timeline';

export function listNotes(ctx: AppContext, caseId: string, kind?: 'private' | 'dossier'): Note[] {
  const where = kind ? and(eq(notes.caseId, caseId), eq(notes.kind, kind)) : eq(notes.caseId, caseId);
  return ctx.db.select({ id: notes.id, kind: notes.kind, body: notes.body, createdAt: notes.createdAt, updatedAt: notes.updatedAt }).from(notes).where(where).orderBy(asc(notes.createdAt)).all();
}

export function addNote(ctx: AppContext, caseId: string, kind: 'private' | 'dossier', body: string): Note[] {
  requireCase(ctx, caseId);
  const at = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    ctx.db.insert(notes).values({ id: randomUUID(), caseId, kind, body, createdAt: at, updatedAt: at }).run();
    // The chronology says a note was added, and only a dossier note's text goes into it.
    appendEvent(ctx, caseId, 'note_added', kind === 'dossier' ? body.slice(0, 200) : '', { kind });
    if (kind === 'dossier') reindexCase(ctx, caseId);
    touch(ctx, caseId);
  })();
  return listNotes(ctx, caseId);
}

export function updateNote(ctx: AppContext, caseId: string, noteId: string, body: string): Note[] {
  const row = ctx.db
    .select()
    .from(notes)
    .where(and(eq(notes.id, noteId), eq(notes.caseId, caseId)))
    .get();
  if (!row) throw new AppError('not_found');
  ctx.sqlite.transaction(() => {
    ctx.db
      .update(notes)
      .set({ body, updatedAt: nowIso(ctx) })
      .where(eq(notes.id, noteId))
      .run();
    if (row.kind === 'dossier') {
      appendEvent(ctx, caseId, 'correction', body.slice(0, 200), { noteId, before: row.body });
      reindexCase(ctx, caseId);
    }
    touch(ctx, caseId);
  })();
  return listNotes(ctx, caseId);
}
