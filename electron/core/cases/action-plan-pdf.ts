// The action plan of one case on paper, for the care team's meeting or the file: an internal
// document, marked so on every page, that nobody should mistake for a letter to send. It carries
// the plan as the advisor keeps it (owners, dates, outcomes) and nothing from the interview, the
// notes or the chronology: what is printed is only what the plan itself says.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { nowIso, today, type AppContext } from '../app-context';
import type { CaseAction } from '../contract';
import { renderDocumentPdf } from '../packs/render-pdf';
import { readSettings } from '../settings/settings-store';
import { listActions } from './action-plan';
import { audit } from './audit-trail';
import { caseDetail } from './case-files';
import { capitalise, loadReportTexts, printedDay, type ReportTexts } from './report-texts';
import { timelineLabel } from './timeline-texts';
import { fillTemplate, openActionStatuses, type Locale } from '@shared';

export interface PrintedActionPlan {
  locale: Locale;
  schoolName: string;
  caseTitle: string;
  caseStage: string;
  /** yyyy-mm-dd, the advisor's calendar day. */
  printedOn: string;
  actions: CaseAction[];
}

const INK = '#1f2933';
const MUTED = '#5f6b76';
const WARN = '#a61b1b';

function actionRows(actions: CaseAction[], plan: PrintedActionPlan, texts: ReportTexts['actionPlan']): Content {
  if (actions.length === 0) return { text: texts.noneInGroup, color: MUTED, margin: [0, 0, 0, 10] };
  const header = (['title', 'owner', 'due', 'status', 'outcome'] as const).map((key) => ({ text: texts.columns[key], bold: true, fontSize: 9, color: MUTED }));
  const body = actions.map((action) => [
    {
      stack: [
        { text: action.title, bold: true },
        { text: `${texts.steps[action.step]} · ${texts.sources[action.source]}`, fontSize: 8, color: MUTED },
      ],
    },
    { text: action.owner.trim() || texts.noOwner, color: action.owner.trim() ? INK : MUTED },
    action.dueDate ? { text: [printedDay(action.dueDate, plan.locale), ...(action.overdue ? [{ text: `\n${texts.overdue}`, color: WARN, bold: true }] : [])] } : { text: texts.noDue, color: MUTED },
    { text: texts.statuses[action.status] },
    { text: action.outcome.trim() || '—', color: action.outcome.trim() ? INK : MUTED },
  ]);
  return {
    table: { headerRows: 1, widths: [150, 80, 62, 48, '*'], body: [header, ...body] },
    layout: 'lightHorizontalLines',
    fontSize: 9.5,
    margin: [0, 0, 0, 14],
  };
}

/** The document definition, a pure function of the plan, so its text can be checked without a vault. */
export function actionPlanDocument(plan: PrintedActionPlan): TDocumentDefinitions {
  const texts = loadReportTexts(plan.locale).actionPlan;
  const open = plan.actions.filter((a) => (openActionStatuses as readonly string[]).includes(a.status));
  const closed = plan.actions.filter((a) => !(openActionStatuses as readonly string[]).includes(a.status));
  // Open work first, the earliest (and overdue) date on top; undated open work after the dated.
  open.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return {
    pageSize: 'A4',
    pageMargins: [48, 70, 48, 56],
    info: { title: `${texts.title} – ${plan.caseTitle}` },
    defaultStyle: { fontSize: 10.5, color: INK, lineHeight: 1.2 },
    // On every page: a copy of page 3 found on a printer still says what it is.
    header: () => ({ text: texts.internal, margin: [48, 26, 48, 0], fontSize: 8.5, bold: true, color: WARN }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${plan.schoolName} · ${texts.title}`, fontSize: 8, color: MUTED },
        { text: fillTemplate(texts.page, { page: String(page), pages: String(pages) }), alignment: 'right', fontSize: 8, color: MUTED },
      ],
      margin: [48, 20, 48, 0],
    }),
    content: [
      { text: texts.title, fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      {
        table: {
          widths: ['auto', '*'],
          body: [
            [
              { text: `${texts.case}:`, color: MUTED },
              { text: plan.caseTitle, bold: true },
            ],
            [{ text: `${texts.caseStatus}:`, color: MUTED }, plan.caseStage],
            [{ text: `${texts.printed}:`, color: MUTED }, printedDay(plan.printedOn, plan.locale)],
          ],
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 14],
      },
      ...(plan.actions.length === 0
        ? [{ text: texts.none, color: MUTED }]
        : [
            { text: `${texts.openGroup} (${open.length})`, fontSize: 13, bold: true, margin: [0, 4, 0, 6] } as Content,
            actionRows(open, plan, texts),
            { text: `${texts.closedGroup} (${closed.length})`, fontSize: 13, bold: true, margin: [0, 4, 0, 6] } as Content,
            actionRows(closed, plan, texts),
          ]),
    ],
  };
}

export function actionPlanFileName(plan: PrintedActionPlan): string {
  const texts = loadReportTexts(plan.locale).actionPlan;
  return `${`${texts.fileName} ${plan.caseTitle}`.replace(/[^\p{L}\p{N} -]/gu, '').trim()} ${plan.printedOn}.pdf`;
}

/** Renders the plan and hands it to the shell's save dialog; the export is audited, the PDF never kept. */
export async function exportActionPlan(ctx: AppContext, caseId: string, saveFile: (defaultName: string, data: Buffer) => Promise<string | null>): Promise<{ saved: boolean; fileName: string | null }> {
  const detail = caseDetail(ctx, caseId);
  const settings = readSettings(ctx);
  const plan: PrintedActionPlan = {
    locale: settings.locale,
    schoolName: settings.school.name.trim() || (settings.locale === 'nl' ? 'De school' : 'The school'),
    caseTitle: detail.title,
    caseStage: capitalise(timelineLabel(ctx, 'status', detail.status)),
    printedOn: today(ctx),
    actions: listActions(ctx, caseId),
  };
  const pdf = await renderDocumentPdf(actionPlanDocument(plan));
  const fileName = await saveFile(actionPlanFileName(plan), pdf);
  if (!fileName) return { saved: false, fileName: null };
  audit(ctx, 'export', caseId, `action plan ${nowIso(ctx).slice(0, 10)}`);
  return { saved: true, fileName };
}
