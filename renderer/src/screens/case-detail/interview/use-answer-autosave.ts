// Every answer is saved as it is given: a choice at once, typed text debounced — saved within a
// second of the last keystroke, and at once when the field loses focus or the screen closes. Main returns the whole interview state
// with each save — progress, skip logic, history — and the screen simply shows that.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, CallFailure } from '@renderer/api/client';
import type { AnswerValue, InterviewState } from './interview-types';

/**
 * Under a second, so "every answer is saved at once" holds for typing too and an auto-lock or a
 * closed lid loses nothing. The many saves a typed answer makes are one entry in the chronology:
 * it shows one entry per question per sitting (electron/core/cases/timeline.ts).
 */
export const TYPING_PAUSE_MS = 700;

export type SaveStatus = { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const withStatus = (questionId: string, status: SaveStatus) => (previous: Record<string, SaveStatus>) => ({ ...previous, [questionId]: status });

/** `victimId`: the victim the per-victim parts are about (undefined: the case's first, or none yet). */
export function useAnswerAutosave(caseId: string, victimId: string | undefined, initial: InterviewState, onSaved: () => void) {
  const [state, setState] = useState(initial);
  /** What the advisor has given but main has not confirmed yet, by question id. */
  const [drafts, setDrafts] = useState<Record<string, AnswerValue>>({});
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const waiting = useRef(new Map<string, AnswerValue>());
  /** Per question, the newest change: an older save that comes back must not mark a newer one saved. */
  const versions = useRef(new Map<string, number>());
  const requests = useRef(0);
  const applied = useRef(0);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const send = useCallback(
    async (questionId: string, value: AnswerValue, version: number) => {
      const request = ++requests.current;
      setStatuses(withStatus(questionId, { kind: 'saving' }));
      try {
        const next = await call('interviewAnswer', { caseId, questionId, value, victimId });
        // Main answers in order, but a newer state must never be replaced by an older one.
        if (request > applied.current) {
          applied.current = request;
          setState(next);
        }
        if (versions.current.get(questionId) === version) {
          setStatuses(withStatus(questionId, { kind: 'saved' }));
          setDrafts(({ [questionId]: _saved, ...rest }) => rest);
        }
        onSavedRef.current();
      } catch (failure) {
        if (versions.current.get(questionId) !== version) return;
        const message = failure instanceof CallFailure ? (failure.fieldErrors().value ?? failure.message) : String(failure);
        setStatuses(withStatus(questionId, { kind: 'failed', message }));
      }
    },
    [caseId, victimId],
  );

  /** Records a new answer; `typing` waits for a pause before saving. */
  const change = useCallback(
    (questionId: string, value: AnswerValue, typing: boolean) => {
      const version = (versions.current.get(questionId) ?? 0) + 1;
      versions.current.set(questionId, version);
      setDrafts((previous) => ({ ...previous, [questionId]: value }));
      clearTimeout(timers.current.get(questionId));
      timers.current.delete(questionId);
      if (!typing) {
        waiting.current.delete(questionId);
        void send(questionId, value, version);
        return;
      }
      setStatuses(withStatus(questionId, { kind: 'dirty' }));
      waiting.current.set(questionId, value);
      timers.current.set(
        questionId,
        setTimeout(() => {
          timers.current.delete(questionId);
          waiting.current.delete(questionId);
          void send(questionId, value, version);
        }, TYPING_PAUSE_MS),
      );
    },
    [send],
  );

  /** Saves typed text now instead of after the pause: on leaving a field, a section or the tab. */
  const flush = useCallback(
    (questionId?: string) => {
      for (const [id, value] of [...waiting.current]) {
        if (questionId !== undefined && id !== questionId) continue;
        clearTimeout(timers.current.get(id));
        timers.current.delete(id);
        waiting.current.delete(id);
        void send(id, value, versions.current.get(id) ?? 0);
      }
    },
    [send],
  );

  useEffect(() => () => flush(), [flush]);

  const valueOf = useCallback((questionId: string): AnswerValue | undefined => (questionId in drafts ? drafts[questionId] : state.answers[questionId]), [drafts, state.answers]);

  /** Takes a state main sent outside a save: after the case's own facts changed, say. */
  const reset = useCallback((next: InterviewState) => {
    applied.current = ++requests.current;
    setState(next);
  }, []);

  return { state, statuses, valueOf, change, flush, reset };
}
