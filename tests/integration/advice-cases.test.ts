// The advice for realistic cases, through the contract on a real vault: the new-case form, the
// interview, the settings, and the assessment, read as rule keys, flags and guardrails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadActionCatalog } from '@core/assessment';
import { adviceCase } from '../fixtures/advice-case';
import { unlockedCore, type TestCore } from '../fixtures/core';
import { SHAME_SEXTING_ANSWERS } from '../fixtures/interview-answers';

let t: TestCore;
beforeEach(async () => (t = await unlockedCore()));
afterEach(() => t.cleanup());

const NO_SAFETY_SIGNALS = { selfharm_signals: 'no', danger_at_home: 'no' };
const PEER_SPREADERS = { suspects_known: 'yes', suspects_age_bands: ['12_15'], suspects_relationship: ['classmate'], suspect_is_staff: false, adult_involved: 'no' };
const keys = (a: { actions: { actionKey: string }[] }) => a.actions.map((x) => x.actionKey);
const flags = (a: { flags: { key: string }[] }) => a.flags.map((f) => f.key).sort();

describe('advice for realistic cases', () => {
  it('two pupils of 16 and 17 sexting by mutual wish, nothing spread: calm guidance, no alarm, no checklist marked as called for', async () => {
    const c = await adviceCase(t, {
      title: 'Sexten 4H',
      answers: {
        ...NO_SAFETY_SIGNALS,
        interviewee_role: 'pupil',
        victim_age_band: '16_17',
        incident_types: ['sexting'],
        material_intimate: 'yes',
        material_sexual_nature: 'nude',
        material_how_made: 'voluntarily',
        material_made_by: 'victim',
        material_mutual: 'yes',
        spread_reach: 'none',
        suspects_known: 'yes',
        suspects_age_bands: ['16_17'],
        suspects_relationship: ['partner_or_ex'],
        suspect_is_staff: false,
        adult_involved: 'no',
        age_gap_over_5: 'no',
        threats_present: 'no',
      },
    });
    const a = await c.assess();
    expect(a.level).toBe('low');
    expect(flags(a)).toEqual(['consensual_peer_sexting']);
    expect(keys(a)).toEqual(expect.arrayContaining(['guidance_talk', 'stappenplan_checklist']));
    expect(keys(a)).not.toContain('police_consult');
    const detail = await t.call('casesGet', { id: c.caseId });
    expect(detail.guardrails).toMatchObject({ sexualImageryOfMinor: true, sexualImageryTone: 'calm', stappenplanIndicated: false });
  });

  it('a large shame-sexting case, seen by more than 100 pupils: very high, no Halt, a press step and the talk with all pupils', async () => {
    const c = await adviceCase(t, {
      title: 'Naaktfoto in vele groepen',
      answers: {
        ...SHAME_SEXTING_ANSWERS,
        suspects_age_bands: ['12_15'],
        suspects_relationship: ['classmate'],
        spread_reach: 'public',
        spread_platforms: ['snapchat', 'whatsapp'],
        spread_viewers: 'over_100',
        spread_still_online: 'yes',
      },
    });
    const a = await c.assess();
    expect(a.level).toBe('critical');
    expect(keys(a)).not.toContain('halt_referral');
    expect(a.actions.flatMap((x) => x.rules)).toEqual(
      expect.arrayContaining([
        'press_spokesperson.large',
        'all_pupils_talk.wide',
        'stappenplan_checklist.sexual',
        'delete_instruction.sexual_after_police',
        'takedown_helpwanted.sexual',
        'platform_report.online',
      ]),
    );
    const detail = await t.call('casesGet', { id: c.caseId });
    expect(detail.guardrails).toMatchObject({ sexualImageryOfMinor: true, sexualImageryTone: 'alarm', stappenplanIndicated: true });
  });

  it('the same nude in one group of classmates is a light case for which Halt can be considered', async () => {
    const c = await adviceCase(t, { title: 'Naaktfoto in één groep', answers: { ...SHAME_SEXTING_ANSWERS, suspects_age_bands: ['12_15'], suspects_relationship: ['classmate'] } });
    expect(await c.rules()).toContain('halt_referral.light_case');
  });

  it('a mocking meme on Instagram: report it on Instagram first, Helpwanted only when that fails', async () => {
    const c = await adviceCase(t, {
      title: 'Meme brugklas',
      incidentTypes: ['meme'],
      platforms: ['instagram'],
      answers: {
        ...NO_SAFETY_SIGNALS,
        ...PEER_SPREADERS,
        interviewee_role: 'pupil',
        victim_age_band: '12_15',
        material_intimate: 'no',
        material_how_made: 'voluntarily',
        spread_reach: 'group',
        spread_viewers: '6_30',
        spread_still_online: 'yes',
        threats_present: 'no',
      },
    });
    const a = await c.assess();
    const report = a.actions.find((x) => x.actionKey === 'platform_report')!;
    expect(report.details).toEqual([loadActionCatalog('nl').platformReporting.instagram]);
    expect(a.actions.find((x) => x.actionKey === 'takedown_helpwanted')?.rules).toEqual(['takedown_helpwanted.after_platform']);
    expect(flags(a)).toEqual([]);
    expect(keys(a)).not.toContain('stappenplan_checklist');
  });

  it("a teacher mocked on TikTok: a TikTok report, a spokesperson for a public case, and the class talk only with the teacher's consent", async () => {
    const c = await adviceCase(t, {
      title: 'Docent op TikTok',
      incidentTypes: ['online_lesson_screenshot'],
      platforms: ['tiktok'],
      answers: {
        ...NO_SAFETY_SIGNALS,
        ...PEER_SPREADERS,
        interviewee_role: 'staff',
        victim_age_band: '18_plus',
        material_intimate: 'no',
        material_how_made: 'secretly',
        spread_reach: 'public',
        spread_viewers: 'over_100',
        spread_still_online: 'yes',
        threats_present: 'no',
      },
    });
    const a = await c.assess();
    expect(a.actions.find((x) => x.actionKey === 'platform_report')!.details).toEqual([loadActionCatalog('nl').platformReporting.tiktok]);
    expect(a.actions.flatMap((x) => x.rules)).toEqual(expect.arrayContaining(['press_spokesperson.large', 'class_talk.pupil_consent']));
    expect((await t.call('casesGet', { id: c.caseId })).consentStatus.find((s) => s.subject === 'class_talk')?.required).toEqual(['staff_victim']);
    expect(keys(a)).not.toContain('talk_victim_parents');
  });

  describe('a staff member asks a pupil for images', () => {
    const answers = {
      ...NO_SAFETY_SIGNALS,
      interviewee_role: 'pupil',
      victim_age_band: '12_15',
      incident_types: ['adult_request'],
      spread_reach: 'none',
      suspects_known: 'yes',
      suspects_age_bands: ['23_plus'],
      suspects_relationship: ['staff'],
      suspect_is_staff: true,
      contact_ongoing: 'yes',
    };

    it('an internal advisor informs the board at once, and the board stops the contact', async () => {
      await t.call('settingsUpdate', { advisorKind: 'internal' });
      const c = await adviceCase(t, { title: 'Docent vraagt om foto', answers });
      const a = await c.assess();
      expect(a.level).toBe('critical');
      expect(a.acute).toBe(true);
      expect(a.actions.flatMap((x) => x.rules)).toEqual(expect.arrayContaining(['inform_school_board.meldplicht', 'board_stops_contact.staff', 'police_consult.staff_via_board']));
      expect(keys(a)).not.toContain('refer_to_reporting');
      expect(keys(a)).not.toContain('halt_referral');
      expect(keys(a)).not.toContain('restorative_meeting');
      expect((await t.call('casesGet', { id: c.caseId })).guardrails).toMatchObject({ staffSuspect: true, advisorKind: 'internal' });
    });

    it('an external advisor has no meldplicht and points the person to reporting; the board still stops the contact', async () => {
      await t.call('settingsUpdate', { advisorKind: 'external' });
      const c = await adviceCase(t, { title: 'Docent vraagt om foto', answers });
      const a = await c.assess();
      const rules = a.actions.flatMap((x) => x.rules);
      expect(rules).toEqual(expect.arrayContaining(['refer_to_reporting.external', 'board_stops_contact.staff']));
      expect(rules).not.toContain('inform_school_board.meldplicht');
      const internal = await (async () => {
        await t.call('settingsUpdate', { advisorKind: 'internal' });
        return c.assess();
      })();
      expect(a.flags.find((f) => f.key === 'staff_suspect')!.consequence).not.toBe(internal.flags.find((f) => f.key === 'staff_suspect')!.consequence);
      expect((await t.call('casesGet', { id: c.caseId })).guardrails.advisorKind).toBe('internal');
    });
  });

  it('sextortion by an unknown account: acute, police now, keep the chat, no mediation', async () => {
    const c = await adviceCase(t, {
      title: 'Afpersing via Instagram',
      answers: {
        ...NO_SAFETY_SIGNALS,
        interviewee_role: 'pupil',
        victim_age_band: '16_17',
        incident_types: ['sextortion'],
        material_intimate: 'yes',
        material_sexual_nature: 'nude',
        material_how_made: 'voluntarily',
        material_made_by: 'victim',
        spread_reach: 'none',
        suspects_known: 'no',
        threat_kinds: ['money', 'spread_threat'],
        threatener_known: 'online_account_only',
        threat_chat_kept: 'yes',
      },
    });
    const a = await c.assess();
    expect(a.level).toBe('critical');
    expect(a.acute).toBe(true);
    expect(flags(a)).toEqual(['extortion_or_threats', 'minor_sexual_imagery']);
    expect(a.actions.find((x) => x.actionKey === 'police_consult')?.urgency).toBe('now');
    expect(keys(a)).toContain('keep_chat_evidence');
    expect(keys(a)).not.toContain('halt_referral');
  });

  it('a nude made with AI from an ordinary photo counts as a sexual image of a minor', async () => {
    const c = await adviceCase(t, {
      title: 'AI-naaktbeeld',
      incidentTypes: ['ai_nude'],
      platforms: ['whatsapp'],
      answers: {
        ...NO_SAFETY_SIGNALS,
        ...PEER_SPREADERS,
        interviewee_role: 'pupil',
        victim_age_band: '12_15',
        material_sexual_nature: 'nude',
        spread_reach: 'group',
        spread_viewers: '6_30',
        spread_still_online: 'yes',
        threats_present: 'no',
      },
    });
    const a = await c.assess();
    expect(flags(a)).toContain('minor_sexual_imagery');
    expect(a.reasons.find((r) => r.factor === 'voluntariness')?.effect).toBe('raises');
    expect(a.actions.flatMap((x) => x.rules)).toEqual(expect.arrayContaining(['stappenplan_checklist.sexual', 'takedown_helpwanted.sexual', 'police_consult.minor_sexual']));
    expect(keys(a)).not.toContain('halt_referral');
    expect((await t.call('casesGet', { id: c.caseId })).guardrails.stappenplanIndicated).toBe(true);
  });

  it('a spreader from another school: contact that school', async () => {
    const c = await adviceCase(t, {
      title: 'Verspreider van andere school',
      answers: { ...SHAME_SEXTING_ANSWERS, suspects_age_bands: ['12_15'], suspects_relationship: ['pupil'], suspects_other_school: 'yes' },
    });
    const a = await c.assess();
    expect(a.actions.find((x) => x.actionKey === 'contact_other_school')?.rules).toEqual(['contact_other_school.spreader']);
  });

  it('every reason names what it rests on, and every source it names is on the sources page', async () => {
    const c = await adviceCase(t, { title: 'Foto', answers: SHAME_SEXTING_ANSWERS });
    const a = await c.assess();
    const page = new Set((await t.call('sourcesList', {})).sources.map((s) => s.key));
    for (const reason of a.reasons) {
      expect(reason.sources.length, reason.factor).toBeGreaterThan(0);
      for (const source of reason.sources) expect(page).toContain(source.key);
    }
    for (const action of a.actions) for (const source of action.sources) expect(page).toContain(source.key);
  });
});
