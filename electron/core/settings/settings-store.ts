// Settings live inside the encrypted database (the school's name and the advisor's signature are
// personal data too). The locale is also mirrored outside so the unlock screen can speak it.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '@db/schema';
import type { AppContext } from '../app-context';
import { settingsSchema, type Settings } from './settings-contract';

export const DEFAULT_SETTINGS: Settings = {
  profileName: '',
  locale: 'nl',
  autoLockMinutes: 5,
  retentionMonths: 12,
  recoveryConfirmed: false,
  // Internal until the advisor says otherwise: the meldplicht then errs on the side of the pupil.
  advisorKind: 'internal',
  school: { name: '', address: '', level: 'vo', logo: null },
  advisor: { name: '', role: 'Vertrouwenspersoon', phone: '', email: '', signature: '' },
};

/** The parsed value per connection, reused while the stored text is unchanged. */
const parsedCache = new WeakMap<object, { text: string; value: Settings }>();

/**
 * Field by field: a damaged or older value for one field falls back to its default alone, so one
 * bad field never resets the others (and the next save does not make such a reset permanent).
 */
export function parseSettings(raw: unknown): Settings {
  return parseFields(settingsSchema, raw, DEFAULT_SETTINGS) as Settings;
}

function parseFields(schema: z.ZodObject, raw: unknown, fallback: Record<string, unknown>): Record<string, unknown> {
  const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (field instanceof z.ZodObject) {
      out[key] = parseFields(field, value[key], fallback[key] as Record<string, unknown>);
      continue;
    }
    const parsed = (field as z.ZodType).safeParse(value[key]);
    out[key] = parsed.success ? parsed.data : fallback[key];
  }
  return out;
}

export function readSettings(ctx: Pick<AppContext, 'db'>): Settings {
  const row = ctx.db.select().from(settings).where(eq(settings.key, 'app')).get();
  if (!row) return DEFAULT_SETTINGS;
  const cached = parsedCache.get(ctx.db);
  if (cached?.text === row.value) return cached.value;
  let raw: unknown;
  try {
    raw = JSON.parse(row.value);
  } catch {
    raw = {};
  }
  const value = parseSettings(raw);
  parsedCache.set(ctx.db, { text: row.value, value });
  return value;
}

export function writeSettings(ctx: Pick<AppContext, 'db'>, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...readSettings(ctx), ...patch });
  ctx.db
    .insert(settings)
    .values({ key: 'app', value: JSON.stringify(next) })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(next) } })
    .run();
  return next;
}
