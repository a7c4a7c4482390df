// The renderer's call layer without a browser: which call a loader makes, how keys are built, and
// that a change invalidates the cached calls but not the language's content.
import { describe, expect, it } from 'vitest';
import { call, recordCall } from '@renderer/api/client';
import { newQueryClient } from '@renderer/api/query-client';
import { callKey, invalidateAfterChange } from '@renderer/api/query-keys';

describe('recordCall', () => {
  it('finds the one call a loader makes, without sending it', () => {
    expect(recordCall(() => call('notesList', { caseId: 'c1' }))).toEqual({ name: 'notesList', input: { caseId: 'c1' } });
  });
  it('gives up on a loader that changes the answer, makes two calls or none', () => {
    expect(recordCall(() => call('notesList', { caseId: 'c1' }).then((notes) => notes.length))).toBeNull();
    expect(recordCall(() => Promise.all([call('notesList', { caseId: 'c1' }), call('actionsList', { caseId: 'c1' })]))).toBeNull();
    expect(recordCall(() => Promise.resolve(1))).toBeNull();
  });
  it('sends calls again once the loader has been looked at', () => {
    recordCall(() => call('notesList', { caseId: 'c1' }));
    // No window.vertrouwd here: a real send fails, which shows it was not recorded.
    return expect(call('notesList', { caseId: 'c1' })).rejects.toThrow();
  });
});

describe('invalidateAfterChange', () => {
  it('marks every call stale except the content of the current language', async () => {
    const client = newQueryClient();
    client.setQueryData(callKey('notesList', { caseId: 'c1' }), []);
    client.setQueryData(callKey('interviewContent', {}), { sections: [] });
    await invalidateAfterChange(client);
    expect(client.getQueryState(callKey('notesList', { caseId: 'c1' }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(callKey('interviewContent', {}))?.isInvalidated).toBe(false);
  });
});
