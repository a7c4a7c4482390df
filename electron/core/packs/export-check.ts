// The last gate before a pack leaves the app. Every refusal says what is missing and why, in the
// advisor's language, so the advisor can fix it rather than guess.
import { composePack, composedPackSchema, type ComposedPack } from './compose-pack';
import { findIdentifyingDetails } from './identifying-guard';
import { loadPackContent, type PackContent } from './pack-content';
import { localeSchema, packInputSchema, packTypeSchema, type PackInput, type PackType } from './pack-input';
import { MIN_PDF_PASSWORD_LENGTH, PACK_POLICY, type IdentifyingDetail } from './pack-policy';
import { validateLogo } from './logo';
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
}

export function exportCheck(
  type: PackType,
  rawInput: PackInput,
  options: ExportCheckOptions = {},
): ExportCheckResult {
  packTypeSchema.parse(type);
  const parsed = packInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const locale = localeSchema.safeParse((rawInput as { locale?: unknown } | undefined)?.locale);
    const content = loadPackContent(locale.success ? locale.data : 'nl');
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`)
      .join('; ');
    return { allowed: false, problems: [fill(content.messages.inputInvalid, { reason })] };
  }
  const input = parsed.data;
  const content = loadPackContent(input.locale);
  const { messages } = content;
  const policy = PACK_POLICY[type];
  const problems: string[] = [];

  if (policy.consent) {
    const pair = input.consent[policy.consent];
    const who =
      !pair.victim && !pair.parents
        ? messages.consentWhoBoth
        : !pair.victim
          ? messages.consentWhoVictim
          : !pair.parents
            ? messages.consentWhoParents
            : undefined;
    if (who) {
      const talk =
        policy.consent === 'classTalk' ? content.terms.consentClassTalk : content.terms.consentAllPupilsTalk;
      problems.push(fill(messages.consentMissing, { who, talk }));
    }
  }

  if (policy.needsPassword) {
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
  problems.push(...identifyingProblems(type, input, composed, content));

  return { allowed: problems.length === 0, problems };
}

function identifyingProblems(
  type: PackType,
  input: PackInput,
  composed: ComposedPack,
  content: PackContent,
): string[] {
  const places: string[] = [];
  const texts: string[] = [];
  places.push(composed.title);
  texts.push(composed.title);
  for (const paragraph of composed.paragraphs) {
    places.push(paragraph.heading ?? paragraph.id);
    texts.push(`${paragraph.heading ?? ''}\n${paragraph.text}`);
  }
  const detailLabel: Record<IdentifyingDetail, string> = {
    victimName: content.messages.detailVictimName,
    classGroup: content.messages.detailClassGroup,
    spreaderNames: content.messages.detailSpreaderName,
    accounts: content.messages.detailAccount,
  };
  return findIdentifyingDetails(type, input, texts).map((hit) =>
    fill(content.messages.identifyingInText, {
      detail: detailLabel[hit.detail],
      paragraph: places[hit.textIndex] ?? '',
    }),
  );
}

const fill = (message: string, values: Record<string, string>): string => fillTemplate(message, values);
