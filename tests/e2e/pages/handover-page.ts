import type { Page } from 'playwright-core';
import { fieldError, fieldLabel } from './field-label';

/** The handover screen: the sender's steps, the successor's import and the list of handovers. */
export class HandoverPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Overdracht', level: 1 });
  }

  async chooseCases(titles: string[], successor: string): Promise<void> {
    for (const title of titles) await this.page.getByRole('checkbox', { name: title }).check();
    await this.page.getByLabel(fieldLabel('Naam van je opvolger')).fill(successor);
  }

  async review(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bekijk wat er meegaat' }).click();
  }

  /** The message under the list of open cases to hand over. */
  casesError() {
    return this.page.locator('.mantine-InputWrapper-root', { has: this.page.getByRole('checkbox').first() }).locator('.mantine-InputWrapper-error');
  }

  manifest() {
    return this.page.getByTestId('handover-manifest');
  }

  async writeFile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Overdrachtsbestand maken' }).click();
  }

  /** The handover code as shown, group by group. */
  async code(): Promise<string[]> {
    const groups = this.page.getByTestId('handover-code').getByTestId('recovery-key-group');
    await groups.first().waitFor();
    return groups.allTextContents();
  }

  /** Types back the two groups the screen asks for. */
  async confirmCode(groups: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Ik heb de code opgeschreven' }).click();
    for (const field of await this.page.getByLabel(/^Groep \d$/).all()) {
      const label = await field.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
      await field.fill(groups[Number(/\d/.exec(label)![0]) - 1]!);
    }
    await this.page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
  }

  async importFile(file: string, code: string): Promise<void> {
    await this.chooseImportFile(file);
    await this.page.getByLabel(fieldLabel('Overdrachtscode')).fill(code);
    await this.submitImport();
  }

  async chooseImportFile(file: string): Promise<void> {
    await this.page.locator('input[type=file][accept=".vertrouwd-overdracht"]').setInputFiles(file);
  }

  async submitImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Inlezen' }).click();
  }

  receiptError() {
    return fieldError(this.page, 'Bevestigingscode');
  }

  /** The message under a field of the import form; 'Overdrachtsbestand kiezen' is the file's. */
  importError(field: 'Overdrachtscode' | 'Overdrachtsbestand kiezen') {
    const wrapper = this.page.locator('.mantine-InputWrapper-root', {
      has: field === 'Overdrachtscode' ? this.page.getByLabel(fieldLabel(field)) : this.page.getByRole('button', { name: field }),
    });
    return wrapper.locator('.mantine-InputWrapper-error');
  }

  receiptCode() {
    return this.page.getByTestId('handover-receipt-code');
  }

  async confirmReceipt(code: string): Promise<void> {
    await this.page.getByLabel(fieldLabel('Bevestigingscode')).fill(code);
    await this.page.getByRole('button', { name: 'Bevestigen en hier vernietigen' }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
