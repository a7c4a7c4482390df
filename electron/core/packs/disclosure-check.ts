// The disclosure check: finds the details in a pack's text that could tell a reader who is involved.
// It looks for identifying details, not for words: a person's name (a label such as "Leerling A"
// names nobody, and leerling, meisje, jongen, docent or klas never count on their own), a class or
// group, an age, accounts and links, relationships ("ex-vriend"), and the distinctive words of the
// internal summary (names, places, numbers, relationships). It returns the exact spans with a
// reason, so the preview can mark them and the advisor can fix them in place.
//
// The fix in place (applyFinding) lives in electron/shared/finding-fix.ts, for the renderer.
import { z } from 'zod';
import type { ComposedPack } from './compose-pack';
import type { PackContent } from './pack-content';
import { familyVictim, type PackInput } from './pack-input';

export const FINDING_REASONS = ['name', 'class_group', 'age', 'account', 'url', 'relationship', 'summary_detail'] as const;
export type FindingReason = (typeof FINDING_REASONS)[number];

export const findingSchema = z.object({
  paragraphId: z.string().max(100),
  /** UTF-16 offsets into the paragraph's text, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().max(1000),
  reason: z.enum(FINDING_REASONS),
  /** What "fix" puts in its place; empty removes it. */
  replacement: z.string().max(100),
});
export type Finding = z.infer<typeof findingSchema>;

/** Words that describe a role, not a person: never a detail on their own. */
const GENERIC = new Set(
  (
    'leerling leerlinge leerlingen student studente studenten kind kinderen meisje meisjes jongen jongens docent docente docenten ' +
    'leraar lerares leerkracht juf meester mentor medewerker medewerkster collega ouder ouders verzorger verzorgers getuige ' +
    'slachtoffer verspreider verspreiders persoon iemand klas klasgenoot klasgenote klasgenoten groep dader vriend vrienden ' +
    'mevrouw meneer mevr dhr heer ' +
    'pupil pupils girl girls boy boys teacher teachers child children parent parents carer carers witness victim spreader person ' +
    'staff colleague someone classmate classmates mr mrs ms miss sir friend friends ' +
    'de het een en van uit of in op met the a an and from of to with'
  ).split(' '),
);

/** Name particles are searched only as part of the whole name: "van" or "de" alone would match everywhere. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'het', 'ten', 'ter', 'te', 'op', 'la', 'le', 'el', 'al', 'da', 'di', 'du', 'dos', 'del', 'bin']);

/** Relationships and descriptions that point at a person: always a detail. */
const RELATIONSHIP =
  /(?<![\p{L}\p{N}])(?:ex(?:[- ]?(?:vriend(?:je|in|innetje)?|partner|boyfriend|girlfriend))?|vriendje|vriendinnetje|(?:stief)?(?:broer(?:tje)?|zus(?:je)?)|stiefvader|stiefmoeder|neef(?:je)?|nichtje|oom|tante|buurjongen|buurmeisje|buurman|buurvrouw|oppas|boyfriend|girlfriend|stepfather|stepmother|brother|sister|cousin|uncle|aunt|neighbour|babysitter)(?![\p{L}\p{N}])/gu;

/** Lower-case nouns for a place that narrows down who it was. */
const PLACE = /(?:club|vereniging|kamp|reis|feest|feestje|halte|kantine|bijbaan|stageplek|werkweek|sportschool|dansschool|camping|party|camp)$/u;

const CLASS_PATTERNS = [
  /(?<![\p{L}\p{N}])(?:klas|groep|class|year|form)\s+[a-z]{0,3}\d{1,2}[a-z]{0,3}\d?(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])\d\s?(?:havo|vwo|vmbo|mavo|atheneum|gymnasium|gym|tl|kb|bb|gl|tto)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:havo|vwo|vmbo|mavo|atheneum|gymnasium|tl|kb|bb)[- ]?\d(?![\p{L}\p{N}])/gu,
  // 3b, 2a1, 4h: a year and a letter. Not e, u or x ("2e klas", "10u", "3x").
  /(?<![\p{L}\p{N}])[1-6][a-df-tvwyz]\d?(?![\p{L}\p{N}])/gu,
];

/** "18 jaar en ouder", "16 or older": a rule about ages, not someone's age. */
const NOT_A_RULE = '(?!\\s+(?:en|of|and|or)\\s+(?:ouder|jonger|older|younger|over))';
const AGE_NOUNS = 'meisje|jongen|leerling|leerlinge|student|studente|kind|jongere|tiener|dochter|zoon|girl|boy|pupil|child|daughter|son|teenager';
const AGE_PATTERNS: Array<{ pattern: RegExp; group?: number }> = [
  { pattern: /(?<![\p{L}\p{N}])\d{1,2}[- ]?jarige?n?(?![\p{L}\p{N}])/gu },
  { pattern: /(?<![\p{L}\p{N}])\d{1,2}[- ]year[- ]olds?(?![\p{L}\p{N}])/gu },
  { pattern: /(?<![\p{L}\p{N}])aged \d{1,2}(?![\p{L}\p{N}])/gu },
  { pattern: new RegExp(`(?<=(?:${AGE_NOUNS})\\s*(?:,|\\()\\s*)\\d{1,2}(?![\\p{L}\\p{N}])`, 'gu') },
  // "Noor (15)": a number in brackets right after a word.
  { pattern: /(?<=\p{L}\s*\(\s*)\d{1,2}(?=\s*(?:jaar|years)?\s*\))/gu },
  { pattern: new RegExp(`(?<=(?:${AGE_NOUNS})\\s+)(?:van|of)\\s+\\d{1,2}(?:\\s+(?:jaar|years))?(?![\\p{L}\\p{N}])${NOT_A_RULE}`, 'gu') },
  // "15 jaar", unless it is a rule ("onder de 18 jaar", "tot en met 17 jaar", "binnen 2 jaar").
  {
    pattern: new RegExp(
      `(?<!(?:onder de|boven de|tot en met|t/m|vanaf|ouder dan|jonger dan|tot|over|binnen|na|sinds|per|under|within|after|since|to)\\s)(?<![\\p{L}\\p{N}])\\d{1,2}\\s+(?:jaar|years)(?:\\s+(?:oud|old))?(?![\\p{L}\\p{N}])${NOT_A_RULE}`,
      'gu',
    ),
  },
];

const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,}/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_PATTERNS = [
  /https?:\/\/[^\s)>\]]+/gu,
  /(?<![\p{L}\p{N}.@/-])www\.[^\s)>\]]+/gu,
  /(?<![\p{L}\p{N}.@/-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:nl|com|net|org|be|eu|io|app|tv|me|info|de|uk|co)(?![\p{L}\p{N}-])(?:\/[^\s)>\]]*)?/gu,
];

/**
 * Case- and accent-folded copy of a text with the same length, so a match in the copy is a span in the
 * original. Each UTF-16 unit folds to exactly one unit.
 */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    const code = unit.charCodeAt(0);
    // Most of a Dutch letter is plain ASCII: only A–Z change. Normalising every character cost
    // about half of composing the packs of a case.
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : unit;
      continue;
    }
    let folded = FOLDED.get(unit);
    if (folded === undefined) {
      folded = foldUnit(unit);
      if (FOLDED.size < 10_000) FOLDED.set(unit, folded);
    }
    out += folded;
  }
  return out;
}

/** Folded non-ASCII characters, remembered: the same few accented letters come back in every text. */
const FOLDED = new Map<string, string>();

function foldUnit(unit: string): string {
  if (unit.length !== 1) return unit;
  const base = unit.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return base.length === 1 ? base : unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern for a term; spaces and hyphens in it match either ("havo-3" = "havo 3"). */
function termPattern(term: string): RegExp | undefined {
  const cleaned = fold(term).trim().replace(/\s+/g, ' ');
  if (cleaned.length < 2) return undefined;
  // Split before escaping, so a backslash typed in the term can never be read as part of the joiner.
  const body = cleaned
    .split(/[\s-]+/)
    .filter(Boolean)
    // "3B" also matches "3 B": a space may stand between a digit and a letter.
    .map((part) => escapeRegExp(part).replace(/(\d)(?=[a-z])/g, '$1\\s?'))
    .join('[\\s-]?');
  if (!body) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function words(text: string): Array<{ word: string; index: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}

export interface LabelParts {
  /** The whole name and its parts, when the label names someone. */
  names: string[];
  /** Words that describe rather than name ("ex-vriend", "broer van"): details in their own right. */
  descriptions: string[];
}

/**
 * "Noor Jansen" names Noor Jansen; "Leerling A (meisje)" names nobody; "Tim (ex-vriend)" names Tim
 * and describes him; "de ex-vriend" describes someone.
 */
export function parseLabel(label: string): LabelParts {
  const inBrackets = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const main = label.replace(/\([^)]*\)/g, ' ').trim();
  const descriptions: string[] = [];
  const nameParts: string[] = [];
  for (const { word } of words(main)) {
    const lower = fold(word);
    if (GENERIC.has(lower) || PARTICLES.has(lower)) continue;
    // A single letter or a code of letters and digits ("A", "B2") is a pseudonym, not a name.
    if (/^[\p{Lu}\p{N}]{1,2}$/u.test(word)) continue;
    if (/^\p{Lu}/u.test(word)) nameParts.push(word);
    else descriptions.push(word);
  }
  for (const text of inBrackets) {
    for (const { word } of words(text)) {
      const lower = fold(word);
      if (!GENERIC.has(lower) && !PARTICLES.has(lower) && word.length >= 2) descriptions.push(word);
    }
  }
  const names = nameParts.length > 0 ? [...new Set([main, ...nameParts.filter((p) => p.length >= 2)])] : [];
  return { names, descriptions };
}

interface Needle {
  pattern: RegExp;
  reason: FindingReason;
}

interface CheckTerms {
  needles: Needle[];
  /**
   * Spans of the public strings (the school, the advisor, organisations) are never a finding; folded
   * and made into patterns once per check, not once per paragraph.
   */
  publicPatterns: RegExp[];
}

/** Distinctive words of the internal summary: names, places, numbers and relationships in it. */
function summaryDetails(outline: string, vocabulary: ReadonlySet<string>, publicWords: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const { word, index } of words(outline)) {
    const lower = fold(word);
    if (GENERIC.has(lower) || PARTICLES.has(lower) || vocabulary.has(lower) || publicWords.has(lower)) continue;
    const before = outline.slice(0, index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;\n]$/.test(before);
    const hasDigit = /\p{N}/u.test(word);
    const year = /^(?:19|20)\d{2}$/.test(word);
    if (hasDigit && !year) found.push(word);
    else if (/^\p{Lu}/u.test(word) && !sentenceStart && word.length >= 2) found.push(word);
    else if (PLACE.test(lower) && lower.length >= 4) found.push(word);
  }
  return [...new Set(found)];
}

function checkTerms(input: PackInput, content: PackContent, vocabulary: ReadonlySet<string>, namingAllowed: boolean): CheckTerms {
  const needles: Needle[] = [];
  const add = (term: string, reason: FindingReason) => {
    const pattern = termPattern(term);
    if (pattern) needles.push({ pattern, reason });
  };
  // The family's own child: the victim whose family the letter is for; every other victim stays a detail.
  const named = namingAllowed ? (familyVictim(input)?.victim ?? (input.case.victims.length === 1 ? input.case.victims[0] : undefined)) : undefined;
  const labels = [...input.case.victims.filter((v) => v !== named).map((v) => v.label), ...input.case.otherPersons.map((p) => p.label), ...(input.case.spreaderNames ?? [])];
  const descriptions: string[] = [];
  for (const label of labels) {
    const parts = parseLabel(label);
    parts.names.forEach((name) => add(name, 'name'));
    descriptions.push(...parts.descriptions);
  }
  if (named) descriptions.push(...parseLabel(named.label).descriptions);
  for (const victim of input.case.victims) {
    if (victim.classGroup && victim !== named) add(victim.classGroup, 'class_group');
  }
  for (const account of input.case.accounts ?? []) {
    add(account, /^(?:https?:\/\/|www\.)/i.test(account) ? 'url' : 'account');
    if (account.startsWith('@')) add(account.slice(1), 'account');
  }
  const publicStrings = [
    input.school.name,
    input.school.address ?? '',
    input.advisor.name,
    input.advisor.role,
    input.advisor.phone ?? '',
    input.advisor.email ?? '',
    ...input.organisations.flatMap((o) => [o.name, o.phone ?? '', o.website ?? '']),
    ...Object.values(content.terms.platforms),
  ].filter((s) => s.trim().length > 1);
  const publicWords = new Set(publicStrings.flatMap((s) => words(s).map((w) => fold(w.word))));
  // The family may read its own child's name and class: those words are not details in its letter.
  const ownWords = new Set(named ? words(`${named.label} ${named.classGroup ?? ''}`).map((w) => fold(w.word)) : []);
  for (const word of descriptions) {
    const lower = fold(word);
    if (!vocabulary.has(lower) && !publicWords.has(lower)) add(word, 'relationship');
  }
  for (const word of summaryDetails(input.case.outline, vocabulary, new Set([...publicWords, ...ownWords]))) add(word, 'summary_detail');
  return { needles, publicPatterns: publicStrings.map((value) => new RegExp(escapeRegExp(fold(value)), 'gu')) };
}

const PRIORITY: Record<FindingReason, number> = {
  name: 0,
  class_group: 1,
  age: 2,
  account: 3,
  url: 4,
  relationship: 5,
  summary_detail: 6,
};

export interface DisclosureOptions {
  /** The victim's own name and class are allowed: the family letter with naming turned on. */
  namingAllowed: boolean;
  /** Every word of the reviewed texts of the locale; those are not details. */
  vocabulary: ReadonlySet<string>;
}

/** Finds the details in each paragraph. The board/police summary is the internal record: not checked. */
export function findDisclosures(composed: ComposedPack, input: PackInput, content: PackContent, options: DisclosureOptions): Finding[] {
  if (composed.audience === 'board_police') return [];
  const terms = checkTerms(input, content, options.vocabulary, options.namingAllowed);
  const replacements = content.terms.replacements;
  const findings: Finding[] = [];
  for (const paragraph of composed.paragraphs) {
    findings.push(...findInText(paragraph.id, paragraph.text, terms, replacements, options.vocabulary));
  }
  return findings;
}

function findInText(paragraphId: string, text: string, terms: CheckTerms, replacements: PackContent['terms']['replacements'], vocabulary: ReadonlySet<string>): Finding[] {
  const folded = fold(text);
  const raw: Array<{ start: number; end: number; reason: FindingReason }> = [];
  const collect = (pattern: RegExp, reason: FindingReason) => {
    for (const m of folded.matchAll(pattern)) {
      let end = m.index + m[0].length;
      // A link or account ends before closing punctuation: "zie www.x.nl." ends at "nl".
      while (end > m.index && /[.,;:!?'"’”]/.test(folded[end - 1] as string)) end--;
      if (end > m.index) raw.push({ start: m.index, end, reason });
    }
  };
  for (const needle of terms.needles) collect(needle.pattern, needle.reason);
  CLASS_PATTERNS.forEach((p) => collect(p, 'class_group'));
  AGE_PATTERNS.forEach(({ pattern }) => collect(pattern, 'age'));
  collect(EMAIL, 'account');
  collect(HANDLE, 'account');
  URL_PATTERNS.forEach((p) => collect(p, 'url'));
  for (const m of folded.matchAll(RELATIONSHIP)) {
    if (!vocabulary.has(m[0])) raw.push({ start: m.index, end: m.index + m[0].length, reason: 'relationship' });
  }

  // Public strings (the school, the advisor, the organisations) are never a finding.
  const publicSpans: Array<[number, number]> = [];
  for (const pattern of terms.publicPatterns) {
    for (const m of folded.matchAll(pattern)) publicSpans.push([m.index, m.index + m[0].length]);
  }
  const isPublic = (s: number, e: number) => publicSpans.some(([ps, pe]) => s >= ps && e <= pe);

  // Overlapping spans: the more telling reason wins, then the longer span.
  const sorted = raw.filter((f) => !isPublic(f.start, f.end)).sort((a, b) => a.start - b.start || PRIORITY[a.reason] - PRIORITY[b.reason] || b.end - a.end);
  const kept: typeof raw = [];
  for (const f of sorted) {
    const last = kept.at(-1);
    if (last && f.start < last.end) {
      // A name inside an account or link ("@noor_2b") is part of that account: one finding, one fix.
      const whole = (r: FindingReason) => r === 'account' || r === 'url';
      if (f.end <= last.end && whole(last.reason)) continue;
      if (f.start <= last.start && f.end >= last.end && whole(f.reason)) {
        kept[kept.length - 1] = { ...f };
        continue;
      }
      if (PRIORITY[f.reason] < PRIORITY[last.reason] || (PRIORITY[f.reason] === PRIORITY[last.reason] && f.end > last.end)) {
        kept[kept.length - 1] = { start: Math.min(last.start, f.start), end: Math.max(last.end, f.end), reason: f.reason };
      } else if (f.end > last.end) {
        last.end = f.end;
      }
      continue;
    }
    kept.push({ ...f });
  }
  return kept.map((f) => ({
    paragraphId,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    reason: f.reason,
    replacement: replacementFor(f.reason, replacements),
  }));
}

function replacementFor(reason: FindingReason, replacements: PackContent['terms']['replacements']): string {
  switch (reason) {
    case 'name':
    case 'class_group':
    case 'account':
    case 'url':
      return replacements[reason];
    default:
      return '';
  }
}

/**
 * The internal summary for the board/police summary when the advisor has not chosen to name: the
 * recorded names, classes and accounts blanked, everything else (age, relationships) kept.
 */
export function blankRecordedDetails(text: string, input: PackInput): string {
  const terms = [
    ...[...input.case.victims.map((v) => v.label), ...input.case.otherPersons.map((p) => p.label), ...(input.case.spreaderNames ?? [])].flatMap((label) => parseLabel(label).names),
    ...input.case.victims.map((v) => v.classGroup ?? ''),
    ...(input.case.accounts ?? []),
  ];
  const folded = fold(text);
  const spans: Array<[number, number]> = [];
  for (const term of terms) {
    const pattern = termPattern(term);
    if (!pattern) continue;
    for (const m of folded.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => b[0] - a[0]);
  let out = text;
  let limit = Infinity;
  for (const [start, end] of spans) {
    if (end > limit) continue;
    out = `${out.slice(0, start)}…${out.slice(end)}`;
    limit = start;
  }
  return out;
}
