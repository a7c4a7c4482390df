// Thin wrappers around poppler's command-line tools, so the pack tests read a PDF the way a person's
// viewer would rather than trusting pdfmake's own view of what it wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Made on first use, not on import: a test that only imports a helper leaves no folder behind. */
let scratch: string | undefined;
let counter = 0;

function toFile(pdf: Buffer): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), 'vertrouwd-packs-'));
  const file = path.join(scratch, `pack-${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

export interface PopplerResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function run(tool: string, args: string[]): PopplerResult {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}

/** Plain text of the PDF; `password` is passed as the user password. */
export function pdfText(pdf: Buffer, password?: string): PopplerResult {
  const args = password === undefined ? [] : ['-upw', password];
  return run('pdftotext', [...args, toFile(pdf), '-']);
}

export function pdfInfo(pdf: Buffer, password?: string): PopplerResult {
  const args = password === undefined ? [] : ['-upw', password];
  return run('pdfinfo', [...args, toFile(pdf)]);
}

export function pdfFonts(pdf: Buffer, password?: string): PopplerResult {
  const args = password === undefined ? [] : ['-upw', password];
  return run('pdffonts', [...args, toFile(pdf)]);
}

/** The value of one "Key: value" line of pdfinfo's output, or undefined when the key is absent. */
export function infoField(info: string, key: string): string | undefined {
  const line = info.split('\n').find((l) => l.startsWith(`${key}:`));
  return line?.slice(key.length + 1).trim();
}

/** Page images for a person to look at: <dir>/<name>-<page>.png at 50 dpi. */
export function pageImages(pdf: Buffer, dir: string, name: string, password?: string): string[] {
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
    rmSync(path.join(dir, old));
  }
  const args = password === undefined ? [] : ['-upw', password];
  execFileSync('pdftoppm', [...args, '-png', '-r', '50', toFile(pdf), path.join(dir, name)]);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

export interface GrayPage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Uint8Array;
}

/** Every page rendered in grayscale, as a viewer would draw it (pdftoppm, PGM on stdout). */
export function grayPages(pdf: Buffer, dpi = 20, password?: string): GrayPage[] {
  const args = password === undefined ? [] : ['-upw', password];
  const out = execFileSync('pdftoppm', [...args, '-gray', '-r', String(dpi), toFile(pdf)], { maxBuffer: 64 * 1024 * 1024 });
  const pages: GrayPage[] = [];
  let at = 0;
  while (at < out.length) {
    // "P5\n<width> <height>\n<maxval>\n" followed by width*height bytes.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(at, at + 64).toString('latin1'));
    if (!header) throw new Error(`pdftoppm output is not PGM at byte ${at}`);
    const width = Number(header[1]);
    const height = Number(header[2]);
    const start = at + header[0].length;
    pages.push({ width, height, pixels: out.subarray(start, start + width * height) });
    at = start + width * height;
  }
  return pages;
}

/** The share of pixels in a band of rows (fractions of the height) darker than light gray: text, rules, a logo. */
export function inkShare(page: GrayPage, fromRow = 0, toRow = 1): number {
  const first = Math.floor(page.height * fromRow) * page.width;
  const last = Math.floor(page.height * toRow) * page.width;
  let dark = 0;
  for (let i = first; i < last; i++) if (page.pixels[i]! < 192) dark++;
  return dark / Math.max(1, last - first);
}

export function cleanUpScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}
