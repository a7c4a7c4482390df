// The last gate before a pack leaves the app. Every refusal says what is missing and why, in the
// advisor's language, so the advisor can fix it rather than guess. Identifying details come back as
// exact spans (findings) beside the problems, for the preview to mark.
import { composePack, composedPackSchema, type ComposedPack } from './compose-pack';
import { findDisclosures, type Finding } from './disclosure-check';
import { validateLogo } from './logo';
import { loadPackContent, templateVocabulary, type PackContent } from './pack-content';
import { caseConditions, consentFor, localeSchema, packInputSchema, packTypeSchema, type ConsentNeed, type PackInput, type PackType } from './pack-input';
import { MIN_PDF_PASSWORD_LENGTH, namingAllowed, PACK_POLICY, policyFor } from './pack-policy';
import { RIGHT_TO_LEFT, unprintableCharacters } from './pdf-fonts';
import { consentOutcome } from './placeholders';
import { fillTemplate } from '@shared';

export interface ExportCheckOptions {
  /** The password for an encrypted pack (case_summary). */
  password?: string;
  /** The pack as the advisor edited it; composed afresh from the input when left out. */
  composed?: ComposedPack;
}

export interface ExportCheckResult {
  allowed: boolean;
  problems: string[];
  findings: Finding[];
}

export function exportCheck(type: PackType, rawInput: PackInput, options: ExportCheckOptions = {}): ExportCheckResult {
  packTypeSchema.parse(type);
  const parsed = packInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const locale = localeSchema.safeParse((rawInput as { locale?: unknown } | undefined)?.locale);
    const content = loadPackContent(locale.success ? locale.data : 'nl');
    const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`).join('; ');
    return { allowed: false, problems: [fill(content.messages.inputInvalid, { reason })], findings: [] };
  }
  const input = parsed.data;
  const content = loadPackContent(input.locale);
  const { messages } = content;
  const policy = policyFor(type, input);
  const problems: string[] = [];

  if (policy.consent) problems.push(...consentProblems(input, policy.consent, content));
  if (type === 'parents_victim' && caseConditions(input, type).adultVictim && consentOutcome(consentFor(input, 'informParents', type)) !== 'given') {
    problems.push(messages.adultParentsLetter);
  }

  if (PACK_POLICY[type].needsPassword) {
    const password = options.password ?? '';
    if (password.length === 0) problems.push(messages.passwordMissing);
    else if ([...password].length < MIN_PDF_PASSWORD_LENGTH) {
      problems.push(fill(messages.passwordTooShort, { min: String(MIN_PDF_PASSWORD_LENGTH) }));
    }
  }

  if (input.school.logo) {
    const logoError = validateLogo(input.school.logo, input.locale);
    if (logoError) problems.push(fill(messages.logoInvalid, { reason: logoError }));
  }

  const composed = options.composed ? composedPackSchema.parse(options.composed) : composePack(type, input);
  if (composed.type !== type) {
    throw new Error(`exportCheck for ${type} was given a composed ${composed.type} pack`);
  }
  problems.push(...scriptProblems(composed, input, content));

  const findings = findDisclosures(composed, input, content, {
    namingAllowed: namingAllowed(type, input),
    vocabulary: templateVocabulary(input.locale),
  });
  problems.push(...disclosureProblems(composed, findings, content));

  return { allowed: problems.length === 0, problems, findings };
}

function consentProblems(input: PackInput, talk: 'classTalk' | 'allPupilsTalk', content: PackContent): string[] {
  const { messages, terms } = content;
  const need = input.consent[talk];
  const talkName = talk === 'classTalk' ? terms.consentClassTalk : terms.consentAllPupilsTalk;
  const outcome = consentOutcome(need);
  if (outcome === 'given') return [];
  // With several victims one refusal holds for all: say whose consent stands how, so the advisor
  // sees which family said no or has not decided yet.
  const perVictim = input.case.victims.length > 1 ? ` ${fill(messages.consentPerVictim, { victims: victimConsentDetails(input, need, content) })}` : '';
  if (outcome === 'refused') return [fill(messages.consentRefused, { talk: talkName }) + perVictim];
  if (outcome === 'withdrawn') return [fill(messages.consentWithdrawn, { talk: talkName }) + perVictim];
  const missing = [...new Set(need.filter((n) => n.state !== 'given').map((n) => messages.consentWho[n.giver]))];
  const who = missing.length > 0 ? missing.join(` ${terms.listLastSeparator.trim()} `) : messages.consentWho.victim;
  return [fill(messages.consentMissing, { who, talk: talkName }) + perVictim];
}

/** "Sara: gegeven; Lotte: ouders geweigerd": each victim's consent as the advisor recorded it. */
function victimConsentDetails(input: PackInput, need: ConsentNeed, content: PackContent): string {
  const { terms } = content;
  return input.case.victims
    .map((victim, index) => {
      const name = victim.label || fill(terms.victimNumbered, { n: String(index + 1) });
      const own = need.filter((n) => n.victim === index);
      const open = own.filter((n) => n.state !== 'given');
      const state =
        own.length === 0
          ? terms.consentStates.undecided
          : open.length === 0
            ? terms.consentStates.given
            : open.map((n) => `${terms.consentGivers[n.giver]} ${terms.consentStates[n.state]}`).join(', ');
      return `${name}: ${state}`;
    })
    .join('; ');
}

/** Text the PDF cannot print as written: right-to-left scripts, and characters the font lacks. */
function scriptProblems(composed: ComposedPack, input: PackInput, content: PackContent): string[] {
  const places: Array<[string, string]> = [
    [composed.title, composed.title],
    ...composed.paragraphs.map((p): [string, string] => [`‘${p.heading ?? p.id}’`, p.text]),
    [content.messages.whereLetterhead, `${input.school.name}\n${input.school.address ?? ''}`],
    [content.messages.whereAdvisor, [input.advisor.name, input.advisor.role, input.advisor.signature ?? ''].join('\n')],
  ];
  const problems: string[] = [];
  for (const [where, text] of places) {
    if (RIGHT_TO_LEFT.test(text)) problems.push(fill(content.messages.scriptRightToLeft, { where }));
    else if (unprintableCharacters(text).length > 0) problems.push(fill(content.messages.scriptNotPrintable, { where }));
  }
  return problems;
}

function disclosureProblems(composed: ComposedPack, findings: Finding[], content: PackContent): string[] {
  const problems: string[] = [];
  for (const paragraph of composed.paragraphs) {
    const reasons = [...new Set(findings.filter((f) => f.paragraphId === paragraph.id).map((f) => f.reason))];
    if (reasons.length === 0) continue;
    const details = reasons.map((r) => content.messages.disclosureReasons[r]).join(content.terms.listSeparator);
    problems.push(fill(content.messages.disclosureInText, { paragraph: paragraph.heading ?? firstWords(paragraph.text), details }));
  }
  return problems;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 5).join(' ');
  return words.length > 60 ? `${words.slice(0, 60)}…` : words;
}

const fill = (message: string, values: Record<string, string>): string => fillTemplate(message, values);
