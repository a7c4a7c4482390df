import type { Locator, Page } from 'playwright-core';
import { fieldError, fieldLabel } from './field-label';

/** The advisor's day on the start screen, the chronology's filters and the takedown tracker. */
export class CaseworkPage {
  constructor(private readonly page: Page) {}

  acuteCases() {
    return this.page.getByTestId('acute-case');
  }

  firstHour(caseTitle: string) {
    return this.acuteCases().filter({ hasText: caseTitle }).getByTestId('first-hour');
  }

  dueGroups() {
    return this.page.getByTestId('due-group');
  }

  dueGroup(caseTitle: string) {
    return this.dueGroups().filter({ hasText: caseTitle });
  }

  async markDone(actionTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Markeer ‘${actionTitle}’ als klaar` }).click();
  }

  followUps() {
    return this.page.getByTestId('follow-up');
  }

  // ---------- chronology ----------

  async toggleFilter(name: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Toon in de tijdlijn' })
      .getByText(new RegExp(`^${name} \\(`))
      .click();
  }

  sittings() {
    return this.page.getByTestId('timeline-sitting');
  }

  entries() {
    return this.page.getByTestId('timeline-entry');
  }

  async addTimelineEvent(kind: 'Contact' | 'Besluit' | 'Gebeurtenis', summary: string, happenedAt?: string): Promise<void> {
    await this.page.getByLabel('Soort').selectOption({ label: kind });
    if (happenedAt) await this.page.getByLabel('Wanneer gebeurde het?').fill(happenedAt);
    await this.page.getByLabel('Wat gebeurde er?').fill(summary);
    await this.page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  }

  // ---------- takedown tracker ----------

  async addItem(item: { platform: string; account: string; seenAt?: string; description: string; followUp?: string }): Promise<void> {
    await this.page.getByLabel(fieldLabel('Platform')).fill(item.platform);
    await this.page.getByLabel('Account of link').fill(item.account);
    if (item.seenAt !== undefined) await this.page.getByLabel('Gezien op').fill(item.seenAt);
    await this.page.getByLabel(fieldLabel('Beschrijving')).fill(item.description);
    if (item.followUp) await this.page.getByLabel('Opnieuw kijken op').first().fill(item.followUp);
    await this.submitItem();
  }

  async submitItem(): Promise<void> {
    await this.page.getByRole('button', { name: 'Vastleggen in het register' }).click();
  }

  /** The message under a field of the form to record a new item (or of `within`, one item's form). */
  fieldError(label: string, within: Page | Locator = this.page) {
    return fieldError(within, label).first();
  }

  items() {
    return this.page.getByTestId('takedown-item');
  }

  item(text: string) {
    return this.items().filter({ hasText: text });
  }

  async report(itemText: string, update: { to: 'het platform zelf' | 'Helpwanted' | 'de politie'; reference: string; followUp?: string }): Promise<void> {
    const item = this.item(itemText);
    await item.getByRole('button', { name: 'Bijwerken' }).click();
    await item.getByLabel('Gemeld bij').selectOption({ label: update.to });
    await item.getByLabel('Kenmerk of referentienummer').fill(update.reference);
    if (update.followUp) await item.getByLabel('Opnieuw kijken op').fill(update.followUp);
    await item.getByRole('button', { name: 'Bijwerken opslaan' }).click();
  }

  async setStatus(itemText: string, status: string): Promise<void> {
    const item = this.item(itemText);
    await item.getByRole('button', { name: 'Bijwerken' }).click();
    await item.getByLabel('Nieuwe status').selectOption({ label: status });
    await item.getByRole('button', { name: 'Bijwerken opslaan' }).click();
  }

  async correct(itemText: string, account: string, reason: string): Promise<void> {
    const item = this.item(itemText);
    await item.getByRole('button', { name: 'Corrigeren' }).click();
    await item.getByLabel('Account of link').fill(account);
    await item.getByLabel('Waarom de correctie?').fill(reason);
    await this.saveCorrection(itemText);
  }

  async saveCorrection(itemText: string): Promise<void> {
    await this.item(itemText).getByRole('button', { name: 'Correctie opslaan' }).click();
  }
}
