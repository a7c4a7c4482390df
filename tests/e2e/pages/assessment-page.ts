import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/** The assessment tab: level and acute, reasons, flags, recommended actions and the override. */
export class AssessmentPage {
  constructor(private readonly page: Page) {}

  async make(): Promise<void> {
    await this.page.getByTestId('assessment-run').click();
  }

  summary() {
    return this.page.getByTestId('assessment-summary');
  }

  level() {
    return this.page.getByTestId('assessment-level');
  }

  meta() {
    return this.page.getByTestId('assessment-meta');
  }

  override() {
    return this.page.getByTestId('assessment-override');
  }

  outdatedNotice() {
    return this.page.getByTestId('assessment-outdated');
  }

  reasons() {
    return this.page.getByTestId('assessment-reason');
  }

  /** The links from one reason to the sources page. */
  reasonSourceLinks(index: number) {
    return this.reasons().nth(index).getByTestId('reason-sources').getByRole('button');
  }

  blocked(actionKey: string) {
    return this.page.getByTestId(`blocked-${actionKey}`);
  }

  flag(key: string) {
    return this.page.getByTestId(`assessment-flag-${key}`);
  }

  recommendation(actionKey: string) {
    return this.page.getByTestId(`recommendation-${actionKey}`);
  }

  recommendationsFor(step: 'act' | 'communicate' | 'aftercare') {
    return this.page.getByTestId(`recommendations-${step}`);
  }

  async planActions(...actionKeys: string[]): Promise<void> {
    for (const key of actionKeys) await this.recommendation(key).check();
    await this.page.getByTestId('assessment-plan-actions').click();
  }

  async overrideLevel(levelLabel: string, reason: string): Promise<void> {
    const form = this.page.getByTestId('assessment-override-form');
    if (!(await form.isVisible())) await this.page.getByTestId('assessment-override-toggle').click();
    await form.getByLabel('Ernst volgens jou').selectOption({ label: levelLabel });
    await form.getByLabel(fieldLabel('Reden')).fill(reason);
    await form.getByRole('button', { name: 'Ernst aanpassen' }).click();
  }

  overrideReasonError() {
    return this.page.getByTestId('assessment-override-form').locator('.mantine-InputWrapper-error');
  }
}
