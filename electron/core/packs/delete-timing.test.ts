// In a case with sexual images no pack may tell anyone to delete them before the school has
// consulted the police: that would destroy evidence. Every pack, in both languages, at every school
// level, for every kind of victim and sexual incident, with every action of the plan in it.
import { describe, expect, it } from 'vitest';
import { deleteBeforePolice } from '@tests/support/delete-timing';
import { samplePackInput } from '@tests/support/sample-pack-input';
import { loadActionCatalog } from '../assessment/action-catalog';
import { loadOrganisations } from '../assessment/organisations';
import { composePack, PACK_TYPES, type PackInput, type PackVictim } from './index';

const VICTIMS: PackVictim[] = [
  { label: 'Leerling A', kind: 'pupil', ageBand: '12_15' },
  { label: 'Student B', kind: 'pupil', ageBand: '18_plus' },
  { label: 'Docent C', kind: 'staff', ageBand: '18_plus' },
];

function inputs(sexualImagery: boolean): PackInput[] {
  const all: PackInput[] = [];
  for (const locale of ['nl', 'en'] as const)
    for (const level of ['po', 'vo', 'mbo'] as const)
      for (const victim of VICTIMS)
        for (const incidentTypes of [['shame_sexting'], ['sextortion'], ['deepfake'], ['meme']])
          for (const staffSuspect of [false, true]) {
            const base = samplePackInput({ locale });
            all.push({
              ...base,
              school: { ...base.school, level },
              case: { ...base.case, victims: [victim], incidentTypes, sexualImagery, staffSuspect, largeScale: true },
              // Every action of the catalog, so every public commitment and family step is in a pack.
              actions: loadActionCatalog(locale).actions.map((a) => ({ key: a.key, title: a.title, status: 'open' })),
              organisations: loadOrganisations(locale).organisations.map((o) => ({ name: o.name, phone: o.phone, website: o.website, whatTheyDo: o.whatTheyDo })),
            });
          }
  return all;
}

const packText = (type: (typeof PACK_TYPES)[number], input: PackInput) =>
  composePack(type, input)
    .paragraphs.map((p) => p.text)
    .join('\n');

describe('delete timing in a sexual-images case', () => {
  it('no pack tells anyone to delete the images before the police have been consulted', () => {
    const found = new Set<string>();
    for (const input of inputs(true)) for (const type of PACK_TYPES) for (const sentence of deleteBeforePolice(packText(type, input))) found.add(`${input.locale} ${type}: ${sentence}`);
    expect([...found]).toEqual([]);
  });

  it('would notice one: the same packs of a non-sexual case do tell pupils to delete now', () => {
    const found = inputs(false).flatMap((input) => PACK_TYPES.flatMap((type) => deleteBeforePolice(packText(type, input))));
    expect(found.some((s) => /verwijder/i.test(s))).toBe(true);
    expect(found.some((s) => /delete/i.test(s))).toBe(true);
  });
});

describe('delete timing in the advice', () => {
  it('no action of the plan and no platform’s report route tells anyone to delete before the police consult', () => {
    const found: string[] = [];
    for (const locale of ['nl', 'en'] as const) {
      const catalog = loadActionCatalog(locale);
      const texts = [...catalog.actions.flatMap((a) => [a.title, a.description]), ...Object.values(catalog.platformReporting)];
      for (const text of texts) found.push(...deleteBeforePolice(text).map((s) => `${locale}: ${s}`));
    }
    expect(found).toEqual([]);
  });
});
