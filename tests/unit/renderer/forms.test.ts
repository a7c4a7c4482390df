// The pure parts of the shared form pattern: the checks every field gets on submit, and where a
// refusal from main lands (at a field, or above the buttons).
import { describe, expect, it } from 'vitest';
import { CallFailure } from '@renderer/api/client';
import { fieldPaths, placeFailure } from '@renderer/components/forms/place-failure';
import { atMost, atMostLines, emailOrEmpty, firstOf, required, sameAs, wholeBetween } from '@renderer/components/forms/rules';

const refusal = (code: string, message: string, issues?: { path: string; message: string }[], details?: Record<string, string>) => new CallFailure({ code: code as never, message, issues, details });

describe('rules', () => {
  it('flags an empty required field, spaces and empty lists included, and passes anything filled in', () => {
    const rule = required('Vul dit in.');
    for (const empty of ['', '   ', null, undefined, []]) expect(rule(empty)).toBe('Vul dit in.');
    for (const filled of ['a', ['x'], 0]) expect(rule(filled)).toBeNull();
  });

  it('counts a text’s length after trimming, as the contract does', () => {
    const rule = atMost(3, 'Te lang.');
    expect(rule('  abc  ')).toBeNull();
    expect(rule('abcd')).toBe('Te lang.');
  });

  it('counts lines after trimming, so a trailing newline is not a line', () => {
    const rule = atMostLines(2, 'Te veel regels.');
    expect(rule('een\ntwee\n')).toBeNull();
    expect(rule('een\r\ntwee\r\ndrie')).toBe('Te veel regels.');
  });

  it('accepts only whole numbers within both ends', () => {
    const rule = wholeBetween(1, 120, 'Kies 1 tot en met 120.');
    expect([1, 60, 120].map(rule)).toEqual([null, null, null]);
    expect([0, 121, 1.5, '', '5'].map(rule)).toEqual(Array(5).fill('Kies 1 tot en met 120.'));
  });

  it('lets an e-mail address or nothing through, and flags text that cannot be an address', () => {
    const email = emailOrEmpty('no address');
    expect([email(''), email('  '), email('r.bakker@politie.example'), email(' a@b.nl ')]).toEqual([null, null, null, null]);
    expect([email('wijkagent-at-politie'), email('a@b'), email('a b@c.nl'), email('@c.nl')]).toEqual(['no address', 'no address', 'no address', 'no address']);
  });

  it('compares with another field and gives the first failing check’s message', () => {
    const repeat = firstOf<{ passphrase: string }>(required('Herhaal hem.'), sameAs('passphrase', 'Niet gelijk.'));
    expect(repeat('', { passphrase: 'abc' })).toBe('Herhaal hem.');
    expect(repeat('abd', { passphrase: 'abc' })).toBe('Niet gelijk.');
    expect(repeat('abc', { passphrase: 'abc' })).toBeNull();
  });
});

describe('fieldPaths', () => {
  it('lists top-level fields and the fields of a nested object, not of lists', () => {
    expect(fieldPaths({ profileName: '', advisor: { name: '', signature: '' }, incidentTypes: ['meme'], logo: null })).toEqual([
      'profileName',
      'advisor',
      'advisor.name',
      'advisor.signature',
      'incidentTypes',
      'logo',
    ]);
  });
});

describe('placeFailure', () => {
  const fields = ['title', 'owner', 'incidentTypes', 'advisor', 'advisor.signature', 'passphrase', 'reason'];

  it('has nothing to place when nothing failed', () => {
    expect(placeFailure(null, fields)).toEqual({ fields: {}, general: null });
  });

  it('keeps a failure that is not main’s refusal as a general message', () => {
    const crash = new Error('boom');
    expect(placeFailure(crash, fields)).toEqual({ fields: {}, general: crash });
  });

  it('places the contract’s issues below `within` at the fields, first message per field, and keeps the general line', () => {
    const failure = refusal('invalid_input', 'Controleer de gemarkeerde velden.', [
      { path: 'action.title', message: 'Geef de actie een titel.' },
      { path: 'action.title', message: 'Tweede melding.' },
      { path: 'caseId', message: 'Buiten het formulier.' },
      { path: 'action.unknown', message: 'Geen veld hier.' },
    ]);
    expect(placeFailure(failure, fields, { within: 'action' })).toEqual({ fields: { title: 'Geef de actie een titel.' }, general: failure });
  });

  it('places an issue at the deepest field the form has', () => {
    const failure = refusal('invalid_input', 'Controleer de velden.', [
      { path: 'advisor.signature', message: 'Te veel regels.' },
      { path: 'incidentTypes.3', message: 'Onbekende soort.' },
    ]);
    expect(placeFailure(failure, fields).fields).toEqual({ 'advisor.signature': 'Te veel regels.', incidentTypes: 'Onbekende soort.' });
  });

  it('renames contract fields to the form’s names', () => {
    const failure = refusal('invalid_input', 'Controleer de velden.', [{ path: 'next', message: 'Te lang.' }]);
    expect(placeFailure(failure, fields, { fields: { next: 'passphrase' } }).fields).toEqual({ passphrase: 'Te lang.' });
  });

  it('shows a refusal that is about one field at that field only', () => {
    const failure = refusal('weak_passphrase', 'Deze wachtwoordzin is te zwak.');
    expect(placeFailure(failure, fields, { codes: { weak_passphrase: 'passphrase' } })).toEqual({ fields: { passphrase: 'Deze wachtwoordzin is te zwak.' }, general: null });
  });

  it('shows a refusal at the field its details name, when the form says that code names one', () => {
    const failure = refusal('prevention_names_person', 'Hier staat een naam.', undefined, { field: 'reason' });
    expect(placeFailure(failure, fields, { namedFields: ['prevention_names_person'] })).toEqual({ fields: { reason: 'Hier staat een naam.' }, general: null });
    // Not listed, or naming a field the form lacks: the message stays above the buttons.
    expect(placeFailure(failure, fields).general).toBe(failure);
    const elsewhere = refusal('prevention_names_person', 'Hier staat een naam.', undefined, { field: 'paragraph_3' });
    expect(placeFailure(elsewhere, fields, { namedFields: ['prevention_names_person'] }).general).toBe(elsewhere);
  });

  it('keeps a refusal for a field the form does not have as a general message', () => {
    const failure = refusal('closing_needs_reason', 'Geef een reden.');
    expect(placeFailure(failure, ['title'], { codes: { closing_needs_reason: 'reason' } })).toEqual({ fields: {}, general: failure });
  });
});
