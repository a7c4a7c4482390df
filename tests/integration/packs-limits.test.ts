// The inputs that used to make every pack call of a case fail: each is now either refused where it
// enters, with a message in the advisor's language, or composed and exported like any other.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '@tests/fixtures/core';

const PASSWORD = 'bestuur-wachtwoord-lang-genoeg';
let t: TestCore;
let caseId: string;

beforeEach(async () => {
  t = await unlockedCore();
  caseId = (await t.call('casesCreate', { title: 'Grenzen', schoolLevel: 'vo', incidentTypes: ['meme'], platforms: ['tiktok'], summary: 'Een bewerkte foto gaat rond.', incidentDate: null })).id;
});
afterEach(() => t.cleanup());

async function issues(name: 'settingsUpdate', input: Parameters<TestCore['call']>[1]): Promise<string[]> {
  const result = await t.core.dispatch(name, input);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid_input');
  return (result.error.issues ?? []).map((i) => i.message);
}

async function allComposeAndExport(): Promise<void> {
  const views = await t.call('packsList', { caseId });
  expect(views).toHaveLength(6);
  for (const type of ['parents_general', 'teacher_briefing', 'parents_victim', 'case_summary'] as const) {
    expect(await t.call('packsExport', { caseId, type, password: type === 'case_summary' ? PASSWORD : undefined })).toMatchObject({ saved: true });
  }
}

describe('limits at the input boundary', () => {
  it('prints a school name of only spaces as “Onze school”', async () => {
    await t.call('settingsUpdate', { school: { name: '   ', address: '', level: 'vo', logo: null } });
    const views = await t.call('packsList', { caseId });
    expect(views[0]!.page.schoolName).toBe('Onze school');
    await allComposeAndExport();
  });

  it('refuses a school name of 100,000 characters, in Dutch and in English', async () => {
    const school = { name: 'x'.repeat(100_000), address: '', level: 'vo' as const, logo: null };
    expect(await issues('settingsUpdate', { school })).toEqual(['De naam van de school mag hoogstens 120 tekens hebben.']);
    await t.call('settingsUpdate', { locale: 'en' });
    expect(await issues('settingsUpdate', { school })).toEqual(["The school's name can have at most 120 characters."]);
    await allComposeAndExport();
  });

  it('refuses a signature of 1 MB, or of more lines than a letter can carry', async () => {
    const advisor = { name: 'Mirjam', role: 'Vertrouwenspersoon', phone: '', email: '', signature: 'x'.repeat(1024 * 1024) };
    expect(await issues('settingsUpdate', { advisor })).toEqual(['De ondertekening mag hoogstens 600 tekens hebben.']);
    expect(await issues('settingsUpdate', { advisor: { ...advisor, signature: Array.from({ length: 9 }, (_, i) => `regel ${i}`).join('\n') } })).toEqual([
      'Gebruik voor de ondertekening hoogstens 8 regels.',
    ]);
    await t.call('settingsUpdate', { advisor: { ...advisor, signature: 'Mirjam de Vries\nVertrouwenspersoon\nma–do 8.30–16.00' } });
    await allComposeAndExport();
  });

  it('refuses an incident type of a space', async () => {
    const result = await t.core.dispatch('casesCreate', { title: 'X', schoolLevel: 'vo', incidentTypes: [' '] as never, platforms: [], summary: '', incidentDate: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('composes with an evidence URL of 300 characters and with 31 open actions', async () => {
    const url = `https://www.tiktok.com/@account/video/${'7'.repeat(300 - 38)}`;
    expect(url).toHaveLength(300);
    await t.call('evidenceAdd', { caseId, item: { description: 'De video', platform: 'tiktok', accountOrUrl: url, observedAt: null, heldBy: 'unknown', note: '' } });
    for (let i = 1; i <= 31; i++) {
      await t.call('actionsAdd', { caseId, action: { actionKey: null, title: `Actie nummer ${i}`, step: 'act', owner: 'Mentor', dueDate: '2026-12-01', rationale: '', organisationKey: null } });
    }
    await allComposeAndExport();
    await t.call('packsSave', { caseId, type: 'case_summary', edits: {}, namingVictim: true });
    await t.call('packsExport', { caseId, type: 'case_summary', password: PASSWORD });
    expect(t.saved.at(-1)!.data.length).toBeGreaterThan(1000);
  });
});
