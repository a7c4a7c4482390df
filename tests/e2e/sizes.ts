// The two screens the app is checked on: an ordinary laptop and a small one (1024×700, where every
// pixel of height counts). Screenshots of every screen at both go to test-artifacts/e2e/.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { screenshotScreen } from './screenshots';

export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

export async function screenshotBothSizes(harness: Harness, name: string): Promise<void> {
  const original = harness.page.viewportSize();
  for (const size of SIZES) {
    await harness.page.setViewportSize(size);
    await harness.page.waitForTimeout(150);
    await screenshotScreen(harness, `${name}-${size.width}x${size.height}`);
  }
  if (original) {
    await harness.page.setViewportSize(original);
    // Let the layout follow the size back (the case tabs measure themselves a frame later).
    await harness.page.waitForTimeout(150);
  }
}

/** The first form control (or button, on a tab without fields) inside the open tab panel is on screen without scrolling. */
export async function firstControlInView(page: Page): Promise<{ tag: string; label: string; bottom: number; viewport: number }> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    // Inactive panels stay in the DOM, empty and hidden: the open one is the one on screen.
    const panel = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((candidate) => candidate.offsetHeight > 0);
    const control = panel?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button');
    const box = control?.getBoundingClientRect();
    return {
      tag: control?.tagName ?? 'none',
      label: control?.getAttribute('aria-label') ?? control?.textContent?.trim().slice(0, 40) ?? '',
      bottom: box ? Math.round(box.bottom) : Number.POSITIVE_INFINITY,
      viewport: window.innerHeight,
    };
  });
}
