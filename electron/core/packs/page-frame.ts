// What frames a pack's text on paper — letterhead, date, recipient, signature or contact box — as
// the PDF prints it (render-pdf.ts uses the same pieces), so the preview can show the page the
// advisor will send and not only its paragraphs.
import { z } from 'zod';
import type { ComposedPack } from './compose-pack';
import { loadPackContent, type PackContent } from './pack-content';
import type { PackInput } from './pack-input';
import { policyFor } from './pack-policy';
import { contactLine, formatDateParts } from './placeholders';

export const packPageSchema = z.object({
  layout: z.enum(['letter', 'document']),
  confidentialLabel: z.string().nullable(),
  schoolName: z.string(),
  address: z.string().nullable(),
  hasLogo: z.boolean(),
  dateLabel: z.string(),
  date: z.string(),
  recipientLabel: z.string(),
  recipient: z.string().nullable(),
  subjectLabel: z.string(),
  /** Letters: the closing greeting and the signature's lines. */
  closing: z.string().nullable(),
  signature: z.array(z.string()),
  /** Documents: the contact box at the end. */
  contactLabel: z.string().nullable(),
  contactLine: z.string(),
});
export type PackPage = z.infer<typeof packPageSchema>;

export function packPage(composed: ComposedPack, input: PackInput): PackPage {
  const content = loadPackContent(input.locale);
  const policy = policyFor(composed.type, input);
  const letter = policy.layout === 'letter';
  return {
    layout: policy.layout,
    confidentialLabel: policy.confidential ? content.labels.confidential : null,
    schoolName: input.school.name,
    address: input.school.address ?? null,
    hasLogo: Boolean(input.school.logo),
    dateLabel: content.labels.date,
    date: printedDate(input, content),
    recipientLabel: content.labels.to,
    recipient: letter && policy.recipient ? content.labels.recipients[policy.recipient] : null,
    subjectLabel: content.labels.subject,
    closing: letter ? content.labels.closing : null,
    signature: letter ? signatureLines(input) : [],
    contactLabel: letter ? null : composed.type === 'case_summary' ? content.labels.preparedBy : content.labels.contact,
    contactLine: contactLine(input, ' · '),
  };
}

/** The signature's lines: the advisor's own, or name and role. */
export function signatureLines(input: PackInput): string[] {
  // Phone and e-mail are already in the letter's contact paragraph; the default signature stays short
  // so a one-page letter does not spill its signature onto a second page.
  return input.advisor.signature ? input.advisor.signature.split(/\r?\n/) : [input.advisor.name, `${input.advisor.role}, ${input.school.name}`];
}

export function printedDate(input: PackInput, content: PackContent): string {
  if (input.date) {
    const [year, month, day] = input.date.split('-').map(Number) as [number, number, number];
    return formatDateParts(year, month, day, content);
  }
  // The advisor's local calendar day, not UTC: a letter written at 00:30 carries today's date.
  const now = new Date();
  return formatDateParts(now.getFullYear(), now.getMonth() + 1, now.getDate(), content);
}
