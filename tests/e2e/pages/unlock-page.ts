import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/** The locked app: passphrase, or the recovery key with a new passphrase. */
export class UnlockPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'De kluis is vergrendeld' });
  }

  passphraseField() {
    return this.page.getByLabel(fieldLabel('Wachtwoordzin'));
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphraseField().fill(passphrase);
    await this.page.getByRole('button', { name: 'Ontgrendelen' }).click();
  }

  error() {
    return this.page.locator('form').getByRole('alert');
  }

  async openRecovery(): Promise<void> {
    await this.page.getByRole('button', { name: 'Wachtwoordzin vergeten? Gebruik je herstelsleutel' }).click();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.page.getByLabel('Herstelsleutel').fill(recoveryKey);
    await this.page.getByLabel(fieldLabel('Wachtwoordzin')).fill(newPassphrase);
    await this.page.getByLabel('Herhaal de wachtwoordzin').fill(newPassphrase);
    await this.page.getByRole('button', { name: 'Kluis openen en wachtwoordzin vervangen' }).click();
  }
}
