// Turns a composed (and possibly edited) pack into an A4 PDF with pdfmake 0.3. The export gate runs
// again here, so a caller that skipped exportCheck still cannot produce a pack that names someone it
// should not, lacks consent, or leaves the case summary unencrypted.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Column, Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { composedPackSchema, type ComposedPack } from './compose-pack';
import { exportCheck } from './export-check';
import { logoDataUrl } from './logo';
import { loadPackContent, type PackContent } from './pack-content';
import { parsePackInput, type PackInput, type PackType } from './pack-input';
import { PACK_POLICY, policyFor } from './pack-policy';
import { paragraphBlocks } from '@shared';
import { FONT_FAMILY, fontBuffers, keepFontsParsed } from './pdf-fonts';
import { printedDate, signatureLines } from './page-frame';
import { contactLine, formatDateParts } from './placeholders';

export interface RenderOptions {
  /** Required for case_summary: the password the recipient types to open the PDF. */
  password?: string;
}

export class PackExportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`Pack export refused: ${problems.join(' | ')}`);
    this.name = 'PackExportRefused';
  }
}

/** The part of pdfmake 0.3's server API used here (@types/pdfmake still describes 0.2). */
interface PdfMake03 {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmakeInstance: PdfMake03 | undefined;
const VFS_NORMAL = 'vertrouwd-fonts/DejaVuSans.ttf';
const VFS_BOLD = 'vertrouwd-fonts/DejaVuSans-Bold.ttf';

function loadPdfmake(): PdfMake03 {
  if (!pdfmakeInstance) {
    // Before pdfkit is loaded (through pdfmake): fonts stay parsed between documents.
    keepFontsParsed();
    // Loaded on first render, not at import: the rest of the app starts without pdfmake's cost.
    pdfmakeInstance = createRequire(import.meta.url)('pdfmake') as PdfMake03;
  }
  const pdfmake = pdfmakeInstance;
  const { normal, bold } = fontBuffers();
  // pdfmake is a process-wide singleton: set the fonts and both policies on every render, so nothing
  // else in the process can have loosened them in between. The fonts sit in pdfmake's in-memory file
  // system as the same buffers every time, so their parse is reused (pdf-fonts.ts).
  pdfmake.virtualfs.writeFileSync(VFS_NORMAL, normal);
  pdfmake.virtualfs.writeFileSync(VFS_BOLD, bold);
  pdfmake.setFonts({ [FONT_FAMILY]: { normal: VFS_NORMAL, bold: VFS_BOLD, italics: VFS_NORMAL, bolditalics: VFS_BOLD } });
  // 2026-11: no URL is ever fetched — the app is offline, and remote URLs in a document definition
  // were the route of CVE-2026-26801.
  pdfmake.setUrlAccessPolicy(() => false);
  // No local file at all: the fonts are in memory and the logo arrives as a data URL.
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}

export async function renderPackPdf(rawComposed: ComposedPack, rawInput: PackInput, options: RenderOptions = {}): Promise<Buffer> {
  const composed = composedPackSchema.parse(rawComposed);
  const input = parsePackInput(rawInput);
  const check = exportCheck(composed.type, input, { password: options.password, composed });
  if (!check.allowed) throw new PackExportRefused(check.problems);

  const definition = buildDocument(composed, input);
  if (PACK_POLICY[composed.type].needsPassword) {
    Object.assign(definition, encryption(options.password as string));
  }
  return loadPdfmake().createPdf(definition).getBuffer();
}

/**
 * AES-256 ("1.7ext3" in pdfkit). The owner password is random and thrown away: nobody needs to lift
 * the restrictions later, and a fixed one would be a secret shared by every copy of the app.
 * Printing and copying stay allowed because the police contact must be able to quote and file it.
 */
function encryption(password: string): Partial<TDocumentDefinitions> {
  return {
    version: '1.7ext3',
    userPassword: password,
    ownerPassword: randomBytes(24).toString('base64url'),
    permissions: {
      printing: 'highResolution',
      copying: true,
      contentAccessibility: true,
      modifying: false,
      annotating: false,
      fillingForms: false,
      documentAssembly: false,
    },
  };
}

const GUIDES = new Set<PackType>(['class_talk', 'teacher_briefing', 'all_pupils_plan']);
const COLOURS = { ink: '#1f2933', muted: '#5f6b76', accent: '#1d4e89', rule: '#c8d1da', box: '#eef2f6' };
const MARGIN_X = 56;

/** Where the PDF puts each block of text: the page it starts on, by paragraph id and block index. */
export interface PackLayout {
  pageCount: number;
  /** The blocks that start a new page (page 2 onwards), in order. */
  breaks: Array<{ paragraphId: string; block: number; page: number }>;
  /** The page the signature or contact box starts on. */
  closingPage: number;
}

/**
 * Lays the pack out as the PDF does and reports where its pages begin, so the preview can draw the
 * same page breaks. It renders the document (without encryption) and throws the bytes away.
 */
export async function packLayout(rawComposed: ComposedPack, rawInput: PackInput): Promise<PackLayout> {
  const composed = composedPackSchema.parse(rawComposed);
  const input = parsePackInput(rawInput);
  const pages = new Map<string, number>();
  let pageCount = 1;
  const definition = buildDocument(composed, input, (id, page, count) => {
    pages.set(id, page);
    pageCount = Math.max(pageCount, count, page);
  });
  await loadPdfmake().createPdf(definition).getBuffer();
  const breaks: PackLayout['breaks'] = [];
  let current = 1;
  for (const [id, page] of pages) {
    const match = /^block:(.+):(\d+)$/.exec(id);
    if (match && page > current) {
      breaks.push({ paragraphId: match[1] as string, block: Number(match[2]), page });
    }
    if (match) current = Math.max(current, page);
  }
  return { pageCount, breaks, closingPage: pages.get('closing') ?? current };
}

type NodePage = (id: string, page: number, pageCount: number) => void;

export function buildDocument(composed: ComposedPack, input: PackInput, onNodePage?: NodePage): TDocumentDefinitions {
  const content = loadPackContent(input.locale);
  const policy = policyFor(composed.type, input);
  const date = printedDate(input, content);
  const body: Content[] = policy.layout === 'letter' ? letterBody(composed, input, content, date) : documentBody(composed, input, content, date);

  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 58, MARGIN_X, 50],
    language: input.locale === 'nl' ? 'nl-NL' : 'en-GB',
    // Title only: no author, and creator/producer name the app, never a user or a machine.
    info: { title: composed.title, creator: 'Vertrouwd', producer: 'Vertrouwd' },
    images: input.school.logo ? { logo: logoDataUrl(input.school.logo) } : {},
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.18, color: COLOURS.ink },
    styles: {
      title: { fontSize: 18, bold: true, color: COLOURS.accent },
      subtitle: { fontSize: 10, color: COLOURS.muted },
      heading: { fontSize: 11, bold: true, color: COLOURS.accent },
      schoolName: { fontSize: 12, bold: true },
      small: { fontSize: 9, color: COLOURS.muted },
      pageChrome: { fontSize: 9, color: COLOURS.muted },
    },
    header: (currentPage: number) => header(currentPage, input, content, policy.confidential),
    footer: (currentPage: number, pageCount: number) =>
      // Guidance shows when its text was last reviewed; letters and the case record do not.
      footer(currentPage, pageCount, composed, content, GUIDES.has(composed.type)),
    pageBreakBefore: ((node: NodeInfo, queries: NodeQueries) => {
      if (onNodePage && typeof node.id === 'string' && node.startPosition) onNodePage(node.id, node.startPosition.pageNumber, node.pages ?? 1);
      return keepHeadingWithText(node, queries);
    }) as unknown as TDocumentDefinitions['pageBreakBefore'],
    content: body,
  };
}

/** pdfmake 0.3 passes the node and an object of queries (0.2 passed arrays; @types still has those). */
interface NodeInfo {
  id?: unknown;
  headlineLevel?: number;
  startPosition?: { pageNumber: number };
  pages?: number;
}
interface NodeQueries {
  getFollowingNodesOnPage(): Array<{ style?: unknown; columns?: unknown }>;
}

function keepHeadingWithText(node: NodeInfo, queries: NodeQueries): boolean {
  if (node.headlineLevel !== 1) return false;
  // A heading alone at the foot of a page moves to the next page with its text. pdfmake counts the
  // page's header and footer (column rows of 'pageChrome' texts) among the following nodes; the body
  // below a heading never uses columns, so both are left out.
  const body = queries.getFollowingNodesOnPage().filter((n) => n.style !== 'pageChrome' && n.columns === undefined);
  return body.length === 0;
}

function header(page: number, input: PackInput, content: PackContent, confidential: boolean): Content {
  // Page 1 carries the full letterhead; later pages repeat the school's name small.
  const left: Content = { text: page > 1 ? input.school.name : '', style: 'pageChrome' };
  const right: Content = confidential
    ? {
        text: content.labels.confidential.toUpperCase(),
        style: 'pageChrome',
        alignment: 'right',
        bold: true,
        // No letter spacing: pdftotext and screen readers would read it as separate letters.
        color: '#9b1c1c',
      }
    : { text: '', style: 'pageChrome' };
  return { columns: [left, right], margin: [MARGIN_X, 24, MARGIN_X, 0] };
}

function footer(page: number, pageCount: number, composed: ComposedPack, content: PackContent, showReviewDate: boolean): Content {
  const pageText = content.labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pageCount));
  const [year, month, day] = content.lastReviewed.split('-').map(Number) as [number, number, number];
  const left = showReviewDate ? `${composed.title} · ${content.labels.textReviewed.replace('{date}', formatDateParts(year, month, day, content))}` : '';
  return {
    columns: [
      { text: left, style: 'pageChrome', width: '*' },
      { text: pageText, style: 'pageChrome', alignment: 'right', width: 'auto' },
    ],
    margin: [MARGIN_X, 16, MARGIN_X, 0],
  };
}

function letterhead(input: PackInput, logoSize: [number, number]): Content {
  const school: Column = {
    stack: [{ text: input.school.name, style: 'schoolName' }, ...(input.school.address ? [{ text: input.school.address, style: 'small' }] : [])],
    alignment: 'right',
    width: '*',
  };
  const logo: Column = input.school.logo ? { image: 'logo', fit: logoSize, width: logoSize[0] } : { text: '', width: logoSize[0] };
  return { columns: [logo, school], columnGap: 16 };
}

function letterBody(composed: ComposedPack, input: PackInput, content: PackContent, date: string): Content[] {
  const recipient = policyFor(composed.type, input).recipient;
  return [
    letterhead(input, [140, 50]),
    {
      margin: [0, 16, 0, 8],
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: `${content.labels.date}:`, color: COLOURS.muted }, date],
          ...(recipient ? [[{ text: `${content.labels.to}:`, color: COLOURS.muted }, content.labels.recipients[recipient]]] : []),
          [
            { text: `${content.labels.subject}:`, color: COLOURS.muted },
            { text: composed.title, bold: true },
          ],
        ],
      },
      layout: 'noBorders',
    },
    ...withSignature(paragraphs(composed), composed, signature(input, content.labels.closing)),
  ];
}

/**
 * A signature alone on the last page looks like a forgotten sheet: a short final paragraph (the
 * letters end with one) moves together with it. A long one is left free to break across pages.
 */
function withSignature(body: Content[], composed: ComposedPack, signatureBlock: Content): Content[] {
  const last = composed.paragraphs.at(-1);
  if (body.length === 0 || !last || last.text.length > SHORT_CLOSING_CHARS) return [...body, signatureBlock];
  return [...body.slice(0, -1), { stack: [body.at(-1) as Content, signatureBlock], unbreakable: true }];
}
const SHORT_CLOSING_CHARS = 400;

/** The closing greeting travels with the signature, so neither is left alone on a page. */
function signature(input: PackInput, closing: string): Content {
  const lines = signatureLines(input);
  return {
    margin: [0, 10, 0, 0],
    unbreakable: true,
    stack: [{ text: closing, margin: [0, 0, 0, 10], id: 'closing' }, ...lines.map((line, i): ContentText => ({ text: line, bold: i === 0 }))],
  };
}

function documentBody(composed: ComposedPack, input: PackInput, content: PackContent, date: string): Content[] {
  const closingLabel = composed.type === 'case_summary' ? content.labels.preparedBy : content.labels.contact;
  return [
    letterhead(input, [110, 44]),
    { text: composed.title, style: 'title', margin: [0, 16, 0, 2] },
    { text: `${input.school.name} · ${date}`, style: 'subtitle' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 595.28 - 2 * MARGIN_X, y2: 0, lineWidth: 0.8, lineColor: COLOURS.rule }],
      margin: [0, 8, 0, 6],
    },
    ...paragraphs(composed),
    {
      margin: [0, 12, 0, 0],
      unbreakable: true,
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: closingLabel, bold: true, color: COLOURS.accent, id: 'closing' },
                { text: contactLine(input, ' · ') },
                ...(composed.type === 'case_summary' ? [{ text: date, style: 'small' }] : []),
              ],
              fillColor: COLOURS.box,
              margin: [8, 6, 8, 6],
            },
          ],
        ],
      },
      layout: 'noBorders',
    },
  ];
}

/** Paragraph text is plain: blank lines separate blocks, lines starting with "- " become a list. */
function paragraphs(composed: ComposedPack): Content[] {
  const out: Content[] = [];
  for (const paragraph of composed.paragraphs) {
    const blocks = textBlocks(paragraph.text, paragraph.id);
    if (blocks.length === 0) continue;
    const stack: Content[] = [];
    if (paragraph.heading) {
      stack.push({ text: paragraph.heading, style: 'heading', margin: [0, 0, 0, 2], headlineLevel: 1 });
    }
    stack.push(...blocks);
    // Keep a heading with the start of its text; long paragraphs may still break after that.
    out.push({ stack, margin: [0, 6, 0, 0] });
  }
  return out;
}

/**
 * Each block's first text carries an id, so packLayout can tell on which page the block starts.
 * Shared with the prevention documents, so every PDF of the app reads the same plain-text markup.
 */
export function textBlocks(text: string, paragraphId?: string): Content[] {
  return paragraphBlocks(text).map((block, index): Content => {
    // pdfmake wants node ids unique in the document: only the packs' paragraphs (unique ids) get them.
    const id = paragraphId === undefined ? undefined : `block:${paragraphId}:${index}`;
    switch (block.kind) {
      case 'lines':
        return { text: block.lines.map((l) => l.text).join('\n'), margin: [0, 0, 0, 4], ...(id ? { id } : {}) };
      case 'list':
        return {
          ul: block.items.map((item, i) => (i === 0 && id ? { text: item.text, id } : item.text)),
          margin: [4, 0, 0, 4],
          markerColor: COLOURS.muted,
        };
      case 'pairs':
        return {
          margin: [0, 0, 0, 5],
          table: {
            widths: ['auto', '*'],
            body: block.pairs.map(({ key, value }, i) => [{ text: `${key}:`, color: COLOURS.muted, ...(i === 0 && id ? { id } : {}) }, { text: value.text }]),
          },
          layout: 'noBorders',
        };
    }
  });
}

/**
 * Renders a document definition with the packs' fonts and access policies. Public API, with
 * textBlocks: the prevention documents (core/prevention/render-document.ts) are built on these two,
 * so the font is set here — a definition never names one itself.
 */
export async function renderDocumentPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // The packs' one embedded font family, whatever the definition names: it is the only one loaded.
  const defaultStyle = { ...(definition.defaultStyle ?? {}), font: FONT_FAMILY };
  return loadPdfmake()
    .createPdf({ ...definition, defaultStyle })
    .getBuffer();
}
