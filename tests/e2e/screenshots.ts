import type { Harness } from './harness';

/**
 * A full-page screenshot from the top of the page: taken while scrolled, the fixed header would
 * be drawn halfway down the image.
 */
export async function screenshotScreen(harness: Harness, name: string): Promise<void> {
  await harness.page.evaluate(() => window.scrollTo(0, 0));
  await harness.screenshot(name);
}
