import type { Page } from 'playwright-core';
import { fieldError } from './field-label';

/** Settings: locking, language, details, passphrase and backups. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Instellingen', level: 1 });
  }

  recoveryNotConfirmed() {
    return this.page.getByTestId('recovery-not-confirmed');
  }

  /** Opens "new recovery key" and proves the passphrase; the key steps then follow as at first run. */
  async makeNewRecoveryKey(passphrase: string): Promise<void> {
    await this.openNewRecoveryKey();
    await this.submitNewRecoveryKey(passphrase);
  }

  async openNewRecoveryKey(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
  }

  /** Fills in the passphrase (an empty one sends nothing typed) and asks for the new key. */
  async submitNewRecoveryKey(passphrase: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Huidige wachtwoordzin').fill(passphrase);
    await dialog.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
  }

  newRecoveryKeyError() {
    return fieldError(this.page.getByRole('dialog'), 'Huidige wachtwoordzin');
  }

  async setAutoLockMinutes(minutes: number): Promise<void> {
    const section = this.page.locator('section').filter({ hasText: 'Vergrendelen en taal' });
    await section.getByLabel('Automatisch vergrendelen na (minuten)').fill(String(minutes));
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.getByText('Opgeslagen.').waitFor();
  }

  /** Saves the language; the whole UI, the unlock screen included, switches to it. */
  async setLanguage(label: 'Nederlands' | 'English'): Promise<void> {
    const section = this.page.locator('section').filter({ hasText: 'Vergrendelen en taal' });
    await section.getByLabel('Taal').selectOption({ label });
    await section.getByRole('button', { name: 'Opslaan' }).click();
  }

  async makeBackup(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  }

  backupRows() {
    return this.page.getByTestId('backups-table').locator('tbody tr');
  }

  /** The cells of one column of the backups table, by its header. */
  backupColumn(header: string) {
    return this.page.getByTestId('backups-table').locator(`tbody td:nth-child(${SettingsPage.BACKUP_COLUMNS.indexOf(header) + 1})`);
  }

  private static readonly BACKUP_COLUMNS = ['Gemaakt op', 'Aanleiding', 'Grootte', 'Geverifieerd'];

  async restoreNewestBackup(): Promise<void> {
    await this.backupRows().first().getByRole('button', { name: 'Terugzetten' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Ja, terugzetten' }).click();
  }

  /** "Jouw gegevens": the advisor's details printed under every letter. */
  advisorSection() {
    // By its heading: another section's help text may name "Jouw gegevens" too.
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Jouw gegevens', exact: true }) });
  }

  advisorField(label: 'Naam in de tijdlijn' | 'Naam onder brieven' | 'Functie' | 'Telefoon' | 'E-mail' | 'Ondertekening') {
    return this.advisorSection().getByLabel(label, { exact: true });
  }

  /** The message shown at a field of the advisor's details. */
  advisorFieldError(label: Parameters<SettingsPage['advisorField']>[0]) {
    return this.advisorSection()
      .locator('.mantine-InputWrapper-root', { has: this.page.getByLabel(label, { exact: true }) })
      .locator('.mantine-InputWrapper-error');
  }

  async saveAdvisor(): Promise<void> {
    await this.advisorSection().getByRole('button', { name: 'Opslaan' }).click();
  }

  schoolField(label: 'Naam van de school' | 'Adres') {
    return this.page.getByTestId('school-branding').getByLabel(label, { exact: true });
  }
}
