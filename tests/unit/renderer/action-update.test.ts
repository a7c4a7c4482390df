// Updating an action sends only the fields that changed: each lands in the chronology as its own fact.
import { describe, expect, it } from 'vitest';
import type { CaseAction } from '@core/contract';
import { changedFields } from '@renderer/screens/case-detail/workflow/ActionUpdateModal';

describe('changedFields', () => {
  const action = { status: 'open', owner: 'Mentor', dueDate: '2026-12-01', outcome: '' } as CaseAction;

  it('sends only what changed, so the chronology records exactly that', () => {
    expect(changedFields(action, { status: 'open', owner: 'Mentor', dueDate: '2026-12-01', outcome: '' })).toEqual({});
    expect(changedFields(action, { status: 'done', owner: 'Mentor', dueDate: null, outcome: 'Gesprek gevoerd.' })).toEqual({ status: 'done', dueDate: null, outcome: 'Gesprek gevoerd.' });
  });
});
