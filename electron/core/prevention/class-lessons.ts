// The school's classes and the yearly lesson in each: planned, then recorded with the date, who led
// it and the rules the class wrote. The rules are the pupils' words, never their names: every text is
// checked against the persons recorded in cases before it is stored.
import { randomUUID } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { preventionClasses, preventionLessons } from '@db/schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import { audit } from '../cases/audit-trail';
import type { ClassChange, LessonChange } from '../contract';
import { mentionsPerson, personNamePatterns } from './person-names';
import type { ReadinessOverview } from './prevention-schema';
import { readinessOverview } from './readiness-overview';

export function saveClass(ctx: AppContext, input: ClassChange): ReadinessOverview {
  const name = input.name.trim();
  // A class name such as "3B" is not a person, but a pupil's name typed as a class name would be.
  if (mentionsPerson(name, personNamePatterns(ctx))) throw new AppError('prevention_names_person', { field: 'name' });
  const clash = ctx.db
    .select()
    .from(preventionClasses)
    .where(input.id ? and(eq(preventionClasses.name, name), ne(preventionClasses.id, input.id)) : eq(preventionClasses.name, name))
    .get();
  if (clash) throw new AppError('prevention_class_exists', { name });
  const at = nowIso(ctx);
  const values = { name, schoolLevel: input.schoolLevel, active: input.active ?? true, updatedAt: at };
  if (input.id) {
    const found = ctx.db.select().from(preventionClasses).where(eq(preventionClasses.id, input.id)).get();
    if (!found) throw new AppError('not_found');
    ctx.db.update(preventionClasses).set(values).where(eq(preventionClasses.id, input.id)).run();
  } else {
    ctx.db
      .insert(preventionClasses)
      .values({ id: randomUUID(), ...values, createdAt: at })
      .run();
  }
  // A class is a group, not a person, so its name may stand in the audit trail.
  audit(ctx, 'prevention_change', null, `class ${input.id ? 'changed' : 'added'}: ${name}${values.active ? '' : ' (inactive)'}`);
  return readinessOverview(ctx);
}

export function saveLesson(ctx: AppContext, input: LessonChange): ReadinessOverview {
  if (!ctx.db.select().from(preventionClasses).where(eq(preventionClasses.id, input.classId)).get()) throw new AppError('not_found');
  if (!input.plannedDate && !input.heldDate) throw new AppError('prevention_lesson_needs_date');
  if (input.heldDate && input.heldDate > today(ctx)) throw new AppError('prevention_held_in_future');
  const everyone = personNamePatterns(ctx);
  for (const field of ['rules', 'note'] as const) {
    if (mentionsPerson(input[field] ?? '', everyone)) throw new AppError('prevention_names_person', { field });
  }
  // A teacher leads the lesson, and a teacher may be in a case (as the one a meme was about): only a
  // pupil's name is refused here.
  if (mentionsPerson(input.ledBy ?? '', personNamePatterns(ctx, 'pupils'))) throw new AppError('prevention_names_person', { field: 'ledBy' });

  const at = nowIso(ctx);
  const values = {
    classId: input.classId,
    plannedDate: input.plannedDate,
    heldDate: input.heldDate,
    ledBy: input.ledBy ?? '',
    rules: input.rules ?? '',
    note: input.note ?? '',
    updatedAt: at,
  };
  if (input.id) {
    const found = ctx.db.select().from(preventionLessons).where(eq(preventionLessons.id, input.id)).get();
    if (!found) throw new AppError('not_found');
    ctx.db.update(preventionLessons).set(values).where(eq(preventionLessons.id, input.id)).run();
  } else {
    ctx.db
      .insert(preventionLessons)
      .values({ id: randomUUID(), ...values, createdAt: at })
      .run();
  }
  const className = ctx.db.select().from(preventionClasses).where(eq(preventionClasses.id, input.classId)).get()!.name;
  audit(ctx, 'prevention_change', null, `lesson ${className}: ${input.heldDate ? `held ${input.heldDate}` : `planned ${input.plannedDate}`}`);
  return readinessOverview(ctx);
}
