// Step 3 "communicate": the communication packs. Pure TypeScript, no Electron: the IPC layer passes
// plain JSON in and gets plain JSON (or a PDF buffer) back.
export { AUDIENCE_FACTS, AUDIENCES, CONTENT_AUDIENCE, contentKeyFor } from './audience';
export type { Audience, Fact } from './audience';
export { applyEdits, composePack, unknownEditIds } from './compose-pack';
export type { ComposedPack, ComposedParagraph } from './compose-pack';
export { composedPackSchema } from './compose-pack';
export { findingSchema, FINDING_REASONS } from './disclosure-check';
export type { Finding, FindingReason } from './disclosure-check';
export { exportCheck } from './export-check';
export type { ExportCheckOptions, ExportCheckResult } from './export-check';
export { MAX_LOGO_BYTES, validateLogo } from './logo';
export { loadPackContent, packTitle } from './pack-content';
export { caseConditions, CONSENT_STATES, PACK_TYPES, packInputSchema, packTypeSchema, parsePackInput } from './pack-input';
export type { ConsentNeed, ConsentState, PackInput, PackLocale, PackLogo, PackType, PackVictim, SchoolLevel } from './pack-input';
export { MIN_PDF_PASSWORD_LENGTH, namingPossible, PACK_POLICY, policyFor } from './pack-policy';
export { packPage, packPageSchema } from './page-frame';
export type { PackPage } from './page-frame';
export { parseLabel } from './disclosure-check';
export { packLayout, PackExportRefused, renderPackPdf } from './render-pdf';
export type { PackLayout, RenderOptions } from './render-pdf';
