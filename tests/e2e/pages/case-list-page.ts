import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/** The virtualised case list with its search, status filter and sort. */
export class CaseListPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Zaken', level: 1 });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Zoeken').fill(text);
  }

  async filterStatus(label: string): Promise<void> {
    await this.page.getByLabel(fieldLabel('Status')).selectOption({ label });
  }

  async sortBy(label: string): Promise<void> {
    await this.page.getByLabel('Sorteren op').selectOption({ label });
  }

  row(title: string) {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  /** The titles of the rows currently rendered (the list only renders what is in view). */
  async renderedTitles(): Promise<string[]> {
    return this.page.locator('[role="row"][data-index] [role="cell"]:first-child p:first-child').allTextContents();
  }

  /** Focuses a rendered row, for keyboard use. */
  async focusRow(index: number): Promise<void> {
    await this.page.locator(`[role="row"][data-index="${index}"]`).focus();
  }

  async focusedRowIndex(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-index') ?? null);
  }

  async open(title: string): Promise<void> {
    await this.row(title).click();
  }

  emptyMessage() {
    return this.page.getByText('Geen zaken gevonden');
  }
}
