// A paragraph's text read the way the PDF renderer reads it (electron/core/packs/render-pdf.ts): a
// blank line starts a new block and lines starting with "- " or "• " form a bulleted list, so the
// preview shows what the PDF will show.
export type TextBlock = { kind: 'lines'; lines: string[] } | { kind: 'list'; items: string[] };

const ITEM = /^\s*[-•]\s+(.*)$/;

export function paragraphBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] = [];
  let items: string[] = [];
  const flushLines = () => {
    if (lines.length > 0) blocks.push({ kind: 'lines', lines });
    lines = [];
  };
  const flushItems = () => {
    if (items.length > 0) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const item = ITEM.exec(line);
    if (item) {
      flushLines();
      items.push(item[1] ?? '');
    } else if (line.trim() === '') {
      flushLines();
      flushItems();
    } else {
      flushItems();
      lines.push(line.trim());
    }
  }
  flushLines();
  flushItems();
  return blocks;
}
