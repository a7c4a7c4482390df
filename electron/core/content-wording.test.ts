// Every text a user can see, in resources/ and the screens' translation files, is checked for
// working notes and for wording the app no longer uses. Reviewer notes belong in a content file's
// "reviewerNote" field, which is never shown, and on the sources page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['resources', 'renderer/src/i18n'];
/** Metadata for reviewers: allowed to say what still has to be checked. */
const NOT_SHOWN = new Set(['reviewerNote']);

const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /te verifi[eë]ren/i, why: 'a working note' },
  // 'a verified backup' is ordinary wording; '(verify)' or 'to be verified' is a reviewer's note left in the text.
  { pattern: /\(\s*verify\s*\)|\bto be verified\b|\bneeds? (to be )?verif/i, why: 'a working note' },
  { pattern: /(konden|kon) niet worden (opgehaald|bevestigd|gevonden)/i, why: 'a note about what could not be retrieved' },
  { pattern: /could not be (retrieved|confirmed|found)/i, why: 'a note about what could not be retrieved' },
  { pattern: /waarschijnlijk art\./i, why: 'a legal text stated as a guess' },
  { pattern: /kinderpornografi|child pornograph/i, why: 'dated wording: say sexual images of a minor or child sexual abuse material' },
  { pattern: /16 of jonger|16 or younger/i, why: 'a second age rule: the app says "under 16" and "from 16"' },
];

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

function texts(value: unknown, at: string, out: { at: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!NOT_SHOWN.has(key)) texts(v, at ? `${at}.${key}` : key, out);
  }
}

const files = FOLDERS.flatMap((f) => jsonFiles(path.join(ROOT, f)));

describe('user-facing texts', () => {
  it('are found in every content and translation file', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s holds no working notes and no dated wording', (_name, file) => {
    const found: { at: string; text: string }[] = [];
    texts(JSON.parse(readFileSync(file, 'utf8')), '', found);
    const problems = found.flatMap(({ at, text }) => FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => `${at}: ${f.why}: "${text.slice(0, 120)}"`));
    expect(problems).toEqual([]);
  });

  it('would catch a working note, and leaves reviewer notes alone', () => {
    const found: { at: string; text: string }[] = [];
    texts({ note: 'Art. 252 Sr (te verifiëren)', reviewerNote: 'te verifiëren bij de volgende review' }, '', found);
    expect(found.map((f) => f.at)).toEqual(['note']);
    expect(FORBIDDEN.some((f) => f.pattern.test(found[0]!.text))).toBe(true);
  });
});
