// The contract's own guarantees: a call that fails changes nothing (one transaction per call),
// stored settings survive one bad field, every text, list and map from the renderer has a limit,
// and an image pasted as a data: URL is refused in every text field by the one rule in the dispatcher.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answeredFailures, unlockedCore, type TestCore } from '../fixtures/core';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';
import { expectNamed } from './kit';
import { writeUiPreferences } from '@core/settings/ui-preferences';
import { contract } from '@core/contract';
import type { z } from 'zod';

const IMAGE = `data:image/png;base64,${'iVBORw0KGgo'.repeat(30)}`;
/** Short enough for a name field, so only the media rule can refuse it. */
const SHORT_IMAGE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ';
let t: TestCore;
let caseId: string;
// One vault for the whole file: each test leaves what the next one needs unchanged.
beforeAll(async () => {
  t = await unlockedCore();
  caseId = (await t.call('casesCreate', { title: 'Zaak', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null })).id;
});
afterAll(() => t.cleanup());

describe('one transaction per call', () => {
  it('actionsFromAssessment with one unknown key adds none of the good ones either', async () => {
    for (const [questionId, value] of Object.entries(SHAME_SEXTING_ANSWERS)) await t.call('interviewAnswer', { caseId, questionId, value });
    await t.call('assessmentRun', { caseId });
    const timelineBefore = (await t.call('timelineList', { caseId })).length;
    await expectNamed(t, 'actionsFromAssessment', { caseId, actionKeys: ['police_consult', 'takedown_helpwanted', 'bestaat_niet'] }, 'not_recommended');
    expect(await t.call('actionsList', { caseId })).toEqual([]);
    expect((await t.call('timelineList', { caseId })).length).toBe(timelineBefore);
    expect(await t.call('actionsFromAssessment', { caseId, actionKeys: ['police_consult', 'takedown_helpwanted'] })).toHaveLength(2);
  });
});

describe('settings', () => {
  it('one bad stored field falls back alone; the others, and the next save, keep their values', async () => {
    await t.call('settingsUpdate', { autoLockMinutes: 15, school: { name: 'Het Baken', address: 'Dorpsstraat 1', level: 'po', logo: null } });
    const sqlite = t.core.vault.connection().sqlite;
    const stored = JSON.parse((sqlite.prepare("SELECT value FROM settings WHERE key = 'app'").get() as { value: string }).value);
    stored.retentionMonths = 'twaalf';
    stored.school.level = 'universiteit';
    sqlite.prepare("UPDATE settings SET value = ? WHERE key = 'app'").run(JSON.stringify(stored));
    const read = await t.call('settingsGet', {});
    expect(read).toMatchObject({ autoLockMinutes: 15, retentionMonths: 12, profileName: 'Mevrouw De Vries', school: { name: 'Het Baken', level: 'vo' } });
    await t.call('settingsUpdate', { locale: 'nl' });
    expect(await t.call('settingsGet', {})).toMatchObject({ autoLockMinutes: 15, school: { name: 'Het Baken', address: 'Dorpsstraat 1' } });
  });
});

describe('limits on what a call may store', () => {
  it('refuses more than 100 pack edits, more than 100 checklist answers and an overlong profile name', async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, 'x']));
    await expectNamed(t, 'packsSave', { caseId, type: 'teacher_briefing', edits: many, namingVictim: false }, 'invalid_input');
    const answers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { answer: 'yes' as const, note: '' }]));
    await expectNamed(t, 'checklistSave', { caseId, checklist: { checklistKey: 'afwegingskader', answers } }, 'invalid_input');
    await expectNamed(t, 'settingsUpdate', { profileName: 'N'.repeat(81) }, 'invalid_input');
    expect((await t.call('settingsGet', {})).profileName).toBe('Mevrouw De Vries');
  });

  it('every text, list and map any call accepts has a limit', () => {
    const unbounded = Object.entries(contract).flatMap(([name, call]) => unboundedParts(call.input as Schema, name));
    expect(unbounded).toEqual([]);
  });
});

/** What the walk below reads of a zod schema: its definition (zod's own, public on `def`). */
type Schema = z.ZodType & { def: Def; maxLength?: number | null };
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  valueType?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  items?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  getter?: () => Schema;
}
const TOO_MANY = 10_001;

/** The smallest value a schema accepts, to fill a list or map with valid entries. */
function sample(schema: Schema): unknown {
  const def = schema.def;
  switch (def.type) {
    case 'string':
      return ['', 'a', '2026-01-01'].find((text) => schema.safeParse(text).success);
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'literal':
      return def.values![0];
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, sample(field)]));
    case 'array':
      return [];
    case 'record':
      return {};
    case 'nullable':
      return null;
    case 'optional':
    case 'default':
      return undefined;
    case 'union':
      return sample(def.options![0]!);
    default:
      return sample(def.innerType ?? def.in!);
  }
}

/**
 * Walks a call's input and names every part without a limit: a text that takes 100,000 characters,
 * a list or a map that takes 10,001 valid entries.
 */
function unboundedParts(schema: Schema, at: string): string[] {
  const def = schema.def;
  const refusesMany = (many: unknown, inner: Schema) => {
    expect(inner.safeParse(sample(inner)).success, `a valid entry for ${at}`).toBe(true);
    return schema.safeParse(many).success ? [at] : [];
  };
  switch (def.type) {
    case 'string':
      return schema.maxLength != null || !schema.safeParse('9'.repeat(100_000)).success ? [] : [at];
    case 'array':
      return [
        ...refusesMany(
          Array.from({ length: TOO_MANY }, () => sample(def.element!)),
          def.element!,
        ),
        ...unboundedParts(def.element!, `${at}[]`),
      ];
    case 'record':
      return [...refusesMany(Object.fromEntries(Array.from({ length: TOO_MANY }, (_, i) => [`k${i}`, sample(def.valueType!)])), def.valueType!), ...unboundedParts(def.valueType!, `${at}{}`)];
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, field]) => unboundedParts(field, `${at}.${key}`));
    case 'union':
      return def.options!.flatMap((option, i) => unboundedParts(option, `${at}|${i}`));
    case 'tuple':
      return def.items!.flatMap((item, i) => unboundedParts(item, `${at}[${i}]`));
    case 'lazy':
      return unboundedParts(def.getter!(), at);
    default:
      return def.innerType ? unboundedParts(def.innerType, at) : def.in ? unboundedParts(def.in, at) : [];
  }
}

describe('an image pasted as text', () => {
  it.each([
    ['notesAdd', () => ({ caseId, kind: 'private' as const, body: `Zie ${IMAGE}` }), 'body'],
    ['interviewAnswer', () => ({ caseId, questionId: 'incident_account', value: IMAGE }), 'value'],
    ['timelineAdd', () => ({ caseId, kind: 'event' as const, summary: IMAGE }), 'summary'],
    ['casesUpdate', () => ({ id: caseId, patch: { summary: IMAGE } }), 'patch.summary'],
    ['contactsSave', () => ({ contact: { role: 'other' as const, name: 'Agent', organisation: '', phone: '', email: '', note: IMAGE } }), 'contact.note'],
    ['settingsUpdate', () => ({ advisor: { name: 'A', role: 'B', phone: '', email: '', signature: IMAGE } }), 'advisor.signature'],
    ['settingsUpdate', () => ({ profileName: SHORT_IMAGE }), 'profileName'],
    // The vault's own calls too: the name given at setup is copied into every chronology and audit row.
    ['vaultCreate', () => ({ passphrase: 'lang-genoeg-en-geheim-hoor', profileName: SHORT_IMAGE }), 'profileName'],
  ] as const)('is refused in %s, with the field named, in Dutch and in English', async (name, input, field) => {
    const result = await t.core.dispatch(name, input());
    expect(result).toMatchObject({ ok: false, error: { code: 'media_refused', issues: [{ path: field }] } });
    if (!result.ok) expect(result.error.message).toContain('strafbaar');
    writeUiPreferences(t.core.vault.options.folder, { locale: 'en' });
    const english = await t.core.dispatch(name, input());
    expect(english).toMatchObject({ ok: false, error: { code: 'media_refused', message: expect.stringContaining('offence') } });
    writeUiPreferences(t.core.vault.options.folder, { locale: 'nl' });
  });

  it('leaves passphrases alone: they are never stored or printed, and refusing one would lock the advisor out', async () => {
    await expectNamed(t, 'vaultChangePassphrase', { current: SHORT_IMAGE, next: 'zeven-groene-kikkers-zingen-laat' }, 'wrong_passphrase');
  });

  it('leaves ordinary text and URLs alone', async () => {
    await t.call('notesAdd', { caseId, kind: 'dossier', body: 'Zie https://example.org/data:image en het gesprek van maandag' });
    expect(await t.call('notesList', { caseId })).toHaveLength(1);
  });
});

describe('the check that nothing here is internal', () => {
  it('sees an unexpected failure as `internal`, so it would catch one in any test of the suite', async () => {
    const original = t.core.handlers.contactsList;
    t.core.handlers.contactsList = () => {
      throw new Error('onverwacht');
    };
    // main logs an unexpected failure for support; not needed in the test output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await t.core.dispatch('contactsList', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
      // Taken out again, or the check after this test would (rightly) fail it.
      expect(answeredFailures.splice(-1)).toMatchObject([{ name: 'contactsList', code: 'internal' }]);
    } finally {
      t.core.handlers.contactsList = original;
      logged.mockRestore();
    }
  });
});
