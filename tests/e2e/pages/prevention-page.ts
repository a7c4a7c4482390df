import type { Page } from 'playwright-core';
import { fieldError, fieldLabel } from './field-label';

export type PreventionTabName = 'Stand van zaken' | 'Lessen per klas' | 'Documenten' | 'Begrippen';
export type PreventionDocumentName =
  'Lesopzet voor de jaarlijkse les' | 'Paragraaf voor de schoolgids' | 'Onderdeel sociale media van het schoolveiligheidsplan' | 'Kaart voor medewerkers: als er beelden rondgaan';

/** The Voorbereiding screen: readiness points, lessons per class, documents, glossary. */
export class PreventionPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Voorbereid zijn', level: 1 });
  }

  async tab(name: PreventionTabName): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  classCard(name: string) {
    return this.page.getByTestId(`class-${name}`);
  }

  async addClass(name: string): Promise<void> {
    await this.submitClass(name);
    await this.classCard(name).waitFor();
  }

  /** Fills in the new class's name (possibly nothing) and adds it. */
  async submitClass(name: string): Promise<void> {
    const form = this.addClassForm();
    await form.getByLabel(fieldLabel('Klas of groep')).fill(name);
    await form.getByRole('button', { name: 'Klas toevoegen' }).click();
  }

  addClassForm() {
    return this.page.getByTestId('add-class');
  }

  /** The message under a field of the new-class form, or of the lesson dialog. */
  fieldError(form: 'add-class' | 'lesson-form' | 'point-form', label: string) {
    return fieldError(this.page.getByTestId(form), label);
  }

  async planLesson(className: string, date: string): Promise<void> {
    await this.classCard(className).getByRole('button', { name: 'Les plannen' }).click();
    const form = this.lessonForm();
    await form.getByLabel('Gepland op').fill(date);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'detached' });
  }

  lessonForm() {
    return this.page.getByTestId('lesson-form');
  }

  /** Opens the record form of the class's lesson and fills it; the caller saves. */
  async fillLessonRecord(className: string, fields: { ledBy: string; rules: string }): Promise<void> {
    if (!(await this.lessonForm().isVisible())) await this.classCard(className).getByRole('button', { name: 'Les vastleggen' }).click();
    const form = this.lessonForm();
    await form.getByLabel('Wie gaf de les').fill(fields.ledBy);
    await form.getByLabel('De regels die de klas opstelde').fill(fields.rules);
  }

  async saveLessonForm(): Promise<void> {
    await this.lessonForm().getByRole('button', { name: 'Opslaan' }).click();
  }

  async openDocument(name: PreventionDocumentName): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(name) }).click();
    await this.page.getByTestId('document-editor').waitFor();
  }

  async saveDocument(): Promise<void> {
    await this.page.getByTestId('document-editor').getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  }

  /** The message under a paragraph of the open document. */
  documentError(heading: string) {
    return fieldError(this.page.getByTestId('document-editor'), heading);
  }

  async exportDocument(): Promise<void> {
    await this.page.getByTestId('document-editor').getByRole('button', { name: 'Exporteren als pdf' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Opgeslagen als' }).waitFor();
  }

  async backToDocuments(): Promise<void> {
    await this.page.getByRole('button', { name: /Alle documenten/ }).click();
  }
}
