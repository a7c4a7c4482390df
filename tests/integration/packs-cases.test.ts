// Six cases through the contract on a real vault, every pack exported and read back with pdftotext:
// in each, the general packs export without a single edit and hold nothing identifying, the family
// letter holds no line of the internal plan, and the board/police summary holds the internal record.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '@core/contract';
import { unlockedCore, type TestCore } from '@tests/fixtures/core';
import { SHAME_SEXTING_ANSWERS } from '@tests/fixtures/interview-answers';
import { deleteBeforePolice } from '@tests/support/delete-timing';

const PASSWORD = 'bestuur-zwolle-2026-wachtwoord';
const GENERAL = ['parents_general', 'class_talk', 'teacher_briefing', 'all_pupils_plan'] as const;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vertrouwd-packs-cases-'));
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/packs-cases');

function pdfText(pdf: Buffer, password?: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', [...(password ? ['-upw', password] : []), file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/\s+/g, ' ');
}

/** Page images to look at, as a parent would (test-artifacts/packs-cases). */
function pageImages(pdf: Buffer, name: string, password?: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(scratch, `${name}.pdf`);
  writeFileSync(file, pdf);
  spawnSync('pdftoppm', ['-png', '-r', '60', ...(password ? ['-upw', password] : []), file, path.join(ARTIFACTS, name)]);
}

type Person = CallInput<'personsSave'>['person'];
const person = (p: Partial<Person> & Pick<Person, 'role' | 'kind' | 'label'>): Person => ({
  ageBand: 'unknown',
  classGroup: null,
  contact: null,
  relatedPersonId: null,
  ...p,
});

interface CaseSpec {
  name: string;
  schoolLevel: 'po' | 'vo' | 'mbo';
  incidentTypes: CallInput<'casesCreate'>['incidentTypes'];
  platforms: string[];
  summary: string;
  persons: Person[];
  answers?: Record<string, string | string[] | boolean>;
  accounts?: string[];
  /** Who consents to the talks (recorded as given) and to a letter to an adult's parents. */
  consentBy: Array<'victim' | 'parent' | 'staff_victim'>;
  informParents?: boolean;
  /** One victim's family that says no to a talk (all others agree). */
  refusedBy?: { victimLabel: string; subject: 'class_talk' | 'all_pupils_talk' };
  /** Words that identify someone and may appear in no general pack. */
  identifying: string[];
  /** Sentences of the internal summary the board summary must hold. */
  internal: string[];
}

let t: TestCore;
beforeEach(async () => {
  t = await unlockedCore();
  await t.call('settingsUpdate', { school: { name: 'Het Baken', address: 'Dorpsstraat 1, Zwolle', level: 'vo', logo: null } });
});
afterEach(() => t.cleanup());

async function setUp(spec: CaseSpec): Promise<string> {
  const created = await t.call('casesCreate', {
    title: spec.name,
    schoolLevel: spec.schoolLevel,
    incidentTypes: spec.incidentTypes,
    platforms: spec.platforms,
    summary: spec.summary,
    incidentDate: '2026-11-20',
  });
  const caseId = created.id;
  for (const [questionId, value] of Object.entries(spec.answers ?? {})) await t.call('interviewAnswer', { caseId, questionId, value });
  // The interview may have recorded the victim already: fill that record in, add the others.
  let detail = await t.call('casesGet', { id: caseId });
  for (const p of spec.persons) {
    const existing = p.role === 'victim' ? detail.persons.find((q) => q.role === 'victim' && !spec.persons.some((s) => s.label === q.label) && q.label.trim() === '') : undefined;
    detail = await t.call('personsSave', { caseId, personId: existing?.id, person: p });
  }
  for (const accountOrUrl of spec.accounts ?? []) {
    await t.call('evidenceAdd', {
      caseId,
      item: { description: 'Bericht met het beeld', platform: spec.platforms[0] ?? 'other', accountOrUrl, observedAt: '2026-11-20T20:15', heldBy: 'police', note: '' },
    });
  }
  const { assessment } = await t.call('assessmentRun', { caseId });
  const keys = assessment.actions.map((a) => a.actionKey).filter((k) => k !== 'meldcode_steps');
  if (keys.length > 0) await t.call('actionsFromAssessment', { caseId, actionKeys: keys.slice(0, 40) });
  // Consent is recorded per victim: with several, each family's own decision.
  const victims = detail.persons.filter((p) => p.role === 'victim');
  const about = victims.length > 1 ? victims.map((v) => v.id) : [undefined];
  for (const subject of ['class_talk', 'all_pupils_talk'] as const) {
    for (const victimPersonId of about) {
      for (const givenBy of spec.consentBy) {
        const decision = spec.refusedBy?.victimLabel === victims.find((v) => v.id === victimPersonId)?.label && spec.refusedBy?.subject === subject ? 'refused' : 'given';
        await t.call('consentsRecord', { caseId, subject, givenBy, decision, method: 'verbal', decidedAt: '2026-11-21', note: '', victimPersonId });
      }
    }
  }
  if (spec.informParents) {
    await t.call('consentsRecord', { caseId, subject: 'inform_parents', givenBy: 'victim', decision: 'given', method: 'verbal', decidedAt: '2026-11-21', note: '' });
  }
  return caseId;
}

async function exported(caseId: string, type: (typeof GENERAL)[number] | 'parents_victim' | 'case_summary', name: string, victimPersonId?: string): Promise<string> {
  const password = type === 'case_summary' ? PASSWORD : undefined;
  await t.call('packsExport', { caseId, type, password, victimPersonId });
  const pdf = t.saved.at(-1)!.data;
  pageImages(pdf, `${name}-${type}`, password);
  return pdfText(pdf, password);
}

async function checkCase(spec: CaseSpec): Promise<Record<string, string>> {
  const caseId = await setUp(spec);
  const views = await t.call('packsList', { caseId });
  const texts: Record<string, string> = {};
  for (const type of GENERAL) {
    const view = views.find((v) => v.type === type)!;
    // Exports without a single edit: nothing marked, nothing refused.
    expect(view.check, `${spec.name} ${type}`).toMatchObject({ allowed: true, problems: [], findings: [] });
    const text = await exported(caseId, type, spec.name);
    for (const word of spec.identifying) expect(text, `${spec.name} ${type}: ${word}`).not.toContain(word);
    for (const sentence of spec.internal) expect(text).not.toContain(sentence);
    texts[type] = text;
  }
  const actions = await t.call('actionsList', { caseId });
  const family = await exported(caseId, 'parents_victim', spec.name);
  for (const action of actions) expect(family, `${spec.name}: plan line in the family letter`).not.toContain(action.title);
  for (const word of ['uiterlijk', '(open', 'Gesprek met de ouders van het slachtoffer']) expect(family).not.toContain(word);
  for (const sentence of spec.internal) expect(family).not.toContain(sentence);
  texts.parents_victim = family;

  // The board/police summary holds the internal record: the summary, chronology, plan with owners
  // and statuses, and the assessment's reasons; names in it only when the advisor turns naming on.
  const unnamed = await exported(caseId, 'case_summary', `${spec.name}-unnamed`);
  expect(unnamed).toContain('Korte omschrijving');
  await t.call('packsSave', { caseId, type: 'case_summary', edits: {}, namingVictim: true });
  const board = await exported(caseId, 'case_summary', spec.name);
  for (const sentence of spec.internal) expect(board, `${spec.name}: internal summary in the board summary`).toContain(sentence);
  for (const action of actions) expect(board).toContain(`${action.title} (open`);
  expect(board).toContain('Chronologie');
  expect(board).toContain('Inschatting van omvang en impact');
  texts.case_summary = board;
  texts.case_summary_unnamed = unnamed;
  return texts;
}

describe('the packs of six cases', { timeout: 120_000 }, () => {
  it('a shame-sexting case whose summary names age, class, gender and the ex-boyfriend', async () => {
    const texts = await checkCase({
      name: 'shame-sexting',
      schoolLevel: 'vo',
      incidentTypes: ['shame_sexting'],
      platforms: ['snapchat'],
      summary: 'Meisje, 15, havo-3B. Naaktfoto naar ex-vriendje Daan gestuurd; hij heeft hem in meerdere groepen gedeeld.',
      answers: SHAME_SEXTING_ANSWERS,
      persons: [
        person({ role: 'victim', kind: 'pupil', label: 'Leerling A (meisje)', ageBand: '12_15', classGroup: '3B' }),
        person({ role: 'suspected_spreader', kind: 'pupil', label: 'Daan Kuipers (ex-vriend)', ageBand: '16_17', classGroup: '4H' }),
      ],
      accounts: ['@daan.k_2010'],
      consentBy: ['victim', 'parent'],
      identifying: ['15', 'havo', '3B', 'ex-vriend', 'Daan', 'Kuipers', '@daan', 'Naaktfoto naar'],
      internal: ['Meisje, 15, havo-3B. Naaktfoto naar ex-vriendje'],
    });
    // A label such as "Leerling A" names nobody: the word "leerling" is not blanked or blocked.
    expect(texts.case_summary_unnamed).toContain('Slachtoffer: Leerling A (meisje)');
    expect(texts.case_summary_unnamed).not.toContain('Daan');
    expect(texts.parents_general).toContain('Via Snapchat worden intieme beelden gedeeld');
    expect(texts.parents_general).toContain('zodra de school met de politie heeft overlegd');
    expect(texts.case_summary).toContain('Seksueel beeld: ✓ ja');
    // Sexual images: no pack tells anyone to delete before the police consult.
    for (const [type, text] of Object.entries(texts)) expect(deleteBeforePolice(text), type).toEqual([]);
    // A group of 6–30 is no large case, for the assessment nor for the letter.
    expect(texts.parents_general).not.toContain('alle ouders van de school');
    expect(texts.case_summary).toContain('media-aandacht): ✗ nee');
  });

  it('calls a case large exactly when the assessment does: public, over 100 viewers or media attention', async () => {
    const large = async (name: string, answers: Record<string, string | string[] | boolean>) => {
      const caseId = await setUp({
        name,
        schoolLevel: 'vo',
        incidentTypes: ['meme'],
        platforms: ['instagram'],
        summary: 'Een bewerkte foto van een leerling gaat rond.',
        answers: { interviewee_role: 'pupil', victim_age_band: '12_15', incident_types: ['meme'], material_intimate: 'no', spread_platforms: ['instagram'], ...answers },
        persons: [person({ role: 'victim', kind: 'pupil', label: 'Leerling L', ageBand: '12_15' })],
        consentBy: ['victim', 'parent'],
        identifying: [],
        internal: [],
      });
      const { assessment } = (await t.call('assessmentGet', { caseId }))!;
      const letter = await exported(caseId, 'parents_general', name);
      return { advice: assessment.actions.some((a) => a.actionKey === 'press_spokesperson'), letter: letter.includes('Daarom krijgen alle ouders van de school deze brief') };
    };
    // 31–100 viewers: the advice proposes a talk with all pupils, yet it is no large case.
    expect(await large('wide-not-large', { spread_reach: 'group', spread_viewers: '31_100' })).toEqual({ advice: false, letter: false });
    expect(await large('public', { spread_reach: 'public', spread_viewers: '31_100' })).toEqual({ advice: true, letter: true });
    expect(await large('media', { spread_reach: 'group', spread_viewers: '6_30', media_attention: 'yes' })).toEqual({ advice: true, letter: true });
  });

  it('a teacher turned into a TikTok meme', async () => {
    const texts = await checkCase({
      name: 'teacher-meme',
      schoolLevel: 'vo',
      incidentTypes: ['meme'],
      platforms: ['tiktok'],
      summary: 'Docent wiskunde mevrouw Van Dijk is door leerlingen van 4H als meme op TikTok gezet, met een bewerkte foto uit de les.',
      persons: [person({ role: 'victim', kind: 'staff', label: 'Mevrouw Van Dijk', ageBand: '18_plus' })],
      accounts: ['https://www.tiktok.com/@memes4h/video/7301'],
      consentBy: ['staff_victim'],
      identifying: ['Van Dijk', 'wiskunde', '4H', 'memes4h', 'tiktok.com'],
      internal: ['Docent wiskunde mevrouw Van Dijk'],
    });
    expect(texts.parents_victim).toContain('Steun voor een collega');
    expect(texts.parents_victim).not.toContain('Beste ouders');
    expect(texts.class_talk).toContain('De collega om wie het gaat heeft met dit gesprek ingestemd.');
    expect(texts.class_talk).not.toMatch(/ouders hebben met dit gesprek/i);
    // A meme is no sexual case: no general pack speaks of sexual images, nudes or the vice squad,
    // not even in the list of where to get help.
    for (const type of GENERAL) expect(texts[type], type).not.toMatch(/seksu|sexting|naakt|zeden|Helpwanted/i);
    expect(texts.teacher_briefing).not.toContain('Meldplicht');
  });

  it('an mbo student of 19', async () => {
    const texts = await checkCase({
      name: 'mbo-19',
      schoolLevel: 'mbo',
      incidentTypes: ['beeldpesten'],
      platforms: ['instagram'],
      summary: 'Student Zorg niveau 4 (19) is op stage bij de Thuiszorg Oost gefilmd; het filmpje staat op Instagram bij @stagegrappen.',
      persons: [person({ role: 'victim', kind: 'pupil', label: 'Student S', ageBand: '18_plus', classGroup: 'ZV4A' })],
      accounts: ['@stagegrappen'],
      consentBy: ['victim'],
      informParents: true,
      identifying: ['19', 'ZV4A', 'Thuiszorg', '@stagegrappen'],
      internal: ['Student Zorg niveau 4 (19)'],
    });
    expect(texts.class_talk).toContain('De student om wie het gaat heeft met dit gesprek ingestemd.');
    expect(texts.all_pupils_plan).toContain('studenten');
  });

  it('a primary-school case', async () => {
    const texts = await checkCase({
      name: 'po',
      schoolLevel: 'po',
      incidentTypes: ['beeldpesten'],
      platforms: ['whatsapp'],
      summary: 'Jongen uit groep 6 (9 jaar) is gefilmd in de kleedkamer van de gymzaal; het filmpje gaat rond in de klassenapp.',
      persons: [person({ role: 'victim', kind: 'pupil', label: 'Kind K', ageBand: 'under_12', classGroup: 'groep 6' })],
      consentBy: ['victim', 'parent'],
      identifying: ['groep 6', '9 jaar', 'kleedkamer'],
      internal: ['Jongen uit groep 6 (9 jaar)'],
    });
    expect(texts.class_talk).toContain('Vertel in eenvoudige woorden');
    expect(texts.all_pupils_plan).toContain('groepsleerkrachten');
  });

  it('a staff-suspect case with long reasons', async () => {
    const answers = {
      ...SHAME_SEXTING_ANSWERS,
      suspect_is_staff: true,
      suspects_relationship: ['staff'],
      suspects_age_bands: ['23_plus'],
      age_gap_over_5: 'yes',
      contact_ongoing: 'yes',
      vulnerabilities: ['dependence_on_perpetrator', 'psychological_problems'],
      adult_involved: 'yes',
    };
    const caseId = await setUp({
      name: 'staff-suspect',
      schoolLevel: 'vo',
      incidentTypes: ['sexting'],
      platforms: ['snapchat', 'whatsapp'],
      summary: 'Een leerling van 14 heeft via Snapchat foto’s gestuurd aan gymdocent J. de Groot, die haar al maanden berichten stuurt.',
      answers,
      persons: [
        person({ role: 'victim', kind: 'pupil', label: 'Leerling C', ageBand: '12_15', classGroup: '2A' }),
        person({ role: 'suspected_spreader', kind: 'staff', label: 'J. de Groot', ageBand: 'unknown' }),
      ],
      consentBy: ['victim', 'parent'],
      identifying: [],
      internal: [],
    });
    const stored = await t.call('assessmentGet', { caseId });
    const longest = Math.max(...stored!.assessment.reasons.map((r) => `${r.label}: ${r.explanation}`.length));
    expect(longest).toBeGreaterThan(200);
    const views = await t.call('packsList', { caseId });
    for (const type of GENERAL) expect(views.find((v) => v.type === type)!.check, type).toMatchObject({ allowed: true, findings: [] });
    const board = await exported(caseId, 'case_summary', 'staff-suspect');
    expect(board).toContain('Meldplicht');
    expect(board).toContain('gymdocent');
    const staff = await exported(caseId, 'teacher_briefing', 'staff-suspect');
    expect(staff).toContain('Meldplicht');
    for (const word of ['Groot', 'gymdocent', '14', '2A']) expect(staff).not.toContain(word);
    expect(await exported(caseId, 'parents_general', 'staff-suspect')).not.toContain('Meldplicht');
    for (const text of [board, staff]) expect(deleteBeforePolice(text)).toEqual([]);
  });

  it('a case with two victims', async () => {
    const texts = await checkCase({
      name: 'two-victims',
      schoolLevel: 'vo',
      incidentTypes: ['deepfake'],
      platforms: ['instagram', 'whatsapp'],
      summary: 'Van Sara Öztürk en Lotte Visser uit 2C zijn nepnaaktbeelden gemaakt met een app; ze gaan rond in de groepsapp van de brugklas.',
      persons: [
        person({ role: 'victim', kind: 'pupil', label: 'Sara Öztürk', ageBand: '12_15', classGroup: '2C' }),
        person({ role: 'victim', kind: 'pupil', label: 'Lotte Visser', ageBand: '12_15', classGroup: '2C' }),
      ],
      consentBy: ['victim', 'parent'],
      identifying: ['Sara', 'Öztürk', 'Ozturk', 'Lotte', 'Visser', '2C', 'brugklas'],
      internal: [],
    });
    expect(texts.parents_general).toContain('meerdere mensen uit onze schoolgemeenschap');
    expect(texts.class_talk).toContain('De leerlingen om wie het gaat en hun ouders hebben met dit gesprek ingestemd.');
    expect(texts.case_summary_unnamed).not.toContain('Öztürk');
    expect(texts.case_summary).toContain('Sara Öztürk');
  });

  it('two victims: each family its own letter and naming choice, and one family’s no stops the class talk', async () => {
    const caseId = await setUp({
      name: 'two-victims-refusal',
      schoolLevel: 'vo',
      incidentTypes: ['deepfake'],
      platforms: ['instagram'],
      summary: 'Van Sara Öztürk en Lotte Visser uit 2C zijn nepnaaktbeelden gemaakt met een app.',
      persons: [
        person({ role: 'victim', kind: 'pupil', label: 'Sara Öztürk', ageBand: '12_15', classGroup: '2C' }),
        person({ role: 'victim', kind: 'pupil', label: 'Lotte Visser', ageBand: '12_15', classGroup: '2C' }),
      ],
      consentBy: ['victim', 'parent'],
      refusedBy: { victimLabel: 'Lotte Visser', subject: 'class_talk' },
      identifying: [],
      internal: [],
    });
    const detail = await t.call('casesGet', { id: caseId });
    const [sara, lotte] = ['Sara Öztürk', 'Lotte Visser'].map((label) => detail.persons.find((p) => p.label === label)!.id);

    // The list holds one family letter per victim, each for its own family.
    const views = await t.call('packsList', { caseId });
    const letters = views.filter((v) => v.type === 'parents_victim');
    expect(letters.map((v) => v.victim?.label)).toEqual(['Sara Öztürk', 'Lotte Visser']);
    expect(letters.every((v) => v.namingPossible)).toBe(true);

    // One family said no: the class talk cannot be exported, and the advisor sees whose no it is.
    const talk = views.find((v) => v.type === 'class_talk')!;
    expect(talk.check.allowed).toBe(false);
    expect(talk.check.problems.join(' ')).toContain('is geweigerd');
    expect(talk.check.problems.join(' ')).toContain('Sara Öztürk: gegeven; Lotte Visser: leerling geweigerd, ouders geweigerd');
    await expect(t.call('packsExport', { caseId, type: 'class_talk' })).rejects.toThrow(/pack_refused/);
    // The talk with all pupils, agreed by both families, can go ahead.
    expect(views.find((v) => v.type === 'all_pupils_plan')!.check).toMatchObject({ allowed: true });

    // Naming is decided per letter: Lotte's family's letter names Lotte, Sara's names nobody.
    await t.call('packsSave', { caseId, type: 'parents_victim', victimPersonId: lotte, edits: {}, namingVictim: true });
    const lotteLetter = await exported(caseId, 'parents_victim', 'two-victims-lotte', lotte);
    const saraLetter = await exported(caseId, 'parents_victim', 'two-victims-sara', sara);
    expect(lotteLetter).toContain('Lotte Visser');
    expect(lotteLetter).not.toContain('Sara');
    expect(lotteLetter).toContain('U wilt geen gesprek met de klasgenoten');
    for (const word of ['Sara', 'Öztürk', 'Lotte', 'Visser', '2C']) expect(saraLetter).not.toContain(word);
    expect(saraLetter).toContain('uw kind');
    expect(saraLetter).toContain('U hebt ingestemd met een gesprek met de klasgenoten.');
    const after = await t.call('packsList', { caseId });
    expect(after.filter((v) => v.type === 'parents_victim').map((v) => v.namingVictim)).toEqual([false, true]);

    // A victim of another case, or a victim id on a pack that is not a family letter, is refused.
    await expect(t.call('packsExport', { caseId, type: 'teacher_briefing', victimPersonId: lotte })).rejects.toThrow(/not_found/);
  });
});
