import type { Page } from 'playwright-core';

export interface NewCase {
  title: string;
  types?: string[];
  summary?: string;
  platforms?: string[];
}

/** The new-case form. */
export class NewCasePage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Nieuwe zaak', level: 1 });
  }

  title() {
    return this.page.getByLabel('Werktitel of pseudoniem');
  }

  incidentDate() {
    return this.page.getByLabel('Datum van het incident');
  }

  async fill(input: NewCase): Promise<void> {
    await this.title().fill(input.title);
    for (const type of input.types ?? []) await this.page.getByLabel(type, { exact: true }).check();
    for (const platform of input.platforms ?? []) {
      await this.page.getByLabel('Platforms').fill(platform);
      await this.page.keyboard.press('Enter');
    }
    if (input.summary) await this.page.getByLabel('Korte, neutrale samenvatting').fill(input.summary);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zaak aanmaken' }).click();
  }

  /** The error Mantine shows under a field (its id is the input's aria-describedby). */
  fieldError(label: string) {
    return this.page.locator('.mantine-InputWrapper-root', { has: this.page.getByLabel(label) }).locator('.mantine-InputWrapper-error');
  }
}
