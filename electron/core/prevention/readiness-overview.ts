// The school's readiness at a glance: each point the guidance note names, its status, who looks after
// it and when it was last reviewed, and what is overdue — a review older than a year, or a class that
// has not had its lesson this school year (which starts on 1 August).
import { asc, eq } from 'drizzle-orm';
import { contacts, preventionClasses, preventionLessons, readinessPoints } from '@db/schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import { audit } from '../cases/audit-trail';
import type { ReadinessPointChange } from '../contract';
import { readSettings } from '../settings/settings-store';
import { mentionsPerson, personNamePatterns } from './person-names';
import { loadPreventionContent } from './prevention-content';
import type { Lesson, OverdueItem, PreventionClass, ReadinessOverview, ReadinessPoint } from './prevention-schema';
import { reviewOverdue, schoolYearLabel, schoolYearRange, schoolYearStart } from './school-year';
import { readinessPointKeys, type ReadinessStatus } from '@shared';

function classesWithLessons(ctx: AppContext, year: number): PreventionClass[] {
  const lessons = ctx.db.select().from(preventionLessons).orderBy(asc(preventionLessons.plannedDate), asc(preventionLessons.createdAt)).all();
  const todayDate = today(ctx);
  return ctx.db
    .select()
    .from(preventionClasses)
    .orderBy(asc(preventionClasses.name))
    .all()
    .map((row) => {
      const own: Lesson[] = lessons
        .filter((l) => l.classId === row.id)
        .map((l) => {
          const dated = l.heldDate ?? l.plannedDate;
          return { id: l.id, classId: l.classId, plannedDate: l.plannedDate, heldDate: l.heldDate, schoolYear: dated ? schoolYearStart(dated) : null, ledBy: l.ledBy, rules: l.rules, note: l.note };
        });
      const held = own.flatMap((l) => (l.heldDate ? [l.heldDate] : [])).sort();
      const planned = own
        .filter((l) => !l.heldDate && l.plannedDate && l.plannedDate >= todayDate)
        .map((l) => l.plannedDate as string)
        .sort();
      return {
        id: row.id,
        name: row.name,
        schoolLevel: row.schoolLevel,
        active: row.active,
        heldThisYear: held.some((date) => schoolYearStart(date) === year),
        lastHeld: held.at(-1) ?? null,
        nextPlanned: planned[0] ?? null,
        lessons: own,
      };
    });
}

/** The yearly lesson's status follows the classes: done when every active class has had it. */
function lessonStatus(classes: PreventionClass[]): ReadinessStatus {
  const active = classes.filter((c) => c.active);
  const held = active.filter((c) => c.heldThisYear).length;
  if (active.length > 0 && held === active.length) return 'done';
  return held > 0 || active.some((c) => c.nextPlanned) ? 'in_progress' : 'not_started';
}

export function readinessOverview(ctx: AppContext): ReadinessOverview {
  const { locale } = readSettings(ctx);
  const content = loadPreventionContent(locale);
  const todayDate = today(ctx);
  const year = schoolYearStart(todayDate);
  const classes = classesWithLessons(ctx, year);
  const rows = new Map(
    ctx.db
      .select()
      .from(readinessPoints)
      .all()
      .map((row) => [row.key, row]),
  );
  const contactRows = ctx.db.select().from(contacts).all();
  const policeContacts = contactRows.filter((c) => c.role === 'police_contact').map((c) => ({ id: c.id, name: c.name, organisation: c.organisation, phone: c.phone }));

  const points: ReadinessPoint[] = readinessPointKeys.map((key) => {
    const text = content.points.find((p) => p.key === key)!;
    const row = rows.get(key);
    const derived = key === 'yearly_lessons';
    const contact = row?.contactId ? (contactRows.find((c) => c.id === row.contactId) ?? null) : null;
    return {
      key,
      title: text.title,
      description: text.description,
      status: derived ? lessonStatus(classes) : (row?.status ?? 'not_started'),
      owner: row?.owner ?? '',
      lastReviewed: row?.lastReviewed ?? null,
      note: row?.note ?? '',
      derived,
      reviewOverdue: row?.lastReviewed ? reviewOverdue(row.lastReviewed, todayDate) : false,
      contact: contact ? { id: contact.id, name: contact.name, organisation: contact.organisation, phone: contact.phone } : null,
    };
  });

  const overdue: OverdueItem[] = [
    ...points.filter((p) => p.reviewOverdue).map((p) => ({ kind: 'review' as const, pointKey: p.key, classId: null, label: p.title, since: p.lastReviewed })),
    ...classes.filter((c) => c.active && !c.heldThisYear).map((c) => ({ kind: 'lesson' as const, pointKey: 'yearly_lessons' as const, classId: c.id, label: c.name, since: c.lastHeld })),
  ];

  return {
    today: todayDate,
    schoolYear: { start: year, label: schoolYearLabel(year), ...schoolYearRange(year) },
    points,
    classes,
    overdue,
    policeContacts,
    lastReviewed: content.lastReviewed,
  };
}

export function saveReadinessPoint(ctx: AppContext, input: ReadinessPointChange): ReadinessOverview {
  const contactId = input.key === 'police_contact' ? (input.contactId ?? null) : null;
  if (contactId) {
    const contact = ctx.db.select().from(contacts).where(eq(contacts.id, contactId)).get();
    if (!contact || contact.role !== 'police_contact') throw new AppError('prevention_not_police_contact');
  }
  if (input.lastReviewed && input.lastReviewed > today(ctx)) throw new AppError('prevention_review_in_future');
  // School-level notes name nobody from a case; the owner is a colleague, so only pupils are refused there.
  if (mentionsPerson(input.note ?? '', personNamePatterns(ctx))) throw new AppError('prevention_names_person', { field: 'note' });
  if (mentionsPerson(input.owner ?? '', personNamePatterns(ctx, 'pupils'))) throw new AppError('prevention_names_person', { field: 'owner' });
  const values = {
    // The yearly lesson's status is the classes' record; only its owner, review and note are set here.
    status: input.key === 'yearly_lessons' ? ('not_started' as const) : input.status,
    owner: input.owner,
    lastReviewed: input.lastReviewed,
    note: input.note,
    contactId,
    updatedAt: nowIso(ctx),
  };
  ctx.db
    .insert(readinessPoints)
    .values({ key: input.key, ...values })
    .onConflictDoUpdate({ target: readinessPoints.key, set: values })
    .run();
  audit(ctx, 'prevention_change', null, `point ${input.key}: ${values.status}`);
  return readinessOverview(ctx);
}
