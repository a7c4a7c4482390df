// The contract's calls for the school board's numbers, beside the feature (composed in handlers.ts).
import { AppError, type AppContext } from '../app-context';
import { annualReport } from '../cases/annual-report';
import { audit } from '../cases/audit-trail';
import type { Handlers, Platform } from '../handlers';
import { readSettings } from '../settings/settings-store';
import { boardCsv, boardNumbers, combineBoardFiles } from './board-numbers';

export function boardHandlers(deps: { platform: Platform; ctx: () => AppContext }): Pick<Handlers, 'boardExport' | 'boardCombine'> {
  const { platform, ctx } = deps;
  return {
    boardExport: async ({ year, format }) => {
      const school = readSettings(ctx()).school.name.trim();
      if (!school) throw new AppError('board_school_name_missing');
      const numbers = boardNumbers(annualReport(ctx(), year), school);
      const data = format === 'json' ? `${JSON.stringify(numbers, null, 2)}\n` : boardCsv(numbers);
      const safeSchool = school.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'school';
      const fileName = await platform.saveFile(`jaarcijfers-${safeSchool}-${year}.${format}`, Buffer.from(data, 'utf8'));
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
