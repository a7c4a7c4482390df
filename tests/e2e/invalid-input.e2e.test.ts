import { afterEach, expect, it } from 'vitest';
import { eventually } from './eventually';
import { screenshotScreen } from './screenshots';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { NewCasePage } from './pages/new-case-page';
import { UnlockPage } from './pages/unlock-page';
import { coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('refuses invalid input to a contract call and keeps the UI working afterwards', async () => {
  harness = await startHarness();
  await lockedVault(harness);
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();

  const refused = await harness.page.evaluate(() => window.vertrouwd.casesCreate({ title: 5 } as never));
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.issues?.map((issue) => issue.path)).toContain('title');
  }
  expect(await coreCall(harness, 'casesList', { status: 'all' })).toEqual([]);

  // The form shows main's field message at the field, then accepts a corrected case.
  await shell.goTo('Nieuwe zaak');
  const newCase = new NewCasePage(harness.page);
  await newCase.submit();
  await eventually(() => newCase.fieldError('Werktitel of pseudoniem').textContent()).toContain('Geef de zaak een werktitel of pseudoniem');
  await screenshotScreen(harness, 'new-case-errors');
  await newCase.fill({ title: 'Beeldpesten brugklas', types: ['Beeldpesten'] });
  await newCase.submit();
  await eventually(() => new CaseDetailPage(harness!.page).title().textContent()).toBe('Beeldpesten brugklas');
});
