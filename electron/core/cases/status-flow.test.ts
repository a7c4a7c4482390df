import { expect, it } from 'vitest';
import { checkTransition, stepFollowingWork } from './status-flow';

it('lets the advisor move between open statuses in either direction', () => {
  expect(checkTransition('intake', 'acting', undefined)).toBeNull();
  expect(checkTransition('communicating', 'defining', undefined)).toBeNull();
});

it('needs a reason to close, and a closed case only comes back by reopening', () => {
  expect(checkTransition('aftercare', 'closed', '  ')).toBe('closing_needs_reason');
  expect(checkTransition('aftercare', 'closed', 'Beelden verwijderd, nazorg afgerond')).toBeNull();
  expect(checkTransition('closed', 'acting', undefined)).toBe('closed_needs_reopen');
  expect(checkTransition('acting', 'acting', undefined)).toBe('same_status');
});

it('moves the step forward when the work has got further, never back and never out of aftercare or closed', () => {
  expect(stepFollowingWork('intake', 'defining')).toBe('defining');
  expect(stepFollowingWork('intake', 'acting')).toBe('acting');
  expect(stepFollowingWork('defining', 'communicating')).toBe('communicating');
  expect(stepFollowingWork('acting', 'defining')).toBeNull();
  expect(stepFollowingWork('defining', 'defining')).toBeNull();
  expect(stepFollowingWork('aftercare', 'communicating')).toBeNull();
  expect(stepFollowingWork('closed', 'acting')).toBeNull();
});
