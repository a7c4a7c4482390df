import { describe, expect, it } from 'vitest';
import enDialogs from '@resources/dialogs/en.json';
import nlDialogs from '@resources/dialogs/nl.json';
import { dialogText, errorText, validationText } from './main-i18n';

const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' && inner ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe('main speaks the person’s language', () => {
  it('has every dialog text in Dutch and English', () => {
    expect(keysOf(enDialogs).sort()).toEqual(keysOf(nlDialogs).sort());
  });

  it('fills a dialog text in either language', () => {
    expect(dialogText('nl', 'externalLink.message', { host: 'www.helpwanted.nl' })).toBe('Wil je www.helpwanted.nl openen in je browser?');
    expect(dialogText('en', 'externalLink.message', { host: 'www.helpwanted.nl' })).toBe('Open www.helpwanted.nl in your browser?');
  });

  it('gives error messages in English too, and leaves out a placeholder without a value', () => {
    expect(errorText('en', 'forbidden_sender')).toBe('This request did not come from the Vertrouwd window and was refused.');
    expect(errorText('nl', 'too_many_attempts', { seconds: 30 })).toContain('30');
    expect(errorText('nl', 'too_many_attempts')).not.toContain('{');
  });

  it('translates the contract’s Dutch field messages for English, and keeps them for Dutch', () => {
    expect(validationText('en', 'Geef de zaak een werktitel of pseudoniem.')).toBe('Give the case a working title or pseudonym.');
    expect(validationText('nl', 'Geef de zaak een werktitel of pseudoniem.')).toBe('Geef de zaak een werktitel of pseudoniem.');
    expect(validationText('en', 'Too small: expected string to have >=1 characters')).toBe('Too small: expected string to have >=1 characters');
  });
});
