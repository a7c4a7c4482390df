// Checks a form runs on every field before anything is sent, so an empty form is flagged at every
// required field at once, not one refusal from main at a time. The limits come from @shared, the
// same numbers the contract refuses beyond; main stays the one that decides.

/** A check of one value: null when it is fine, else the message to show at the field. */
export type ValueRule = (value: unknown) => string | null;
/** A check that also looks at the other fields, as @mantine/form calls it. */
export type FieldRule<Values> = (value: unknown, values: Values) => string | null;

const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Something must be filled in; spaces alone do not count (the contract trims them away). */
export const required =
  (message: string): ValueRule =>
  (value) =>
    isBlank(value) ? message : null;

/** No longer than the contract accepts, counted as it counts: after trimming. */
export const atMost =
  (max: number, message: string): ValueRule =>
  (value) =>
    typeof value === 'string' && value.trim().length > max ? message : null;

/** A whole number from min to max, both included (a number field may hold '' or a fraction). */
export const wholeBetween =
  (min: number, max: number, message: string): ValueRule =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : message;

/**
 * Empty, or something that looks like an e-mail address: one @ with text on both sides and a dot
 * after it. Looser than the contract's check on purpose; main still refuses what slips through.
 */
export const emailOrEmpty =
  (message: string): ValueRule =>
  (value) =>
    typeof value !== 'string' || value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : message;

/** At most this many lines, as a signature under a letter. */
export const atMostLines =
  (max: number, message: string): ValueRule =>
  (value) =>
    typeof value === 'string' && value.trim().split(/\r?\n/).length > max ? message : null;

/** The same as another field, e.g. a repeated passphrase. */
export const sameAs =
  <Values>(field: keyof Values, message: string): FieldRule<Values> =>
  (value, values) =>
    value === values[field] ? null : message;

/** The first message of several checks on one field, in the order given. */
export const firstOf =
  <Values>(...rules: (ValueRule | FieldRule<Values>)[]): FieldRule<Values> =>
  (value, values) => {
    for (const rule of rules) {
      const message = rule(value, values);
      if (message) return message;
    }
    return null;
  };
