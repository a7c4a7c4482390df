// The disclosure check on a corpus of paragraphs an advisor could write into a general pack, each
// with the details a careful reader would mark. The test prints the false positives (marked but
// harmless) and false negatives (identifying but missed), and holds the check to its goal: no miss on
// a name, a class or an age, and at most two false alarms.
import { describe, expect, it } from 'vitest';
import { applyFinding } from '@shared';
import { samplePackInput } from '@tests/support/sample-pack-input';
import { applyEdits, composePack, exportCheck, type FindingReason, type PackInput } from './index';
import { parseLabel } from './disclosure-check';

const base = samplePackInput();
const CASE: PackInput = {
  ...base,
  case: {
    ...base.case,
    outline: 'Meisje, 15, havo-3. Naaktfoto naar ex-vriendje Tim gestuurd; hij heeft hem in meerdere groepen gedeeld. Het begon na de training bij voetbalclub De Zwaluwen in Heerenveen.',
    victims: [{ label: 'Noor Jansen', kind: 'pupil', ageBand: '12_15', classGroup: 'H3B' }],
    otherPersons: [
      { role: 'suspected_spreader', label: 'Tim de Boer (ex-vriend)' },
      { role: 'witness', label: 'Leerling A (meisje)' },
      { role: 'parent', label: 'Moeder van Noor' },
    ],
    spreaderNames: ['Tim de Boer (ex-vriend)'],
    accounts: ['@tim.deboer08', 'https://www.instagram.com/p/Cx81kq'],
  },
};

type Expected = Array<[string, FindingReason]>;
/** Each paragraph and the details in it, in order. */
const CORPUS: Array<[string, Expected]> = [
  // Names, whole and in parts, any case, with accents.
  ['Het gaat om Noor Jansen uit de bovenbouw.', [['Noor Jansen', 'name']]],
  ['Noor durft niet meer naar school.', [['Noor', 'name']]],
  ['Vraag JANSEN niet naar de foto.', [['JANSEN', 'name']]],
  ['Tim heeft de foto doorgestuurd.', [['Tim', 'name']]],
  ['De Boer zit in dezelfde groep.', [['Boer', 'name']]],
  ['Een bericht van Nöor ging rond.', [['Nöor', 'name']]],
  // Labels are no names; common words never count alone.
  ['Leerling A heeft het gezien en is geschrokken.', []],
  ['Een leerling uit onze school is hierdoor geraakt.', []],
  ['Het meisje en de jongen die het zagen, kregen steun.', []],
  ['De docent bespreekt het in de klas.', []],
  ['Alle leerlingen van de klas krijgen uitleg van de mentor.', []],
  ['Een medewerker van de school is het aanspreekpunt.', []],
  // Class and group.
  ['Het speelt in klas H3B.', [['klas H3B', 'class_group']]],
  ['Leerlingen uit h3b hebben het gezien.', [['h3b', 'class_group']]],
  ['In 3 havo gaat het er veel over.', [['3 havo', 'class_group']]],
  ['Het gaat rond in havo-3.', [['havo-3', 'class_group']]],
  ['De kinderen van groep 7 weten ervan.', [['groep 7', 'class_group']]],
  ['De mentor van 2B is ingelicht.', [['2B', 'class_group']]],
  // Age: of the victim or anyone.
  ['Het meisje is 15 jaar oud.', [['15 jaar oud', 'age']]],
  ['Een 15-jarige leerling is het slachtoffer.', [['15-jarige', 'age']]],
  ['Het gaat om een meisje van 15.', [['van 15', 'age']]],
  ['Meisje, 15, uit de bovenbouw.', [['15', 'age']]],
  ['Een jongen (14) stuurde het door.', [['14', 'age']]],
  // Rules about ages are no ages.
  ['Seksuele beelden van iemand onder de 18 jaar bewaren is strafbaar.', []],
  ['Halt helpt jongeren van 12 tot en met 17 jaar.', []],
  ['Studenten van 18 jaar en ouder vallen onder het strafrecht voor volwassenen.', []],
  ['Het gesprek duurt ongeveer twintig minuten.', []],
  // Accounts and links; public ones are no details.
  ['Het account @tim.deboer08 plaatste de foto.', [['@tim.deboer08', 'account']]],
  ['Zie https://www.instagram.com/p/Cx81kq voor de post.', [['https://www.instagram.com/p/Cx81kq', 'url']]],
  ['Het staat op www.roddelsite.nl/noor.', [['www.roddelsite.nl/noor', 'url']]],
  ['Een nieuw account, @heerenveen_roddels, deelt het.', [['@heerenveen_roddels', 'account']]],
  ['Helpwanted (helpwanted.nl) helpt bij het verwijderen.', []],
  ['Mail gerust naar vertrouwenspersoon@hetbaken.example of bel 023-555 01 23.', []],
  ['Via WhatsApp en TikTok worden beelden gedeeld.', []],
  // Relationships and the distinctive words of the internal summary.
  ['Haar ex-vriendje heeft de foto verspreid.', [['ex-vriendje', 'relationship']]],
  ['Volgens haar broer gaat het niet goed.', [['broer', 'relationship']]],
  [
    'Het begon bij voetbalclub De Zwaluwen.',
    [
      ['voetbalclub', 'summary_detail'],
      ['Zwaluwen', 'summary_detail'],
    ],
  ],
  ['Veel ouders in Heerenveen hebben ervan gehoord.', [['Heerenveen', 'summary_detail']]],
  ['Het ging om een naaktfoto die in groepen is gedeeld.', []],
  ['De school neemt dit serieus en biedt steun.', []],
  // Several details in one paragraph.
  [
    'Noor (15) uit H3B werd door haar ex-vriend @tim.deboer08 gefilmd.',
    [
      ['Noor', 'name'],
      ['15', 'age'],
      ['H3B', 'class_group'],
      ['ex-vriend', 'relationship'],
      ['@tim.deboer08', 'account'],
    ],
  ],
  [
    'Tim de Boer uit klas 4 vwo stuurde het naar zijn neef.',
    [
      ['Tim de Boer', 'name'],
      ['klas 4 vwo', 'class_group'],
      ['neef', 'relationship'],
    ],
  ],
  [
    'De 16-jarige Tim uit havo 4 heeft spijt.',
    [
      ['16-jarige', 'age'],
      ['Tim', 'name'],
      ['havo 4', 'class_group'],
    ],
  ],
  ['Wie meer weet, kan na afloop bij de mentor terecht.', []],
];

describe('the disclosure check on a corpus of paragraphs', () => {
  it('finds names, class and age without a miss, with at most two false alarms', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const texts = Object.fromEntries(CORPUS.map(([text], i) => [`p${i}`, text]));
    const pack = composePack('teacher_briefing', CASE);
    // Every corpus paragraph as an edited paragraph of one pack (more paragraphs than the pack has).
    const composed = { ...pack, paragraphs: CORPUS.map(([text], i) => ({ id: `p${i}`, text, edited: true })) };
    const { findings } = exportCheck('teacher_briefing', CASE, { composed: applyEdits(composed, texts) });

    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    const critical = new Set<FindingReason>(['name', 'class_group', 'age']);
    let criticalMisses = 0;
    CORPUS.forEach(([text, expected], i) => {
      const found = findings.filter((f) => f.paragraphId === `p${i}`).map((f) => `${f.text}|${f.reason}`);
      const wanted = expected.map(([t, r]) => `${t}|${r}`);
      for (const f of found) if (!wanted.includes(f)) falsePositives.push(`${f}  in  "${text}"`);
      for (const [t, r] of expected) {
        if (!found.includes(`${t}|${r}`)) {
          falseNegatives.push(`${t}|${r}  in  "${text}"`);
          if (critical.has(r)) criticalMisses++;
        }
      }
    });
    console.log(
      `disclosure corpus: ${CORPUS.length} paragraphs, ${CORPUS.reduce((n, [, e]) => n + e.length, 0)} details; ` +
        `false positives ${falsePositives.length}, false negatives ${falseNegatives.length} (names/class/age: ${criticalMisses})` +
        [...falsePositives.map((f) => `\n  FP ${f}`), ...falseNegatives.map((f) => `\n  FN ${f}`)].join(''),
    );
    expect(criticalMisses).toBe(0);
    expect(falsePositives.length).toBeLessThanOrEqual(2);
  });

  it('finds nothing in the composed general packs of the case: they export without edits', () => {
    for (const type of ['parents_general', 'class_talk', 'teacher_briefing', 'all_pupils_plan'] as const) {
      expect(exportCheck(type, CASE).findings, type).toEqual([]);
    }
  });
});

describe('labels', () => {
  it('tells a name from a pseudonym and a description', () => {
    expect(parseLabel('Noor Jansen').names).toEqual(['Noor Jansen', 'Noor', 'Jansen']);
    expect(parseLabel('Leerling A (meisje)')).toEqual({ names: [], descriptions: [] });
    expect(parseLabel('Tim (ex-vriend)')).toEqual({ names: ['Tim'], descriptions: ['ex-vriend'] });
    expect(parseLabel('de ex-vriend')).toEqual({ names: [], descriptions: ['ex-vriend'] });
    expect(parseLabel('Jan van den Berg').names).toEqual(['Jan van den Berg', 'Jan', 'Berg']);
  });
});

describe('fixing a finding in place', () => {
  const fix = (text: string, found: string, replacement: string) => {
    const start = text.indexOf(found);
    return applyFinding(text, { start, end: start + found.length, text: found, replacement });
  };

  it('replaces a name or class with a general word', () => {
    expect(fix('Het gaat om Noor Jansen uit H3B.', 'Noor Jansen', 'iemand')).toBe('Het gaat om iemand uit H3B.');
  });

  it('removes an age and tidies the commas and spaces around it', () => {
    expect(fix('Meisje, 15, uit de bovenbouw.', '15', '')).toBe('Meisje, uit de bovenbouw.');
    expect(fix('Een jongen (14) stuurde het door.', '14', '')).toBe('Een jongen stuurde het door.');
    expect(fix('Het gaat om een meisje van 15.', 'van 15', '')).toBe('Het gaat om een meisje.');
  });

  it('leaves the text alone when it changed under the finding', () => {
    expect(applyFinding('Iets anders.', { start: 0, end: 4, text: 'Noor', replacement: 'iemand' })).toBe('Iets anders.');
  });
});
