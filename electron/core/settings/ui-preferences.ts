// The one preference that must be readable while the vault is locked: the language of the unlock
// screen. It holds nothing about cases or people, so it may live outside the encrypted file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../vault/key-file';
import { locales } from '@shared';

const FILE = 'ui-preferences.json';
const preferencesSchema = z.object({ locale: z.enum(locales) });
export type UiPreferences = z.infer<typeof preferencesSchema>;

export function readUiPreferences(folder: string): UiPreferences {
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(path.join(folder, FILE), 'utf8')));
    return parsed.success ? parsed.data : { locale: 'nl' };
  } catch {
    return { locale: 'nl' };
  }
}

export function writeUiPreferences(folder: string, preferences: UiPreferences): void {
  writeFileAtomic(path.join(folder, FILE), JSON.stringify(preferencesSchema.parse(preferences)));
}
