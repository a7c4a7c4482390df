// Communication packs for a case: compose them from the case, the latest assessment and the texts
// in resources/, keep the advisor's paragraph edits with the case, and export a PDF to a place the
// person chooses. Private notes never reach a pack: nothing here reads them.
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { assessments, evidenceItems, packExports, packs } from '@db/schema';
import { levelLabel } from '../assessment/impact-assessment';
import { readFacts } from '../assessment/impact-rules';
import { loadOrganisations, type OrganisationKey } from '../assessment/organisations';
import { assessmentSchema } from '../assessment/assessment-schema';
import { AppError, nowIso, today, type AppContext } from '../app-context';
import {
  applyEdits,
  composePack,
  exportCheck,
  namingPossible,
  PACK_TYPES,
  packLayout,
  packPage,
  parseLabel,
  renderPackPdf,
  type ComposedPack,
  type ConsentNeed,
  type Finding,
  type PackInput,
  type PackLayout,
  type PackPage,
  type PackType,
} from '../packs';
import { readSettings } from '../settings/settings-store';
import { listActions } from './action-plan';
import { caseFacts } from './case-assessment';
import { audit } from './audit-trail';
import { caseDetail } from './case-files';
import { chainHead } from './chronology-chain';
import { consentStatusFor } from './consent-status';
import { appendEvent, listEvents } from './timeline';
import { timelineLabel, timelineSentence } from './timeline-texts';
import type { Locale } from '@shared';

/**
 * Organisations every pack may point to; the rest stay in the app's contact list. Not Meldknop:
 * whether it still runs could not be confirmed (domain notes §3), and a letter must not send a
 * family to a route that may be gone.
 */
/**
 * Where the packs send parents and pupils for help. Helpwanted only with sexual images: for other
 * images the platform's own report comes first (domain.md §3), and a general letter naming a help
 * line for nude images would say what the case is not.
 */
const PACK_ORGANISATIONS = {
  sexual: ['helpwanted', 'politie', 'slachtofferhulp', 'zelfmoordpreventie_113'],
  other: ['politie', 'slachtofferhulp', 'zelfmoordpreventie_113'],
} as const satisfies Record<string, readonly OrganisationKey[]>;

export interface PackView {
  type: PackType;
  /** The victim whose family this letter is for, when the case has more than one victim. */
  victim: { personId: string; label: string } | null;
  composed: ComposedPack;
  /** The composed text of every paragraph before the advisor's edits, so an edit can be undone. */
  originals: Record<string, string>;
  namingVictim: boolean;
  /** Only the letter to one pupil's family (and the case summary) may name the victim, on request. */
  namingPossible: boolean;
  check: { allowed: boolean; problems: string[]; findings: Finding[] };
  /** What frames the text on paper, as the PDF prints it: letterhead, date, recipient, signature. */
  page: PackPage;
  exports: { exportedAt: string; fileName: string; passwordProtected: boolean }[];
}

type PersonRow = ReturnType<typeof caseDetail>['persons'][number];

/**
 * The case as the packs read it, read once. Listing the packs composes seven or more documents, each
 * twice (with and without the victim's name); reading the case for each of them was most of the time.
 */
interface CaseReading {
  caseId: string;
  settings: ReturnType<typeof readSettings>;
  detail: ReturnType<typeof caseDetail>;
  victims: PersonRow[];
  latest: typeof assessments.$inferSelect | undefined;
  accounts: string[];
  actions: ReturnType<typeof listActions>;
  events: ReturnType<typeof listEvents>;
  chainHead: string | undefined;
  consent: PackInput['consent'];
  largeScale: boolean;
  date: string;
}

function readCase(ctx: AppContext, caseId: string): CaseReading {
  const detail = caseDetail(ctx, caseId);
  const victims = detail.persons.filter((p) => p.role === 'victim');
  const packVictims = victims.slice(0, 20);
  return {
    caseId,
    settings: readSettings(ctx),
    detail,
    victims,
    latest: ctx.db.select().from(assessments).where(eq(assessments.caseId, caseId)).orderBy(desc(assessments.id)).get(),
    accounts: ctx.db
      .select({ account: evidenceItems.accountOrUrl })
      .from(evidenceItems)
      .where(eq(evidenceItems.caseId, caseId))
      .all()
      .map((e) => clip(e.account, 600))
      .filter((a) => a.length > 0)
      .slice(0, 200),
    actions: listActions(ctx, caseId),
    events: listEvents(ctx, caseId),
    chainHead: chainHead(ctx.sqlite, caseId) ?? undefined,
    consent: {
      classTalk: consentNeed(ctx, caseId, packVictims, 'class_talk'),
      allPupilsTalk: consentNeed(ctx, caseId, packVictims, 'all_pupils_talk'),
      informParents: consentNeed(ctx, caseId, packVictims, 'inform_parents'),
    },
    // The assessment's own reading of the scope facts (media attention, public, over 100 viewers),
    // so a pack calls a case large exactly when the advice does, whether or not it was run again.
    largeScale: readFacts(caseFacts(ctx, caseId)).largeCase,
    date: today(ctx),
  };
}

/**
 * Whose family a family letter is for. With one victim (or none) there is one letter and no choice;
 * with several each victim's family has its own, the first victim's when none is named. Any other
 * pack is for no victim in particular.
 */
function familyFor(reading: CaseReading, type: PackType, victimPersonId: string | undefined): PersonRow | null {
  const { victims } = reading;
  if (type !== 'parents_victim') {
    if (victimPersonId !== undefined) throw new AppError('not_found');
    return null;
  }
  if (victimPersonId === undefined) return victims.length > 1 ? victims[0]! : null;
  const victim = victims.find((v) => v.id === victimPersonId);
  if (!victim) throw new AppError('not_found');
  return victims.length > 1 ? victim : null;
}

function packRow(ctx: AppContext, reading: CaseReading, type: PackType, locale: Locale, family: PersonRow | null) {
  const where = (victim: string | null) =>
    ctx.db
      .select()
      .from(packs)
      .where(and(eq(packs.caseId, reading.caseId), eq(packs.packType, type), eq(packs.locale, locale), victim === null ? isNull(packs.victimPersonId) : eq(packs.victimPersonId, victim)))
      .get();
  if (!family) return where(null);
  // A letter saved while the case had one victim is that (first) victim's family's letter.
  return where(family.id) ?? (reading.victims[0]?.id === family.id ? where(null) : undefined);
}

/** Text as the pack engine takes it: trimmed, and cut at its limit rather than refused (older data). */
function clip(value: string | null | undefined, max: number): string {
  return (value ?? '').trim().slice(0, max).trim();
}

type Subject = 'class_talk' | 'all_pupils_talk' | 'inform_parents';

/**
 * What each person who must agree decided, per victim (consent-status.ts is the one reading of the
 * records). A case with no victim recorded yet has the case's own verdict.
 */
function consentNeed(ctx: AppContext, caseId: string, victims: PersonRow[], subject: Subject): ConsentNeed {
  if (victims.length === 0) {
    const overall = consentStatusFor(ctx, caseId, subject);
    return overall.givers.map((g) => ({ giver: g.giver, state: g.state }));
  }
  return victims.flatMap((victim, index) => consentStatusFor(ctx, caseId, subject, victim.id).givers.map((g) => ({ giver: g.giver, state: g.state, victim: index })));
}

/** Everything the pack engine needs, taken from one reading of the case as it stands now. */
function packInputFrom(reading: CaseReading, namingVictim: boolean, family: PersonRow | null): PackInput {
  const { settings, detail, latest, accounts } = reading;
  const locale = settings.locale;
  const assessment = latest ? assessmentSchema.safeParse(JSON.parse(latest.result)) : null;
  const victims = reading.victims.slice(0, 20);
  const familyOf = family ? victims.findIndex((v) => v.id === family.id) : -1;
  const others = detail.persons.filter((p) => p.role !== 'victim');
  const level = latest ? ((latest.overrideLevel ?? latest.level) as Parameters<typeof levelLabel>[0]) : null;
  const flags = assessment?.success ? assessment.data.flags : [];
  const spreaderNames = others.filter((p) => p.role === 'suspected_spreader' && p.label.trim()).map((p) => clip(p.label, 200));
  const sexualImagery = detail.guardrails.sexualImageryOfMinor || flags.some((f) => f.key === 'adult_sexual_imagery');
  const helpFor: readonly OrganisationKey[] = PACK_ORGANISATIONS[sexualImagery ? 'sexual' : 'other'];
  const organisations = loadOrganisations(locale).organisations.filter((o) => helpFor.includes(o.key));
  // Names, whole and in parts (a first name alone identifies a pupil just as well); a label such as
  // "Leerling A" names nobody, so "leerling" is never blanked.
  const identifying = [...[...victims.map((v) => v.label), ...spreaderNames].flatMap((label) => parseLabel(label).names), ...victims.map((v) => v.classGroup ?? ''), ...accounts].filter(
    (v) => v.trim().length > 0,
  );
  const schoolName = clip(settings.school.name, 200) || (locale === 'nl' ? 'Onze school' : 'Our school');
  return {
    locale,
    date: reading.date,
    school: {
      name: schoolName,
      address: clip(settings.school.address, 400) || undefined,
      logo: settings.school.logo ?? undefined,
      level: detail.schoolLevel,
    },
    advisor: {
      name: clip(settings.advisor.name, 200) || clip(settings.profileName, 200) || (locale === 'nl' ? 'De vertrouwenspersoon' : 'The confidential adviser'),
      role: clip(settings.advisor.role, 200) || (locale === 'nl' ? 'Vertrouwenspersoon' : 'Confidential adviser'),
      phone: clip(settings.advisor.phone, 200) || undefined,
      email: clip(settings.advisor.email, 200) || undefined,
      signature: clip(settings.advisor.signature, 600) || undefined,
    },
    case: {
      pseudonym: clip(detail.title, 200) || '—',
      incidentTypes: detail.incidentTypes
        .map((t) => clip(t, 200))
        .filter(Boolean)
        .slice(0, 20),
      platforms: detail.platforms
        .map((p) => clip(p, 200))
        .filter(Boolean)
        .slice(0, 20),
      outline: clip(detail.summary, 4000) || clip(detail.title, 4000) || '—',
      victims: victims.map((v) => ({
        label: clip(v.label, 200),
        kind: v.kind === 'pupil' || v.kind === 'staff' ? v.kind : 'unknown',
        ageBand: v.ageBand,
        classGroup: clip(v.classGroup, 200) || undefined,
      })),
      ...(familyOf >= 0 ? { familyOf } : {}),
      otherPersons: others.slice(0, 100).map((p) => ({ role: p.role, label: clip(p.label, 200) })),
      spreaderNames: spreaderNames.slice(0, 100),
      accounts,
      sexualImagery,
      largeScale: reading.largeScale,
      staffSuspect: detail.guardrails.staffSuspect,
    },
    assessment:
      level && assessment?.success
        ? {
            levelLabel: levelLabel(level, locale),
            reasons: assessment.data.reasons.slice(0, 100).map((r) => clip(`${r.label}: ${r.explanation}`, 4000)),
            flags: flags.slice(0, 40).map((f) => clip(f.title, 200)),
          }
        : undefined,
    actions: reading.actions.slice(0, 500).map((a) => ({
      key: a.actionKey ?? undefined,
      title: clip(a.title, 400) || '—',
      status: a.status,
      owner: clip(a.owner, 200) || undefined,
      due: a.dueDate ?? undefined,
    })),
    // The chronology as recorded, minus the bare "private note added" markers, and with names and
    // other identifying details blanked unless the advisor chose to name the victim.
    timeline: reading.events
      .filter((e) => e.summary.trim().length > 0)
      .slice(-200)
      .map((e) => ({ at: e.at.slice(0, 16).replace('T', ' '), summary: clip(namingVictim ? e.summary : redact(e.summary, identifying), 4000) || '…' })),
    chronologyHead: reading.chainHead,
    consent: reading.consent,
    organisations: organisations.map((o) => ({
      name: o.name,
      phone: o.phone,
      website: o.website,
      whatTheyDo: sexualImagery ? o.whatTheyDo : (o.whatTheyDoWithoutSexualImages ?? o.whatTheyDo),
    })),
    namingVictim,
  };
}

/** Blanks each identifying detail where it stands as a whole word (names, a class like 3B, accounts). */
function redact(text: string, details: string[]): string {
  return details.reduce((result, detail) => {
    const escaped = detail.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  }, text);
}

export function viewPack(ctx: AppContext, caseId: string, type: PackType, victimPersonId?: string, reading: CaseReading = readCase(ctx, caseId)): PackView {
  const locale = reading.settings.locale;
  const family = familyFor(reading, type, victimPersonId);
  const row = packRow(ctx, reading, type, locale, family);
  const naming = row?.namingVictim ?? false;
  const anonymous = packInputFrom(reading, false, family);
  const possible = namingPossible(type, anonymous);
  const namingVictim = possible && naming;
  const input = namingVictim ? packInputFrom(reading, true, family) : anonymous;
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
  return {
    type,
    victim: family ? { personId: family.id, label: family.label } : null,
    composed,
    originals,
    namingVictim,
    namingPossible: possible,
    check,
    page: packPage(composed, input),
    exports,
  };
}

/** The six packs; with several victims the family letter once for each victim's family. */
export function listPacks(ctx: AppContext, caseId: string): PackView[] {
  const reading = readCase(ctx, caseId);
  const { victims } = reading;
  return PACK_TYPES.flatMap((type) =>
    type === 'parents_victim' && victims.length > 1 ? victims.map((v) => viewPack(ctx, caseId, type, v.id, reading)) : [viewPack(ctx, caseId, type, undefined, reading)],
  );
}

/** Saves paragraph edits (and the naming choice) with the case, and notes it in the chronology. */
export function savePack(ctx: AppContext, caseId: string, type: PackType, edits: Record<string, string>, namingVictim: boolean, victimPersonId?: string): PackView {
  const reading = readCase(ctx, caseId);
  const family = familyFor(reading, type, victimPersonId);
  if (namingVictim && !namingPossible(type, packInputFrom(reading, false, family))) throw new AppError('naming_not_allowed');
  const locale = reading.settings.locale;
  const row = packRow(ctx, reading, type, locale, family);
  const at = nowIso(ctx);
  const previous = row ? (JSON.parse(row.edits) as Record<string, string>) : {};
  const changed = Object.keys({ ...previous, ...edits }).filter((id) => previous[id] !== edits[id]);
  const victimPersonIdColumn = family?.id ?? null;
  ctx.sqlite.transaction(() => {
    if (row && row.victimPersonId === victimPersonIdColumn)
      ctx.db
        .update(packs)
        .set({ edits: JSON.stringify(edits), namingVictim, updatedAt: at })
        .where(eq(packs.id, row.id))
        .run();
    else
      ctx.db
        .insert(packs)
        .values({ id: randomUUID(), caseId, packType: type, locale, victimPersonId: victimPersonIdColumn, edits: JSON.stringify(edits), namingVictim, createdAt: at, updatedAt: at })
        .run();
    if (changed.length || (row?.namingVictim ?? false) !== namingVictim)
      appendEvent(ctx, caseId, 'pack_edited', timelineSentence(ctx, 'packEdited', { pack: timelineLabel(ctx, 'pack', type) }), {
        paragraphs: changed,
        namingVictim,
        victimPersonId: victimPersonIdColumn,
      });
  })();
  return viewPack(ctx, caseId, type, family?.id);
}

/** Where the PDF of the pack as it stands will break its pages (see packLayout). */
export async function layoutPack(ctx: AppContext, caseId: string, type: PackType, victimPersonId?: string): Promise<PackLayout> {
  const reading = readCase(ctx, caseId);
  const view = viewPack(ctx, caseId, type, victimPersonId, reading);
  return packLayout(view.composed, packInputFrom(reading, view.namingVictim, familyFor(reading, type, victimPersonId)));
}

/** Renders and hands the PDF to the shell's save dialog; records the export, never the PDF. */
export async function exportPack(
  ctx: AppContext,
  caseId: string,
  type: PackType,
  password: string | undefined,
  saveFile: (defaultName: string, data: Buffer) => Promise<string | null>,
  victimPersonId?: string,
): Promise<{ saved: boolean; fileName: string | null }> {
  const reading = readCase(ctx, caseId);
  const family = familyFor(reading, type, victimPersonId);
  const view = viewPack(ctx, caseId, type, family?.id, reading);
  const input = packInputFrom(reading, view.namingVictim, family);
  const check = exportCheck(type, input, { composed: view.composed, password });
  if (!check.allowed) throw new AppError('pack_refused', { problems: check.problems.join(' ') });
  const pdf = await renderPackPdf(view.composed, input, { password });
  const fileName = await saveFile(`${view.composed.title.replace(/[^\p{L}\p{N} -]/gu, '').trim() || type}.pdf`, pdf);
  if (!fileName) return { saved: false, fileName: null };
  const locale = reading.settings.locale;
  let row = packRow(ctx, reading, type, locale, family);
  ctx.sqlite.transaction(() => {
    if (!row) {
      const at = nowIso(ctx);
      ctx.db
        .insert(packs)
        .values({ id: randomUUID(), caseId, packType: type, locale, victimPersonId: family?.id ?? null, createdAt: at, updatedAt: at })
        .run();
      row = packRow(ctx, reading, type, locale, family);
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
