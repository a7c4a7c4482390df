// Room and reach: at 1024×700 the case keeps its tabs on one row and the first field of every tab
// in view; the guardrail banners fold to a chip once read; every screen and dialog passes axe
// (0 serious, 0 critical); and screenshots of each at both sizes go to test-artifacts/e2e/.
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell, type NavItem } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { UnlockPage } from './pages/unlock-page';
import { firstControlInView, screenshotBothSizes } from './sizes';
import { caseInput, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('at 1024×700 keeps the tabs on one row, folds a read banner to a chip, and shows the first field of every tab without scrolling', async () => {
  harness = await startHarness();
  const { page } = harness;
  await lockedVault(harness, [caseInput('Sexting 3B', { incidentTypes: ['sexting'] })]);
  await page.setViewportSize({ width: 1024, height: 700 });
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Sexting 3B');
  const detail = new CaseDetailPage(page);
  await detail.title().waitFor();

  const tabRows = await page.$$eval('[role="tab"]', (tabs) => new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size);
  expect(tabRows).toBe(1);
  expect(await page.getByTestId('case-tabs-more').isVisible()).toBe(true);

  await detail.banner('sexual-imagery').getByRole('button', { name: 'Gelezen — inklappen' }).click();
  const chip = page.getByTestId('guardrail-sexual-imagery-chip');
  await chip.waitFor();
  expect(await detail.banner('sexual-imagery').count()).toBe(0);
  await chip.click();
  await detail.banner('sexual-imagery').waitFor();
  await detail.banner('sexual-imagery').getByRole('button', { name: 'Gelezen — inklappen' }).click();

  const outOfView: unknown[] = [];
  for (const name of detail.tabNames()) {
    await detail.openTab(name);
    await page.getByRole('tabpanel').locator('input, textarea, select, button').first().waitFor();
    const first = await firstControlInView(page);
    await screenshotBothSizes(harness, `casework-case-${name.toLowerCase()}`);
    await page.setViewportSize({ width: 1024, height: 700 });
    if (first.bottom > first.viewport) outOfView.push({ tab: name, first });
    await expectAccessible(page, `case tab ${name}`);
  }
  expect(outOfView).toEqual([]);
});

it('passes axe on every screen and dialog, at both sizes in the screenshots', async () => {
  harness = await startHarness();
  const { page } = harness;
  // First run: the empty form, then the unlock screen of a vault with a case.
  await page.getByRole('button').first().waitFor();
  await expectAccessible(page, 'first run');
  await screenshotBothSizes(harness, 'casework-screen-first-run');
  await lockedVault(harness, [caseInput('Meme gymles 2B')]);
  await new UnlockPage(page).heading().waitFor();
  await expectAccessible(page, 'unlock');
  await screenshotBothSizes(harness, 'casework-screen-unlock');
  await new UnlockPage(page).unlock(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.startHeading().waitFor();

  const screens: [NavItem, string][] = [
    ['Overzicht', 'start'],
    ['Zaken', 'cases'],
    ['Nieuwe zaak', 'new-case'],
    ['Contacten', 'contacts'],
    ['Voorbereiding', 'prevention'],
    ['Jaaroverzicht', 'annual-report'],
    ['Instellingen', 'settings'],
  ];
  for (const [item, name] of screens) {
    await shell.goTo(item);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAccessible(page, name);
    await screenshotBothSizes(harness, `casework-screen-${name}`);
  }

  // The dialogs of a case: closing it and linking it.
  await shell.goTo('Zaken');
  await new CaseListPage(page).open('Meme gymles 2B');
  await page.getByTestId('case-close').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'close-case dialog');
  await screenshotBothSizes(harness, 'casework-dialog-close-case');
  await page.keyboard.press('Escape');
  await eventually(() => page.getByRole('dialog').count()).toBe(0);
});
