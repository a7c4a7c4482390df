import { Badge, createTheme, DEFAULT_THEME, defaultVariantColorsResolver, Modal, parseThemeColor, type CSSVariablesResolver, type MantineColorsTuple, type VariantColorsResolver } from '@mantine/core';

// A muted petrol blue: calm for a tense subject, and shade 7 on white passes WCAG AA (5.6:1)
// for text and filled buttons, which is why it is the primary shade.
const petrol: MantineColorsTuple = ['#e8f4f6', '#d3e6ea', '#a6ccd5', '#76b1bf', '#4f9aac', '#368ba0', '#27839a', '#1a6f84', '#0c6377', '#00556a'];

// Mantine's darkest orange, yellow and green (#d9480f 3.9:1, #e67700 3.0:1, #2b8a3e 4.2:1 on its
// light fill) are too light for text: their two darkest shades are replaced so shade-9 text passes
// WCAG AA on white and on the light fills.
const orange: MantineColorsTuple = [...DEFAULT_THEME.colors.orange.slice(0, 8), '#c2410c', '#9a3412'] as unknown as MantineColorsTuple;
const yellow: MantineColorsTuple = [...DEFAULT_THEME.colors.yellow.slice(0, 8), '#a15c00', '#7c4a03'] as unknown as MantineColorsTuple;
const green: MantineColorsTuple = [...DEFAULT_THEME.colors.green.slice(0, 8), '#237032', '#1b5e28'] as unknown as MantineColorsTuple;

/**
 * Colours whose shade 7 is too light for white text (red #f03e3e 3.8:1, green 2.8:1, orange 3.0:1…):
 * a filled button or badge in them is drawn in shade 9 (red #c92a2a 5.5:1), lighter on hover.
 */
const tooLightForWhite = new Set(['red', 'orange', 'yellow', 'green', 'teal', 'cyan', 'lime', 'blue', 'pink']);

/**
 * Light badges, buttons and alerts write their text in shade 9 instead of the primary shade: shade
 * 7 of blue, orange or teal on its own light fill is below 4.5:1 (axe flagged every such badge).
 * Filled ones in a colour too light for white text take its shade 9 (axe flagged the red
 * "destroy" and "remove" buttons).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'filled') return resolved;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return resolved;
  if (input.variant === 'filled') {
    if (!tooLightForWhite.has(parsed.color)) return resolved;
    return { ...resolved, background: `var(--mantine-color-${parsed.color}-9)`, hover: `var(--mantine-color-${parsed.color}-8)` };
  }
  return { ...resolved, color: `var(--mantine-color-${parsed.color}-9)`, hoverColor: `var(--mantine-color-${parsed.color}-9)` };
};

export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: 7,
  colors: { petrol, orange, yellow, green },
  variantColorResolver,
  // Keyboard users always see where they are; mouse clicks do not leave a ring behind.
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: '"DejaVu Sans Mono", "Cascadia Mono", Consolas, Menlo, monospace',
  headings: { fontWeight: '600' },
  components: {
    // Sentence-case badges read calmer than Mantine's default capitals.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', fontWeight: 600 } } }),
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } }),
  },
});

/**
 * Secondary ("dimmed") text in gray 7 instead of Mantine's gray 6 (#868e96, 3.2:1 on white, below
 * WCAG AA): 7.9:1 on white and still clearly quieter than body text. A field's error message in
 * red 9 instead of red 6 (#fa5252, 3.3:1; axe flagged every flagged field): #c92a2a is 5.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
