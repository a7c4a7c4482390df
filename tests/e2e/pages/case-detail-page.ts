import type { Page } from 'playwright-core';
import { fieldLabel } from './field-label';

export type CaseTabName = 'Overzicht' | 'Gesprek' | 'Beoordeling' | 'Acties' | 'Tijdlijn' | 'Notities' | 'Verwijderen' | 'Toestemming' | 'Communicatie';

/** One case: header, guardrail banners and tabs. */
export class CaseDetailPage {
  constructor(private readonly page: Page) {}

  title() {
    return this.page.getByTestId('case-title');
  }

  /** A tab in the row, or — when the row has no room for it — in the "Meer" menu at its end. */
  async openTab(name: CaseTabName): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    const more = this.page.getByTestId('case-tabs-more');
    // Until the row has measured itself every tab is drawn, and some then move into "Meer".
    await this.page.locator('[data-testid="case-tabs"][data-measured="true"]').waitFor();
    // Right after the window changed size the row measures itself again, a frame later: a tab can
    // move out of "Meer" (or into it) between looking and clicking. Look again until one way works.
    const opened = async (): Promise<boolean> => {
      try {
        if (await tab.isVisible()) {
          await tab.click({ timeout: 2_000 });
        } else if (await more.isVisible()) {
          await more.click({ timeout: 2_000 });
          await this.page.getByRole('menuitem', { name, exact: true }).click({ timeout: 2_000 });
        } else return false;
        return true;
      } catch {
        await this.page.keyboard.press('Escape');
        return false;
      }
    };
    // A plain loop, not expect.poll: the bench drives these pages outside the test runner too.
    for (const started = Date.now(); !(await opened());) {
      if (Date.now() - started > 30_000) throw new Error(`The case tab "${name}" could not be opened`);
      await this.page.waitForTimeout(200);
    }
  }

  tabNames(): CaseTabName[] {
    return ['Overzicht', 'Gesprek', 'Beoordeling', 'Acties', 'Tijdlijn', 'Notities', 'Verwijderen', 'Toestemming', 'Communicatie'];
  }

  banner(kind: 'sexual-imagery' | 'staff-suspect' | 'meldcode') {
    return this.page.getByTestId(`guardrail-${kind}`);
  }

  tabPanel() {
    return this.page.getByRole('tabpanel');
  }

  personRows() {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('button', { name: 'Wijzigen' }) });
  }

  async addPerson(role: string, label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(fieldLabel('Rol')).selectOption({ label: role });
    await dialog.getByLabel(fieldLabel('Omschrijving')).fill(label);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens the person's dialog and confirms the removal; the dialog stays open when it is refused. */
  async removePerson(label: string, reason: string): Promise<void> {
    await this.personRows().filter({ hasText: label }).getByRole('button', { name: 'Wijzigen' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('person-remove').click();
    await dialog.getByLabel(fieldLabel('Reden (niet verplicht)')).fill(reason);
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  }

  async addTimelineCorrection(entryText: string, correction: string): Promise<void> {
    const entry = this.page.getByTestId('timeline-entry').filter({ hasText: entryText });
    await entry.getByRole('button', { name: 'Correctie toevoegen' }).click();
    await entry.getByLabel(fieldLabel('Correctie')).fill(correction);
    await entry.getByRole('button', { name: 'Correctie opslaan' }).click();
  }

  timelineCorrections() {
    return this.page.getByTestId('timeline-correction');
  }

  async addNote(kind: 'Privé werknotitie' | 'Dossiernotitie', body: string): Promise<void> {
    await this.page.getByLabel(kind, { exact: true }).check();
    await this.page.getByLabel(fieldLabel('Notitie')).fill(body);
    await this.page.getByRole('button', { name: kind === 'Privé werknotitie' ? 'Privé-notitie opslaan' : 'Dossiernotitie opslaan' }).click();
  }

  notes(kind: 'private' | 'dossier') {
    return this.page.getByTestId(`notes-${kind}`);
  }

  async addAction(title: string, dueDate: string): Promise<void> {
    await this.page.getByLabel('Wat moet er gebeuren?').fill(title);
    await this.page.getByLabel('Uiterlijk op').fill(dueDate);
    await this.page.getByRole('button', { name: 'Actie toevoegen' }).click();
  }

  actionItems() {
    return this.page.getByTestId('action-item');
  }

  async addEvidence(description: string, platform: string): Promise<void> {
    await this.page.getByLabel('Beschrijving').fill(description);
    await this.page.getByLabel(fieldLabel('Platform')).fill(platform);
    await this.page.getByRole('button', { name: 'Vastleggen in het register' }).click();
  }

  evidenceTable() {
    return this.page.getByTestId('evidence-table');
  }

  async recordConsent(subject: string, givenBy: string, note = ''): Promise<void> {
    await this.page.getByLabel('Waarvoor').selectOption({ label: subject });
    await this.page.getByLabel('Door wie').selectOption({ label: givenBy });
    if (note) await this.page.getByLabel(fieldLabel('Toelichting')).fill(note);
    await this.page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  }

  consentNotes() {
    return this.page.getByTestId('consent-note');
  }

  consentStatus(subject: 'dossier' | 'class_talk' | 'all_pupils_talk' | 'inform_parents' | 'share_with_police') {
    return this.page.getByTestId(`consent-status-${subject}`);
  }

  async withdrawFirstConsent(note: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Intrekken' }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Toelichting').fill(note);
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
  }
}
