import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/** First run: details and passphrase, the recovery key shown once, then typing two groups back. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Welkom bij Vertrouwd' });
  }

  async fillDetails(name: string, passphrase: string, repeat = passphrase): Promise<void> {
    await this.page.getByLabel('Je naam').fill(name);
    await this.page.getByLabel(fieldLabel('Wachtwoordzin')).fill(passphrase);
    await this.page.getByLabel('Herhaal de wachtwoordzin').fill(repeat);
  }

  async fillSchoolName(name: string): Promise<void> {
    await this.page.getByLabel('Naam van de school').fill(name);
  }

  /** The fields of the details step, by their labels (with or without the required asterisk). */
  field(label: 'Je naam' | 'Wachtwoordzin' | 'Herhaal de wachtwoordzin') {
    return this.page.getByLabel(fieldLabel(label));
  }

  // ---------- a vault moved from another computer ----------

  async openMoveImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kluis van een andere computer openen' }).click();
  }

  async submitMoveImport(): Promise<void> {
    await this.moveSection().getByRole('button', { name: 'Kluis openen' }).click();
  }

  /** The part of the screen for a vault moved from another computer, beside the new vault's form. */
  moveSection() {
    return this.page
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name: 'Verhuis je van een andere computer?' }) })
      .last();
  }

  /** The message under the move form's file button or its passphrase. */
  moveError(field: 'Verhuisbestand kiezen' | 'Wachtwoordzin') {
    const control = field === 'Wachtwoordzin' ? this.page.getByLabel(fieldLabel(field)) : this.page.getByRole('button', { name: field });
    return this.moveSection().locator('.mantine-InputWrapper-root', { has: control }).locator('.mantine-InputWrapper-error');
  }

  /** The message Mantine shows under a field. */
  fieldError(label: 'Je naam' | 'Wachtwoordzin' | 'Herhaal de wachtwoordzin') {
    return this.page.locator('.mantine-InputWrapper-root', { has: this.field(label) }).locator('.mantine-InputWrapper-error');
  }

  /** The first words of the recovery key step, where focus goes once the vault exists. */
  keyStepStart() {
    return this.page.getByTestId('recovery-key-once');
  }

  strength() {
    return this.page.getByTestId('passphrase-strength');
  }

  async createVault(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  }

  /** The eight groups as shown on screen. */
  async recoveryKeyGroups(): Promise<string[]> {
    await this.page.getByTestId('recovery-key-group').first().waitFor();
    return (await this.page.getByTestId('recovery-key-group').allTextContents()).map((group) => group.trim());
  }

  async continueToConfirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
  }

  /** Types back whichever two groups the screen asks for. */
  async confirmRecoveryKey(groups: string[]): Promise<number[]> {
    await this.page.getByRole('button', { name: 'Bevestigen en beginnen' }).waitFor();
    const asked: number[] = [];
    for (const [index, group] of groups.entries()) {
      const field = this.page.getByLabel(fieldLabel(`Groep ${index + 1}`));
      if ((await field.count()) === 0) continue;
      await field.fill(group);
      asked.push(index + 1);
    }
    await this.page.getByRole('button', { name: 'Bevestigen en beginnen' }).click();
    return asked;
  }
}
