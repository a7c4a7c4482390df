// Every text the main process shows or returns, in the person's language, through i18next: error
// messages (resources/errors), the native dialogs (resources/dialogs) and the contract's field
// messages (resources/validation). Texts use {name} placeholders, as all content in resources/.
//
// The contract writes its field messages in Dutch, in place (`.min(1, 'Vul een naam in.')`), so
// a reader sees the rule and its message together; that Dutch sentence is the key of its English
// translation, gettext-style. A sentence without a translation is shown as written.
import { createInstance } from 'i18next';
import enDialogs from '@resources/dialogs/en.json';
import nlDialogs from '@resources/dialogs/nl.json';
import enErrors from '@resources/errors/en.json';
import nlErrors from '@resources/errors/nl.json';
import enValidation from '@resources/validation/en.json';
import type { ErrorCode, Locale } from '@shared';

const i18n = createInstance();
void i18n.init({
  resources: {
    nl: { errors: nlErrors, dialogs: nlDialogs, validation: {} },
    en: { errors: enErrors, dialogs: enDialogs, validation: enValidation },
  },
  lng: 'nl',
  fallbackLng: false,
  initAsync: false,
  // A placeholder without a value is left out rather than shown as {name}.
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  missingInterpolationHandler: () => '',
  returnEmptyString: false,
});

type Values = Record<string, string | number>;
// The renderer declares its own keys for i18next's types; main's texts are checked by tests instead.
const t = i18n.t.bind(i18n) as unknown as (key: string, options: Record<string, unknown>) => string;

/** A dialog text, e.g. dialogText('en', 'externalLink.message', { host }). */
export function dialogText(locale: Locale, key: string, values: Values = {}): string {
  return t(key, { lng: locale, ns: 'dialogs', ...values });
}

/** The message for an error code; placeholders without a value are left out. */
export function errorText(locale: Locale, code: ErrorCode, values: Values = {}): string {
  const key = (i18n.exists as (key: string, options: Record<string, unknown>) => boolean)(code, { lng: locale, ns: 'errors' }) ? code : 'internal';
  return t(key, { lng: locale, ns: 'errors', ...values });
}

/** A contract field message in the person's language (the Dutch sentence is its own key). */
export function validationText(locale: Locale, message: string): string {
  if (locale === 'nl') return message;
  return t(message, { lng: locale, ns: 'validation', keySeparator: false, nsSeparator: false, defaultValue: message });
}
