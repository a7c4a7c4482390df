// The composer keeps identifying placeholders out of general packs, but the advisor's own words (the
// outline, an edited paragraph, a timeline entry) can still carry a name. This guard looks for every
// known name, class and account that the pack may not show, so such a pack is stopped before export.
import type { PackInput, PackType } from './pack-input';
import { allowedIdentifyingDetails, type IdentifyingDetail } from './pack-policy';

export interface IdentifyingHit {
  detail: IdentifyingDetail;
  /** Index into the texts that were searched. */
  textIndex: number;
}

/**
 * Dutch name particles and very short parts are not searched on their own: "de" or "van" would match
 * everywhere. The full name is always searched.
 */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'het', 'ten', 'ter', 'te', 'op', 'in', 'la', 'le', 'el', 'al', 'da', 'di', 'du', 'dos', 'del', 'bin',
]);
const MIN_PART_LENGTH = 3;

interface Needle {
  detail: IdentifyingDetail;
  pattern: RegExp;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function needleFor(detail: IdentifyingDetail, term: string): Needle | undefined {
  const cleaned = normalise(term).trim().replace(/\s+/g, ' ');
  if (cleaned.length < 2) return undefined;
  // Letters or digits may not touch the term on either side, so "Eva" does not match "Evaluatie".
  const body = escapeRegExp(cleaned).replace(/ /g, '\\s+');
  return { detail, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u') };
}

function nameNeedles(detail: IdentifyingDetail, name: string): Needle[] {
  const parts = name
    .split(/[\s-]+/)
    .filter((part) => part.length >= MIN_PART_LENGTH && !PARTICLES.has(normalise(part)));
  return [name, ...parts].map((term) => needleFor(detail, term)).filter((n): n is Needle => !!n);
}

function accountNeedles(account: string): Needle[] {
  const bare = account.replace(/^@+/, '');
  return [account, bare].map((term) => needleFor('accounts', term)).filter((n): n is Needle => !!n);
}

/** The known identifying terms this pack may not show. */
function forbiddenNeedles(type: PackType, input: PackInput): Needle[] {
  const allowed = new Set(allowedIdentifyingDetails(type, input.namingVictim));
  const needles: Needle[] = [];
  const { victimName, classGroup, spreaderNames, accounts } = input.case;
  if (victimName && !allowed.has('victimName')) needles.push(...nameNeedles('victimName', victimName));
  if (classGroup && !allowed.has('classGroup')) {
    const needle = needleFor('classGroup', classGroup);
    if (needle) needles.push(needle);
  }
  if (!allowed.has('spreaderNames')) {
    for (const name of spreaderNames ?? []) needles.push(...nameNeedles('spreaderNames', name));
  }
  if (!allowed.has('accounts')) {
    for (const account of accounts ?? []) needles.push(...accountNeedles(account));
  }
  return needles;
}

/** One hit per text and kind of detail; the terms themselves are not returned, so they cannot leak into logs. */
export function findIdentifyingDetails(
  type: PackType,
  input: PackInput,
  texts: readonly string[],
): IdentifyingHit[] {
  const needles = forbiddenNeedles(type, input);
  const hits: IdentifyingHit[] = [];
  texts.forEach((text, textIndex) => {
    const haystack = normalise(text);
    const found = new Set<IdentifyingDetail>();
    for (const needle of needles) {
      if (!found.has(needle.detail) && needle.pattern.test(haystack)) found.add(needle.detail);
    }
    for (const detail of found) hits.push({ detail, textIndex });
  });
  return hits;
}
