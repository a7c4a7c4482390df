// The vocabulary is only worth having if every word in it can be said and is enforced: each error
// code has a Dutch and an English text, each value the screens show has a label in both languages,
// and the contract refuses a value outside its list.
import { describe, expect, it } from 'vitest';
import enErrors from '@resources/errors/en.json';
import nlErrors from '@resources/errors/nl.json';
import enUi from '@renderer/i18n/en.json';
import nlUi from '@renderer/i18n/nl.json';
import { contract } from '@core/contract';
import { ageBands, caseStatuses, errorCodes, incidentTypes, schoolLevels, severityLevels, timelineKinds } from '.';

describe('error codes', () => {
  it.each([
    ['nl', nlErrors],
    ['en', enErrors],
  ])('have exactly one text each in %s', (_locale, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...errorCodes].sort());
  });
});

describe('labels', () => {
  const lists = {
    caseStatus: caseStatuses,
    schoolLevel: schoolLevels,
    incidentType: incidentTypes,
    severity: severityLevels,
    timelineKind: timelineKinds,
  } as const;
  it.each(Object.entries(lists))('every %s value has a label in Dutch and English', (group, values) => {
    for (const ui of [nlUi, enUi]) {
      const labels = (ui as unknown as Record<string, Record<string, string>>)[group]!;
      expect(values.filter((v) => !labels[v])).toEqual([]);
    }
  });
  it('every age band has a label in Dutch and English', () => {
    for (const ui of [nlUi, enUi]) expect(ageBands.filter((band) => !(ui.persons.ageBands as Record<string, string>)[band])).toEqual([]);
  });
});

describe('the contract uses the vocabulary', () => {
  const newCase = { title: 'Meme in de klassenapp', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: [], summary: '', incidentDate: null };
  it('accepts a known incident type and refuses an unknown one', () => {
    expect(contract.casesCreate.input.safeParse(newCase).success).toBe(true);
    expect(contract.casesCreate.input.safeParse({ ...newCase, incidentTypes: ['not-a-real-type'] }).success).toBe(false);
  });
  it('refuses a severity level outside the scale', () => {
    const summary = contract.casesList.output.element;
    const base = {
      id: 'c1',
      title: 't',
      schoolLevel: 'vo',
      status: 'intake',
      recordKind: 'working_note',
      incidentTypes: [],
      platforms: [],
      openedAt: '',
      updatedAt: '',
      acute: false,
      openActions: 0,
      overdueActions: 0,
      nextDue: null,
      handedOver: null,
    };
    expect(summary.safeParse({ ...base, level: 'high' }).success).toBe(true);
    expect(summary.safeParse({ ...base, level: 'extreme' }).success).toBe(false);
  });
});
