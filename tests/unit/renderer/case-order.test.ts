import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '@core/contract';
import { sortCases } from '@renderer/screens/case-list/case-order';

const summary = (id: string, over: Partial<CaseSummary>): CaseSummary => ({
  id,
  title: id,
  schoolLevel: 'vo',
  status: 'intake',
  recordKind: 'working_note',
  incidentTypes: [],
  platforms: [],
  openedAt: '2026-11-01',
  updatedAt: '2026-11-01',
  level: null,
  acute: false,
  openActions: 0,
  overdueActions: 0,
  nextDue: null,
  handedOver: null,
  ...over,
});

describe('sortCases', () => {
  it('puts acute cases first, then the heavier levels, then cases not assessed yet', () => {
    const cases = [
      summary('none', {}),
      summary('low', { level: 'low' }),
      summary('critical', { level: 'critical' }),
      summary('acute', { level: 'moderate', acute: true }),
      summary('high', { level: 'high' }),
    ];
    expect(sortCases(cases, 'severity').map((c) => c.id)).toEqual(['acute', 'critical', 'high', 'low', 'none']);
  });
  it('orders by the workflow for status, newest first within one status', () => {
    const cases = [
      summary('closed', { status: 'closed' }),
      summary('acting-old', { status: 'acting', updatedAt: '2026-11-01' }),
      summary('intake', { status: 'intake' }),
      summary('acting-new', { status: 'acting', updatedAt: '2026-11-20' }),
    ];
    expect(sortCases(cases, 'status').map((c) => c.id)).toEqual(['intake', 'acting-new', 'acting-old', 'closed']);
  });
});
