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

export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ rule: violation.id, impact: violation.impact!, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** 0 serious, 0 critical: the list in the failure message says what and where. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Mantine's transitions (menus, modals, collapses) settle first: a half-faded colour is not the real one.
  await page.waitForTimeout(250);
  expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] });
}
