import type { Page } from 'playwright-core';

/** The guided interview tab: parts on the left, the current part's questions, tips beside them. */
export class InterviewPage {
  constructor(private readonly page: Page) {}

  progress() {
    return this.page.getByTestId('interview-progress');
  }

  reviewedLine() {
    return this.page.getByTestId('interview-reviewed');
  }

  tips() {
    return this.page.getByTestId('conduct-tips');
  }

  sectionHeading() {
    return this.page.locator('#interview-section-title');
  }

  sectionLink(title: string) {
    return this.page.getByTestId('interview-sections').getByRole('button').filter({ hasText: title });
  }

  async openSection(title: string): Promise<void> {
    await this.sectionLink(title).click();
    await this.sectionHeading().filter({ hasText: title }).waitFor();
  }

  async nextSection(): Promise<void> {
    await this.page.getByRole('button', { name: /Volgende sectie/ }).click();
  }

  question(id: string) {
    return this.page.getByTestId(`question-${id}`);
  }

  /** Picks an option of a single-choice or yes/no question, or ticks options of a multi-choice one. */
  async choose(id: string, ...labels: string[]): Promise<void> {
    for (const label of labels) {
      await this.question(id).getByLabel(label, { exact: true }).check();
      await this.waitUntilSaved(id);
    }
  }

  async untick(id: string, label: string): Promise<void> {
    await this.question(id).getByLabel(label, { exact: true }).uncheck();
    await this.waitUntilSaved(id);
  }

  isChecked(id: string, label: string) {
    return this.question(id).getByLabel(label, { exact: true }).isChecked();
  }

  /** Types into a text question as a person would, and waits for the autosave after the pause. */
  async type(id: string, text: string): Promise<void> {
    const field = this.question(id).getByRole('textbox');
    await field.fill(text);
    await this.waitUntilSaved(id);
  }

  textOf(id: string) {
    return this.question(id).getByRole('textbox').inputValue();
  }

  saveState(id: string) {
    return this.question(id).getByTestId('save-state');
  }

  async waitUntilSaved(id: string): Promise<void> {
    await this.saveState(id).filter({ hasText: 'Opgeslagen' }).waitFor();
  }

  correction(id: string) {
    return this.question(id).getByTestId('answer-correction');
  }

  /** The percentage the progress line shows. */
  async percent(): Promise<number> {
    const text = (await this.progress().textContent()) ?? '';
    return Number(/(\d+)%/.exec(text)?.[1] ?? Number.NaN);
  }

  /** The case's own facts, shown above the interview instead of asked in it. */
  facts() {
    return this.page.getByTestId('interview-facts');
  }

  fact(key: 'schoolLevel' | 'incidentTypes' | 'platforms' | 'ageBand' | 'classGroup') {
    return this.page.getByTestId(`fact-${key}`);
  }

  /** Changes the case's facts from the interview: ticks incident types, adds platforms, sets age band and class. */
  async editFacts(change: { incidentTypes?: string[]; platforms?: string[]; ageBand?: string; classGroup?: string }): Promise<void> {
    const facts = this.facts();
    await facts.getByRole('button', { name: 'Aanpassen' }).click();
    for (const label of change.incidentTypes ?? []) await facts.getByLabel(label, { exact: true }).check();
    for (const platform of change.platforms ?? []) {
      await facts.getByLabel('Platforms').fill(platform);
      await this.page.keyboard.press('Enter');
    }
    if (change.ageBand) await facts.getByLabel('Leeftijd slachtoffer').selectOption({ label: change.ageBand });
    if (change.classGroup !== undefined) await facts.getByLabel('Klas of functie').fill(change.classGroup);
    await facts.getByRole('button', { name: 'Opslaan' }).click();
    await facts.getByRole('button', { name: 'Aanpassen' }).waitFor();
  }

  safetyAlert(key: 'self_harm_risk' | 'danger_at_home') {
    return this.page.getByTestId(`safety-alert-${key}`);
  }

  /** Picks the victim the per-victim parts are about, when the case has several. */
  async pickVictim(label: string): Promise<void> {
    await this.page.getByTestId('interview-victim').getByText(label, { exact: true }).click();
  }

  async toAssessment(): Promise<void> {
    await this.page.getByTestId('interview-to-assessment').click();
  }
}
