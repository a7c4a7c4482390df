// axe-core in the page: every screen and dialog the e2e tests visit is checked, and a serious or
// critical violation fails the test with the rule and the elements it names. The script is handed
// over through the debugging protocol, which the renderer's strict CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page, scope?: string): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document | Element, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run((selector && document.querySelector(selector)) || document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, impact: violation.impact!, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, scope);
}

/**
 * 0 serious, 0 critical: the list in the failure message says what and where. `scope` (a CSS
 * selector) checks one part only, e.g. an open dialog: the screen behind it is dimmed by the
 * overlay, so its colours there are not the ones anyone reads (that screen has its own check).
 */
export async function expectAccessible(page: Page, where: string, scope?: string): Promise<void> {
  // Mantine's transitions (menus, modals, collapses) settle first: a half-faded colour is not the real one.
  await page.waitForTimeout(250);
  expect({ where, violations: await seriousViolations(page, scope) }).toEqual({ where, violations: [] });
}
