// Placeholders are the only way case data enters a pack text. Each carries one fact of the audience
// table (audience.ts); a pack text may only use the placeholders its audience may receive, and the
// values of the others are never even handed to it.
import type { Audience } from './audience';
import { blankRecordedDetails } from './disclosure-check';
import { PLACEHOLDER_FACTS, placeholderAllowed, type PlaceholderName } from './placeholder-names';
import type { PackContent } from './pack-content';
import { caseConditions, consentFor, familyVictim, type ConsentNeed, type PackInput, type PackType } from './pack-input';

/** The values an audience may see; the others are not computed into the result at all. */
export function placeholderValues(audience: Audience, input: PackInput, content: PackContent, type?: PackType): Record<string, string> {
  const producers = valueProducers(input, content, type);
  const values: Record<string, string> = {};
  for (const name of Object.keys(PLACEHOLDER_FACTS) as PlaceholderName[]) {
    if (placeholderAllowed(audience, name)) values[name] = producers[name]();
  }
  return values;
}

function valueProducers(input: PackInput, content: PackContent, type: PackType | undefined): Record<PlaceholderName, () => string> {
  const { terms } = content;
  const level = input.school.level;
  const conditions = caseConditions(input);
  // Naming is a choice for the family's own child: the one victim of the case, or, with several,
  // the victim whose family this letter is written to. A letter to nobody in particular names no one.
  const family = familyVictim(input);
  const victim = family ? family.victim : input.case.victims.length === 1 ? input.case.victims[0] : undefined;
  const named = input.namingVictim && victim?.label ? victim : undefined;
  const concerned = conditions.staffVictim
    ? conditions.severalVictims
      ? terms.concerned.staffSeveral
      : terms.concerned.staff
    : conditions.severalVictims
      ? terms.concerned.pupils[level]
      : terms.concerned.pupil[level];
  const kinds = incidentKinds(input, content);
  const platforms = platformNames(input, content, false);

  return {
    school: () => input.school.name,
    pupil: () => terms.levelWords.pupil[level],
    pupils: () => terms.levelWords.pupils[level],
    mentors: () => terms.levelWords.mentors[level],
    contactPerson: () => input.advisor.name,
    contactRole: () => inSentence(input.advisor.role),
    contactLine: () => contactLine(input, ', ', true),
    organisationsList: () =>
      bulletList(
        input.organisations.map((o) => {
          const reach = [o.phone, o.website].filter(Boolean).join(', ');
          return `${o.name}${reach ? ` (${reach})` : ''}: ${o.whatTheyDo}`;
        }),
        content,
      ),
    whatHappened: () => (conditions.severalVictims ? terms.whatHappenedSeveral : terms.whatHappenedOne).replace('{platforms}', platforms).replace('{kinds}', kinds),
    incidentKinds: () => kinds,
    concerned: () => concerned,
    platforms: () => platforms,
    commitments: () => bulletList(publicCommitments(input, content), content),
    talkConsent: () => talkConsentSentence(input, content, concerned),
    agreedSteps: () => agreedSteps(input, content),
    consentChoices: () => consentChoices(input, content, type),
    childRef: () => named?.label ?? terms.childFallback,
    classRef: () => named?.classGroup ?? terms.notIncluded,

    pseudonym: () => input.case.pseudonym,
    incidentSummary: () => (input.namingVictim ? input.case.outline : blankRecordedDetails(input.case.outline, input)),
    schoolLevel: () => terms.schoolLevels[level],
    incidentTypes: () =>
      joinList(
        input.case.incidentTypes.map((t) => terms.incidentTypes[t] ?? t),
        content,
      ) || terms.none,
    sexualImageryAnswer: () => yesNo(input.case.sexualImagery, content),
    largeScaleAnswer: () => yesNo(input.case.largeScale, content),
    staffSuspectAnswer: () => yesNo(input.case.staffSuspect, content),
    victimsList: () =>
      bulletList(
        input.case.victims.map((v, index) => {
          // Unnamed, several victims are numbered, as the consent lines below number them.
          const who = input.namingVictim && v.label ? v.label : conditions.severalVictims ? capitalise(terms.victimNumbered.replace('{n}', String(index + 1))) : terms.victimNotNamed;
          const klass = input.namingVictim && v.classGroup ? `, ${v.classGroup}` : '';
          return `${who} (${terms.victimKinds[v.kind]}, ${terms.ageBands[v.ageBand]}${klass})`;
        }),
        content,
      ),
    spreaders: () => (input.namingVictim ? joinList(input.case.spreaderNames ?? [], content) || terms.none : terms.notIncluded),
    accounts: () => (input.namingVictim ? joinList(input.case.accounts ?? [], content) || terms.none : terms.notIncluded),
    timelineList: () =>
      bulletList(
        input.timeline.map((t) => `${formatMoment(t.at, content)}: ${t.summary}`),
        content,
      ),
    chronologyHead: () => input.chronologyHead ?? terms.none,
    actionsList: () =>
      bulletList(
        input.actions.map((a) => {
          const details = [terms.actionStatus[a.status] ?? a.status, a.owner ? `${terms.owner}: ${a.owner}` : undefined, a.due ? `${terms.due}: ${formatMoment(a.due, content)}` : undefined].filter(
            Boolean,
          );
          return `${a.title} (${details.join('; ')})`;
        }),
        content,
      ),
    levelLabel: () => input.assessment?.levelLabel ?? terms.none,
    reasonsList: () => bulletList(input.assessment?.reasons ?? [], content),
    flagsList: () => bulletList(input.assessment?.flags ?? [], content),
    consentSummary: () =>
      [
        consentLine(terms.consentClassTalk, input.consent.classTalk, input, content),
        consentLine(terms.consentAllPupilsTalk, input.consent.allPupilsTalk, input, content),
        ...(conditions.adultVictim ? [consentLine(terms.consentInformParents, input.consent.informParents, input, content)] : []),
      ].join('\n'),
  };
}

/** `midSentence`: the line stands inside a sentence ("neem contact op met …"), so the role is not capitalised. */
export function contactLine(input: PackInput, separator: string, midSentence = false): string {
  const role = midSentence ? inSentence(input.advisor.role) : input.advisor.role;
  return [`${input.advisor.name} (${role})`, input.advisor.phone, input.advisor.email].filter(Boolean).join(separator);
}

/**
 * A role as it reads inside a sentence: "Vertrouwenspersoon" becomes "vertrouwenspersoon", while an
 * abbreviation or a name ("IB'er", "ICT") keeps its capitals.
 */
function inSentence(role: string): string {
  return role.replace(/^(\p{Lu})(?=\p{Ll})/u, (first) => first.toLowerCase());
}

function yesNo(value: boolean, content: PackContent): string {
  return value ? content.terms.yes : content.terms.no;
}

/**
 * The kind of incident in public words. A type the texts do not know is not printed as typed: it is
 * free text and could say anything, so it reads as the general fallback.
 */
function incidentKinds(input: PackInput, content: PackContent): string {
  const { incidentKinds: words, incidentKindFallback } = content.terms;
  const known = [...new Set(input.case.incidentTypes.map((t) => words[t]).filter((w): w is string => Boolean(w)))];
  return known.length > 0 ? joinList(known, content) : incidentKindFallback;
}

/** Platforms by their own names; in general packs an unknown one is "another platform", never free text. */
export function platformNames(input: PackInput, content: PackContent, asWritten: boolean): string {
  const { platforms, unknownPlatform, otherPlatform } = content.terms;
  const names = [...new Set(input.case.platforms.map((p) => platforms[p.toLowerCase()] ?? (asWritten ? p : otherPlatform)))];
  return names.length > 0 ? joinList(names, content) : unknownPlatform;
}

function sexualVariant(key: string, input: PackInput, table: Record<string, string>): string | undefined {
  return (input.case.sexualImagery ? table[`${key}.sexual`] : undefined) ?? table[key];
}

/** The plan's actions as public sentences: what the school does, never who, when or how far along. */
function publicCommitments(input: PackInput, content: PackContent): string[] {
  const { commitments } = content.terms;
  const sentences = input.actions
    .filter((a) => a.status !== 'cancelled' && a.key)
    .map((a) => sexualVariant(a.key as string, input, commitments))
    .filter((s): s is string => Boolean(s));
  return [...new Set([...content.terms.commitmentsBase, ...sentences])];
}

/** The steps agreed with the family, as plain sentences addressed to them; no list of the plan. */
function agreedSteps(input: PackInput, content: PackContent): string {
  const { familySteps } = content.terms;
  const sentences = input.actions
    .filter((a) => a.status !== 'cancelled' && a.key)
    .map((a) => sexualVariant(a.key as string, input, familySteps))
    .filter((s): s is string => Boolean(s));
  const unique = [...new Set(sentences)];
  // One step a line: a family rereads this at home, and a block of eight sentences hides the one they look for.
  return unique.length > 0 ? bulletList(unique, content) : content.terms.familyStepsNone;
}

export function consentGiven(need: ConsentNeed): boolean {
  return need.length > 0 && need.every((n) => n.state === 'given');
}

/** One word for what a set of consents amounts to: refused or withdrawn outweigh undecided. */
export function consentOutcome(need: ConsentNeed): 'given' | 'refused' | 'withdrawn' | 'undecided' {
  if (consentGiven(need)) return 'given';
  if (need.some((n) => n.state === 'refused')) return 'refused';
  if (need.some((n) => n.state === 'withdrawn')) return 'withdrawn';
  return 'undecided';
}

function talkConsentSentence(input: PackInput, content: PackContent, concerned: string): string {
  const { talkConsent } = content.terms;
  const c = caseConditions(input);
  const withParents = c.pupilVictim && !c.adultVictim;
  const template = c.severalVictims ? (withParents ? talkConsent.severalWithParents : talkConsent.severalAlone) : withParents ? talkConsent.withParents : talkConsent.alone;
  return template.replace('{concerned}', capitalise(concerned));
}

/** The family's own choices, each as what it is: with several victims, this family's only. */
function consentChoices(input: PackInput, content: PackContent, type: PackType | undefined): string {
  const { consentChoice, consentClassTalk, consentAllPupilsTalk } = content.terms;
  return [[consentClassTalk, consentFor(input, 'classTalk', type)] as const, [consentAllPupilsTalk, consentFor(input, 'allPupilsTalk', type)] as const]
    .map(([talk, need]) => `- ${consentChoice[consentOutcome(need)].replace('{talk}', talk)}`)
    .join('\n');
}

/**
 * One line per subject for the case file. With several victims each victim's decisions stand
 * apart ("Sara: leerling gegeven; ouders geweigerd"), named as the summary names them.
 */
function consentLine(talk: string, need: ConsentNeed, input: PackInput, content: PackContent): string {
  const { terms } = content;
  const states = (items: ConsentNeed) => (items.length > 0 ? items.map((n) => `${terms.consentGivers[n.giver]}: ${terms.consentStates[n.state]}`).join('; ') : terms.consentStates.undecided);
  const victims = input.case.victims;
  if (victims.length <= 1) return `- ${capitalise(talk)}: ${states(need)}`;
  const perVictim = victims.map((v, index) => {
    const who = input.namingVictim && v.label ? v.label : capitalise(terms.victimNumbered.replace('{n}', String(index + 1)));
    return `${who}: ${states(need.filter((n) => n.victim === index))}`;
  });
  return `- ${capitalise(talk)}: ${perVictim.join(' | ')}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function bulletList(items: string[], content: PackContent): string {
  if (items.length === 0) return `- ${content.terms.none}`;
  // A line break inside an item would start a new paragraph in the PDF: keep each item on one line.
  return items.map((item) => `- ${item.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}

export function joinList(items: string[], content: PackContent): string {
  const { listSeparator, listLastSeparator } = content.terms;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(listSeparator)}${listLastSeparator}${items.at(-1)}`;
}

/**
 * Dates and times are printed as recorded, without time-zone conversion: the advisor wrote down a
 * local time and a summary for the police must show that same time.
 */
export function formatMoment(value: string, content: PackContent): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, year, month, day, hour, minute] = m;
  const date = formatDateParts(Number(year), Number(month), Number(day), content);
  return hour ? `${date} ${hour}:${minute}` : date;
}

export function formatDateParts(year: number, month: number, day: number, content: PackContent): string {
  const name = content.terms.months[month - 1];
  return name ? `${day} ${name} ${year}` : `${year}-${month}-${day}`;
}
