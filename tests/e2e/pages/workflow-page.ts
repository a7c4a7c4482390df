import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

/**
 * The case workflow: the step indicator and status panel, closing, reopening and linking, standard
 * actions, checklists, the consent age rule, the start screen's destruction list and the contacts
 * screen.
 */
export class WorkflowPage {
  constructor(private readonly page: Page) {}

  // ---------- step and status ----------

  async currentStep(): Promise<string | null> {
    return this.page.getByTestId('case-stepper').getAttribute('data-status');
  }

  async nextStep(): Promise<void> {
    await this.page.getByTestId('case-next-step').click();
  }

  /** Any other open step, with a note for the chronology. */
  async chooseStep(step: string, note: string): Promise<void> {
    await this.page.getByLabel('Of kies een andere stap').selectOption({ label: step });
    await this.page.getByLabel('Toelichting (niet verplicht)').fill(note);
    await this.page.getByRole('button', { name: 'Naar deze stap' }).click();
  }

  stepNote() {
    return this.page.getByLabel('Toelichting (niet verplicht)');
  }

  private dialog() {
    return this.page.getByRole('dialog');
  }

  async openCloseDialog(): Promise<void> {
    await this.page.getByTestId('case-close').click();
    await this.dialog().waitFor();
  }

  /** The destruction date the close dialog announces before closing. */
  closeDialogRetention() {
    return this.dialog().getByTestId('close-destroy-after');
  }

  closeReason() {
    return this.dialog().getByLabel(fieldLabel('Reden om te sluiten'));
  }

  async confirmClose(reason: string): Promise<void> {
    await this.closeReason().fill(reason);
    await this.dialog().getByRole('button', { name: 'Zaak sluiten', exact: true }).click();
  }

  /** Submits the close dialog as it is (to see the refusal without a reason). */
  async submitClose(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Zaak sluiten', exact: true }).click();
  }

  fieldError(label: string) {
    return this.page.locator('.mantine-InputWrapper-root', { has: this.page.getByLabel(fieldLabel(label)) }).locator('.mantine-InputWrapper-error');
  }

  closedSummary() {
    return this.page.getByTestId('case-closed-summary');
  }

  async reopen(reason: string): Promise<void> {
    await this.page.getByTestId('case-reopen').click();
    await this.dialog().getByLabel(fieldLabel('Reden om te heropenen')).fill(reason);
    await this.dialog().getByRole('button', { name: 'Zaak heropenen' }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  async linkTo(search: string, title: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Koppelen aan andere zaak…' }).click();
    await this.dialog().getByLabel('Zoek de andere zaak').fill(search);
    await this.dialog()
      .getByRole('radio', { name: new RegExp(title) })
      .click();
    await this.dialog().getByLabel(fieldLabel('Waarom horen ze bij elkaar?')).fill(reason);
    await this.dialog().getByRole('button', { name: 'Koppelen', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  linkedCases() {
    return this.page.getByTestId('linked-cases');
  }

  async openLinkedCase(title: string): Promise<void> {
    await this.linkedCases().getByRole('button', { name: title }).click();
  }

  // ---------- action plan ----------

  catalogSelect() {
    return this.page.getByTestId('catalog-select');
  }

  async catalogOptions(): Promise<string[]> {
    return this.catalogSelect().locator('option').allTextContents();
  }

  async chooseCatalogAction(title: string): Promise<void> {
    await this.catalogSelect().selectOption({ label: title });
  }

  /** What the picker shows with the chosen action: what to prepare and whom to call. */
  catalogGuidance() {
    return this.catalogForm().getByTestId('action-guidance');
  }

  private catalogForm() {
    return this.page.locator('form', { has: this.page.getByRole('button', { name: 'Toevoegen aan het plan' }) });
  }

  async addChosenCatalogAction(owner: string, dueDate: string): Promise<void> {
    const form = this.catalogForm();
    await form.getByLabel('Wie doet het?').fill(owner);
    await form.getByLabel('Uiterlijk op').fill(dueDate);
    await form.getByRole('button', { name: 'Toevoegen aan het plan' }).click();
  }

  withheldNotice() {
    return this.page.getByTestId('catalog-withheld');
  }

  action(title: string) {
    return this.page.getByTestId('action-item').filter({ hasText: title });
  }

  /** Sets the status to done; the app then asks for the outcome. */
  async markDone(title: string, outcome: string): Promise<void> {
    await this.action(title).getByRole('combobox').selectOption({ label: 'Klaar' });
    const dialog = this.dialog();
    await dialog.getByLabel('Uitkomst').fill(outcome);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  // ---------- checklists ----------

  checklist(key: 'afwegingskader' | 'stappenplan_sexting') {
    return this.page.getByTestId(`checklist-${key}`);
  }

  async answer(key: 'afwegingskader' | 'stappenplan_sexting', questionKey: string, answer: 'Ja' | 'Nee' | 'Weet ik nog niet', note?: string): Promise<void> {
    const question = this.checklist(key).getByTestId(`checklist-question-${questionKey}`);
    await question.getByRole('radio', { name: answer, exact: true }).check();
    if (note) await question.getByLabel('Toelichting').fill(note);
  }

  async saveChecklist(key: 'afwegingskader' | 'stappenplan_sexting'): Promise<void> {
    await this.checklist(key).getByRole('button', { name: 'Checklist opslaan' }).click();
  }

  reportAdvised() {
    return this.page.getByTestId('report-advised');
  }

  // ---------- consent, timeline, media ----------

  consentAgeRule() {
    return this.page.getByTestId('consent-age-rule');
  }

  async addTimelineEntry(summary: string): Promise<void> {
    await this.page.getByLabel('Wat gebeurde er?').fill(summary);
    await this.page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  }

  timelineEntry(text: string) {
    return this.page.getByTestId('timeline-entry').filter({ hasText: text });
  }

  /** A synthetic drop of a PNG file on the page, as a person dragging a screenshot in would do. */
  async dropImage(): Promise<void> {
    await this.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['\x89PNG\r\nnot really an image'], 'schermafbeelding.png', { type: 'image/png' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
  }

  mediaRefused() {
    return this.page.getByTestId('media-refused');
  }

  // ---------- start screen: retention ----------

  destructionDue() {
    return this.page.getByTestId('destruction-due');
  }

  /** After destroying: how many older backups were removed, and a warning for those that could not be checked. */
  destructionResult() {
    return this.page.getByTestId('destruction-result');
  }

  async destroy(title: string, typed: string): Promise<void> {
    await this.destructionDue().getByTestId('destruction-due-item').filter({ hasText: title }).getByRole('button', { name: 'Vernietigen…' }).click();
    await this.dialog()
      .getByLabel(/^Typ ter bevestiging de werktitel over/)
      .fill(typed);
    await this.dialog().getByRole('button', { name: 'Definitief vernietigen' }).click();
  }

  // ---------- contacts ----------

  async addSchoolContact(contact: { role: string; name: string; phone?: string; email?: string }): Promise<void> {
    await this.page.getByTestId('contact-add').click();
    const dialog = this.dialog();
    await dialog.getByLabel('Rol').selectOption({ label: contact.role });
    await dialog.getByLabel(fieldLabel('Naam')).fill(contact.name);
    if (contact.phone) await dialog.getByLabel('Telefoon').fill(contact.phone);
    if (contact.email !== undefined) await dialog.getByLabel('E-mail').fill(contact.email);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
  }

  schoolContacts() {
    return this.page.getByTestId('school-contacts');
  }

  organisation(key: string) {
    return this.page.getByTestId(`organisation-${key}`);
  }

  async openWebsite(key: string): Promise<void> {
    await this.organisation(key).getByTestId('organisation-website').first().click();
  }
}
