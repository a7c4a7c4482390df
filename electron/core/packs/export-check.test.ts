import { describe, expect, it } from 'vitest';
import { applyEdits, composePack, exportCheck, type PackInput } from './index';
import { findIdentifyingDetails } from './identifying-guard';
import { samplePackInput, samplePngBase64 } from '@tests/support/sample-pack-input';

const PASSWORD = 'paard-batterij-nietje-7';

function withConsent(talk: 'classTalk' | 'allPupilsTalk', victim: boolean, parents: boolean): PackInput {
  const base = samplePackInput();
  return { ...base, consent: { ...base.consent, [talk]: { victim, parents } } };
}

describe('consent before a talk with pupils', () => {
  it('refuses the class talk without the victim’s consent and says whose is missing', () => {
    const result = exportCheck('class_talk', withConsent('classTalk', false, true));
    expect(result.allowed).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('gesprek met de klasgenoten');
    expect(result.problems[0]).toContain('toestemming van de leerling.');
    expect(result.problems[0]).toContain('leerling én de ouders');
  });

  it('refuses the class talk without the parents’ consent', () => {
    const result = exportCheck('class_talk', withConsent('classTalk', true, false));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('toestemming van de ouders.');
  });

  it('refuses the talk with all pupils without any consent and names both', () => {
    const result = exportCheck('all_pupils_plan', withConsent('allPupilsTalk', false, false));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('gesprek met alle leerlingen');
    expect(result.problems[0]).toContain('de leerling en de ouders');
  });

  it('allows both talks with consent of victim and parents', () => {
    expect(exportCheck('class_talk', withConsent('classTalk', true, true))).toEqual({ allowed: true, problems: [] });
    expect(exportCheck('all_pupils_plan', withConsent('allPupilsTalk', true, true))).toEqual({
      allowed: true,
      problems: [],
    });
  });

  it('does not let consent for the class talk stand in for the talk with all pupils', () => {
    const input = samplePackInput({
      consent: { classTalk: { victim: true, parents: true }, allPupilsTalk: { victim: false, parents: false } },
    });
    expect(exportCheck('class_talk', input).allowed).toBe(true);
    expect(exportCheck('all_pupils_plan', input).allowed).toBe(false);
  });

  it('does not ask consent for the letters and the staff briefing', () => {
    const input = samplePackInput({
      consent: { classTalk: { victim: false, parents: false }, allPupilsTalk: { victim: false, parents: false } },
    });
    for (const type of ['parents_general', 'parents_victim', 'teacher_briefing'] as const) {
      expect(exportCheck(type, input).allowed, type).toBe(true);
    }
  });

  it('explains in English for an English case', () => {
    const input = { ...withConsent('classTalk', false, true), locale: 'en' as const };
    expect(exportCheck('class_talk', input).problems[0]).toContain('consent of the pupil for the talk with the classmates');
  });
});

describe('the password for the case summary', () => {
  it('is required', () => {
    const result = exportCheck('case_summary', samplePackInput());
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('wachtwoord');
    expect(result.problems[0]).toContain('versleuteld');
  });

  it('must be long enough', () => {
    const result = exportCheck('case_summary', samplePackInput(), { password: 'kort' });
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('minstens 12 tekens');
  });

  it('allows export once given', () => {
    expect(exportCheck('case_summary', samplePackInput(), { password: PASSWORD }).allowed).toBe(true);
  });
});

describe('names the advisor typed into a general pack', () => {
  const outlineWith = (outline: string, namingVictim = true) =>
    samplePackInput({ namingVictim, case: { ...samplePackInput().case, outline } });

  it('reports the victim’s name in the outline of a general pack, even with naming on', () => {
    const result = exportCheck('parents_general', outlineWith('Een foto van Xanthippe Canarywoud ging rond.'));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('de naam van het slachtoffer');
    expect(result.problems[0]).toContain('‘Wat er speelt’');
    // The message says what and where, but does not repeat the name itself.
    expect(result.problems.join(' ')).not.toContain('Xanthippe');
  });

  it('reports a first name alone, whatever its case or accents', () => {
    expect(exportCheck('teacher_briefing', outlineWith('Het gaat om XANTHIPPE.')).allowed).toBe(false);
    const accented = samplePackInput({
      case: { ...samplePackInput().case, victimName: 'Zoë van der Berg', outline: 'Zoe werd gefilmd.' },
    });
    expect(exportCheck('teacher_briefing', accented).allowed).toBe(false);
  });

  it('reports a spreader’s name and an account', () => {
    const result = exportCheck(
      'all_pupils_plan',
      outlineWith('Kanariepiet plaatste het via canary_leaks_4821 op TikTok.'),
    );
    expect(result.allowed).toBe(false);
    expect(result.problems.some((p) => p.includes('iemand die de beelden verspreidde'))).toBe(true);
    expect(result.problems.some((p) => p.includes('een account van een betrokkene'))).toBe(true);
  });

  it('reports a name in an edited paragraph', () => {
    const input = samplePackInput();
    const composed = applyEdits(composePack('class_talk', input), {
      afterwards: 'Bel daarna Bartholomeus even op.',
    });
    const result = exportCheck('class_talk', input, { composed });
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('‘Na het gesprek’');
  });

  it('lets the family letter name the victim when naming is on, but no spreader', () => {
    const named = outlineWith('Een foto van Xanthippe ging rond.');
    expect(exportCheck('parents_victim', named).allowed).toBe(true);
    expect(exportCheck('parents_victim', outlineWith('Een foto van Xanthippe ging rond.', false)).allowed).toBe(false);
    expect(exportCheck('parents_victim', outlineWith('Bartholomeus stuurde het door.')).allowed).toBe(false);
  });

  it('lets the case summary name everyone when naming is on', () => {
    const input = outlineWith('Bartholomeus Kanariepiet stuurde de foto van Xanthippe door.');
    expect(exportCheck('case_summary', input, { password: PASSWORD }).allowed).toBe(true);
    const unnamed = { ...input, namingVictim: false };
    expect(exportCheck('case_summary', unnamed, { password: PASSWORD }).allowed).toBe(false);
  });

  it('does not mistake a word that merely starts like a name', () => {
    const input = samplePackInput({
      case: { ...samplePackInput().case, victimName: 'Eva de Wit', outline: 'Evaluatie volgt; de witte muur.' },
    });
    expect(exportCheck('teacher_briefing', input).allowed).toBe(true);
  });

  it('does not search for name particles on their own', () => {
    const hits = findIdentifyingDetails('teacher_briefing', samplePackInput({
      case: { ...samplePackInput().case, victimName: 'Jan van den Berg' },
    }), ['Van de school en van den beginne af aan.']);
    expect(hits).toEqual([]);
  });
});

describe('the school logo', () => {
  it('is checked before export', () => {
    const bad = samplePackInput({
      school: { ...samplePackInput().school, logo: { mime: 'image/png', base64: Buffer.from('GIF89a').toString('base64') } },
    });
    const result = exportCheck('parents_general', bad);
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('logo');
  });

  it('passes a real PNG', () => {
    const good = samplePackInput({
      school: { ...samplePackInput().school, logo: { mime: 'image/png', base64: samplePngBase64() } },
    });
    expect(exportCheck('parents_general', good).allowed).toBe(true);
  });
});

describe('invalid input', () => {
  it('is reported rather than thrown', () => {
    const broken = { ...samplePackInput(), advisor: { name: '', role: 'vp' } } as unknown as PackInput;
    const result = exportCheck('parents_general', broken);
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('advisor.name');
  });
});
