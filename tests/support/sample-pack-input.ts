// One small, readable case for the pack tests and the PDF benchmark. The canary names must never
// show up in a pack that may not name anyone; tests search the PDF text for them.
import { crc32, deflateSync } from 'node:zlib';
import type { PackInput } from '@core/packs/pack-input';

export const CANARY_VICTIM = 'Xanthippe Canarywoud';
export const CANARY_SPREADER = 'Bartholomeus Kanariepiet';
export const CANARY_ACCOUNT = '@canary_leaks_4821';
export const CANARY_CLASS = 'K9Z';

export function samplePackInput(overrides: Partial<PackInput> = {}): PackInput {
  return {
    locale: 'nl',
    date: '2026-11-23',
    school: { name: 'Het Baken College', address: 'Dorpsstraat 12, 1234 AB Zandvoort', level: 'vo' },
    advisor: {
      name: 'Mirjam de Vries',
      role: 'vertrouwenspersoon',
      phone: '023-555 01 23',
      email: 'vertrouwenspersoon@hetbaken.example',
    },
    case: {
      pseudonym: 'Casus Meeuw',
      incidentTypes: ['meme', 'beeldpesten'],
      platforms: ['whatsapp', 'tiktok'],
      outline: `Een bewerkte foto van ${CANARY_VICTIM} uit ${CANARY_CLASS} is als meme rondgestuurd in een klassenapp en later op TikTok gezet.`,
      victims: [{ label: CANARY_VICTIM, kind: 'pupil', ageBand: '12_15', classGroup: CANARY_CLASS }],
      otherPersons: [{ role: 'suspected_spreader', label: CANARY_SPREADER }],
      spreaderNames: [CANARY_SPREADER],
      accounts: [CANARY_ACCOUNT],
      sexualImagery: false,
      largeScale: true,
      staffSuspect: false,
    },
    assessment: {
      levelLabel: 'Ernstig',
      reasons: ['Breed verspreid via een openbaar platform', 'Leerling durft niet naar school'],
      flags: ['Grote verspreiding'],
    },
    actions: [
      { title: 'Melding gedaan bij TikTok', status: 'done', owner: 'Mirjam de Vries', due: '2026-11-18' },
      { key: 'police_consult', title: 'Overleg met wijkagent', status: 'in_progress', due: '2026-11-25' },
      { key: 'talk_victim_parents', title: 'Gesprek met de ouders van het slachtoffer', status: 'open', owner: 'Mentor', due: '2026-11-26' },
      { key: 'safety_arrangements', title: 'Rustmoment voor de leerling in de pauzes', status: 'open' },
    ],
    timeline: [
      { at: '2026-11-16T08:15', summary: 'Mentor hoort van de meme in de klassenapp' },
      { at: '2026-11-17T10:30', summary: 'Gesprek met leerling en ouders; wensen geïnventariseerd' },
    ],
    consent: {
      classTalk: [
        { giver: 'victim', state: 'given' },
        { giver: 'parent', state: 'given' },
      ],
      allPupilsTalk: [
        { giver: 'victim', state: 'given' },
        { giver: 'parent', state: 'given' },
      ],
      informParents: [],
    },
    organisations: [
      {
        name: 'Helpwanted',
        phone: '020-261 52 75',
        website: 'helpwanted.nl',
        whatTheyDo: 'advies en hulp bij het laten verwijderen van beelden',
      },
    ],
    namingVictim: false,
    ...overrides,
  };
}

/**
 * A valid RGB PNG built from raw chunks (zlib's CRC), so the tests need no binary fixture: a blue
 * banner with a lighter band, shaped like a letterhead logo.
 */
export function samplePngBase64(width = 240, height = 80): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type 2: RGB, no alpha
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // leading 0: no filter
    for (let x = 0; x < width; x++) {
      const band = y > height * 0.35 && y < height * 0.65 && x > width * 0.1 && x < width * 0.9;
      row.set(band ? [0xe8, 0xf0, 0xf8] : [0x1d, 0x4e, 0x89], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}
