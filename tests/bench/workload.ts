// A realistic case load for benchmarks: working titles, summaries and dossier notes in the words
// advisors use, inserted in one transaction, with the search index filled as the app fills it.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

const TYPES = ['meme', 'beeldpesten', 'sexting', 'shame_sexting', 'sextortion', 'deepfake', 'online_lesson_screenshot'];
const PLATFORMS = ['whatsapp', 'snapchat', 'instagram', 'tiktok', 'telegram', 'discord'];
const COMMON = ['de', 'het', 'een', 'en', 'van', 'in', 'op', 'met', 'leerling', 'klas', 'foto', 'ouders', 'mentor', 'gesprek'];
const TOPICS = [
  'klassenapp',
  'groepschat',
  'filmpje',
  'screenshot',
  'gymles',
  'wijkagent',
  'verwijderd',
  'doorgestuurd',
  'bewerkt',
  'account',
  'story',
  'pauze',
  'excursie',
  'stagebedrijf',
  'teamsles',
  'profiel',
  'bijnaam',
  'kantine',
  'schoolfeest',
  'kamp',
];
const SYLLABLES = ['ba', 'de', 'ko', 'mi', 'ra', 'lu', 'ne', 'sto', 'ver', 'jan', 'wil', 'tes', 'pol', 'gar', 'fen', 'hui', 'zo', 'kla'];
const STATUSES = ['intake', 'defining', 'acting', 'communicating', 'aftercare', 'closed'];

/** Deterministic pseudo-random numbers, so every run inserts the same data. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

export function insertCases(sqlite: Database.Database, count: number, seed = 42): string[] {
  const rnd = generator(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  // Mostly common words, some topic words, and rarer made-up names, as real notes mix them.
  const word = () => {
    const r = rnd();
    if (r < 0.6) return pick(COMMON);
    if (r < 0.85) return pick(TOPICS);
    return pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  };
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const insertCase = sqlite.prepare(
    `INSERT INTO cases (id, title, school_level, incident_types, platforms, status, summary, opened_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNote = sqlite.prepare("INSERT INTO notes (id, case_id, kind, body, updated_at) VALUES (?, ?, 'dossier', ?, ?)");
  const insertSearch = sqlite.prepare('INSERT INTO case_search (rowid, body) VALUES (?, ?)');
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const title = `Zaak ${i}: ${sentence(3)}`;
      const summary = sentence(40);
      const note = sentence(60);
      const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
      const types = [pick(TYPES)];
      const platforms = [pick(PLATFORMS)];
      const { lastInsertRowid } = insertCase.run(id, title, pick(['po', 'vo', 'mbo']), JSON.stringify(types), JSON.stringify(platforms), pick(STATUSES), summary, at, at);
      insertNote.run(randomUUID(), id, note, at);
      insertSearch.run(lastInsertRowid, [title, summary, ...types, ...platforms, note].join('\n'));
      ids.push(id);
    }
  })();
  return ids;
}

/** What an advisor types: a name fragment, a topic pair, a case number, a platform with a topic. */
export const SEARCH_TERMS = ['bakomi', 'wijkagent doorgestuurd', 'zaak 77', 'snapchat kantine', 'verjanpol', 'bewerkt schoolfeest', 'stagebedrijf', 'teamsles bijnaam', 'ravergar', 'zaak 4021'];
