// The annual overview as a PDF for the school board: the same suppressed numbers as the CSV and
// JSON files (board-numbers.ts), so the document can travel exactly as far as they can, with a
// table and a bar per count. Bars are vector rectangles, not images: they print sharply and the
// document stays text a screen reader can follow.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderDocumentPdf } from '../packs/render-pdf';
import { loadPackContent } from '../packs';
import { capitalise, loadReportTexts, printedDay } from '../cases/report-texts';
import { boardLevelKeys, boardPrevention, boardTotals, SUPPRESS_BELOW, SUPPRESSED, type BoardCount, type BoardNumbers } from './board-numbers';
import { fillTemplate, incidentTypes, readinessStatuses, schoolLevels, type Locale } from '@shared';

const INK = '#1f2933';
const MUTED = '#5f6b76';
const BAR = '#1d4e89';
const BAR_LIGHT = '#b9c9dc';
const BAR_WIDTH = 200;
/** The month chart: twelve columns across the page's width (A4 less the margins). */
const PAGE_WIDTH = 499;
const MONTH_CHART_HEIGHT = 70;

export interface BoardPdfLabels {
  /** The assessment's level names (low … critical), as the app shows them. */
  levels: Record<string, string>;
}

type Row = { label: string; value: BoardCount | number };

/** A suppressed count draws as a light bar the length of the threshold: "fewer than this". */
const barLength = (value: BoardCount | number) => (value === SUPPRESSED ? SUPPRESS_BELOW : value);

function barTable(rows: Row[], empty: string): Content {
  if (rows.length === 0) return { text: empty, color: MUTED, margin: [0, 0, 0, 12] };
  const max = Math.max(SUPPRESS_BELOW, ...rows.map((row) => barLength(row.value)));
  return {
    table: {
      widths: [200, BAR_WIDTH + 4, 36],
      body: rows.map((row) => {
        const length = barLength(row.value);
        const w = length === 0 ? 0 : Math.max(2, (BAR_WIDTH * length) / max);
        return [
          { text: row.label },
          { canvas: w === 0 ? [] : [{ type: 'rect', x: 0, y: 3, w, h: 9, color: row.value === SUPPRESSED ? BAR_LIGHT : BAR }] },
          { text: String(row.value), alignment: 'right', bold: true },
        ];
      }),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

/** Cases opened per month as twelve upright bars with the month and its count beneath each. */
function monthChart(rows: Row[]): Content {
  const max = Math.max(SUPPRESS_BELOW, ...rows.map((row) => barLength(row.value)));
  const slot = PAGE_WIDTH / rows.length;
  const barW = slot * 0.6;
  return {
    stack: [
      {
        canvas: [
          ...rows.flatMap((row, index) => {
            const h = (MONTH_CHART_HEIGHT * barLength(row.value)) / max;
            return h === 0 ? [] : [{ type: 'rect' as const, x: index * slot + (slot - barW) / 2, y: MONTH_CHART_HEIGHT - h, w: barW, h, color: row.value === SUPPRESSED ? BAR_LIGHT : BAR }];
          }),
          { type: 'line' as const, x1: 0, y1: MONTH_CHART_HEIGHT, x2: PAGE_WIDTH, y2: MONTH_CHART_HEIGHT, lineWidth: 0.5, lineColor: MUTED },
        ],
      },
      {
        table: {
          widths: rows.map(() => '*'),
          body: [
            rows.map((row) => ({
              text: [
                { text: `${row.label}\n`, color: MUTED, fontSize: 8 },
                { text: String(row.value), bold: true },
              ],
              alignment: 'center',
            })),
          ],
        },
        layout: 'noBorders',
      },
    ],
    margin: [0, 0, 0, 6],
  };
}

const heading = (text: string): Content => ({ text, fontSize: 12, bold: true, margin: [0, 6, 0, 4] });

/** quiet: no case was opened, closed or destroyed in the year (the suppressed totals cannot tell 0 from 3). */
export function boardNumbersDocument(numbers: BoardNumbers, locale: Locale, labels: BoardPdfLabels, printedOn: string, quiet: boolean): TDocumentDefinitions {
  const texts = loadReportTexts(locale).annual;
  const terms = loadPackContent(locale).terms;
  const present = <K extends string>(keys: readonly K[], counts: Partial<Record<K, BoardCount>>, label: (key: K) => string): Row[] =>
    keys.filter((key) => counts[key] !== undefined).map((key) => ({ label: capitalise(label(key)), value: counts[key]! }));
  const section = (title: string, rows: Row[]): Content[] => [heading(title), barTable(rows, texts.sectionEmpty)];
  const hasSuppressed = Object.values({ ...numbers.totals, ...numbers.byIncidentType, ...numbers.bySchoolLevel, ...numbers.byLevel, ...numbers.byMonth }).includes(SUPPRESSED);
  const caseSections: Content[] = !quiet
    ? [
        ...section(
          texts.sections.totals,
          boardTotals.map((key) => ({ label: texts.totals[key], value: numbers.totals[key] })),
        ),
        ...section(
          texts.sections.byIncidentType,
          present(incidentTypes, numbers.byIncidentType, (key) => terms.incidentTypes[key] ?? key),
        ),
        ...section(
          texts.sections.byLevel,
          present(boardLevelKeys, numbers.byLevel, (key) => (key === 'none' ? texts.levelNone : (labels.levels[key] ?? key))),
        ),
        ...section(
          texts.sections.bySchoolLevel,
          present(schoolLevels, numbers.bySchoolLevel, (key) => terms.schoolLevels[key] ?? key),
        ),
        heading(texts.sections.byMonth),
        // Every month, also the empty ones: a year reads as a year.
        monthChart(texts.monthsShort.map((name, index) => ({ label: name, value: numbers.byMonth[String(index + 1).padStart(2, '0') as keyof BoardNumbers['byMonth']] ?? 0 }))),
        ...(hasSuppressed ? [{ text: texts.suppressedBar, fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 8] } as Content] : []),
      ]
    : [{ text: texts.noCases, color: MUTED, margin: [0, 8, 0, 12] }];
  return {
    pageSize: 'A4',
    pageMargins: [48, 40, 48, 46],
    info: { title: fillTemplate(texts.title, { year: String(numbers.year) }) },
    defaultStyle: { fontSize: 10, color: INK, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${numbers.school} · ${fillTemplate(texts.title, { year: String(numbers.year) })}`, fontSize: 8, color: MUTED },
        { text: fillTemplate(texts.page, { page: String(page), pages: String(pages) }), alignment: 'right', fontSize: 8, color: MUTED },
      ],
      margin: [48, 20, 48, 0],
    }),
    content: [
      { text: fillTemplate(texts.title, { year: String(numbers.year) }), fontSize: 20, bold: true },
      { text: fillTemplate(texts.subtitle, { school: numbers.school }), fontSize: 12, color: MUTED, margin: [0, 2, 0, 4] },
      { text: `${texts.printed}: ${printedDay(printedOn, locale)}`, fontSize: 9, color: MUTED, margin: [0, 0, 0, 8] },
      { text: texts.intro, fontSize: 9.5, margin: [0, 0, 0, 6] },
      ...caseSections,
      ...section(
        texts.sections.prevention,
        boardPrevention.map((key) => ({ label: texts.prevention[key], value: numbers.prevention[key] ?? 0 })),
      ),
      ...section(
        texts.sections.readiness,
        readinessStatuses.map((key) => ({ label: capitalise(texts.readiness[key]), value: numbers.readiness[key] ?? 0 })),
      ),
    ],
  };
}

export function renderBoardPdf(numbers: BoardNumbers, locale: Locale, labels: BoardPdfLabels, printedOn: string, quiet: boolean): Promise<Buffer> {
  return renderDocumentPdf(boardNumbersDocument(numbers, locale, labels, printedOn, quiet));
}
