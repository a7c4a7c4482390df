import type { Page } from 'playwright-core';

/** The board's view over several schools' files. */
export class BoardPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Cijfers van het bestuur', level: 1 });
  }

  async addFiles(files: string[]): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(files);
  }

  total(key: string) {
    return this.page.getByTestId(`board-total-${key}`);
  }

  chartValue(chart: string, key: string) {
    return this.page.getByTestId(`chart-${chart}-${key}-value`);
  }

  schools() {
    return this.page.getByTestId('board-school');
  }

  refused() {
    return this.page.getByTestId('board-refused');
  }
}
