// Content in resources/ is edited by people, not by the compiler: every file is checked with zod the
// first time it is loaded, and a mistake names the file and the exact place so a reviewer can fix it.
import { z } from 'zod';
import { locales, type Locale } from '@shared';

export const localeSchema = z.enum(locales);
export type { Locale };

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** `sections[2].questions[0].showIf.q` — the way a reviewer would look the spot up in the JSON. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((issue) => `at ${formatPath(issue.path)}: ${issue.message}`),
    );
  }
  return deepFreeze(result.data);
}

/** Loaded content is cached and shared; freezing it keeps one caller from changing it for all. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

/** A validated, frozen and cached copy per locale of a pair of content files in resources/<folder>/. */
export function contentLoader<S extends z.ZodType>(schema: S, folder: string, data: Record<Locale, unknown>): (locale: Locale) => z.infer<S> {
  const cache = new Map<Locale, z.infer<S>>();
  return (locale) => {
    let content = cache.get(locale);
    if (content === undefined) {
      content = parseContent(schema, data[locale], `resources/${folder}/${locale}.json`);
      cache.set(locale, content);
    }
    return content;
  };
}
