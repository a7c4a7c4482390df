// The fonts the packs print with, and what they can print. DejaVu Sans (resources/fonts, licence
// beside it) covers Dutch, Latin Extended, Greek, Cyrillic and the symbols the texts use (✓ ✗ • – “ ”).
// pdfmake has no text shaping and no right-to-left layout, so Arabic and Hebrew cannot be printed
// correctly with any font: the export check refuses them with a request for a pseudonym.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_FAMILY = 'DejaVuSans';
const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** resources/fonts, found from this module whether it runs from source (tests) or from out/main. */
function fontsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'resources', 'fonts');
    if (existsSync(path.join(candidate, FILES.normal))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('resources/fonts/DejaVuSans.ttf not found');
}

let buffers: { normal: Buffer; bold: Buffer } | undefined;

/** The font files, read once per process. */
export function fontBuffers(): { normal: Buffer; bold: Buffer } {
  if (!buffers) {
    const dir = fontsDir();
    buffers = { normal: readFileSync(path.join(dir, FILES.normal)), bold: readFileSync(path.join(dir, FILES.bold)) };
  }
  return buffers;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: Array<Record<string, number>>;
}
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
}
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}

const require = createRequire(import.meta.url);
const CACHED_MARK = 'vertrouwdKeepsFontsParsed';

/**
 * pdfkit opens every font anew for every document, and parsing DejaVu's tables and shaping every word
 * with its OpenType tables is most of the cost of a small PDF. The fontkit module pdfkit uses is
 * swapped, in Node's module cache, for one whose create() returns the already parsed font for the
 * same buffer, with the shaping of each word remembered (see rememberLayouts). Each document still
 * makes its own subset, so nothing is shared between documents but read-only work.
 * Must run before pdfkit is first loaded.
 */
export function keepFontsParsed(): void {
  const id = require.resolve('fontkit');
  const loaded = require(id) as Fontkit & Record<string, unknown>;
  if (CACHED_MARK in loaded) return;
  const original = loaded;
  const parsed = new WeakMap<Uint8Array, FontkitFont>();
  const cached: Fontkit & Record<string, unknown> = {
    ...original,
    [CACHED_MARK]: true,
    create(buffer: Uint8Array, postscriptName?: string) {
      if (postscriptName !== undefined && postscriptName !== null) return original.create(buffer, postscriptName);
      let font = parsed.get(buffer);
      if (!font) {
        font = rememberLayouts(original.create(buffer));
        parsed.set(buffer, font);
      }
      return font;
    },
  };
  const entry = require.cache[id];
  if (entry) entry.exports = cached;
}

/** Words shaped once per process; plenty for the texts of every pack in both languages. */
const MAX_REMEMBERED_LAYOUTS = 20_000;

/**
 * The shaped glyph run of a word depends only on the font and the word. pdfkit scales the positions
 * of the run it gets in place, so every caller receives a copy of the positions of the remembered,
 * untouched run; the glyphs themselves are shared and never changed.
 */
function rememberLayouts(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (features !== undefined || rest.length > 0) return layout(text, features, ...rest);
    let run = runs.get(text);
    if (!run) {
      run = layout(text);
      if (runs.size >= MAX_REMEMBERED_LAYOUTS) runs.clear();
      runs.set(text, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun;
    Object.assign(copy, run, { positions: run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p)) });
    return copy;
  };
  return font;
}

let coverageFont: FontkitFont | undefined;

/** Characters of the text that the font has no glyph for (spaces and line breaks always print). */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    // Printable ASCII is in every font, and is nearly all of a letter: no need to ask the font.
    if (code < 0x7f) continue;
    if (code === 0x2028 || code === 0x2029) continue;
    // Variation selectors and joiners only steer the glyph before them.
    if ((code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d || code === 0x200c) continue;
    if (!printable(code)) missing.add(char);
  }
  return [...missing];
}

/** The font's answer per code point, remembered: the same few accented letters and symbols recur. */
const covered = new Map<number, boolean>();

function printable(code: number): boolean {
  let answer = covered.get(code);
  if (answer === undefined) {
    coverageFont ??= (require('fontkit') as Fontkit).create(fontBuffers().normal);
    answer = coverageFont.hasGlyphForCodePoint(code);
    if (covered.size < 10_000) covered.set(code, answer);
  }
  return answer;
}

/** Hebrew, Arabic (and Syriac, Thaana, N'Ko …): scripts written right to left that need shaping. */
export const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\u{10800}-\u{10fff}]|[\u{1e800}-\u{1efff}]/u;
