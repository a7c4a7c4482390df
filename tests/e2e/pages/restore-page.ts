import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/** The unlock screen's restore panel: what is wrong with the files, the backups, and the proof that they are ours. */
export class RestorePage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Een back-up terugzetten', level: 1 });
  }

  /** The named problem with the vault's files (missing, damaged…). */
  problem() {
    return this.page.getByTestId('vault-problem');
  }

  /** The less prominent way in, from the ordinary unlock screen. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Een back-up terugzetten' }).click();
  }

  backups() {
    return this.page.getByTestId('restore-backup');
  }

  async choose(text: string): Promise<void> {
    await this.backups().filter({ hasText: text }).first().click();
  }

  async restoreWithPassphrase(passphrase: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Je wachtwoordzin' }).check();
    await this.page.getByLabel(fieldLabel('Wachtwoordzin')).fill(passphrase);
    await this.submit();
  }

  async restoreWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Je herstelsleutel' }).check();
    await this.page.getByRole('textbox', { name: fieldLabel('Herstelsleutel') }).fill(recoveryKey);
    await this.page.getByLabel(fieldLabel('Wachtwoordzin')).fill(newPassphrase);
    await this.page.getByLabel(fieldLabel('Herhaal de wachtwoordzin')).fill(newPassphrase);
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back-up terugzetten en openen' }).click();
  }

  error() {
    return this.page.getByTestId('restore-panel').getByRole('alert');
  }

  done() {
    return this.page.getByTestId('restore-done');
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Verder naar Vertrouwd' }).click();
  }

  /** The text of whatever has the keyboard focus, to check focus went to the result or the error. */
  focusedText(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? '');
  }
}
