// fast-check arbitraries read from the contract's own zod schemas, so a property test covers exactly
// what the contract accepts: lengths, enums, optional and nullable fields, array sizes. Strings mix
// the text an advisor types (Dutch words, names, classes, ages, accounts), Unicode of other
// scripts, whitespace and runs up to the field's maximum. Values are filtered through the schema,
// so every generated value is one the contract would accept.
import * as fc from 'fast-check';
import type { z } from 'zod';

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}
/** zod 4 keeps a schema's (and a check's) definition under this key. */
const INTERNALS = '_zod';
type Internal<T> = Record<typeof INTERNALS, { def: T }>;

interface Def {
  type: string;
  checks?: Array<Internal<CheckDef>>;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as Internal<Def>)[INTERNALS].def;

const WORDS = [
  'leerling',
  'meisje',
  'jongen',
  'docent',
  'klas',
  'Leerling A',
  'Noor',
  'Jansen',
  'ex-vriend',
  '15',
  '3B',
  'havo-3',
  '@account_1',
  'https://voorbeeld.nl/x',
  'Zoë',
  'Łódź',
  'Αθήνα',
  'Київ',
  'groep 7',
  'naaktfoto',
  'meme',
  '✓',
  '–',
  '“',
  '”',
  'Snapchat',
  'de',
  'van',
  'het',
  '{victimRef}',
  'Onze school',
  '\n',
  '  ',
];

/** Free text of at most `max` characters (after trimming), at least `min`. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
  const long = fc.integer({ min: Math.max(min, 0), max }).map((n) => 'x'.repeat(n));
  const unicode = fc.string({ unit: 'grapheme', maxLength: Math.min(max, 60) });
  const ascii = fc.string({ maxLength: Math.min(max, 80) });
  return fc
    .oneof({ arbitrary: words, weight: 5 }, { arbitrary: ascii, weight: 2 }, { arbitrary: unicode, weight: 1 }, { arbitrary: long, weight: 1 })
    .map((s) => (s.length > max ? s.slice(0, max) : s));
}

/** Dates and times in the forms the contract's regexes ask for. */
function formatted(pattern: RegExp): fc.Arbitrary<string> | undefined {
  const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
  if (pattern.source.includes('T\\d{2}:\\d{2}')) return date.map((d) => d.toISOString().slice(0, 16));
  if (pattern.source.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return date.map((d) => d.toISOString().slice(0, 10));
  return undefined;
}

function build(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c[INTERNALS].def);
  switch (def.type) {
    case 'string': {
      const regex = checks.find((c) => c.format === 'regex')?.pattern;
      if (regex) {
        const arb = formatted(regex);
        if (arb) return arb;
        return fc.stringMatching(regex);
      }
      const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 300, 5000);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return text(min, max);
    }
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? 0;
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 1000;
      return fc.integer({ min, max });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'nullable':
      return fc.option(build(def.innerType as z.ZodType), { nil: null, freq: 3 });
    case 'optional':
      return fc.option(build(def.innerType as z.ZodType), { nil: undefined, freq: 3 });
    case 'default':
      return build(def.innerType as z.ZodType);
    case 'array': {
      const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 5, 6);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(build(def.element as z.ZodType), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => defOf(shape[key] as z.ZodType).type !== 'optional');
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, build(value)])), { requiredKeys: required });
    }
    default:
      throw new Error(`zod-arbitrary: no arbitrary for a ${def.type} schema`);
  }
}

/**
 * Values the schema accepts, built from the schema itself, as they arrive over IPC: plain JSON, so
 * a key whose value is undefined is not there at all.
 */
export function arbitraryOf<T extends z.ZodType>(schema: T): fc.Arbitrary<z.input<T>> {
  return build(schema)
    .map((value) => JSON.parse(JSON.stringify(value ?? null)) as unknown)
    .filter((value) => schema.safeParse(value).success) as fc.Arbitrary<z.input<T>>;
}
