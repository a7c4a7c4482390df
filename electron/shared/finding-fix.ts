// Fixing one identifying detail the disclosure check found (electron/core/packs/disclosure-check.ts)
// in place, in the preview: a plain function on the paragraph's text, so the renderer can use it.
export interface FixableFinding {
  /** UTF-16 offsets into the paragraph's text, end exclusive. */
  start: number;
  end: number;
  /** The words found, to make sure the text did not change under the finding. */
  text: string;
  /** What goes in its place; empty removes it. */
  replacement: string;
}

/**
 * The paragraph's text with one finding fixed: replaced by its generic word, or removed with the
 * space and comma around it tidied ("Meisje, 15, uit" becomes "Meisje, uit").
 */
export function applyFinding(text: string, finding: FixableFinding): string {
  if (text.slice(finding.start, finding.end) !== finding.text) return text;
  let before = text.slice(0, finding.start);
  let after = text.slice(finding.end);
  if (finding.replacement !== '') return `${before}${finding.replacement}${after}`;
  before = before.replace(/[ \t]+$/, '');
  after = after.replace(/^[ \t]+/, '');
  if (before.endsWith('(') && after.startsWith(')')) {
    before = before.slice(0, -1).replace(/[ \t]+$/, '');
    after = after.slice(1).replace(/^[ \t]+/, '');
  }
  if (/[,;]$/.test(before) && /^[,;.:!?]/.test(after)) before = before.slice(0, -1);
  if (before === '' || before.endsWith('\n')) after = after.replace(/^[,;]\s*/, '');
  const joiner = before === '' || before.endsWith('\n') || after === '' || /^[\n,;.:!?)]/.test(after) ? '' : ' ';
  return `${before}${joiner}${after}`;
}
