// Rules every text field obeys, applied once to every call's input in the dispatcher, so no form
// or service can forget them. Images never enter the vault: possessing a sexual image of a minor is
// itself an offence (art. 240b Sr), also for a school — and a pasted data: URL is an image.

/** A data: URL or a long base64 blob pasted into a text field is an image by another name. */
export const EMBEDDED_MEDIA = /data:(image|video)\/|base64,[A-Za-z0-9+/]{200}/i;

/**
 * Fields that are not text about a case: passphrases, keys and codes are never stored or printed
 * (refusing one could lock a person out of their own vault), and a chosen file arrives as its bytes.
 */
const NOT_TEXT: ReadonlySet<string> = new Set(['passphrase', 'newPassphrase', 'current', 'next', 'recoveryKey', 'password', 'file']);

/** The path of the first text in a value (nested objects and lists) that holds embedded media, or null. */
export function embeddedMediaPath(value: unknown, at: (string | number)[] = []): string | null {
  if (typeof value === 'string') return EMBEDDED_MEDIA.test(value) ? at.join('.') : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = embeddedMediaPath(item, [...at, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (NOT_TEXT.has(key)) continue;
      const found = embeddedMediaPath(item, [...at, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
