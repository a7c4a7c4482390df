// The action plan printed through the contract on a real vault and read back with pdftotext: every
// action with its owner, date and outcome, open work before finished work, overdue marked, the
// internal marking on every page, Dutch or English dates by the app's language — and nothing of
// the case beyond the plan (no summary, no private note).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CallInput } from '@core/contract';
import { unlockedCore, type TestCore } from '@tests/fixtures/core';
import { pdfInfo, pdfText } from '@tests/support/poppler';

let t: TestCore;
beforeEach(async () => {
  t = await unlockedCore();
  await t.call('settingsUpdate', { school: { name: 'Het Baken College', address: '', level: 'vo', logo: null } });
});
afterEach(() => t.cleanup());

type Draft = CallInput<'actionsAdd'>['action'];
const action = (title: string, owner: string, dueDate: string | null): Draft => ({ actionKey: null, title, step: 'act', owner, dueDate, rationale: '', organisationKey: null });

async function caseWithPlan(): Promise<string> {
  const detail = await t.call('casesCreate', {
    title: 'Filmpje kleedkamer 3B',
    schoolLevel: 'vo',
    incidentTypes: ['beeldpesten'],
    platforms: ['snapchat'],
    summary: 'Intern: leerling uit 3B gefilmd tijdens het omkleden, door een klasgenoot gedeeld.',
    incidentDate: null,
  });
  const caseId = detail.id;
  await t.call('notesAdd', { caseId, kind: 'private', body: 'Privé: moeder klinkt erg boos aan de telefoon.' });
  let list = await t.call('actionsAdd', { caseId, action: action('Melding doen bij het platform', 'Mentor Jansen', '2026-11-20') });
  list = await t.call('actionsAdd', { caseId, action: action('Gesprek met de ouders van de klasgenoot', 'Teamleider', '2026-12-04') });
  list = await t.call('actionsAdd', { caseId, action: action('Vervolggesprek plannen', '', null) });
  const done = list.find((a) => a.title === 'Gesprek met de ouders van de klasgenoot')!;
  await t.call('actionsUpdate', { caseId, actionId: done.id, patch: { status: 'done', outcome: 'Ouders zijn geschrokken en werken mee.' } });
  return caseId;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

it('prints every action with its owner, date, status and outcome; open work first, overdue marked', async () => {
  const caseId = await caseWithPlan();
  t.setNow('2026-11-25T10:00:00Z');
  expect(await t.call('actionsExportPdf', { caseId })).toEqual({ saved: true, fileName: 'Actieplan Filmpje kleedkamer 3B 2026-11-25.pdf' });
  const text = flat(pdfText(t.saved.at(-1)!.data).stdout);
  expect(text).toContain('Actieplan');
  expect(text).toContain('Filmpje kleedkamer 3B');
  // An action done in step 2: the case's step followed the work.
  expect(text).toContain('Fase: Actie ondernemen');
  expect(text).toContain('Afgedrukt op: 25-11-2026');
  expect(text).toContain('Melding doen bij het platform');
  expect(text).toContain('Mentor Jansen 20-11-2026 te laat open');
  expect(text).toContain('nog niet verdeeld geen datum open');
  expect(text).toContain('Ouders zijn geschrokken en werken mee.');
  expect(text).toContain('Nog te doen (2)');
  expect(text).toContain('Afgerond of vervallen (1)');
  expect(text.indexOf('Vervolggesprek plannen')).toBeLessThan(text.indexOf('Afgerond of vervallen'));
  expect(text.indexOf('Gesprek met de ouders van de klasgenoot')).toBeGreaterThan(text.indexOf('Afgerond of vervallen'));
  // Only the plan: the case's internal summary and the private note stay in the app.
  expect(text).not.toContain('omkleden');
  expect(text).not.toContain('moeder klinkt');
  const audit = await t.call('auditList', {});
  expect(audit.some((entry) => entry.action === 'export' && entry.caseId === caseId)).toBe(true);
});

it('marks every page as internal, however long the plan', async () => {
  const caseId = await caseWithPlan();
  for (let i = 1; i <= 40; i++) await t.call('actionsAdd', { caseId, action: action(`Afspraak ${i} met een lange omschrijving van wat er moet gebeuren en door wie`, `Collega ${i}`, '2026-12-15') });
  await t.call('actionsExportPdf', { caseId });
  const pdf = t.saved.at(-1)!.data;
  const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf).stdout)![1]);
  expect(pages).toBeGreaterThan(1);
  const perPage = pdfText(pdf)
    .stdout.split('\f')
    .filter((page) => page.trim().length > 0);
  expect(perPage).toHaveLength(pages);
  for (const page of perPage) expect(flat(page)).toContain('Intern en vertrouwelijk');
  expect(flat(perPage.at(-1)!)).toContain(`Pagina ${pages} van ${pages}`);
});

it('keeps an action whose outcome is longer than a page, rather than dropping the row', async () => {
  const caseId = await caseWithPlan();
  const list = await t.call('actionsList', { caseId });
  const long = Array.from({ length: 70 }, (_, i) => `Regel ${i + 1} van het verslag van het gesprek met de ouders.`).join('\n');
  await t.call('actionsUpdate', { caseId, actionId: list[0]!.id, patch: { outcome: long.slice(0, 4000) } });
  await t.call('actionsExportPdf', { caseId });
  const text = flat(pdfText(t.saved.at(-1)!.data).stdout);
  expect(text).toContain('Regel 1 van het verslag');
  expect(text).toContain('Vervolggesprek plannen');
});

it('speaks English with English dates when the app does', async () => {
  const caseId = await caseWithPlan();
  await t.call('settingsUpdate', { locale: 'en' });
  t.setNow('2026-11-25T10:00:00Z');
  await t.call('actionsExportPdf', { caseId });
  const text = flat(pdfText(t.saved.at(-1)!.data).stdout);
  expect(text).toContain('Internal and confidential');
  expect(text).toContain('Printed on: 25/11/2026');
  expect(text).toMatch(/Mentor Jansen 20\/11\/2026 overdue open/);
});

it('saves nothing and records no export when the save dialog is cancelled', async () => {
  const caseId = await caseWithPlan();
  t.cancelSaves(true);
  expect(await t.call('actionsExportPdf', { caseId })).toEqual({ saved: false, fileName: null });
  const audit = await t.call('auditList', {});
  expect(audit.some((entry) => entry.action === 'export')).toBe(false);
});
