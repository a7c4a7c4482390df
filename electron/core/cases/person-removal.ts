// Removing a person from a case: for someone added by mistake or twice. What has been recorded
// about a person — consent, interview answers, a letter to their family — stays on record, so a
// person those records point at cannot be removed (the details can be corrected instead). The
// case's first victim needs extra care: records that name no victim are theirs, and removing them
// would hand those records to the next victim.
import { and, eq, isNull, or } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { consents, packs, persons } from '@db/schema';
import { AppError, type AppContext } from '../app-context';
import type { CaseDetail, PersonRemoval } from '../contract';
import { audit } from './audit-trail';
import { caseDetail, requireCase, touch } from './case-files';
import { hasAnswersAbout } from './case-interview';
import { caseVictims } from './consent-status';
import { appendEvent } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';

export function removePerson(ctx: AppContext, input: PersonRemoval): CaseDetail {
  requireCase(ctx, input.caseId);
  const person = ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, input.personId), eq(persons.caseId, input.caseId)))
    .get();
  if (!person) throw new AppError('not_found');
  if (isInRecord(ctx, input.caseId, person.id)) throw new AppError('person_in_record');
  ctx.sqlite.transaction(() => {
    // A parent of this pupil stays in the case; only the link to the removed pupil goes.
    ctx.db
      .update(persons)
      .set({ relatedPersonId: null })
      .where(and(eq(persons.caseId, input.caseId), eq(persons.relatedPersonId, person.id)))
      .run();
    ctx.db.delete(persons).where(eq(persons.id, person.id)).run();
    const sentence = timelineSentence(ctx, input.reason ? 'personRemovedBecause' : 'personRemoved', {
      role: timelineLabel(ctx, 'role', person.role),
      label: person.label || '—',
      reason: input.reason ?? '',
    });
    appendEvent(ctx, input.caseId, 'person_removed', sentence, { role: person.role, ageBand: person.ageBand });
    audit(ctx, 'case_change', input.caseId, 'person_removed');
    touch(ctx, input.caseId);
  })();
  return caseDetail(ctx, input.caseId);
}

function isInRecord(ctx: AppContext, caseId: string, personId: string): boolean {
  const isFirstVictim = caseVictims(ctx, caseId)[0]?.id === personId;
  const aboutThem = (column: SQLiteColumn) => (isFirstVictim ? or(eq(column, personId), isNull(column)) : eq(column, personId));
  const consent = ctx.db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.caseId, caseId), or(eq(consents.givenByPersonId, personId), aboutThem(consents.victimPersonId))))
    .get();
  if (consent) return true;
  const familyLetter = ctx.db
    .select({ id: packs.id })
    .from(packs)
    .where(and(eq(packs.caseId, caseId), eq(packs.packType, 'parents_victim'), aboutThem(packs.victimPersonId)))
    .get();
  if (familyLetter) return true;
  return hasAnswersAbout(ctx, caseId, personId, isFirstVictim);
}
