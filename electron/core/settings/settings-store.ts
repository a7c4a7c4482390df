// Settings live inside the encrypted database (the school's name and the advisor's signature are
// personal data too). The locale is also mirrored outside so the unlock screen can speak it.
import { eq } from 'drizzle-orm';
import { settings } from '@db/schema';
import type { AppContext } from '../app-context';
import { settingsSchema, type Settings } from '../contract';

export const DEFAULT_SETTINGS: Settings = {
  profileName: '',
  locale: 'nl',
  autoLockMinutes: 5,
  retentionMonths: 12,
  recoveryConfirmed: false,
  school: { name: '', address: '', level: 'vo', logo: null },
  advisor: { name: '', role: 'Vertrouwenspersoon', phone: '', email: '', signature: '' },
};

export function readSettings(ctx: Pick<AppContext, 'db'>): Settings {
  const row = ctx.db.select().from(settings).where(eq(settings.key, 'app')).get();
  if (!row) return DEFAULT_SETTINGS;
  // A damaged or older value falls back field by field rather than failing the whole app.
  const parsed = settingsSchema.partial().safeParse(JSON.parse(row.value));
  return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
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
