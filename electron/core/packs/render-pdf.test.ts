import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, composePack, PACK_TYPES, PackExportRefused, renderPackPdf, type PackInput, type PackType } from './index';
import { cleanUpScratch, infoField, grayPages, inkShare, pageImages, pdfFonts, pdfInfo, pdfText } from '@tests/support/poppler';
import { CANARY_ACCOUNT, CANARY_CLASS, CANARY_SPREADER, CANARY_VICTIM, samplePackInput, samplePngBase64 } from '@tests/support/sample-pack-input';

const PASSWORD = 'paard-batterij-nietje-7';
const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/packs');
const GENERAL_PACKS: PackType[] = ['parents_general', 'class_talk', 'teacher_briefing', 'all_pupils_plan'];

/** Whitespace-normalised text, so a phrase split over two lines is still found. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function render(type: PackType, input: PackInput): Promise<Buffer> {
  return renderPackPdf(composePack(type, input), input, { password: PASSWORD });
}

function textOf(type: PackType, pdf: Buffer): string {
  const result = pdfText(pdf, type === 'case_summary' ? PASSWORD : undefined);
  expect(result.ok, result.stderr).toBe(true);
  return flat(result.stdout);
}

afterAll(() => cleanUpScratch());

describe('every pack as a PDF', () => {
  const input = samplePackInput({
    school: { ...samplePackInput().school, logo: { mime: 'image/png', base64: samplePngBase64() } },
  });
  const pdfs = new Map<PackType, Buffer>();

  beforeAll(async () => {
    for (const type of PACK_TYPES) pdfs.set(type, await render(type, input));
  });

  it.each(PACK_TYPES)('%s is A4 with numbered pages', (type) => {
    const pdf = pdfs.get(type) as Buffer;
    const info = pdfInfo(pdf, type === 'case_summary' ? PASSWORD : undefined);
    expect(info.ok, info.stderr).toBe(true);
    expect(infoField(info.stdout, 'Page size')).toMatch(/^595\.28 x 841\.89 pts/);
    const pages = Number(infoField(info.stdout, 'Pages'));
    const text = textOf(type, pdf);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Pagina ${page} van ${pages}`);
  });

  it.each(PACK_TYPES)('%s has clean metadata: a title, no author, no user or machine name', (type) => {
    const pdf = pdfs.get(type) as Buffer;
    const info = pdfInfo(pdf, type === 'case_summary' ? PASSWORD : undefined).stdout;
    expect(infoField(info, 'Title')).toBe(composePack(type, input).title);
    expect(infoField(info, 'Author')).toBeUndefined();
    expect(infoField(info, 'Creator')).toBe('Vertrouwd');
    expect(infoField(info, 'Producer')).toBe('Vertrouwd');
    const identities = [os.userInfo().username, os.hostname()].filter((id) => id.length >= 3);
    for (const id of identities) {
      expect(infoField(info, 'Creator')).not.toContain(id);
      expect(infoField(info, 'Producer')).not.toContain(id);
      expect(pdf.includes(Buffer.from(id))).toBe(false);
    }
  });

  it.each(PACK_TYPES)('%s embeds its fonts', (type) => {
    const fonts = pdfFonts(pdfs.get(type) as Buffer, type === 'case_summary' ? PASSWORD : undefined);
    const rows = fonts.stdout
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/DejaVuSans.*\byes\b.*\byes\b.*\byes\b/);
  });

  it.each(PACK_TYPES)('%s shows the school, its address and the advisor', (type) => {
    const text = textOf(type, pdfs.get(type) as Buffer);
    expect(text).toContain('Het Baken College');
    expect(text).toContain('Dorpsstraat 12, 1234 AB Zandvoort');
    expect(text).toContain('Mirjam de Vries');
  });

  it('marks every pack but the general parents’ letter as confidential', () => {
    for (const type of PACK_TYPES) {
      const marked = textOf(type, pdfs.get(type) as Buffer).includes('VERTROUWELIJK');
      expect(marked, type).toBe(type !== 'parents_general');
    }
  });

  it('asks parents not to react online, not to share, to talk and to delete', () => {
    const text = textOf('parents_general', pdfs.get('parents_general') as Buffer);
    expect(text).toContain('Reageer niet online');
    expect(text).toContain('Deel de beelden niet');
    expect(text).toContain('Praat met uw kind');
    expect(text).toContain('beelden verwijderen');
    expect(text).toContain('Helpwanted');
    expect(text).toContain('Met vriendelijke groet');
  });

  it('tells the victim’s parents the agreed steps as sentences, their consent choices and their contact', () => {
    const text = textOf('parents_victim', pdfs.get('parents_victim') as Buffer);
    expect(text).toContain('Wij maken samen met uw kind afspraken over wat op school een veiliger gevoel geeft.');
    expect(text).toContain('Wij overleggen met onze vaste contactpersoon bij de politie');
    expect(text).toContain('U hebt ingestemd met een gesprek met de klasgenoten.');
    expect(text).toContain('Uw vaste contactpersoon');
    expect(text).toContain('Aan: de ouders en verzorgers, persoonlijk');
    // No line of the internal plan: titles, statuses, owners, due dates, nor the talk with themselves.
    for (const line of ['Melding gedaan bij TikTok', 'Overleg met wijkagent', 'Gesprek met de ouders van het slachtoffer', 'Rustmoment', 'uiterlijk', '(open', 'Mentor']) {
      expect(text).not.toContain(line);
    }
  });

  it('gives the mentor a safe account of what happened, the impact, the consequences and the delete instruction', () => {
    const text = textOf('class_talk', pdfs.get('class_talk') as Buffer);
    expect(text).not.toContain('klassenapp');
    expect(text).toContain('Via WhatsApp en TikTok worden bewerkte foto');
    expect(text).toContain('Wat het doet met degene die erop staat');
    expect(text).toContain('waarschijnlijk een strafbaar feit gepleegd');
    expect(text).toContain('Draag iedereen op de beelden nu te verwijderen');
    expect(text).toContain('Verder verspreiden is verboden');
    expect(text).toContain('Vragen die je kunt verwachten');
    expect(text).toContain('Wat je niet zegt of doet');
  });

  it('refers staff to the contact person and asks for confidentiality', () => {
    const text = textOf('teacher_briefing', pdfs.get('teacher_briefing') as Buffer);
    expect(text).toContain('Verwijs leerlingen en ouders met vragen, zorgen of informatie door naar Mirjam de Vries');
    expect(text).toContain('Wat je niet doet');
    expect(text).toContain('Vertrouwelijkheid');
  });

  it('offers Halt and Bureau Jeugd & Media in the plan for all pupils', () => {
    const text = textOf('all_pupils_plan', pdfs.get('all_pupils_plan') as Buffer);
    expect(text).toContain('Bureau Jeugd & Media');
    expect(text).toContain('Halt');
    expect(text).toContain('Kernboodschap voor alle leerlingen');
  });

  it('lists the chronology, the assessment and the actions in the case summary', () => {
    const text = textOf('case_summary', pdfs.get('case_summary') as Buffer);
    expect(text).toContain('16 november 2026 08:15: Mentor hoort van de meme in de klassenapp');
    expect(text).toContain('17 november 2026 10:30: Gesprek met leerling en ouders');
    expect(text).toContain('Ernstig');
    expect(text).toContain('Overleg met wijkagent (bezig; uiterlijk: 25 november 2026)');
    expect(text).toContain('rondgestuurd in een klassenapp');
    // Yes/no answers print as real check marks, not as empty boxes.
    expect(text).toContain('Seksueel beeld: ✗ nee');
    expect(text).toContain('Grote zaak (openbaar, meer dan 100 kijkers of media-aandacht): ✓ ja');
  });

  it.each(PACK_TYPES)('%s draws every page as A4 with ink on it, the letterhead at the top of the first', (type) => {
    const password = type === 'case_summary' ? PASSWORD : undefined;
    const pdf = pdfs.get(type) as Buffer;
    const pages = grayPages(pdf, 50, password);
    expect(pages).toHaveLength(Number(infoField(pdfInfo(pdf, password).stdout, 'Pages')));
    for (const page of pages) {
      expect(page.height / page.width).toBeCloseTo(297 / 210, 1);
      // Body text between the running header and the page number: a page with only those two
      // lines, a blank page or a black one would fall outside these bounds.
      expect(inkShare(page, 0.06, 0.93)).toBeGreaterThan(0.002);
      expect(inkShare(page)).toBeLessThan(0.3);
    }
    expect(inkShare(pages[0]!, 0, 0.15)).toBeGreaterThan(0.005);
    // And the same pages as PNG files for a person to look at (test-artifacts/packs).
    expect(pageImages(pdf, ARTIFACTS, type, password)).toHaveLength(pages.length);
  });
});

describe('victim naming in the PDF text', () => {
  const named = samplePackInput({ namingVictim: true });
  const unnamed = samplePackInput({ namingVictim: false });
  const canaries = [CANARY_VICTIM, CANARY_SPREADER, CANARY_ACCOUNT, CANARY_CLASS];

  it.each(GENERAL_PACKS)('%s names nobody, even with naming turned on', async (type) => {
    const text = textOf(type, await render(type, named));
    for (const canary of canaries) expect(text).not.toContain(canary);
    expect(text).not.toContain('Canarywoud');
    expect(text).not.toContain('Kanariepiet');
  });

  it('names the victim in the family letter only when naming is on', async () => {
    const withName = textOf('parents_victim', await render('parents_victim', named));
    expect(withName).toContain(CANARY_VICTIM);
    expect(withName).not.toContain(CANARY_SPREADER);
    expect(withName).not.toContain(CANARY_ACCOUNT);

    const withoutName = textOf('parents_victim', await render('parents_victim', unnamed));
    expect(withoutName).not.toContain('Canarywoud');
    expect(withoutName).toContain('uw kind');
  });

  it('names victim, spreaders and accounts in the case summary only when naming is on', async () => {
    const withNames = textOf('case_summary', await render('case_summary', named));
    for (const canary of canaries) expect(withNames).toContain(canary);

    const withoutNames = textOf('case_summary', await render('case_summary', unnamed));
    for (const canary of canaries) expect(withoutNames).not.toContain(canary);
  });

  it('refuses to render a general pack whose edited text names the victim', async () => {
    const composed = applyEdits(composePack('teacher_briefing', named), {
      why: 'Het gaat om Xanthippe uit de bovenbouw.',
    });
    await expect(renderPackPdf(composed, named)).rejects.toBeInstanceOf(PackExportRefused);
  });
});

describe('the encrypted case summary', () => {
  const input = samplePackInput();

  it('cannot be read without the password and can with it', async () => {
    const pdf = await render('case_summary', input);
    const locked = pdfText(pdf);
    expect(locked.ok).toBe(false);
    expect(locked.stdout).not.toContain('Chronologie');
    expect(pdfText(pdf, 'wrong-password-123').ok).toBe(false);

    const open = pdfText(pdf, PASSWORD);
    expect(open.ok, open.stderr).toBe(true);
    expect(flat(open.stdout)).toContain('Mentor hoort van de meme');
    expect(pdf.includes(Buffer.from('Mentor hoort'))).toBe(false);
  });

  it('uses AES-256', async () => {
    const info = pdfInfo(await render('case_summary', input), PASSWORD);
    expect(infoField(info.stdout, 'Encrypted')).toContain('algorithm:AES-256');
  });

  it('refuses to render without a password', async () => {
    const composed = composePack('case_summary', input);
    await expect(renderPackPdf(composed, input)).rejects.toThrow(/wachtwoord/);
    await expect(renderPackPdf(composed, input, { password: '' })).rejects.toBeInstanceOf(PackExportRefused);
  });

  it('leaves the other packs unencrypted', async () => {
    const info = pdfInfo(await render('teacher_briefing', input));
    expect(infoField(info.stdout, 'Encrypted')).toBe('no');
  });
});

describe('school level and edits in the PDF', () => {
  it('prints a different class-talk text for po, vo and mbo', async () => {
    const texts = new Map<string, string>();
    for (const level of ['po', 'vo', 'mbo'] as const) {
      const input = samplePackInput({ school: { ...samplePackInput().school, level } });
      texts.set(level, textOf('class_talk', await render('class_talk', input)));
    }
    expect(texts.get('po')).toContain('eenvoudige woorden');
    expect(texts.get('vo')).toContain('Draag iedereen op de beelden nu te verwijderen');
    expect(texts.get('mbo')).toContain('Verklaring Omtrent het Gedrag');
    expect(texts.get('mbo')).toContain('De student om wie het gaat en de ouders hebben met dit gesprek ingestemd');
    expect(new Set(texts.values()).size).toBe(3);
  });

  it('prints an edited paragraph instead of the composed one', async () => {
    const input = samplePackInput();
    const composed = composePack('parents_general', input);
    const edited = applyEdits(composed, {
      school_actions: 'De schoolleiding belt vanavond alle ouders van de bovenbouw persoonlijk op.',
    });
    const text = textOf('parents_general', await renderPackPdf(edited, input));
    expect(text).toContain('De schoolleiding belt vanavond alle ouders van de bovenbouw persoonlijk op.');
    expect(text).not.toContain('neemt dit serieus');
  });

  it('prints English packs in English', async () => {
    const input = samplePackInput({ locale: 'en' });
    const text = textOf('teacher_briefing', await render('teacher_briefing', input));
    expect(text).toContain('Information for staff');
    expect(text).toContain('Page 1 of');
    expect(text).toContain('CONFIDENTIAL');
  });
});

describe('pdfmake’s resource policies after a render', () => {
  // pdfmake is a process-wide singleton; after our render it must refuse URLs and foreign files.
  const pdfmake = createRequire(__filename)('pdfmake') as {
    createPdf(definition: object): { getBuffer(): Promise<Buffer> };
  };

  beforeAll(async () => {
    await render('parents_general', samplePackInput());
  });

  it('fetches no URL', async () => {
    const definition = {
      images: { logo: 'https://example.invalid/logo.png' },
      content: [{ image: 'logo' }],
    };
    await expect(pdfmake.createPdf(definition).getBuffer()).rejects.toThrow(/Access to URL denied/);
  });

  it('reads no local file at all', async () => {
    const definition = { content: [{ image: path.resolve(__dirname, 'pack-input.ts') }] };
    await expect(pdfmake.createPdf(definition).getBuffer()).rejects.toThrow(/Access to local file denied/);
  });
});
