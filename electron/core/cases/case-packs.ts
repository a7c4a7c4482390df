// Communication packs for a case: compose them from the case, the latest assessment and the texts
// in resources/, keep the advisor's paragraph edits with the case, and export a PDF to a place the
// person chooses. Private notes never reach a pack: nothing here reads them.
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { assessments, evidenceItems, packExports, packs } from '@db/schema';
import { levelLabel } from '../assessment/impact-assessment';
import { loadOrganisations } from '../assessment/organisations';
import { assessmentSchema } from '../assessment/assessment-schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import { applyEdits, composePack, exportCheck, PACK_TYPES, renderPackPdf, type ComposedPack, type PackInput, type PackType } from '../packs';
import { readSettings } from '../settings/settings-store';
import { listActions } from './action-plan';
import { audit } from './audit-trail';
import { caseDetail } from './case-files';
import { chainHead } from './chronology-chain';
import { appendEvent, listEvents } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';
import type { Locale } from '@shared';

/** Organisations every pack may point to; the rest stay in the app's contact list. */
const PACK_ORGANISATIONS = ['helpwanted', 'meldknop', 'politie', 'slachtofferhulp', 'zelfmoordpreventie_113'] as const;

export interface PackView {
  type: PackType;
  composed: ComposedPack;
  /** The composed text of every paragraph before the advisor's edits, so an edit can be undone. */
  originals: Record<string, string>;
  namingVictim: boolean;
  /** Only these packs may name the victim, and only when the advisor turns it on. */
  namingPossible: boolean;
  check: { allowed: boolean; problems: string[] };
  exports: { exportedAt: string; fileName: string; passwordProtected: boolean }[];
}

const NAMING_PACKS = new Set<PackType>(['parents_victim', 'case_summary']);
/** Dutch name particles: blanking "van" or "der" everywhere would wreck the text and hide nobody. */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'ter', 'ten', 'von', 'het', 'des', 'del', 'della', 'dos', 'las']);

function packRow(ctx: AppContext, caseId: string, type: PackType, locale: Locale) {
  return ctx.db.select().from(packs).where(and(eq(packs.caseId, caseId), eq(packs.packType, type), eq(packs.locale, locale))).get();
}

/** Everything the pack engine needs, taken from the case as it stands now. */
export function packInputFor(ctx: AppContext, caseId: string, namingVictim: boolean): PackInput {
  const settings = readSettings(ctx);
  const detail = caseDetail(ctx, caseId);
  const locale = settings.locale;
  const latest = ctx.db.select().from(assessments).where(eq(assessments.caseId, caseId)).orderBy(desc(assessments.id)).get();
  const assessment = latest ? assessmentSchema.safeParse(JSON.parse(latest.result)) : null;
  const victim = detail.persons.find((p) => p.role === 'victim');
  const missing = (subject: 'class_talk' | 'all_pupils_talk') => detail.consentStatus.find((s) => s.subject === subject)?.missing ?? ['victim', 'parent'];
  const consentPair = (subject: 'class_talk' | 'all_pupils_talk') => ({
    victim: !missing(subject).includes('victim') && !missing(subject).includes('staff_victim'),
    parents: !missing(subject).includes('parent'),
  });
  const organisations = loadOrganisations(locale).organisations.filter((o) => (PACK_ORGANISATIONS as readonly string[]).includes(o.key));
  const level = latest ? ((latest.overrideLevel ?? latest.level) as Parameters<typeof levelLabel>[0]) : null;
  const flags = assessment?.success ? assessment.data.flags : [];
  const spreaderNames = detail.persons.filter((p) => p.role === 'suspected_spreader' && p.label).map((p) => p.label);
  const accounts = ctx.db
    .select({ account: evidenceItems.accountOrUrl })
    .from(evidenceItems)
    .where(eq(evidenceItems.caseId, caseId))
    .all()
    .map((e) => e.account)
    .filter((a) => a.trim().length > 0);
  // Whole names first, then their parts (a first name alone identifies a pupil just as well).
  const names = [victim?.label, ...spreaderNames].filter((v): v is string => Boolean(v?.trim()));
  const identifying = [...names, ...names.flatMap((n) => n.split(/\s+/).filter((part) => part.length >= 3 && !NAME_PARTICLES.has(part.toLowerCase()))), victim?.classGroup, ...accounts].filter(
    (v): v is string => Boolean(v?.trim()),
  );
  return {
    locale,
    date: today(ctx),
    school: {
      name: settings.school.name || (locale === 'nl' ? 'Onze school' : 'Our school'),
      address: settings.school.address || undefined,
      logo: settings.school.logo ?? undefined,
      level: detail.schoolLevel,
    },
    advisor: {
      name: settings.advisor.name || settings.profileName || (locale === 'nl' ? 'De vertrouwenspersoon' : 'The confidential adviser'),
      role: settings.advisor.role || (locale === 'nl' ? 'Vertrouwenspersoon' : 'Confidential adviser'),
      phone: settings.advisor.phone || undefined,
      email: settings.advisor.email || undefined,
      signature: settings.advisor.signature || undefined,
    },
    case: {
      pseudonym: detail.title,
      incidentTypes: detail.incidentTypes,
      platforms: detail.platforms,
      outline: detail.summary || detail.title,
      classGroup: victim?.classGroup ?? undefined,
      victimName: victim?.label || undefined,
      spreaderNames,
      accounts,
      sexualImagery: detail.guardrails.sexualImageryOfMinor || flags.some((f) => f.key === 'adult_sexual_imagery'),
      largeScale: assessment?.success ? assessment.data.actions.some((a) => a.actionKey === 'all_pupils_talk') : false,
      staffSuspect: detail.guardrails.staffSuspect,
    },
    assessment:
      level && assessment?.success
        ? {
            levelLabel: levelLabel(level, locale),
            reasons: assessment.data.reasons.map((r) => `${r.label}: ${r.explanation}`),
            flags: flags.map((f) => f.title),
          }
        : undefined,
    actions: listActions(ctx, caseId).map((a) => ({ title: a.title, status: a.status, owner: a.owner || undefined, due: a.dueDate ?? undefined })),
    // The chronology as recorded, minus the bare "private note added" markers, and with names and
    // other identifying details blanked unless the advisor chose to name the victim.
    timeline: listEvents(ctx, caseId)
      .filter((e) => e.summary.trim().length > 0)
      .slice(-200)
      .map((e) => ({ at: e.at.slice(0, 16).replace('T', ' '), summary: namingVictim ? e.summary.slice(0, 1000) : redact(e.summary.slice(0, 1000), identifying) })),
    chronologyHead: chainHead(ctx.sqlite, caseId) ?? undefined,
    consent: { classTalk: consentPair('class_talk'), allPupilsTalk: consentPair('all_pupils_talk') },
    organisations: organisations.map((o) => ({ name: o.name, phone: o.phone, website: o.website, whatTheyDo: o.whatTheyDo })),
    namingVictim,
    nextSteps: listActions(ctx, caseId)
      .filter((a) => a.status === 'open' || a.status === 'in_progress')
      .map((a) => a.title),
  };
}

/** Blanks each identifying detail where it stands as a whole word (names, a class like 3B, accounts). */
function redact(text: string, details: string[]): string {
  return details.reduce((result, detail) => {
    const escaped = detail.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  }, text);
}

export function viewPack(ctx: AppContext, caseId: string, type: PackType): PackView {
  const locale = readSettings(ctx).locale;
  const row = packRow(ctx, caseId, type, locale);
  const namingVictim = NAMING_PACKS.has(type) && (row?.namingVictim ?? false);
  const input = packInputFor(ctx, caseId, namingVictim);
  const original = composePack(type, input);
  const composed = applyEdits(original, row ? (JSON.parse(row.edits) as Record<string, string>) : {});
  const check = exportCheck(type, input, { composed, password: type === 'case_summary' ? 'x'.repeat(64) : undefined });
  const exports = row
    ? ctx.db
        .select({ exportedAt: packExports.exportedAt, fileName: packExports.fileName, passwordProtected: packExports.passwordProtected })
        .from(packExports)
        .where(eq(packExports.packId, row.id))
        .orderBy(desc(packExports.id))
        .all()
    : [];
  const originals = Object.fromEntries(original.paragraphs.map((p) => [p.id, p.text]));
  return { type, composed, originals, namingVictim, namingPossible: NAMING_PACKS.has(type), check, exports };
}

export function listPacks(ctx: AppContext, caseId: string): PackView[] {
  return PACK_TYPES.map((type) => viewPack(ctx, caseId, type));
}

/** Saves paragraph edits (and the naming choice) with the case, and notes it in the chronology. */
export function savePack(ctx: AppContext, caseId: string, type: PackType, edits: Record<string, string>, namingVictim: boolean): PackView {
  caseDetail(ctx, caseId);
  if (namingVictim && !NAMING_PACKS.has(type)) throw new AppError('naming_not_allowed');
  const locale = readSettings(ctx).locale;
  const row = packRow(ctx, caseId, type, locale);
  const at = nowIso(ctx);
  const previous = row ? (JSON.parse(row.edits) as Record<string, string>) : {};
  const changed = Object.keys({ ...previous, ...edits }).filter((id) => previous[id] !== edits[id]);
  ctx.sqlite.transaction(() => {
    if (row) ctx.db.update(packs).set({ edits: JSON.stringify(edits), namingVictim, updatedAt: at }).where(eq(packs.id, row.id)).run();
    else ctx.db.insert(packs).values({ id: randomUUID(), caseId, packType: type, locale, edits: JSON.stringify(edits), namingVictim, createdAt: at, updatedAt: at }).run();
    if (changed.length || (row?.namingVictim ?? false) !== namingVictim)
      appendEvent(ctx, caseId, 'pack_edited', timelineSentence(ctx, 'packEdited', { pack: timelineLabel(ctx, 'pack', type) }), { paragraphs: changed, namingVictim });
  })();
  return viewPack(ctx, caseId, type);
}

/** Renders and hands the PDF to the shell's save dialog; records the export, never the PDF. */
export async function exportPack(
  ctx: AppContext,
  caseId: string,
  type: PackType,
  password: string | undefined,
  saveFile: (defaultName: string, data: Buffer) => Promise<string | null>,
): Promise<{ saved: boolean; fileName: string | null }> {
  const view = viewPack(ctx, caseId, type);
  const input = packInputFor(ctx, caseId, view.namingVictim);
  const check = exportCheck(type, input, { composed: view.composed, password });
  if (!check.allowed) throw new AppError('pack_refused', { problems: check.problems.join(' ') });
  const pdf = await renderPackPdf(view.composed, input, { password });
  const fileName = await saveFile(`${view.composed.title.replace(/[^\p{L}\p{N} -]/gu, '').trim() || type}.pdf`, pdf);
  if (!fileName) return { saved: false, fileName: null };
  const locale = readSettings(ctx).locale;
  let row = packRow(ctx, caseId, type, locale);
  ctx.sqlite.transaction(() => {
    if (!row) {
      const at = nowIso(ctx);
      ctx.db.insert(packs).values({ id: randomUUID(), caseId, packType: type, locale, createdAt: at, updatedAt: at }).run();
      row = packRow(ctx, caseId, type, locale);
    }
    ctx.db
      .insert(packExports)
      .values({ packId: row!.id, exportedAt: nowIso(ctx), fileName, sha256: createHash('sha256').update(pdf).digest('hex'), passwordProtected: Boolean(password) })
      .run();
    appendEvent(ctx, caseId, 'pack_exported', `${view.composed.title} → ${fileName}`, { type, fileName, passwordProtected: Boolean(password) });
    audit(ctx, 'export', caseId, type);
  })();
  return { saved: true, fileName };
}
