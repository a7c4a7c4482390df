// The texts follow the case: who the victim is (pupil or staff, minor or adult, one or several),
// whether the images are sexual, whether a staff member is suspected, the school level, what was
// decided about consent, and how far it spread. One table, one row per condition.
import { describe, expect, it } from 'vitest';
import { samplePackInput } from '@tests/support/sample-pack-input';
import { composePack, exportCheck, namingPossible, PACK_TYPES, type PackInput, type PackType, type PackVictim } from './index';

const base = samplePackInput();
const GENERAL: PackType[] = ['parents_general', 'class_talk', 'teacher_briefing', 'all_pupils_plan'];

function withCase(patch: Partial<PackInput['case']>, rest: Partial<PackInput> = {}): PackInput {
  return { ...base, ...rest, case: { ...base.case, ...patch } };
}
const pupil = (ageBand: PackVictim['ageBand'] = '12_15'): PackVictim => ({ label: 'Leerling A (meisje)', kind: 'pupil', ageBand });
const staff: PackVictim = { label: 'Docent B', kind: 'staff', ageBand: '18_plus' };

function text(type: PackType, input: PackInput): string {
  const pack = composePack(type, input);
  return [pack.title, ...pack.paragraphs.flatMap((p) => [p.heading ?? '', p.text])].join('\n');
}
const ids = (type: PackType, input: PackInput) => composePack(type, input).paragraphs.map((p) => p.id);

describe('the victim is a pupil or a member of staff', () => {
  const teacher = withCase({ victims: [staff], incidentTypes: ['meme'], platforms: ['tiktok'] });

  it('gives a staff victim a note for colleagues, not a letter to parents', () => {
    const pack = composePack('parents_victim', teacher);
    expect(pack.audience).toBe('staff');
    expect(pack.title).toBe('Steun voor een collega: afspraken voor het team');
    expect(text('parents_victim', teacher)).not.toMatch(/Beste ouders|uw kind|toestemming/i);
    expect(namingPossible('parents_victim', teacher)).toBe(false);
    expect(composePack('parents_victim', withCase({ victims: [pupil()] })).audience).toBe('victim_family');
  });

  it('speaks of no pupil or parents’ consent for a staff victim', () => {
    const talk = text('class_talk', teacher);
    expect(talk).toContain('De collega om wie het gaat heeft met dit gesprek ingestemd.');
    expect(talk).not.toContain('ouders hebben met dit gesprek ingestemd');
    expect(ids('class_talk', teacher)).toEqual(expect.arrayContaining(['preparation_staff']));
    expect(ids('class_talk', teacher)).not.toContain('preparation');
    expect(text('all_pupils_plan', teacher)).toContain('De collega om wie het gaat heeft met dit gesprek ingestemd.');
  });
});

describe('a pupil of 18 or older decides alone', () => {
  const adult = withCase({ victims: [pupil('18_plus')] }, { school: { ...base.school, level: 'mbo' } });

  it('asks only the student’s consent for a talk', () => {
    expect(text('class_talk', adult)).toContain('De student om wie het gaat heeft met dit gesprek ingestemd.');
    expect(text('class_talk', adult)).not.toContain('en de ouders hebben');
  });

  it('writes to the parents only with the student’s consent', () => {
    const undecided = { ...adult, consent: { ...adult.consent, informParents: [{ giver: 'victim' as const, state: 'undecided' as const }] } };
    expect(exportCheck('parents_victim', undecided).allowed).toBe(false);
    const given = { ...adult, consent: { ...adult.consent, informParents: [{ giver: 'victim' as const, state: 'given' as const }] } };
    expect(exportCheck('parents_victim', given).allowed).toBe(true);
    // A minor's parents are written to as before.
    expect(exportCheck('parents_victim', withCase({ victims: [pupil('16_17')] })).allowed).toBe(true);
  });
});

describe('sexual images or not', () => {
  const sexual = withCase({ incidentTypes: ['shame_sexting'], sexualImagery: true, platforms: ['snapchat'] });
  const meme = withCase({ incidentTypes: ['meme'], sexualImagery: false });

  it('keeps sexting content out of a meme case', () => {
    for (const type of GENERAL) {
      const t = text(type, meme);
      expect(t, type).not.toMatch(/sexting|seksuele beelden|zelf gestuurd|naakt/i);
    }
    expect(ids('class_talk', meme)).not.toEqual(expect.arrayContaining(['consequences_sexual']));
    expect(ids('class_talk', sexual)).toEqual(expect.arrayContaining(['consequences_sexual', 'expected_questions_sexual']));
  });

  it('has one delete timing in a sexual case: after the police consult, as the assessment advises', () => {
    for (const type of PACK_TYPES) {
      const t = text(type, sexual);
      expect(t, type).not.toMatch(/beelden nu te verwijderen|Verwijder de beelden nu|Laat uw kind de beelden verwijderen/);
    }
    expect(text('parents_general', sexual)).toContain('Verwijderen gebeurt zodra de school met de politie heeft overlegd');
    expect(text('class_talk', sexual)).toContain('zodra er met de politie is overlegd');
    expect(text('all_pupils_plan', sexual)).toContain('zodra er met de politie is overlegd');
    // Without sexual images, delete at once.
    expect(text('parents_general', meme)).toContain('Laat uw kind de beelden verwijderen');
    expect(text('class_talk', meme)).toContain('Draag iedereen op de beelden nu te verwijderen');
  });
});

describe('a staff member suspected', () => {
  it.each([true, false])('staffSuspect %s: the meldplicht only then, and only for staff and the board', (staffSuspect) => {
    const input = withCase({ staffSuspect });
    for (const type of PACK_TYPES) {
      const carries = text(type, input).includes('Meldplicht');
      expect(carries, type).toBe(staffSuspect && (type === 'teacher_briefing' || type === 'case_summary'));
    }
  });
});

describe('school level', () => {
  it.each([
    ['po', 'leerlingen', 'groepsleerkrachten'],
    ['vo', 'leerlingen', 'mentoren'],
    ['mbo', 'studenten', 'mentoren en studieloopbaanbegeleiders'],
  ] as const)('%s speaks of %s and %s', (level, pupils, mentors) => {
    const input = { ...base, school: { ...base.school, level } };
    expect(text('all_pupils_plan', input)).toContain(`veel ${pupils} hebben ze gezien`);
    expect(text('all_pupils_plan', input)).toContain(`De ${mentors} gebruiken de handleiding`);
    expect(text('teacher_briefing', input)).toContain(`Tegen ${pupils}:`);
  });
});

describe('more than one victim', () => {
  const two = withCase({ victims: [pupil(), { label: 'Leerling B', kind: 'pupil', ageBand: '12_15' }] });

  it('speaks of several people and of their parents, and names nobody in a family letter', () => {
    expect(text('parents_general', two)).toContain('meerdere mensen uit onze schoolgemeenschap worden gekwetst');
    expect(text('class_talk', two)).toContain('De leerlingen om wie het gaat en hun ouders hebben met dit gesprek ingestemd.');
    expect(namingPossible('parents_victim', two)).toBe(false);
    expect(text('parents_victim', { ...two, namingVictim: true })).toContain('uw kind');
    // Unnamed, they are numbered, as the consent lines number them.
    expect(text('case_summary', two)).toContain('- Slachtoffer 1 (leerling, 12 tot 16 jaar)\n- Slachtoffer 2 (leerling, 12 tot 16 jaar)');
  });

  const consentOf = (states: Record<number, 'given' | 'refused' | 'withdrawn' | 'undecided'>) =>
    Object.entries(states).flatMap(([victim, state]) => (['victim', 'parent'] as const).map((giver) => ({ giver, state, victim: Number(victim) })));
  const named = withCase({
    victims: [
      { label: 'Sara Öztürk', kind: 'pupil', ageBand: '12_15' },
      { label: 'Lotte Visser', kind: 'pupil', ageBand: '12_15' },
    ],
  });

  it('writes each family its own letter: that child named on request, that family’s choices only', () => {
    const lotte: PackInput = {
      ...named,
      case: { ...named.case, familyOf: 1 },
      consent: { ...named.consent, classTalk: consentOf({ 0: 'given', 1: 'refused' }) },
      namingVictim: true,
    };
    expect(namingPossible('parents_victim', lotte)).toBe(true);
    const letter = text('parents_victim', lotte);
    expect(letter).toContain('Lotte Visser');
    expect(letter).not.toContain('Sara');
    expect(letter).toContain('U wilt geen gesprek met de klasgenoten');
    const sara = text('parents_victim', { ...lotte, case: { ...lotte.case, familyOf: 0 } });
    expect(sara).toContain('Sara Öztürk');
    expect(sara).not.toContain('Lotte');
    expect(sara).toContain('U hebt ingestemd met een gesprek met de klasgenoten.');
  });

  it.each(['refused', 'withdrawn'] as const)('blocks the class talk when one victim’s family has %s, and says whose', (state) => {
    const input: PackInput = { ...named, consent: { ...named.consent, classTalk: consentOf({ 0: 'given', 1: state }) } };
    const check = exportCheck('class_talk', input);
    expect(check.allowed).toBe(false);
    expect(check.problems.join(' ')).toContain(state === 'refused' ? 'is geweigerd' : 'is ingetrokken');
    expect(check.problems.join(' ')).toContain(`Per slachtoffer: Sara Öztürk: gegeven; Lotte Visser: leerling ${state === 'refused' ? 'geweigerd' : 'ingetrokken'}, ouders`);
    expect(exportCheck('class_talk', { ...input, consent: { ...named.consent, classTalk: consentOf({ 0: 'given', 1: 'given' }) } }).allowed).toBe(true);
  });

  it('takes one victim’s family’s decision as theirs: an adult victim’s letter needs that victim’s own consent', () => {
    const mixed: PackInput = {
      ...named,
      case: { ...named.case, victims: [named.case.victims[0]!, { label: 'Lotte Visser', kind: 'pupil', ageBand: '18_plus' }], familyOf: 1 },
      consent: { ...named.consent, informParents: [{ giver: 'victim', state: 'given', victim: 0 }] },
    };
    expect(exportCheck('parents_victim', mixed).problems.join(' ')).toContain('18 jaar of ouder');
    const agreed = { ...mixed, consent: { ...mixed.consent, informParents: [{ giver: 'victim' as const, state: 'given' as const, victim: 1 }] } };
    expect(exportCheck('parents_victim', agreed).problems.join(' ')).not.toContain('18 jaar of ouder');
  });
});

describe('consent printed as what it is', () => {
  it.each([
    ['given', 'U hebt ingestemd met een gesprek met de klasgenoten.', 'leerling: gegeven'],
    ['refused', 'U wilt geen gesprek met de klasgenoten; dat gesprek komt er dus niet.', 'leerling: geweigerd'],
    ['withdrawn', 'U hebt uw toestemming voor een gesprek met de klasgenoten ingetrokken', 'leerling: ingetrokken'],
    ['undecided', 'Over een gesprek met de klasgenoten hebt u nog geen keuze gemaakt', 'leerling: nog niet besloten'],
  ] as const)('%s', (state, family, record) => {
    const input = {
      ...base,
      consent: {
        ...base.consent,
        classTalk: [
          { giver: 'victim' as const, state },
          { giver: 'parent' as const, state },
        ],
      },
    };
    expect(text('parents_victim', input)).toContain(family);
    expect(text('case_summary', input)).toContain(`Gesprek met de klasgenoten: ${record}; ouders:`);
    expect(exportCheck('class_talk', input).allowed).toBe(state === 'given');
  });
});

describe('a large case', () => {
  it.each([true, false])('largeScale %s: the letter says all parents of the school receive it only then', (largeScale) => {
    expect(ids('parents_general', withCase({ largeScale })).includes('wide_spread')).toBe(largeScale);
  });
});
