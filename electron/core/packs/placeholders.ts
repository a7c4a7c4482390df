// Placeholders are the only way case data enters a pack text. Which ones a pack may use is decided
// here, so identifying details cannot reach a general pack even if its text asks for them.
import type { PackContent } from './pack-content';
import type { PackInput, PackType } from './pack-input';
import { allowedIdentifyingDetails } from './pack-policy';
import { PLACEHOLDERS_BY_PACK, type PlaceholderName } from './placeholder-names';

/** The values one pack may see; identifying values only where the policy allows them. */
export function placeholderValues(
  type: PackType,
  input: PackInput,
  content: PackContent,
): Record<string, string> {
  const { terms } = content;
  const allowed = new Set(allowedIdentifyingDetails(type, input.namingVictim));
  const contactLine = [
    `${input.advisor.name} (${input.advisor.role})`,
    input.advisor.phone,
    input.advisor.email,
  ]
    .filter(Boolean)
    .join(', ');

  const all: Record<PlaceholderName, string> = {
    school: input.school.name,
    contactPerson: input.advisor.name,
    contactRole: input.advisor.role,
    contactLine,
    incidentSummary: input.case.outline,
    platforms:
      input.case.platforms.length > 0
        ? joinList(
            input.case.platforms.map((p) => terms.platforms[p] ?? p),
            content,
          )
        : terms.unknownPlatform,
    incidentTypes: joinList(
      input.case.incidentTypes.map((t) => terms.incidentTypes[t] ?? t),
      content,
    ),
    organisationsList: bulletList(
      input.organisations.map((o) => {
        const reach = [o.phone, o.website].filter(Boolean).join(', ');
        return `${o.name}${reach ? ` (${reach})` : ''}: ${o.whatTheyDo}`;
      }),
      content,
    ),

    childRef: allowed.has('victimName') && input.case.victimName ? input.case.victimName : terms.childFallback,
    victimRef:
      allowed.has('victimName') && input.case.victimName ? input.case.victimName : terms.victimNotNamed,
    classRef: allowed.has('classGroup') && input.case.classGroup ? input.case.classGroup : terms.notIncluded,
    spreaders: allowed.has('spreaderNames')
      ? joinList(input.case.spreaderNames ?? [], content) || terms.none
      : terms.notIncluded,
    accounts: allowed.has('accounts')
      ? joinList(input.case.accounts ?? [], content) || terms.none
      : terms.notIncluded,

    pseudonym: input.case.pseudonym,
    schoolLevel: terms.schoolLevels[input.school.level],
    timelineList: bulletList(
      input.timeline.map((t) => `${formatMoment(t.at, content)}: ${t.summary}`),
      content,
    ),
    chronologyHead: input.chronologyHead ?? terms.none,
    actionsList: bulletList(
      input.actions.map((a) => {
        const details = [
          terms.actionStatus[a.status] ?? a.status,
          a.owner ? `${terms.owner}: ${a.owner}` : undefined,
          a.due ? `${terms.due}: ${formatMoment(a.due, content)}` : undefined,
        ].filter(Boolean);
        return `${a.title} (${details.join('; ')})`;
      }),
      content,
    ),
    nextStepsList: bulletList(input.nextSteps ?? [], content),
    consentSummary: [
      consentLine(terms.consentClassTalk, input.consent.classTalk, content),
      consentLine(terms.consentAllPupilsTalk, input.consent.allPupilsTalk, content),
    ].join('\n'),
    levelLabel: input.assessment?.levelLabel ?? terms.none,
    reasonsList: bulletList(input.assessment?.reasons ?? [], content),
    flagsList: bulletList(input.assessment?.flags ?? [], content),
    sexualImageryAnswer: input.case.sexualImagery ? terms.yes : terms.no,
    largeScaleAnswer: input.case.largeScale ? terms.yes : terms.no,
    staffSuspectAnswer: input.case.staffSuspect ? terms.yes : terms.no,
  };

  const permitted = PLACEHOLDERS_BY_PACK[type];
  return Object.fromEntries(Object.entries(all).filter(([name]) => permitted.has(name)));
}

function consentLine(
  talk: string,
  pair: { victim: boolean; parents: boolean },
  content: PackContent,
): string {
  const { terms } = content;
  const state = (given: boolean) => (given ? terms.consentGiven : terms.consentNotGiven);
  const label = talk.charAt(0).toUpperCase() + talk.slice(1);
  return `- ${label}: ${terms.consentVictim} ${state(pair.victim)}; ${terms.consentParents} ${state(pair.parents)}`;
}

function bulletList(items: string[], content: PackContent): string {
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
