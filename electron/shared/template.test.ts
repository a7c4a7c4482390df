import { describe, expect, it } from 'vitest';
import { fillTemplate, templateNames } from './template';

describe('fillTemplate', () => {
  it('fills every placeholder in one pass and never rescans an inserted value', () => {
    expect(fillTemplate('{a} en {b}', { a: '{b}', b: 'twee' })).toBe('{b} en twee');
  });
  it('keeps, empties or refuses a placeholder without a value, as asked', () => {
    expect(fillTemplate('Hallo {naam}.', {})).toBe('Hallo {naam}.');
    expect(fillTemplate('Hallo {naam}.', {}, 'empty')).toBe('Hallo .');
    expect(() => fillTemplate('Hallo {naam}.', {}, 'throw')).toThrow(/\{naam\}/);
  });
  it('does not take a value from the object prototype', () => {
    expect(fillTemplate('{toString}', {}, 'empty')).toBe('');
  });
  it('lists the names a template uses', () => {
    expect(templateNames('{school}: {victimRef} {1} {school}')).toEqual(['school', 'victimRef', 'school']);
  });
});
