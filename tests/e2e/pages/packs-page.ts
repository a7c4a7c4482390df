import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

export type PackTitle =
  | 'Beelden die rondgaan via sociale media'
  | 'Afspraken na ons gesprek'
  | 'Handleiding klassengesprek'
  | 'Informatie voor medewerkers'
  | 'Plan voor een gesprek met alle leerlingen'
  | 'Casussamenvatting';

/** The Communication tab: the six packs, one pack's page with its paragraphs, and the export. */
export class PacksPage {
  constructor(private readonly page: Page) {}

  list() {
    return this.page.getByTestId('pack-list');
  }

  card(title: PackTitle) {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  async open(title: PackTitle): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: /Bekijken en bewerken/ })
      .click();
    await this.preview().waitFor();
  }

  /** With several victims the family letter is one card per victim, named for that victim's family. */
  familyCard(victim: string) {
    return this.page.getByRole('article').filter({ has: this.page.getByTestId('pack-card-victim').getByText(`Voor de familie van: ${victim}`, { exact: true }) });
  }

  async openFamilyLetter(victim: string): Promise<void> {
    await this.familyCard(victim)
      .getByRole('button', { name: /Bekijken en bewerken/ })
      .click();
    await this.preview().waitFor();
  }

  familyOf() {
    return this.page.getByTestId('pack-family-of');
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: /Alle documenten/ }).click();
    await this.list().waitFor();
  }

  preview() {
    return this.page.getByTestId('pack-preview');
  }

  paragraph(text: string) {
    return this.preview().getByTestId('pack-paragraph').filter({ hasText: text });
  }

  /** Opens a paragraph by clicking it, replaces its text and saves. */
  async editParagraph(heading: string, text: string): Promise<void> {
    await this.paragraph(heading).click();
    await this.saveParagraphText(heading, text);
  }

  /** The same, with the keyboard: Tab to the paragraph's edit button, Enter, type, Ctrl+Enter. */
  async editParagraphWithKeyboard(heading: string, text: string): Promise<void> {
    await this.paragraph(heading)
      .getByRole('button', { name: `Alinea ‘${heading}’ bewerken` })
      .focus();
    await this.page.keyboard.press('Enter');
    const field = this.page.getByLabel(`Tekst van de alinea ‘${heading}’`);
    await field.fill(text);
    await field.press('Control+Enter');
    await field.waitFor({ state: 'detached' });
  }

  private async saveParagraphText(heading: string, text: string): Promise<void> {
    const field = this.page.getByLabel(`Tekst van de alinea ‘${heading}’`);
    await field.fill(text);
    await this.page.getByRole('button', { name: 'Alinea opslaan' }).click();
    await field.waitFor({ state: 'detached' });
  }

  async restoreParagraph(heading: string): Promise<void> {
    await this.paragraph(heading).getByRole('button', { name: 'Herstel originele tekst' }).click();
  }

  problems() {
    return this.page.getByTestId('pack-problems');
  }

  /** The identifying details the check marked in the text. */
  findings() {
    return this.preview().getByTestId('pack-finding');
  }

  /** Fixes one marked detail in place, with the button beside it (replace or remove). */
  async fixFinding(text: string): Promise<void> {
    await this.preview()
      .getByRole('button', { name: new RegExp(`^‘${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}’ (vervangen door|weghalen)`) })
      .click();
  }

  letterhead() {
    return this.preview().getByTestId('pack-letterhead');
  }

  recipient() {
    return this.preview().getByTestId('pack-recipient');
  }

  signature() {
    return this.preview().getByTestId('pack-signature');
  }

  pageBreaks() {
    return this.preview().getByTestId('pack-page-break');
  }

  ready() {
    return this.page.getByTestId('pack-ready');
  }

  namingSwitch() {
    return this.page.getByRole('switch', { name: 'Slachtoffer bij naam noemen' });
  }

  exportButton() {
    return this.page.getByRole('button', { name: 'Exporteren als PDF' });
  }

  blockedReason() {
    return this.page.getByTestId('pack-export-blocked');
  }

  savedMessage() {
    return this.page.getByTestId('pack-export-saved');
  }

  exportHistory() {
    return this.page.getByTestId('pack-export-history');
  }

  async export(): Promise<void> {
    await this.exportButton().click();
  }

  passwordDialog() {
    return this.page.getByRole('dialog', { name: 'Wachtwoord voor de casussamenvatting' });
  }

  /** The case summary: the export asks for the password twice. */
  async exportWithPassword(password: string, repeat = password): Promise<void> {
    await this.exportButton().click();
    const dialog = this.passwordDialog();
    await dialog.getByLabel(fieldLabel('Wachtwoord voor de PDF')).fill(password);
    await dialog.getByLabel(fieldLabel('Herhaal het wachtwoord')).fill(repeat);
    await dialog.getByRole('button', { name: 'Versleuteld exporteren' }).click();
  }
}

export interface LogoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Settings, the section with the school's name, address and logo for the letterhead. */
export class SchoolBrandingSettings {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.getByTestId('school-branding');
  }

  async setSchoolName(name: string): Promise<void> {
    await this.section().getByLabel('Naam van de school').fill(name);
  }

  async setAddress(address: string): Promise<void> {
    await this.section().getByLabel('Adres').fill(address);
  }

  /** Through the file picker, as a person would: the app accepts no dropped or pasted image. */
  async chooseLogo(file: LogoFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section()
      .getByRole('button', { name: /logo kiezen/i })
      .click();
    await (await chooser).setFiles(file);
  }

  logoPreview() {
    return this.section().getByRole('img', { name: 'Voorbeeld van het logo' });
  }

  logoError() {
    return this.section().getByTestId('school-logo-error');
  }

  async save(): Promise<void> {
    await this.section().getByRole('button', { name: 'Opslaan' }).click();
    await this.section().getByText('Opgeslagen.').waitFor();
  }
}
