// The advisor's paragraph edits for one pack. Main keeps the whole set per pack and replaces it on
// every save, so each save sends every edit that should remain, not only the one that changed.
import type { PackView } from '@core/contract';

/** The edits as the pack stands now: the text of every paragraph main marked as edited. */
export function currentEdits(view: PackView): Record<string, string> {
  return Object.fromEntries(view.composed.paragraphs.filter((paragraph) => paragraph.edited).map((paragraph) => [paragraph.id, paragraph.text]));
}

/** Line endings as main stores them, and no stray space around the text. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * The edits with one paragraph set to `text`. Text equal to the composed original is no edit at
 * all: dropping it lets the paragraph follow the case again (a changed outline, a new date).
 */
export function editsWith(view: PackView, id: string, text: string, original: string | undefined): Record<string, string> {
  const edits = currentEdits(view);
  const next = normaliseText(text);
  if (original !== undefined && next === normaliseText(original)) delete edits[id];
  else edits[id] = next;
  return edits;
}

/** The edits without the one for this paragraph: it goes back to the composed text. */
export function editsWithout(view: PackView, id: string): Record<string, string> {
  const edits = currentEdits(view);
  delete edits[id];
  return edits;
}

/** One pack of the list: a family letter of a case with several victims is one per victim. */
export function packKey(view: PackView): string {
  return view.victim ? `${view.type}:${view.victim.personId}` : view.type;
}

/** What a call about this pack names besides the case: its type and, for one family's letter, the victim. */
export function packTarget(view: PackView): { type: PackView['type']; victimPersonId?: string } {
  return view.victim ? { type: view.type, victimPersonId: view.victim.personId } : { type: view.type };
}
