// Step 3 "communicate": the communication packs. Pure TypeScript, no Electron: the IPC layer passes
// plain JSON in and gets plain JSON (or a PDF buffer) back.
export { applyEdits, composePack, unknownEditIds } from './compose-pack';
export type { ComposedPack, ComposedParagraph } from './compose-pack';
export { composedPackSchema } from './compose-pack';
export { exportCheck } from './export-check';
export type { ExportCheckOptions, ExportCheckResult } from './export-check';
export { MAX_LOGO_BYTES, validateLogo } from './logo';
export { loadPackContent, packTitle } from './pack-content';
export { PACK_TYPES, packInputSchema, packTypeSchema, parsePackInput } from './pack-input';
export type { PackInput, PackLocale, PackLogo, PackType, SchoolLevel } from './pack-input';
export { MIN_PDF_PASSWORD_LENGTH, PACK_POLICY } from './pack-policy';
export { PackExportRefused, renderPackPdf } from './render-pdf';
export type { RenderOptions } from './render-pdf';
