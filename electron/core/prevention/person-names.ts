// The yearly lesson is school-level work: it may carry the rules a class wrote, never the name of a
// pupil. Every free text is compared with the names and labels of the persons recorded in cases, and
// with the accounts in their evidence registers, so a name or handle typed out of habit ("zoals bij
// Sanne", "@sanne_2b") is refused before it is stored or printed.
import { eq } from 'drizzle-orm';
import { evidenceItems, persons } from '@db/schema';
import type { AppContext } from '../app-context';

/** Parts of labels that name nobody on their own ("Leerling A", "moeder van", particles). */
const NOT_A_NAME = new Set([
  'leerling',
  'leerlinge',
  'student',
  'studente',
  'pupil',
  'meisje',
  'jongen',
  'girl',
  'boy',
  'kind',
  'child',
  'docent',
  'docente',
  'leerkracht',
  'teacher',
  'mentor',
  'klas',
  'groep',
  'class',
  'moeder',
  'vader',
  'ouder',
  'ouders',
  'mother',
  'father',
  'parent',
  'medewerker',
  'staff',
  'onbekend',
  'unknown',
  'slachtoffer',
  'victim',
  'verspreider',
  'getuige',
  'witness',
  'van',
  'von',
  'der',
  'den',
  'de',
  'het',
  'ten',
  'ter',
  'the',
  'and',
  'mevrouw',
  'meneer',
  'dhr',
  'mevr',
  'juf',
  'meester',
]);
const MIN_PART = 3;

const normalise = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsFor(label: string): RegExp[] {
  const whole = normalise(label).trim().replace(/\s+/g, ' ');
  const parts = whole.split(/[\s-]+/).filter((part) => part.length >= MIN_PART && !NOT_A_NAME.has(part) && !/^\d+$/.test(part));
  // A label made only of generic words ("Leerling A") names nobody; search only its name parts.
  const terms = parts.length > 0 ? [whole, ...parts] : [];
  return terms.map((term) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u'));
}

export type PersonKindFilter = 'pupils' | 'everyone';

function wholeTerm(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalise(term))}(?![\\p{L}\\p{N}])`, 'u');
}

/** An account or link as written, and a handle without its @ (long enough not to be a word). */
function accountPatterns(account: string): RegExp[] {
  const whole = account.trim();
  const bare = whole.replace(/^@+/, '');
  return [whole, ...(bare !== whole && bare.length >= 4 ? [bare] : [])].filter((term) => term.length >= 3).map(wholeTerm);
}

/**
 * The labels of persons in all cases (optionally only pupils) and, for everyone, the accounts in the
 * evidence registers, turned into search patterns.
 */
export function personNamePatterns(ctx: AppContext, who: PersonKindFilter = 'everyone'): RegExp[] {
  const query = ctx.db.select({ label: persons.label }).from(persons);
  const rows = who === 'pupils' ? query.where(eq(persons.kind, 'pupil')).all() : query.all();
  const names = rows.flatMap((row) => (row.label.trim() ? patternsFor(row.label) : []));
  if (who === 'pupils') return names;
  const accounts = ctx.db.select({ account: evidenceItems.accountOrUrl }).from(evidenceItems).all();
  return [...names, ...accounts.flatMap((row) => (row.account.trim() ? accountPatterns(row.account) : []))];
}

export function mentionsPerson(text: string, patterns: readonly RegExp[]): boolean {
  const haystack = normalise(text);
  return patterns.some((pattern) => pattern.test(haystack));
}
