import type { Page } from 'playwright-core';

export type NavItem = 'Overzicht' | 'Zaken' | 'Nieuwe zaak' | 'Contacten' | 'Voorbereiding' | 'Jaaroverzicht' | 'Instellingen' | 'Overdracht' | 'Bestuur';

/** The unlocked app's frame: navigation and the lock button. */
export class AppShell {
  constructor(private readonly page: Page) {}

  lockButton() {
    return this.page.getByRole('button', { name: /^Vergrendelen/ });
  }

  async lock(): Promise<void> {
    await this.lockButton().click();
  }

  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+KeyL');
  }

  async goTo(item: NavItem): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: item, exact: true }).click();
  }

  startHeading() {
    return this.page.getByRole('heading', { name: 'Overzicht', level: 1 });
  }
}
