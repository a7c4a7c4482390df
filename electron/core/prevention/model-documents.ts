// Documents a school can adopt: the lesson guide, a school-guide paragraph, a safety-plan section and
// a staff card. Each is a model text from resources/ with the school's own facts filled in (its name,
// the advisor, the police contact, the spokesperson), editable per paragraph, exported as a PDF with
// the school's letterhead. Like the packs, no text may carry the name of a person in a case.
import { and, eq } from 'drizzle-orm';
import { contacts, preventionDocuments, readinessPoints } from '@db/schema';
import { loadOrganisations } from '../assessment/organisations';
import { AppError, nowIso, type AppContext } from '../app-context';
import { audit } from '../cases/audit-trail';
import type { SchoolLevel } from '../packs';
import { readSettings } from '../settings/settings-store';
import { mentionsPerson, personNamePatterns } from './person-names';
import { loadPreventionContent } from './prevention-content';
import type { PreventionDocument } from './prevention-schema';
import { renderPreventionPdf } from './render-document';
import { preventionDocumentTypes, type PreventionDocumentType } from '@shared';

function documentRow(ctx: AppContext, type: PreventionDocumentType, level: SchoolLevel) {
  const { locale } = readSettings(ctx);
  return ctx.db
    .select()
    .from(preventionDocuments)
    .where(and(eq(preventionDocuments.docType, type), eq(preventionDocuments.schoolLevel, level), eq(preventionDocuments.locale, locale)))
    .get();
}

/** The school's facts the model texts refer to; a fact not yet recorded is said to be missing. */
function schoolFacts(ctx: AppContext, level: SchoolLevel): Record<string, string> {
  const settings = readSettings(ctx);
  const content = loadPreventionContent(settings.locale);
  const points = new Map(
    ctx.db
      .select()
      .from(readinessPoints)
      .all()
      .map((row) => [row.key, row]),
  );
  const policeId = points.get('police_contact')?.contactId;
  const police = policeId ? ctx.db.select().from(contacts).where(eq(contacts.id, policeId)).get() : undefined;
  const helpwanted = loadOrganisations(settings.locale).organisations.find((o) => o.key === 'helpwanted');
  return {
    ...content.levelTerms[level],
    schoolName: settings.school.name.trim() || content.labels.fallbackSchool,
    advisor: settings.advisor.name.trim() || settings.profileName.trim() || content.labels.fallbackAdvisor,
    advisorPhone: settings.advisor.phone.trim() || content.missing.advisorPhone,
    policeContact: police ? [police.name, police.organisation, police.phone].filter((part) => part.trim()).join(', ') : content.missing.policeContact,
    spokesperson: points.get('media_spokesperson')?.owner.trim() || content.missing.spokesperson,
    helpwanted: helpwanted ? [helpwanted.phone, helpwanted.website?.replace(/^https?:\/\//, '')].filter(Boolean).join(', ') : 'Helpwanted',
  };
}

const fill = (text: string, facts: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => facts[key] ?? whole);

export function viewDocument(ctx: AppContext, type: PreventionDocumentType, level: SchoolLevel): PreventionDocument {
  const content = loadPreventionContent(readSettings(ctx).locale);
  const model = content.documents.find((d) => d.type === type)!;
  const facts = schoolFacts(ctx, level);
  const row = documentRow(ctx, type, level);
  const edits = row ? (JSON.parse(row.edits) as Record<string, string>) : {};
  const originals = Object.fromEntries(model.paragraphs.map((p) => [p.id, fill(typeof p.text === 'string' ? p.text : p.text[level], facts)]));
  return {
    type,
    level,
    title: fill(model.title, facts),
    paragraphs: model.paragraphs.map((p) => {
      const edited = Object.hasOwn(edits, p.id) && edits[p.id] !== originals[p.id];
      return { id: p.id, heading: fill(p.heading, facts), text: edited ? (edits[p.id] as string) : (originals[p.id] as string), edited };
    }),
    originals,
    lastExportedAt: row?.lastExportedAt ?? null,
    lastReviewed: content.lastReviewed,
  };
}

export function listDocuments(ctx: AppContext, level: SchoolLevel): PreventionDocument[] {
  return preventionDocumentTypes.map((type) => viewDocument(ctx, type, level));
}

function refuseNames(ctx: AppContext, texts: Record<string, string>): void {
  const patterns = personNamePatterns(ctx);
  for (const [paragraph, text] of Object.entries(texts)) {
    if (mentionsPerson(text, patterns)) throw new AppError('prevention_names_person', { field: paragraph });
  }
}

/** Keeps only real changes: an edit equal to the model text is no edit, and unknown ids are refused. */
export function saveDocument(ctx: AppContext, type: PreventionDocumentType, level: SchoolLevel, edits: Record<string, string>): PreventionDocument {
  const current = viewDocument(ctx, type, level);
  const unknown = Object.keys(edits).filter((id) => !Object.hasOwn(current.originals, id));
  if (unknown.length) throw new AppError('prevention_unknown_paragraph', { paragraph: unknown.join(', ') });
  const kept = Object.fromEntries(Object.entries(edits).filter(([id, text]) => text.trim() !== '' && text !== current.originals[id]));
  refuseNames(ctx, kept);
  const { locale } = readSettings(ctx);
  const at = nowIso(ctx);
  ctx.db
    .insert(preventionDocuments)
    .values({ docType: type, schoolLevel: level, locale, edits: JSON.stringify(kept), updatedAt: at })
    .onConflictDoUpdate({
      target: [preventionDocuments.docType, preventionDocuments.schoolLevel, preventionDocuments.locale],
      set: { edits: JSON.stringify(kept), updatedAt: at },
    })
    .run();
  audit(ctx, 'prevention_change', null, `document ${type} ${level}: ${Object.keys(kept).length} paragraph(s) own wording`);
  return viewDocument(ctx, type, level);
}

export async function exportDocument(
  ctx: AppContext,
  type: PreventionDocumentType,
  level: SchoolLevel,
  saveFile: (defaultName: string, data: Buffer) => Promise<string | null>,
): Promise<{ saved: boolean; fileName: string | null }> {
  const view = viewDocument(ctx, type, level);
  // Checked again at export: a name recorded in a case after the edit was saved still stops it.
  refuseNames(ctx, Object.fromEntries(view.paragraphs.map((p) => [p.id, p.text])));
  const settings = readSettings(ctx);
  const pdf = await renderPreventionPdf(view, {
    locale: settings.locale,
    date: nowIso(ctx).slice(0, 10),
    school: { name: settings.school.name.trim() || loadPreventionContent(settings.locale).labels.fallbackSchool, address: settings.school.address, logo: settings.school.logo },
  });
  const variant = loadPreventionContent(settings.locale).labels.variant[level];
  const fileName = await saveFile(`${view.title} - ${variant}`.replace(/[^\p{L}\p{N} -]/gu, '').trim() + '.pdf', pdf);
  if (!fileName) return { saved: false, fileName: null };
  const at = nowIso(ctx);
  ctx.db
    .insert(preventionDocuments)
    .values({ docType: type, schoolLevel: level, locale: settings.locale, lastExportedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [preventionDocuments.docType, preventionDocuments.schoolLevel, preventionDocuments.locale],
      set: { lastExportedAt: at },
    })
    .run();
  audit(ctx, 'export', null, `prevention:${type}:${level}`);
  return { saved: true, fileName };
}
