// Small helpers for the `as const` lists: membership with narrowing, and rank by position.

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The position of a value in its list, or -1 for a value the list does not know. */
export function rankIn<T extends string>(list: readonly T[], value: string | null | undefined): number {
  return value == null ? -1 : (list as readonly string[]).indexOf(value);
}
