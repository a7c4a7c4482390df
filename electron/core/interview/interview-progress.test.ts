import { incidentTypes } from '@shared';
import { describe, expect, it } from 'vitest';
import { interviewProgress } from './interview-progress';
import type { Answers, AnswerValue, Question } from './interview-schema';
import { findQuestion, loadInterview } from './load-interview';

const nl = loadInterview('nl');

function question(id: string): Question {
  const q = findQuestion(nl, id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** A small seeded generator, so a failing walk can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function someAnswer(q: Question, next: () => number): AnswerValue {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  switch (q.type) {
    case 'single':
      return pick(q.options!).value;
    case 'multi': {
      const options = q.options!.filter((o) => !o.exclusive);
      const chosen = options.filter(() => next() < 0.4).map((o) => o.value);
      return chosen.length > 0 ? chosen : [pick(q.options!).value];
    }
    case 'boolean':
      return next() < 0.5;
    case 'number':
      return q.min ?? 1;
    default:
      return 'ingevuld';
  }
}

/** What main puts in place of the questions the case answers itself. */
const caseFacts = (types: string[]): Answers => ({ incident_types: types, victim_age_band: '12_15', victim_group: '3B', spread_platforms: ['instagram'] });

describe('interview progress', () => {
  it('counts only shown questions with a valid answer and points at the next one', () => {
    const empty = interviewProgress(nl, {});
    expect(empty.answered).toBe(0);
    expect(empty.percent).toBe(0);
    expect(empty.nextQuestionId).toBe('start_checklist');

    const some = interviewProgress(nl, {
      start_checklist: ['said_what_seen', 'said_no_secrecy'],
      start_reason: 'De mentor zag het in de klassenapp.',
      start_present: '   ',
      interviewee_role: 'pupil',
    });
    expect(some.answered).toBe(3);
    expect(some.nextQuestionId).toBe('start_present');
    expect(some.sections.find((s) => s.id === 'start')).toEqual({ id: 'start', answered: 2, total: 3, shown: 3 });
    expect(some.percent).toBe(Math.floor((3 / some.total) * 100));
  });

  it('does not count the facts the case holds: age band, class, incident types, platforms', () => {
    const progress = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']) });
    // Only "who do you talk with" is left in that part: the age band and the class are the case's.
    expect(progress.sections.find((s) => s.id === 'interviewee')).toEqual({ id: 'interviewee', answered: 1, total: 1, shown: 1 });
    expect(progress.answered).toBe(1);
    // The account, when it started and whether it happened before; "which other type" is ruled out.
    expect(progress.sections.find((s) => s.id === 'incident')).toEqual({ id: 'incident', answered: 0, total: 3, shown: 3 });
  });

  it("settles follow-ups on the case's facts: a sexual case counts the sexual-imagery questions, a meme without nudity does not", () => {
    const meme = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']), material_intimate: 'no' });
    const shame = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['shame_sexting']), material_intimate: 'no' });
    expect(shame.total - meme.total).toBe(7);
    // A meme whose nature is not told yet may still turn out sexual: those questions count until then.
    const open = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']) });
    expect(open.total).toBe(shame.total);
  });

  it('counts a follow-up that may still appear from the start, so the answer that opens it does not grow the total', () => {
    const before = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']) });
    const yes = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']), threats_present: 'yes' });
    const no = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']), threats_present: 'no' });
    expect(yes.total).toBe(before.total);
    expect(yes.sections.find((s) => s.id === 'threats')).toMatchObject({ total: 6, shown: 6 });
    // "No" rules the five follow-ups out: the total shrinks, so the bar moves on rather than back.
    expect(no.total).toBe(before.total - 5);
    expect(no.percent).toBeGreaterThan(before.percent);
  });

  it('counts the parent questions until the advisor says who they talk with', () => {
    const unknown = interviewProgress(nl, caseFacts(['meme']));
    const staff = interviewProgress(nl, { ...caseFacts(['meme']), interviewee_role: 'staff' });
    expect(unknown.sections.find((s) => s.id === 'parent_wishes')).toMatchObject({ total: 4, shown: 0 });
    expect(staff.sections.find((s) => s.id === 'parent_wishes')).toMatchObject({ total: 0, shown: 0 });
    expect(staff.percent).toBeGreaterThanOrEqual(unknown.percent);
  });

  it('ignores an answer that does not fit its question', () => {
    const base = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']) });
    const invalid = interviewProgress(nl, { interviewee_role: 'pupil', ...caseFacts(['meme']), spread_reach: 'heel ver' });
    expect(invalid.answered).toBe(base.answered);
    expect(invalid.nextQuestionId).toBe(base.nextQuestionId);
  });

  it('never goes down while the advisor answers question after question, whatever the answers, and ends at 100%', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const types = incidentTypes.filter(() => next() < 0.25);
      const answers: Answers = caseFacts(types.length > 0 ? types : ['other']);
      let previous = interviewProgress(nl, answers);
      for (let step = 0; step < 200 && previous.nextQuestionId; step += 1) {
        const id = previous.nextQuestionId;
        answers[id] = someAnswer(question(id), next);
        const now = interviewProgress(nl, answers);
        if (now.percent < previous.percent || now.answered < previous.answered) {
          throw new Error(`seed ${seed}: answering ${id} took progress from ${previous.answered}/${previous.total} to ${now.answered}/${now.total}`);
        }
        previous = now;
      }
      expect(previous.nextQuestionId, `seed ${seed}`).toBeNull();
      expect(previous.percent, `seed ${seed}`).toBe(100);
      expect(previous.answered).toBe(previous.total);
    }
  });
});
