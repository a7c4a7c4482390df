// Where a refusal from main belongs in a form: the contract's field issues at the fields they name,
// and an error code that is about one field (a weak passphrase, a missing reason) at that field.
// What fits no field stays a message for the whole form.
import type { ErrorCode } from '@shared';
import { CallFailure } from '../../api/client';

export interface Placement {
  /** The nested input object the form's fields sit in ('action', 'patch'); '' for the input itself. */
  within?: string;
  /** Contract field → form field, where the names differ ('next' → 'passphrase'). */
  fields?: Readonly<Record<string, string>>;
  /** Error codes that are about one form field, e.g. { weak_passphrase: 'passphrase' }. */
  codes?: Readonly<Partial<Record<ErrorCode, string>>>;
  /**
   * Error codes whose details name the field they are about (`details.field`), for a refusal that
   * can fall on any of several fields, e.g. a person's name in a lesson's rules or its note.
   */
  namedFields?: readonly ErrorCode[];
}

export interface PlacedFailure {
  /** Form field → message, only for fields the form has. */
  fields: Record<string, string>;
  /** What to show above the buttons; null when the whole failure was placed at a field. */
  general: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The paths a form's values offer for errors: 'title', and 'advisor', 'advisor.name' for a nested object. */
export function fieldPaths(values: object): string[] {
  return Object.entries(values).flatMap(([key, value]) => [key, ...(isPlainObject(value) ? fieldPaths(value).map((inner) => `${key}.${inner}`) : [])]);
}

export function placeFailure(failure: unknown, formFields: readonly string[], placement: Placement = {}): PlacedFailure {
  if (!failure) return { fields: {}, general: null };
  if (!(failure instanceof CallFailure)) return { fields: {}, general: failure };
  const known = new Set(formFields);
  const { within = '', fields: renamed = {} } = placement;
  const fields: Record<string, string> = {};
  for (const issue of failure.error.issues ?? []) {
    if (within && !issue.path.startsWith(`${within}.`)) continue;
    const segments = issue.path.slice(within ? within.length + 1 : 0).split('.');
    // The longest path the form has: 'advisor.signature' before 'advisor'; 'incidentTypes.0' → 'incidentTypes'.
    for (let length = segments.length; length > 0; length--) {
      const path = segments.slice(0, length).join('.');
      const field = renamed[path] ?? path;
      if (known.has(field)) {
        fields[field] ??= issue.message;
        break;
      }
    }
  }
  const named = failure.error.details?.field;
  const codeField = placement.codes?.[failure.code as ErrorCode] ?? (placement.namedFields?.includes(failure.code as ErrorCode) && typeof named === 'string' ? (renamed[named] ?? named) : undefined);
  if (codeField && known.has(codeField)) {
    fields[codeField] ??= failure.message;
    return { fields, general: null };
  }
  // invalid_input keeps its general line: it says the marked fields need a look.
  return { fields, general: failure };
}
