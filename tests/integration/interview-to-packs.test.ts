// From the interview through the assessment and the action plan to the packs, through the contract,
// on a real encrypted vault, with the PDFs read back by pdftotext.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';

const VICTIM = 'Xanthippe Canarywoud';
const PRIVATE = 'PRIVENOTITIE-KANARIE';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vertrouwd-packs-it-'));

function pdfText(pdf: Buffer, password?: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', [...(password ? ['-upw', password] : []), file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/\s+/g, ' ');
}

let t: TestCore;
let caseId: string;

beforeEach(async () => {
  t = await unlockedCore();
  await t.call('settingsUpdate', { school: { name: 'Het Baken', address: 'Dorpsstraat 1, Zwolle', level: 'vo', logo: null } });
  const created = await t.call('casesCreate', {
    title: 'Foto in Snapchat-groep',
    schoolLevel: 'vo',
    incidentTypes: [],
    platforms: [],
    summary: 'Een foto van een leerling is zonder toestemming in een groep gedeeld.',
    incidentDate: '2026-11-20',
  });
  caseId = created.id;
  for (const [questionId, value] of Object.entries(SHAME_SEXTING_ANSWERS)) await t.call('interviewAnswer', { caseId, questionId, value });
});
afterEach(() => t.cleanup());

describe('the interview', () => {
  it('keeps answers, skips what does not apply, and records a correction instead of overwriting', async () => {
    const state = await t.call('interviewState', { caseId });
    expect(state.answers.material_sexual_nature).toBe('nude');
    expect(state.visibleQuestionIds).toContain('material_consent_to_share');
    expect(state.visibleQuestionIds).not.toContain('threat_kinds');
    const corrected = await t.call('interviewAnswer', { caseId, questionId: 'spread_viewers', value: '31_100' });
    expect(corrected.answers.spread_viewers).toBe('31_100');
    const rows = corrected.history.filter((h) => h.questionId === 'spread_viewers');
    expect(rows.map((r) => r.value)).toEqual(['6_30', '31_100']);
    expect(rows[1]!.supersedesId).toBe(rows[0]!.id);
    // In the same sitting the change is one entry with the earlier answer kept on it; in a later
    // sitting it is a correction of its own.
    const timeline = await t.call('timelineList', { caseId });
    expect(timeline.filter((e) => e.kind === 'interview_answer').length).toBe(Object.keys(SHAME_SEXTING_ANSWERS).length);
    expect(timeline.find((e) => e.data.questionId === 'spread_viewers')?.earlier).toHaveLength(1);
    t.setNow('2026-11-24T09:00:00Z');
    await t.call('interviewAnswer', { caseId, questionId: 'spread_viewers', value: '6_30' });
    const later = await t.call('timelineList', { caseId });
    expect(later.filter((e) => e.kind === 'interview_correction')).toHaveLength(1);
  });

  it('records text that only grew while being typed as one answer in the chronology, not as a correction', async () => {
    await t.call('interviewAnswer', { caseId, questionId: 'incident_account', value: 'Ze zei dat' });
    const state = await t.call('interviewAnswer', { caseId, questionId: 'incident_account', value: 'Ze zei dat de foto in de groep stond' });
    expect(state.history.filter((h) => h.questionId === 'incident_account')).toHaveLength(2);
    const kinds = (await t.call('timelineList', { caseId })).filter((e) => e.data.questionId === 'incident_account').map((e) => e.kind);
    expect(kinds).toEqual(['interview_answer']);
    t.setNow('2026-11-23T10:00:00Z');
    await t.call('interviewAnswer', { caseId, questionId: 'incident_account', value: 'Ze zei dat de foto in de groep stond, een uur later' });
    const later = (await t.call('timelineList', { caseId })).filter((e) => e.data.questionId === 'incident_account').map((e) => e.kind);
    expect(later.at(-1)).toBe('interview_correction');
  });

  it('refuses an answer that does not fit its question, in Dutch', async () => {
    const result = await t.core.dispatch('interviewAnswer', { caseId, questionId: 'spread_reach', value: 'everywhere' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_answer' } });
  });

  it('keeps the victim record and the case in step with the answers', async () => {
    const detail = await t.call('casesGet', { id: caseId });
    expect(detail.persons.find((p) => p.role === 'victim')).toMatchObject({ kind: 'pupil', ageBand: '12_15', classGroup: '3B' });
    expect(detail.incidentTypes).toEqual(['shame_sexting']);
    expect(detail.platforms).toEqual(['snapchat']);
  });
});

describe('the assessment', () => {
  it('flags sexual imagery of a minor with its reasons and the right actions, and survives lock and unlock', async () => {
    const { assessment } = await t.call('assessmentRun', { caseId });
    expect(assessment.flags.map((f) => f.key)).toContain('minor_sexual_imagery');
    expect(assessment.reasons.length).toBeGreaterThanOrEqual(4);
    expect(assessment.actions.map((a) => a.actionKey)).toEqual(expect.arrayContaining(['police_consult', 'takedown_helpwanted', 'stappenplan_checklist']));
    expect((await t.call('casesGet', { id: caseId })).guardrails.sexualImageryOfMinor).toBe(true);
    await t.call('vaultLock', {});
    await t.call('vaultUnlock', { passphrase: 'paarse-olifant-fietst-naar-Zwolle' });
    const again = await t.call('assessmentGet', { caseId });
    expect(again?.assessment.level).toBe(assessment.level);
    expect(again?.assessment.flags.map((f) => f.key)).toContain('minor_sexual_imagery');
  });

  it('keeps the rules’ level beside an override with its reason', async () => {
    const { assessment } = await t.call('assessmentRun', { caseId });
    expect(await t.fails('assessmentOverride', { caseId, level: 'critical', reason: '' })).toBe('invalid_input');
    const overridden = await t.call('assessmentOverride', { caseId, level: 'critical', reason: 'Leerling meldt dat de foto ook op school is getoond' });
    expect(overridden.assessment.level).toBe(assessment.level);
    expect(overridden.assessment.override).toMatchObject({ level: 'critical', reason: 'Leerling meldt dat de foto ook op school is getoond' });
    expect((await t.call('casesList', {}))[0]?.level).toBe('critical');
    expect(overridden.runs).toBe(1);
  });

  it('turns chosen recommendations into the action plan with their rationale', async () => {
    await t.call('assessmentRun', { caseId });
    const actions = await t.call('actionsFromAssessment', { caseId, actionKeys: ['police_consult', 'takedown_helpwanted'] });
    expect(actions.map((a) => a.actionKey)).toEqual(['police_consult', 'takedown_helpwanted']);
    expect(actions.every((a) => a.source === 'assessment' && a.rationale.length > 20 && a.dueDate !== null)).toBe(true);
    expect(await t.call('actionsFromAssessment', { caseId, actionKeys: ['police_consult'] })).toHaveLength(2);
  });
});

describe('the packs', () => {
  beforeEach(async () => {
    await t.call('assessmentRun', { caseId });
    const victim = (await t.call('casesGet', { id: caseId })).persons.find((p) => p.role === 'victim')!;
    await t.call('personsSave', { caseId, personId: victim.id, person: { ...victim, label: VICTIM } });
    await t.call('notesAdd', { caseId, kind: 'private', body: `${PRIVATE}: eigen twijfel over de mentor` });
  });

  it('never puts private notes or the victim’s name into a general pack', async () => {
    for (const type of ['parents_general', 'teacher_briefing'] as const) {
      await t.call('packsExport', { caseId, type });
      const text = pdfText(t.saved.at(-1)!.data);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain('Xanthippe');
      expect(text).not.toContain('3B');
      expect(text).toContain('Het Baken');
    }
  });

  it('refuses the class-talk guide without consent of victim and parents, and allows it with both', async () => {
    const view = (await t.call('packsList', { caseId })).find((p) => p.type === 'class_talk')!;
    expect(view.check.allowed).toBe(false);
    expect(await t.fails('packsExport', { caseId, type: 'class_talk' })).toBe('pack_refused');
    for (const givenBy of ['victim', 'parent'] as const)
      await t.call('consentsRecord', { caseId, subject: 'class_talk', givenBy, decision: 'given', method: 'verbal', decidedAt: '2026-11-23', note: '' });
    expect(await t.call('packsExport', { caseId, type: 'class_talk' })).toMatchObject({ saved: true });
  });

  it('saves a paragraph edit with the case, records it, and prints it', async () => {
    const view = (await t.call('packsList', { caseId })).find((p) => p.type === 'parents_general')!;
    const paragraph = view.composed.paragraphs[1]!;
    await t.call('packsSave', { caseId, type: 'parents_general', edits: { [paragraph.id]: 'Op donderdagavond is er een ouderavond in de aula.' }, namingVictim: false });
    await t.call('packsExport', { caseId, type: 'parents_general' });
    expect(pdfText(t.saved.at(-1)!.data)).toContain('Op donderdagavond is er een ouderavond in de aula.');
    const timeline = await t.call('timelineList', { caseId });
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['pack_edited', 'pack_exported']));
    expect((await t.call('auditList', { caseId })).some((a) => a.action === 'export')).toBe(true);
    expect(await t.fails('packsSave', { caseId, type: 'parents_general', edits: {}, namingVictim: true })).toBe('naming_not_allowed');
  });

  it('names the victim in the family letter only when the advisor turns it on', async () => {
    await t.call('packsExport', { caseId, type: 'parents_victim' });
    expect(pdfText(t.saved.at(-1)!.data)).not.toContain(VICTIM);
    await t.call('packsSave', { caseId, type: 'parents_victim', edits: {}, namingVictim: true });
    await t.call('packsExport', { caseId, type: 'parents_victim' });
    expect(pdfText(t.saved.at(-1)!.data)).toContain(VICTIM);
  });

  it('exports the case summary only with a password, and it opens only with that password', async () => {
    expect(await t.fails('packsExport', { caseId, type: 'case_summary' })).toBe('pack_refused');
    await t.call('packsExport', { caseId, type: 'case_summary', password: 'bestuur-zwolle-2026' });
    const pdf = t.saved.at(-1)!.data;
    expect(() => pdfText(pdf)).toThrow();
    const text = pdfText(pdf, 'bestuur-zwolle-2026');
    expect(text).toContain('Foto in Snapchat-groep');
    expect(text).not.toContain(PRIVATE);
  });
});
