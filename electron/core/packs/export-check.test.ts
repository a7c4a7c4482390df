import { describe, expect, it } from 'vitest';
import { applyEdits, composePack, exportCheck, type ConsentState, type PackInput } from './index';
import { samplePackInput, samplePngBase64 } from '@tests/support/sample-pack-input';

const PASSWORD = 'paard-batterij-nietje-7';

function withConsent(talk: 'classTalk' | 'allPupilsTalk', victim: ConsentState, parent: ConsentState): PackInput {
  const base = samplePackInput();
  return {
    ...base,
    consent: {
      ...base.consent,
      [talk]: [
        { giver: 'victim', state: victim },
        { giver: 'parent', state: parent },
      ],
    },
  };
}

describe('consent before a talk with pupils', () => {
  it('refuses the class talk without the victim’s consent and says whose is missing', () => {
    const result = exportCheck('class_talk', withConsent('classTalk', 'undecided', 'given'));
    expect(result.allowed).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('gesprek met de klasgenoten');
    expect(result.problems[0]).toContain('toestemming van de leerling.');
  });

  it('refuses the class talk without the parents’ consent', () => {
    const result = exportCheck('class_talk', withConsent('classTalk', 'given', 'undecided'));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('toestemming van de ouders.');
  });

  it('refuses the talk with all pupils without any consent and names both', () => {
    const result = exportCheck('all_pupils_plan', withConsent('allPupilsTalk', 'undecided', 'undecided'));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('gesprek met alle leerlingen');
    expect(result.problems[0]).toContain('de leerling en de ouders');
  });

  it('says a refused or withdrawn consent is what it is, not that it is missing', () => {
    expect(exportCheck('class_talk', withConsent('classTalk', 'refused', 'given')).problems[0]).toContain('is geweigerd');
    expect(exportCheck('class_talk', withConsent('classTalk', 'given', 'withdrawn')).problems[0]).toContain('is ingetrokken');
  });

  it('allows both talks with consent of victim and parents', () => {
    expect(exportCheck('class_talk', withConsent('classTalk', 'given', 'given'))).toMatchObject({ allowed: true, problems: [] });
    expect(exportCheck('all_pupils_plan', withConsent('allPupilsTalk', 'given', 'given'))).toMatchObject({ allowed: true, problems: [] });
  });

  it('does not let consent for the class talk stand in for the talk with all pupils', () => {
    const base = withConsent('classTalk', 'given', 'given');
    const input = { ...base, consent: { ...base.consent, allPupilsTalk: [] } };
    expect(exportCheck('class_talk', input).allowed).toBe(true);
    expect(exportCheck('all_pupils_plan', input).allowed).toBe(false);
  });

  it('does not ask consent for the letters and the staff briefing', () => {
    const input = samplePackInput({ consent: { classTalk: [], allPupilsTalk: [], informParents: [] } });
    for (const type of ['parents_general', 'parents_victim', 'teacher_briefing'] as const) {
      expect(exportCheck(type, input).allowed, type).toBe(true);
    }
  });

  it('writes to the parents of a pupil of 18 or older only with the pupil’s consent', () => {
    const base = samplePackInput();
    const adult: PackInput = { ...base, case: { ...base.case, victims: [{ label: 'Student A', kind: 'pupil', ageBand: '18_plus' }] } };
    const refused = exportCheck('parents_victim', { ...adult, consent: { ...adult.consent, informParents: [{ giver: 'victim', state: 'undecided' }] } });
    expect(refused.allowed).toBe(false);
    expect(refused.problems[0]).toContain('18 jaar of ouder en beslist zelf');
    expect(exportCheck('parents_victim', { ...adult, consent: { ...adult.consent, informParents: [{ giver: 'victim', state: 'given' }] } }).allowed).toBe(true);
  });

  it('explains in English for an English case', () => {
    const input = { ...withConsent('classTalk', 'undecided', 'given'), locale: 'en' as const };
    expect(exportCheck('class_talk', input).problems[0]).toContain('consent of the pupil is missing');
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

describe('identifying details the advisor typed into a general pack', () => {
  const edited = (type: 'parents_general' | 'teacher_briefing' | 'class_talk' | 'parents_victim', id: string, text: string, namingVictim = true) => {
    const input = samplePackInput({ namingVictim });
    return exportCheck(type, input, { composed: applyEdits(composePack(type, input), { [id]: text }) });
  };

  it('reports the victim’s name in a general pack, even with naming on, with the exact words marked', () => {
    const result = edited('parents_general', 'situation', 'Een foto van Xanthippe Canarywoud ging rond.');
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('‘Wat er speelt’');
    expect(result.problems[0]).toContain('een naam van een betrokkene');
    expect(result.findings).toEqual([expect.objectContaining({ paragraphId: 'situation', text: 'Xanthippe Canarywoud', reason: 'name' })]);
    // The message says what and where, but does not repeat the name itself.
    expect(result.problems.join(' ')).not.toContain('Xanthippe');
  });

  it('reports a first name alone, whatever its case or accents', () => {
    expect(edited('teacher_briefing', 'why', 'Het gaat om XANTHIPPE.').allowed).toBe(false);
    const base = samplePackInput();
    const input: PackInput = { ...base, case: { ...base.case, victims: [{ label: 'Zoë van der Berg', kind: 'pupil', ageBand: '12_15' }] } };
    const composed = applyEdits(composePack('teacher_briefing', input), { why: 'Zoe werd gefilmd.' });
    expect(exportCheck('teacher_briefing', input, { composed }).findings.map((f) => f.text)).toEqual(['Zoe']);
  });

  it('reports a spreader’s name and an account', () => {
    const result = edited('teacher_briefing', 'why', 'Kanariepiet plaatste het via @canary_leaks_4821 op TikTok.');
    expect(result.findings.map((f) => [f.text, f.reason])).toEqual([
      ['Kanariepiet', 'name'],
      ['@canary_leaks_4821', 'account'],
    ]);
  });

  it('lets the family letter name the victim when naming is on, but no spreader', () => {
    expect(edited('parents_victim', 'situation', 'Een foto van Xanthippe ging rond.').allowed).toBe(true);
    expect(edited('parents_victim', 'situation', 'Een foto van Xanthippe ging rond.', false).allowed).toBe(false);
    expect(edited('parents_victim', 'situation', 'Bartholomeus stuurde het door.').allowed).toBe(false);
  });

  it('does not check the case summary, which is the internal record', () => {
    const input = samplePackInput();
    const composed = applyEdits(composePack('case_summary', input), { outline: 'Bartholomeus Kanariepiet stuurde de foto van Xanthippe door.' });
    expect(exportCheck('case_summary', input, { composed, password: PASSWORD }).allowed).toBe(true);
  });

  it('does not mistake a word that merely starts like a name, nor name particles', () => {
    const base = samplePackInput();
    const input: PackInput = { ...base, case: { ...base.case, victims: [{ label: 'Eva van den Berg', kind: 'pupil', ageBand: '12_15' }] } };
    const composed = applyEdits(composePack('teacher_briefing', input), { why: 'Evaluatie volgt van de school en van den beginne af aan.' });
    expect(exportCheck('teacher_briefing', input, { composed }).findings).toEqual([]);
  });
});

describe('scripts the PDF cannot print', () => {
  it('refuses Arabic or Hebrew with a request for a pseudonym', () => {
    const result = exportCheck('parents_general', samplePackInput({ school: { ...samplePackInput().school, name: 'مدرسة النور' } }));
    expect(result.allowed).toBe(false);
    expect(result.problems[0]).toContain('Arabisch of Hebreeuws');
    expect(result.problems[0]).toContain('pseudoniem');
    const input = samplePackInput();
    const hebrew = applyEdits(composePack('teacher_briefing', input), { why: 'Het gaat om שרה.' });
    expect(exportCheck('teacher_briefing', input, { composed: hebrew }).problems.join(' ')).toContain('Arabisch of Hebreeuws');
  });

  it('accepts Latin Extended, Greek and Cyrillic', () => {
    const input = samplePackInput({ school: { ...samplePackInput().school, name: 'Școala Łódź Αθήνα Київ' } });
    expect(exportCheck('parents_general', input)).toMatchObject({ allowed: true, problems: [] });
  });

  it('refuses characters the font has no glyph for', () => {
    const input = samplePackInput({ school: { ...samplePackInput().school, name: '学校' } });
    expect(exportCheck('parents_general', input).problems[0]).toContain('tekens die de PDF niet kan weergeven');
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
