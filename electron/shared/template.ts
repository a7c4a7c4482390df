// The one `{name}` template filler: texts in resources/ (errors, chronology sentences, advice,
// packs) name their values in braces. Filling is one pass, and values are inserted literally and
// never scanned again, so a value that happens to contain "{victimRef}" stays text.

const PLACEHOLDER = /\{([A-Za-z_]\w*)\}/g;

/** The placeholder names a template uses, in order of appearance. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * What to do with a placeholder that has no value: 'keep' leaves `{name}` in the text, 'empty'
 * drops it, 'throw' refuses (for texts where a missing value would be a silent mistake).
 */
export type MissingValue = 'keep' | 'empty' | 'throw';

export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>, missing: MissingValue = 'keep'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value !== undefined) return value;
    if (missing === 'throw') throw new Error(`Placeholder ${whole} has no value`);
    return missing === 'empty' ? '' : whole;
  });
}
