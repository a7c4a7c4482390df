/**
 * A field's label matched exactly, with or without the asterisk Mantine adds (aria-hidden, but
 * part of the label's text) to required fields.
 */
export function fieldLabel(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}
