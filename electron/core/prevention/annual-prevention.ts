// Prevention next to the incident counts in the annual overview: lessons held in the calendar year
// per class (a class is a group, not a person) and the readiness status of each point as it is now.
import { preventionClasses, preventionLessons } from '@db/schema';
import type { AppContext } from '../app-context';
import type { PreventionAnnual } from './prevention-schema';
import { readinessOverview } from './readiness-overview';

export function preventionAnnual(ctx: AppContext, year: number): PreventionAnnual {
  const classes = ctx.db.select().from(preventionClasses).all();
  const names = new Map(classes.map((c) => [c.id, c.name]));
  const lessonsHeldByClass: Record<string, number> = {};
  for (const lesson of ctx.db.select().from(preventionLessons).all()) {
    if (!lesson.heldDate?.startsWith(`${year}-`)) continue;
    const name = names.get(lesson.classId) ?? '?';
    lessonsHeldByClass[name] = (lessonsHeldByClass[name] ?? 0) + 1;
  }
  const active = classes.filter((c) => c.active);
  return {
    lessonsHeldByClass,
    lessonsHeld: Object.values(lessonsHeldByClass).reduce((sum, n) => sum + n, 0),
    activeClasses: active.length,
    classesWithoutLesson: active.filter((c) => !lessonsHeldByClass[c.name]).length,
    readiness: Object.fromEntries(readinessOverview(ctx).points.map((p) => [p.key, p.status])),
  };
}
