import type { Locator, Page } from 'playwright-core';

/**
 * Where the keyboard is: the focused element's tag, its field label (or its first words) and test
 * id. After a submit it must never be <body>: that is where a screen reader user would be lost.
 */
export function focused(page: Page): Promise<{ tag: string; name: string; testId: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const labels = element && 'labels' in element ? (element as HTMLInputElement).labels : null;
    const name = (labels?.[0]?.textContent ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return { tag: element?.tagName.toLowerCase() ?? 'none', name, testId: element?.getAttribute('data-testid') ?? null };
  });
}

/** True when `locator`'s element holds the focus. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
