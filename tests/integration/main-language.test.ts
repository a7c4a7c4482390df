// English users get English from main: a refused field and a refused action, through the contract.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

it('answers in English once the person chose English', async () => {
  await t.call('settingsUpdate', { locale: 'en' });
  const refused = await t.core.dispatch('casesCreate', { title: '', schoolLevel: 'vo', incidentTypes: [], platforms: [], summary: '', incidentDate: null });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'title', message: 'Give the case a working title or pseudonym.' }] } });
  const missing = await t.core.dispatch('casesGet', { id: 'no-such-case' });
  expect(missing).toMatchObject({ ok: false, error: { code: 'case_not_found' } });
  expect((missing as { error: { message: string } }).error.message).toBe((await import('@resources/errors/en.json')).default.case_not_found);
});
