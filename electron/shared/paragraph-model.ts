// How a paragraph's plain text becomes blocks on the page, for the PDF (render-pdf.ts) and the
// preview (renderer, PackDocument) alike, so the advisor sees what the PDF will hold: a blank line
// starts a new block, lines starting with "- " or "• " form a bulleted list, and a block of two or more
// "Label: value" lines (the case summary's details) becomes a two-column table. Every piece keeps its
// offset in the paragraph's text, so the preview can mark the spans the disclosure check found.
// Plain TypeScript: the renderer imports it.
export interface TextPiece {
  text: string;
  /** Offset of `text` in the paragraph's text. */
  start: number;
}

export type TextBlock = { kind: 'lines'; lines: TextPiece[] } | { kind: 'list'; items: TextPiece[] } | { kind: 'pairs'; pairs: Array<{ key: string; value: TextPiece }> };

const ITEM = /^(\s*[-•]\s+)(.*)$/;
const KEY_VALUE = /^([^:]{1,40}):(\s+)(.+)$/;

export function paragraphBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: TextPiece[] = [];
  let items: TextPiece[] = [];
  const flushLines = () => {
    if (lines.length > 0) blocks.push(pairsOf(lines) ?? { kind: 'lines', lines });
    lines = [];
  };
  const flushItems = () => {
    if (items.length > 0) blocks.push({ kind: 'list', items });
    items = [];
  };
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.trimEnd();
    const item = ITEM.exec(line);
    if (item) {
      flushLines();
      items.push({ text: item[2] ?? '', start: lineStart + (item[1]?.length ?? 0) });
    } else if (line.trim() === '') {
      flushLines();
      flushItems();
    } else {
      flushItems();
      const lead = line.length - line.trimStart().length;
      lines.push({ text: line.trim(), start: lineStart + lead });
    }
  }
  flushLines();
  flushItems();
  return blocks;
}

function pairsOf(lines: TextPiece[]): TextBlock | undefined {
  if (lines.length < 2) return undefined;
  const pairs: Array<{ key: string; value: TextPiece }> = [];
  for (const line of lines) {
    const match = KEY_VALUE.exec(line.text);
    if (!match) return undefined;
    const key = match[1] as string;
    pairs.push({ key, value: { text: match[3] as string, start: line.start + key.length + 1 + (match[2]?.length ?? 0) } });
  }
  return { kind: 'pairs', pairs };
}
