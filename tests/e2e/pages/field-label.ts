import type { Locator, Page } from 'playwright-core';

/**
 * A field's label matched exactly, with or without the asterisk Mantine adds (aria-hidden, but
 * part of the label's text) to required fields.
 */
export function fieldLabel(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** The message Mantine shows under the field labelled `label` inside `scope` (a page, a dialog, one item). */
export function fieldError(scope: Page | Locator, label: string) {
  // `has` is matched inside each wrapper, so the label is looked for from the page, not from `scope` again.
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('.mantine-InputWrapper-root', { has: page.getByLabel(fieldLabel(label)) }).locator('.mantine-InputWrapper-error');
}
