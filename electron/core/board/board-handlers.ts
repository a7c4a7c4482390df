// The contract's calls for the school board's numbers, beside the feature (composed in handlers.ts).
import { AppError, today, type AppContext } from '../app-context';
import { annualReport } from '../cases/annual-report';
import { audit } from '../cases/audit-trail';
import type { Handlers, Platform } from '../handlers';
import { readSettings } from '../settings/settings-store';
import { loadReportTexts } from '../cases/report-texts';
import { timelineLabel } from '../cases/timeline-texts';
import { boardCsv, boardNumbers, combineBoardFiles } from './board-numbers';
import { renderBoardPdf } from './board-pdf';
import { severityLevels } from '@shared';

export function boardHandlers(deps: { platform: Platform; ctx: () => AppContext }): Pick<Handlers, 'boardExport' | 'boardCombine'> {
  const { platform, ctx } = deps;
  return {
    boardExport: async ({ year, format }) => {
      const school = readSettings(ctx()).school.name.trim();
      if (!school) throw new AppError('board_school_name_missing');
      const report = annualReport(ctx(), year);
      const numbers = boardNumbers(report, school);
      const safeSchool = school.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'school';
      let fileName: string | null;
      if (format === 'pdf') {
        // The same suppressed numbers as the files, laid out for reading.
        const { locale } = readSettings(ctx());
        const levels = Object.fromEntries(severityLevels.map((level) => [level, timelineLabel(ctx(), 'level', level)]));
        const quiet = report.opened + report.closed + report.destroyed + report.stillOpen === 0;
        const pdf = await renderBoardPdf(numbers, locale, { levels }, today(ctx()), quiet);
        fileName = await platform.saveFile(`${loadReportTexts(locale).annual.fileName} ${safeSchool} ${year}.pdf`, pdf);
      } else {
        const data = format === 'json' ? `${JSON.stringify(numbers, null, 2)}\n` : boardCsv(numbers);
        fileName = await platform.saveFile(`jaarcijfers-${safeSchool}-${year}.${format}`, Buffer.from(data, 'utf8'));
      }
      if (fileName) audit(ctx(), 'export', null, `board numbers ${year} ${format}`);
      return { saved: fileName !== null, fileName };
    },
    boardCombine: ({ files }) => {
      // The numbers were checked for personal data by their schema; the vault only has to be open.
      ctx();
      return combineBoardFiles(files);
    },
  };
}
