import { afterEach, expect, it } from 'vitest';
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
