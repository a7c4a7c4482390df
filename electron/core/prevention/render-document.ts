// A prevention document as an A4 PDF: the school's letterhead, the title, the variant, the paragraphs
// in the packs' plain-text markup, and a footer with the date the model text was last reviewed. It is
// rendered by the packs' pdfmake setup (same fonts, no URL or file access beyond the fonts).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { logoDataUrl } from '../packs/logo';
import { renderDocumentPdf, textBlocks } from '../packs/render-pdf';
import type { PackLocale, PackLogo } from '../packs';
import { loadPreventionContent } from './prevention-content';
import type { PreventionDocument } from './prevention-schema';

export interface DocumentSchool {
  name: string;
  address: string;
  logo: PackLogo | null;
}

const COLOURS = { ink: '#1f2933', muted: '#5f6b76', accent: '#1d4e89', rule: '#c8d1da' };
const MARGIN_X = 56;

function longDate(date: string, locale: PackLocale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function preventionDefinition(doc: PreventionDocument, options: { locale: PackLocale; date: string; school: DocumentSchool }): TDocumentDefinitions {
  const content = loadPreventionContent(options.locale);
  const { school } = options;
  // The staff card must fit one page to be pinned up; it is set a little tighter.
  const card = doc.type === 'staff_card';
  const letterhead: Content = {
    columns: [
      school.logo ? { image: 'logo', fit: [110, 44], width: 110 } : { text: '', width: 110 },
      {
        stack: [{ text: school.name, bold: true, fontSize: 12 }, ...(school.address ? [{ text: school.address, style: 'small' }] : [])],
        alignment: 'right',
        width: '*',
      },
    ],
    columnGap: 16,
  };
  const body: Content[] = doc.paragraphs.map((paragraph) => ({
    stack: [{ text: paragraph.heading, style: 'heading', margin: [0, 0, 0, 2] }, ...textBlocks(paragraph.text)],
    margin: [0, card ? 4 : 6, 0, 0],
  }));
  const reviewed = content.labels.reviewed.replace('{date}', longDate(doc.lastReviewed, options.locale));
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 50, MARGIN_X, 46],
    language: options.locale === 'nl' ? 'nl-NL' : 'en-GB',
    info: { title: doc.title, creator: 'Vertrouwd', producer: 'Vertrouwd' },
    images: school.logo ? { logo: logoDataUrl(school.logo) } : {},
    defaultStyle: { fontSize: card ? 9.5 : 10, lineHeight: card ? 1.12 : 1.18, color: COLOURS.ink },
    styles: {
      title: { fontSize: card ? 16 : 18, bold: true, color: COLOURS.accent },
      subtitle: { fontSize: 10, color: COLOURS.muted },
      heading: { fontSize: 11, bold: true, color: COLOURS.accent },
      small: { fontSize: 9, color: COLOURS.muted },
      pageChrome: { fontSize: 8.5, color: COLOURS.muted },
    },
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: `${doc.title} · ${reviewed}`, style: 'pageChrome', width: '*' },
        { text: content.labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages)), style: 'pageChrome', alignment: 'right', width: 'auto' },
      ],
      margin: [MARGIN_X, 14, MARGIN_X, 0],
    }),
    content: [
      letterhead,
      { text: doc.title, style: 'title', margin: [0, 14, 0, 2] },
      { text: `${content.labels.variant[doc.level]} · ${longDate(options.date, options.locale)}`, style: 'subtitle' },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 595.28 - 2 * MARGIN_X, y2: 0, lineWidth: 0.8, lineColor: COLOURS.rule }], margin: [0, 8, 0, 4] },
      ...body,
    ],
  };
}

export function renderPreventionPdf(doc: PreventionDocument, options: { locale: PackLocale; date: string; school: DocumentSchool }): Promise<Buffer> {
  return renderDocumentPdf(preventionDefinition(doc, options));
}
