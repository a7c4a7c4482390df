import { describe, expect, it } from 'vitest';
import { ContentError, parseContent } from '../content';
import { ACTION_KEYS, actionCatalogSchema, loadActionCatalog } from './action-catalog';
import { assessmentTextsSchema, loadAssessmentTexts } from './assessment-texts';
import { ACTION_RULES, SOURCE_KEYS } from './impact-rules';
import { allowedExternalOrigins, findOrganisation, isAllowedExternalUrl, loadOrganisations, ORGANISATION_KEYS, organisationListSchema } from './organisations';

describe('action catalog', () => {
  it('loads in Dutch and English, dated, with the note on where the rules come from', () => {
    for (const locale of ['nl', 'en'] as const) {
      const catalog = loadActionCatalog(locale);
      expect(catalog.lastReviewed).toBe('2026-11-23');
      expect(catalog.note).toMatch(/Pubers in beeld/);
      expect(catalog.note).toMatch(/StappenplanSexting/);
    }
  });

  it('holds every standard action once, with the same step and marks in both languages', () => {
    const shape = (locale: 'nl' | 'en') =>
      loadActionCatalog(locale).actions.map((a) => [a.key, a.step, a.organisationKey, a.mediationStyle ?? false, a.forMinorsOnly ?? false, a.prepare?.length ?? 0]);
    expect(shape('en')).toEqual(shape('nl'));
    expect(
      loadActionCatalog('nl')
        .actions.map((a) => a.key)
        .sort(),
    ).toEqual([...ACTION_KEYS].sort());
    for (const key of [
      'police_consult',
      'meldknop',
      'stappenplan_checklist',
      'takedown_helpwanted',
      'take_it_down',
      'psychological_help',
      'talk_victim_parents',
      'talk_spreader_parents',
      'teacher_briefing',
      'class_talk',
      'all_pupils_talk',
      'delete_instruction',
      'no_online_reaction_advice',
      'anti_bullying_sanctions',
      'halt_referral',
      'restorative_meeting',
      'inform_school_board',
      'meldcode_steps',
      'aftercare_followup',
      'evaluation',
    ]) {
      expect(ACTION_KEYS).toContain(key);
    }
  });

  it('marks Halt and the restorative meeting as mediation-style, and Take It Down as for minors only', () => {
    const nl = loadActionCatalog('nl').actions;
    expect(
      nl
        .filter((a) => a.mediationStyle)
        .map((a) => a.key)
        .sort(),
    ).toEqual(['halt_referral', 'restorative_meeting']);
    expect(nl.filter((a) => a.forMinorsOnly).map((a) => a.key)).toEqual(['take_it_down']);
  });

  it('asks to prepare where the image is, never the image itself', () => {
    const takedown = loadActionCatalog('nl').actions.find((a) => a.key === 'takedown_helpwanted')!;
    expect(takedown.prepare?.join(' ')).toMatch(/link/);
    expect(takedown.prepare?.join(' ')).toMatch(/Nooit het beeld zelf/);
  });

  it('spells out the five meldcode steps and the meldplicht', () => {
    const nl = loadActionCatalog('nl').actions;
    expect(nl.find((a) => a.key === 'meldcode_steps')!.description).toMatch(/afwegingskader/);
    expect(nl.find((a) => a.key === 'inform_school_board')!.description).toMatch(/meldplicht/);
    expect(nl.find((a) => a.key === 'class_talk')!.description).toMatch(/Alleen als het slachtoffer en de ouders ermee instemmen/);
  });

  it('links only to organisations that exist', () => {
    for (const action of loadActionCatalog('nl').actions) {
      if (action.organisationKey) expect(ORGANISATION_KEYS).toContain(action.organisationKey);
    }
  });

  it('refuses a catalog with a missing action, naming the file', () => {
    const broken = structuredClone(loadActionCatalog('nl')) as { actions: unknown[] };
    broken.actions = broken.actions.slice(1);
    expect(() => parseContent(actionCatalogSchema, broken, 'resources/actions/nl.json')).toThrow(/resources\/actions\/nl\.json[\s\S]*action "police_consult" is missing/);
  });
});

describe('assessment texts', () => {
  it('load in Dutch and English and use every source at least once', () => {
    expect(loadAssessmentTexts('nl').levels.high.label).toBe('Hoog');
    expect(loadAssessmentTexts('en').levels.high.label).toBe('High');
    const used = new Set<string>(ACTION_RULES.map((r) => r.source));
    // Flag sources are set in the rules too; the catalogue of sources should carry no dead entries.
    for (const key of ['law_adult_sexual_images', 'suicide_prevention', 'police_om_criteria', 'meldplicht', 'meldcode', 'om_pubers_in_beeld']) used.add(key);
    for (const key of SOURCE_KEYS) expect(used, `source ${key} is never used`).toContain(key);
  });

  it('refuse a file where a rationale is missing, naming the place', () => {
    const broken = structuredClone(loadAssessmentTexts('en')) as { rationales: Record<string, string> };
    delete broken.rationales['class_talk.pupil_consent'];
    try {
      parseContent(assessmentTextsSchema, broken, 'resources/assessment/en.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toContain('resources/assessment/en.json');
      expect((error as Error).message).toContain('rationales.class_talk.pupil_consent');
    }
  });
});

describe('organisations', () => {
  it('load in Dutch and English with every organisation, dated and marked for verification', () => {
    for (const locale of ['nl', 'en'] as const) {
      const list = loadOrganisations(locale);
      expect(list.organisations.map((o) => o.key).sort()).toEqual([...ORGANISATION_KEYS].sort());
      for (const o of list.organisations) {
        expect(o.lastReviewed).toBe('2026-11-23');
        expect(o.verify).toBe(true);
        expect(o.website.startsWith('https://')).toBe(true);
        expect(o.whatTheyDo.length).toBeGreaterThan(20);
        expect(o.whenToCall.length).toBeGreaterThan(20);
      }
    }
  });

  it('carry the numbers from the domain notes', () => {
    expect(findOrganisation('helpwanted').phone).toBe('020-261 52 75');
    expect(findOrganisation('politie').phone).toBe('0900-8844');
    expect(findOrganisation('politie').emergencyPhone).toBe('112');
    expect(findOrganisation('veilig_thuis').phone).toBe('0800-2000');
    expect(findOrganisation('zelfmoordpreventie_113').phone).toBe('0800-0113');
    expect(findOrganisation('take_it_down', 'en').whatTheyDo).toMatch(/not uploaded/);
  });

  it('have the same keys, phones and sites in both languages', () => {
    const shape = (locale: 'nl' | 'en') => loadOrganisations(locale).organisations.map((o) => [o.key, o.phone, o.emergencyPhone, o.website, o.otherWebsites]);
    expect(shape('en')).toEqual(shape('nl'));
  });

  it('refuse a plain http website', () => {
    const broken = structuredClone(loadOrganisations('nl')) as { organisations: { website: string }[] };
    broken.organisations[0]!.website = 'http://www.offlimits.nl';
    expect(() => parseContent(organisationListSchema, broken, 'resources/organisations/nl.json')).toThrow(/organisations\[0\]\.website: must be an https URL/);
  });

  it('give the shell a short list of origins it may open, and nothing else', () => {
    const origins = allowedExternalOrigins();
    expect(origins).toContain('https://www.helpwanted.nl');
    expect(origins).toContain('https://takeitdown.ncmec.org');
    expect(origins).toContain('https://www.stappenplansexting.nl');
    expect(origins.every((o) => o.startsWith('https://') && !o.endsWith('/'))).toBe(true);
    expect(isAllowedExternalUrl('https://www.helpwanted.nl/hulp')).toBe(true);
    expect(isAllowedExternalUrl('http://www.helpwanted.nl/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.helpwanted.nl.example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.helpwanted.nl/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
