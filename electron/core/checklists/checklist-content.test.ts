import { expect, it } from 'vitest';
import { loadChecklistContent, reportAdvised } from './checklist-content';

it('has the same checklists and questions in Dutch and English, five for the afwegingskader', () => {
  const keys = (locale: 'nl' | 'en') => loadChecklistContent(locale).checklists.map((c) => [c.key, c.questions.map((q) => `${q.key}:${q.reportWhen}`)]);
  expect(keys('en')).toEqual(keys('nl'));
  expect(loadChecklistContent('nl').checklists.find((c) => c.key === 'afwegingskader')?.questions).toHaveLength(5);
});

it.each([
  [{ suspicion: 'no', acute_or_structural: 'yes' }, false],
  [{ suspicion: 'yes', acute_or_structural: 'yes' }, true],
  [{ suspicion: 'yes', acute_or_structural: 'no', can_help: 'yes', help_accepted: 'yes', help_leads_to_safety: 'yes' }, false],
  [{ suspicion: 'yes', acute_or_structural: 'no', can_help: 'yes', help_accepted: 'no' }, true],
  [{ suspicion: 'yes', acute_or_structural: 'no', can_help: 'no' }, true],
] as const)('advises a report to Veilig Thuis per the afwegingskader: %j → %s', (answers, expected) => {
  const shaped = Object.fromEntries(Object.entries(answers).map(([k, answer]) => [k, { answer }]));
  expect(reportAdvised(loadChecklistContent('nl'), shaped)).toBe(expected);
});
