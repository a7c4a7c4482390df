import { afterEach, expect, it } from 'vitest';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('returns to the unlock screen after idle time and leaves no case data in the page', async () => {
  harness = await startHarness();
  const title = 'Schermafbeelding online les 4C';
  await lockedVault(harness, [caseInput(title, { summary: 'Vertrouwelijke samenvatting die niet mag blijven hangen.' })]);
  const unlock = new UnlockPage(harness.page);
  await unlock.unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.goTo('Zaken');
  const list = new CaseListPage(harness.page);
  await list.open(title);
  await new CaseDetailPage(harness.page).title().waitFor();
  expect(await harness.page.content()).toContain(title);

  const idleAt = Date.now();
  harness.setIdleSeconds(10 * 60);
  await unlock.heading().waitFor({ timeout: 5000 });
  expect(Date.now() - idleAt).toBeLessThan(5000);
  const html = await harness.page.content();
  expect(html).not.toContain(title);
  expect(html).not.toContain('Vertrouwelijke samenvatting');
});

it('after an auto-lock, unlocking returns to the same case and tab rather than the start screen', async () => {
  harness = await startHarness();
  const title = 'Deepfake rondgestuurd in 2A';
  await lockedVault(harness, [caseInput(title)]);
  const unlock = new UnlockPage(harness.page);
  await unlock.unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.goTo('Zaken');
  await new CaseListPage(harness.page).open(title);
  const detail = new CaseDetailPage(harness.page);
  await detail.openTab('Tijdlijn');
  await harness.page.getByRole('tab', { name: 'Tijdlijn', selected: true }).waitFor();

  harness.setIdleSeconds(10 * 60);
  await unlock.heading().waitFor({ timeout: 5000 });
  harness.setIdleSeconds(0);
  await unlock.unlock(PASSPHRASE);
  await detail.title().waitFor();
  expect(await detail.title().textContent()).toBe(title);
  await harness.page.getByRole('tab', { name: 'Tijdlijn', selected: true }).waitFor();
  expect(await shell.startHeading().count()).toBe(0);
});

it('the first Tab stop is a skip link that puts focus on the screen, past the header and menu', async () => {
  harness = await startHarness();
  await lockedVault(harness, []);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  await new AppShell(harness.page).startHeading().waitFor();
  await harness.page.locator('body').focus();
  await harness.page.keyboard.press('Tab');
  const skip = harness.page.getByRole('link', { name: 'Naar de inhoud' });
  await eventually(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await skip.isVisible()).toBe(true);
  await harness.page.keyboard.press('Enter');
  await eventually(() => harness!.page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  // The next Tab goes to something inside the screen, not back to the menu.
  await harness.page.keyboard.press('Tab');
  expect(await harness.page.evaluate(() => document.getElementById('main-content')!.contains(document.activeElement))).toBe(true);
});
