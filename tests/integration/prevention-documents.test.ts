// The documents a school can adopt, exported through the contract as PDFs and read back with
// pdftotext: every document in every school-level variant, the school's facts filled in, the school's
// edits kept, and no name of a person in a case let through.
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanUpScratch, infoField, pageImages, pdfFonts, pdfInfo, pdfText } from '@tests/support/poppler';
import { samplePngBase64 } from '@tests/support/sample-pack-input';
import { preventionDocumentTypes } from '@core/prevention';
import { unlockedCore, type TestCore } from '../fixtures/core';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/prevention');
const LEVELS = ['po', 'vo', 'mbo'] as const;

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());
afterAll(() => cleanUpScratch());

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function prepareSchool(): Promise<void> {
  const settings = await t.call('settingsGet', {});
  await t.call('settingsUpdate', {
    school: { name: 'Het Baken College', address: 'Dorpsstraat 12, 1234 AB Zandvoort', level: 'vo', logo: { mime: 'image/png', base64: samplePngBase64() } },
    advisor: { ...settings.advisor, name: 'Mirjam de Vries', phone: '023-555 01 23' },
  });
  const contacts = await t.call('contactsSave', { contact: { role: 'police_contact', name: 'Wijkagent Bakker', organisation: 'Politie Kennemerland', phone: '0900-8844', email: '', note: '' } });
  await t.call('preventionPointSave', { key: 'police_contact', status: 'done', owner: '', lastReviewed: null, note: '', contactId: contacts[0]!.id });
  await t.call('preventionPointSave', { key: 'media_spokesperson', status: 'done', owner: 'Rector Smit', lastReviewed: null, note: '' });
}

async function exported(type: (typeof preventionDocumentTypes)[number], level: (typeof LEVELS)[number]): Promise<{ text: string; pdf: Buffer }> {
  const result = await t.call('preventionDocumentExport', { type, level });
  expect(result.saved).toBe(true);
  const pdf = t.saved.at(-1)!.data;
  const text = pdfText(pdf);
  expect(text.ok, text.stderr).toBe(true);
  return { text: flat(text.stdout), pdf };
}

/** What each document must say, per variant: the guidance note's points in the school's words. */
const EXPECTED: Record<(typeof preventionDocumentTypes)[number], Record<(typeof LEVELS)[number], string[]>> = {
  lesson_guide: {
    po: ['Het gesprek openen', 'Aardig zijn online', 'zonder kleren', 'De klas stelt eigen regels op', 'groep'],
    vo: ['Het gesprek openen', 'smaad', 'laster', 'onder de 18', 'ernstig misdrijf', "do's en don'ts"],
    mbo: ['studenten', 'smaad', 'laster', 'ernstig misdrijf', 'stage'],
  },
  school_guide_paragraph: {
    po: ['Sociale media op Het Baken College', 'Afspraken voor leerlingen', 'Elke groep krijgt ieder schooljaar een les'],
    vo: ['Afspraken voor leerlingen', 'Afspraken voor medewerkers', 'Elke klas krijgt ieder schooljaar een les'],
    mbo: ['Afspraken voor studenten', 'docenten'],
  },
  safety_plan_section: {
    po: ['Verband met het pestprotocol', 'Sancties', 'Regels voor afstandsonderwijs', 'Wijkagent Bakker, Politie Kennemerland, 0900-8844', 'Rector Smit', 'leerkrachten'],
    vo: ['Verband met het pestprotocol', 'schorsing', 'Regels voor afstandsonderwijs', 'Procedure bij een calamiteit', 'Wijkagent Bakker'],
    mbo: ['Verband met het pestprotocol', 'studenten', 'Regels voor afstandsonderwijs'],
  },
  staff_card: {
    po: ['Dit doe je nooit', 'opslaan, doorsturen of er een schermafbeelding van maken', 'Mirjam de Vries (023-555 01 23)', 'Wijkagent Bakker', '020-261 52 75'],
    vo: ['1. Breng in kaart', '2. Meld het dezelfde dag', '3. Communiceer zorgvuldig', 'Wie bel je'],
    mbo: ['student', 'Geheimhouding beloven'],
  },
};

const VARIANT = { po: 'Primair onderwijs', vo: 'Voortgezet onderwijs', mbo: 'Middelbaar beroepsonderwijs' };

describe('every model document in every school-level variant', () => {
  it.each(preventionDocumentTypes.flatMap((type) => LEVELS.map((level) => [type, level] as const)))('%s for %s says what it must, with the letterhead', async (type, level) => {
    await prepareSchool();
    const { text, pdf } = await exported(type, level);
    for (const phrase of EXPECTED[type][level]) expect(text, phrase).toContain(phrase);
    expect(text).toContain('Het Baken College');
    expect(text).toContain('Dorpsstraat 12, 1234 AB Zandvoort');
    expect(text).toContain(VARIANT[level]);
    expect(text).toMatch(/model herzien op \d+ \w+ 20\d\d/);
    // Every placeholder was filled.
    expect(text).not.toMatch(/\{\w+\}/);
    const info = pdfInfo(pdf).stdout;
    expect(infoField(info, 'Page size')).toMatch(/^595\.28 x 841\.89 pts/);
    expect(infoField(info, 'Author')).toBeUndefined();
    if (type === 'staff_card') expect(infoField(info, 'Pages')).toBe('1');
    // Fonts embedded, so the school's printer shows what the advisor saw.
    const fonts = pdfFonts(pdf)
      .stdout.split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row).toMatch(/\byes\b.*\byes\b.*\byes\b/);
    expect(pageImages(pdf, ARTIFACTS, `${type}-${level}`).length).toBeGreaterThan(0);
  });

  it('says which facts are still missing rather than leaving a gap', async () => {
    const { text } = await exported('safety_plan_section', 'vo');
    expect(text).toContain('de vaste contactpersoon bij de politie (nog vast te leggen onder Contacten)');
    expect(text).toContain('de woordvoerder van de school (nog aan te wijzen)');
  });

  it('speaks English when the advisor works in English', async () => {
    await t.call('settingsUpdate', { locale: 'en' });
    const { text } = await exported('lesson_guide', 'mbo');
    expect(text).toContain('Lesson plan: online together');
    expect(text).toContain('Vocational education (mbo)');
    expect(text).toContain('defamation (smaad)');
  });
});

describe('editing a model document', () => {
  it('keeps the school’s edit of a paragraph, prints it, and can go back to the model text', async () => {
    const [before] = (await t.call('preventionDocumentsList', { level: 'vo' })).filter((d) => d.type === 'safety_plan_section');
    const sanctions = 'Bij ons geldt een sanctieladder: eerst een gesprek, dan de ouders, dan schorsing.';
    const after = await t.call('preventionDocumentSave', { type: 'safety_plan_section', level: 'vo', edits: { sanctions } });
    expect(after.paragraphs.find((p) => p.id === 'sanctions')).toMatchObject({ text: sanctions, edited: true });
    expect(after.originals.sanctions).toBe(before!.originals.sanctions);
    expect((await exported('safety_plan_section', 'vo')).text).toContain('Bij ons geldt een sanctieladder');
    // The other variants keep the model text.
    expect((await exported('safety_plan_section', 'po')).text).not.toContain('sanctieladder');
    const reset = await t.call('preventionDocumentSave', { type: 'safety_plan_section', level: 'vo', edits: {} });
    expect(reset.paragraphs.find((p) => p.id === 'sanctions')?.edited).toBe(false);
    expect((await t.call('preventionDocumentsList', { level: 'vo' })).find((d) => d.type === 'safety_plan_section')?.lastExportedAt).not.toBeNull();
  });

  it('refuses a paragraph the document does not have', async () => {
    expect(await t.fails('preventionDocumentSave', { type: 'staff_card', level: 'vo', edits: { nonsense: 'x' } })).toBe('prevention_unknown_paragraph');
  });

  it('refuses the name of a person in a case, when saving and again when exporting', async () => {
    const edit = { step1: 'Luister, zoals we bij Xanthippe hebben geleerd, zonder te oordelen.' };
    await t.call('preventionDocumentSave', { type: 'staff_card', level: 'vo', edits: edit });
    const c = await t.call('casesCreate', { title: 'Casus Meeuw', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null });
    await t.call('personsSave', { caseId: c.id, person: { role: 'victim', kind: 'pupil', label: 'Xanthippe Canarywoud', ageBand: '12_15', classGroup: null, contact: null, relatedPersonId: null } });
    expect(await t.fails('preventionDocumentExport', { type: 'staff_card', level: 'vo' })).toBe('prevention_names_person');
    expect(t.saved).toHaveLength(0);
    expect(await t.fails('preventionDocumentSave', { type: 'lesson_guide', level: 'po', edits: { rules: 'Denk aan wat Canarywoud overkwam.' } })).toBe('prevention_names_person');
  });
});
