import { describe, expect, it } from 'vitest';
import { applyEdits, composePack, PACK_TYPES, unknownEditIds, type PackType } from './index';
import { AUDIENCE_FACTS, AUDIENCES, CONTENT_KEYS } from './audience';
import { loadPackContent, validatePackContent } from './pack-content';
import { CANARY_ACCOUNT, CANARY_CLASS, CANARY_SPREADER, CANARY_VICTIM, samplePackInput } from '@tests/support/sample-pack-input';

const GENERAL_PACKS: PackType[] = ['parents_general', 'class_talk', 'teacher_briefing', 'all_pupils_plan'];

function allText(type: PackType, namingVictim: boolean): string {
  const pack = composePack(type, samplePackInput({ namingVictim }));
  return [pack.title, ...pack.paragraphs.flatMap((p) => [p.heading ?? '', p.text])].join('\n');
}

describe('composing a pack', () => {
  it.each(PACK_TYPES)('%s has a title and paragraphs with unique ids', (type) => {
    const pack = composePack(type, samplePackInput());
    expect(pack.type).toBe(type);
    expect(pack.title.length).toBeGreaterThan(0);
    const ids = pack.paragraphs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pack.paragraphs.every((p) => p.text.length > 0)).toBe(true);
  });

  it('keeps paragraph ids stable when the case changes', () => {
    const before = composePack('class_talk', samplePackInput());
    const after = composePack('class_talk', samplePackInput({ case: { ...samplePackInput().case, outline: 'Een heel andere omschrijving.' } }));
    expect(after.paragraphs.map((p) => p.id)).toEqual(before.paragraphs.map((p) => p.id));
  });

  it('is plain JSON', () => {
    const pack = composePack('parents_victim', samplePackInput());
    expect(JSON.parse(JSON.stringify(pack))).toEqual(pack);
  });

  it('leaves no placeholder unfilled', () => {
    for (const type of PACK_TYPES) {
      expect(allText(type, true)).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });

  it('keeps an outline that looks like a placeholder as plain text', () => {
    const input = samplePackInput({ case: { ...samplePackInput().case, outline: 'Zie {victimRef} en {school}.' } });
    const pack = composePack('case_summary', input);
    expect(pack.paragraphs.find((p) => p.id === 'outline')?.text).toBe('Zie {victimRef} en {school}.');
  });

  it('composes assessment reasons far longer than a paragraph (a staff suspect with many factors)', () => {
    const input = samplePackInput({ assessment: { levelLabel: 'Zeer ernstig', reasons: ['Leeftijdsverschil, voortdurend contact en afhankelijkheid: '.padEnd(3000, 'x')], flags: [] } });
    expect(composePack('case_summary', input).paragraphs.find((p) => p.id === 'assessment')?.text.length).toBeGreaterThan(3000);
  });

  it('rejects input that does not match the schema', () => {
    const broken = { ...samplePackInput(), school: { name: '', level: 'hbo' } };
    expect(() => composePack('parents_general', broken as never)).toThrow();
  });
});

describe('the audience table', () => {
  const INTERNAL = ['internalSummary', 'persons', 'chronology', 'actionLines', 'assessment', 'consentRecord'] as const;

  it('gives the internal record to the board/police audience only', () => {
    for (const audience of AUDIENCES) {
      for (const fact of INTERNAL) expect(AUDIENCE_FACTS[audience].includes(fact), `${audience} ${fact}`).toBe(audience === 'board_police');
    }
  });

  it('gives the agreed steps and the own child’s name to the victim’s family only (and the board)', () => {
    for (const audience of AUDIENCES) {
      const family = audience === 'victim_family' || audience === 'board_police';
      expect(AUDIENCE_FACTS[audience].includes('agreedSteps'), audience).toBe(family);
      expect(AUDIENCE_FACTS[audience].includes('victimName'), audience).toBe(family);
    }
  });

  it.each(PACK_TYPES.filter((t) => t !== 'case_summary'))('%s never copies the internal summary or a plan line', (type) => {
    const input = samplePackInput({
      case: { ...samplePackInput().case, outline: 'INTERN-OMSCHRIJVING met details die niemand buiten de school mag lezen.' },
    });
    const pack = composePack(type, input);
    const text = pack.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('INTERN-OMSCHRIJVING');
    for (const action of input.actions) expect(text).not.toContain(action.title);
  });

  it('prints the internal summary in the board/police summary', () => {
    const input = samplePackInput({ case: { ...samplePackInput().case, outline: 'INTERN-OMSCHRIJVING van de zaak.' } });
    expect(composePack('case_summary', input).paragraphs.find((p) => p.id === 'outline')?.text).toBe('INTERN-OMSCHRIJVING van de zaak.');
  });
});

describe('the victim naming rule in the composer', () => {
  it.each(GENERAL_PACKS)('%s leaves out every identifying detail, even with naming on', (type) => {
    const text = allText(type, true);
    for (const canary of [CANARY_VICTIM, CANARY_SPREADER, CANARY_ACCOUNT, CANARY_CLASS]) {
      expect(text).not.toContain(canary);
    }
    expect(composePack(type, samplePackInput({ namingVictim: true })).identifying).toBe(false);
  });

  it('names the victim and class in the family letter only with naming on, never the spreaders', () => {
    const named = allText('parents_victim', true);
    expect(named).toContain(CANARY_VICTIM);
    expect(named).not.toContain(CANARY_SPREADER);
    expect(named).not.toContain(CANARY_ACCOUNT);
    expect(composePack('parents_victim', samplePackInput({ namingVictim: true })).identifying).toBe(true);

    const unnamed = allText('parents_victim', false);
    expect(unnamed).not.toContain(CANARY_VICTIM);
    expect(unnamed).toContain('uw kind');
    expect(composePack('parents_victim', samplePackInput({ namingVictim: false })).identifying).toBe(false);
  });

  it('shows victim, class, spreaders and accounts in the case summary only with naming on (its summary blanked)', () => {
    const named = allText('case_summary', true);
    for (const canary of [CANARY_VICTIM, CANARY_SPREADER, CANARY_ACCOUNT, CANARY_CLASS]) {
      expect(named).toContain(canary);
    }
    const unnamed = allText('case_summary', false);
    for (const canary of [CANARY_VICTIM, CANARY_SPREADER, CANARY_ACCOUNT, CANARY_CLASS]) {
      expect(unnamed).not.toContain(canary);
    }
  });

  it('refuses pack texts in which a general pack asks for an identifying placeholder', () => {
    const content = structuredClone(loadPackContent('nl'));
    const first = content.packs.class_talk.paragraphs[0];
    if (!first) throw new Error('class_talk has no paragraphs');
    first.text = 'Het gaat om {childRef} uit {classRef}.';
    expect(() => validatePackContent(content)).toThrow(/class_talk\.purpose: placeholder \{childRef\}/);
  });

  it('refuses pack texts with an unknown placeholder', () => {
    const content = structuredClone(loadPackContent('nl'));
    const first = content.packs.parents_general.paragraphs[0];
    if (!first) throw new Error('parents_general has no paragraphs');
    first.text = 'Beste {victimName},';
    expect(() => validatePackContent(content)).toThrow(/placeholder \{victimName\}/);
  });
});

describe('the pack texts', () => {
  it('carry the date they were last reviewed', () => {
    expect(loadPackContent('nl').lastReviewed).toBe('2026-12-01');
    expect(loadPackContent('en').lastReviewed).toBe('2026-12-01');
  });

  it('have the same paragraphs and conditions in Dutch and English', () => {
    const nl = loadPackContent('nl');
    const en = loadPackContent('en');
    for (const type of CONTENT_KEYS) {
      const shape = (p: { id: string; when?: string[]; text: unknown }) => `${p.id}:${(p.when ?? []).join('+')}:${typeof p.text}`;
      expect(en.packs[type].paragraphs.map(shape), type).toEqual(nl.packs[type].paragraphs.map(shape));
    }
  });

  it('include the paragraph on sexual images only when the case involves them', () => {
    const ids = (sexualImagery: boolean) => composePack('class_talk', samplePackInput({ case: { ...samplePackInput().case, sexualImagery } })).paragraphs.map((p) => p.id);
    expect(ids(true)).toContain('consequences_sexual');
    expect(ids(false)).not.toContain('consequences_sexual');
  });

  it('warn against paying only in a sextortion case', () => {
    const withExtortion = samplePackInput({
      case: { ...samplePackInput().case, incidentTypes: ['sextortion'], sexualImagery: true },
    });
    expect(composePack('parents_victim', withExtortion).paragraphs.map((p) => p.id)).toContain('extortion');
    expect(composePack('parents_victim', samplePackInput()).paragraphs.map((p) => p.id)).not.toContain('extortion');
  });
});

describe('class-talk variants per school level', () => {
  it('differ for po, vo and mbo', () => {
    const texts = (['po', 'vo', 'mbo'] as const).map((level) =>
      composePack('class_talk', samplePackInput({ school: { ...samplePackInput().school, level } }))
        .paragraphs.map((p) => p.text)
        .join('\n'),
    );
    expect(new Set(texts).size).toBe(3);
  });
});

describe('editing a composed pack', () => {
  it('replaces the text of the named paragraph and marks it edited', () => {
    const pack = composePack('teacher_briefing', samplePackInput());
    const edited = applyEdits(pack, { why: 'Nieuwe tekst.' });
    expect(edited.paragraphs.find((p) => p.id === 'why')).toMatchObject({ text: 'Nieuwe tekst.', edited: true });
    expect(edited.paragraphs.filter((p) => p.edited)).toHaveLength(1);
    expect(pack.paragraphs.find((p) => p.id === 'why')?.text).not.toBe('Nieuwe tekst.');
  });

  it('ignores ids the pack does not have, and reports them on request', () => {
    const pack = composePack('teacher_briefing', samplePackInput());
    const edits = { nonsense: 'x', why: 'Nieuwe tekst.' };
    expect(applyEdits(pack, edits).paragraphs.map((p) => p.id)).toEqual(pack.paragraphs.map((p) => p.id));
    expect(unknownEditIds(pack, edits)).toEqual(['nonsense']);
  });

  it('cannot change the type or the identifying flag', () => {
    const pack = composePack('parents_general', samplePackInput());
    const edited = applyEdits(pack, { type: 'case_summary', identifying: 'true' } as Record<string, string>);
    expect(edited.type).toBe('parents_general');
    expect(edited.identifying).toBe(false);
  });
});
