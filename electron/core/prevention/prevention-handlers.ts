// The prevention calls implemented: thin, like the rest of handlers.ts, which spreads these in.
import type { AppContext } from '../app-context';
import { readSettings } from '../settings/settings-store';
import { saveClass, saveLesson } from './class-lessons';
import { exportDocument, listDocuments, saveDocument } from './model-documents';
import { loadGlossary } from './prevention-content';
import { readinessOverview, saveReadinessPoint } from './readiness-overview';
import type { Handlers } from '../handlers';

type PreventionCall =
  'preventionOverview' | 'preventionPointSave' | 'preventionClassSave' | 'preventionLessonSave' | 'preventionDocumentsList' | 'preventionDocumentSave' | 'preventionDocumentExport' | 'glossaryList';

export function preventionHandlers(ctx: () => AppContext, saveFile: (defaultName: string, data: Buffer) => Promise<string | null>): Pick<Handlers, PreventionCall> {
  return {
    preventionOverview: () => readinessOverview(ctx()),
    preventionPointSave: (input) => saveReadinessPoint(ctx(), input),
    preventionClassSave: (input) => saveClass(ctx(), input),
    preventionLessonSave: (input) => saveLesson(ctx(), input),
    preventionDocumentsList: ({ level }) => listDocuments(ctx(), level),
    preventionDocumentSave: ({ type, level, edits }) => saveDocument(ctx(), type, level, edits),
    preventionDocumentExport: ({ type, level }) => exportDocument(ctx(), type, level, saveFile),
    glossaryList: () => loadGlossary(readSettings(ctx()).locale),
  };
}
