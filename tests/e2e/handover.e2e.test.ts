// The successor handover from both sides, each in its own vault and its own Chromium: the sender
// reviews and writes the file, the successor imports it with the code, and the sender's copy is
// destroyed once the successor's confirmation code is typed in.
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { focused } from './pages/focus';
import { HandoverPage } from './pages/handover-page';
import { UnlockPage } from './pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

async function openOn(harness: Harness, item: 'Overdracht' | 'Zaken'): Promise<AppShell> {
  await new UnlockPage(harness.page).unlock(PASSPHRASE);
  const shell = new AppShell(harness.page);
  await shell.startHeading().waitFor();
  await shell.goTo(item);
  return shell;
}

it('hands a dossier over: reviewed and written by the sender, imported by the successor, destroyed at the sender after the receipt', async () => {
  const sender = await startHarness();
  harnesses.push(sender);
  const { caseIds } = await lockedVault(sender, [caseInput('Shame-sexting 3B'), caseInput('Blijft bij mij')]);
  await coreCall(sender, 'vaultUnlock', { passphrase: PASSPHRASE });
  await coreCall(sender, 'personsSave', { caseId: caseIds[0]!, person: { role: 'victim', kind: 'pupil', label: 'Noor', ageBand: '12_15', classGroup: '3B', contact: null, relatedPersonId: null } });
  await coreCall(sender, 'notesAdd', { caseId: caseIds[0]!, kind: 'private', body: 'Eigen twijfel PRIVE-E2E' });
  await coreCall(sender, 'vaultLock', {});
  await sender.page.reload();

  await openOn(sender, 'Overdracht');
  const send = new HandoverPage(sender.page);
  await send.heading().waitFor();
  // No case chosen: said at the list of cases, whose first box takes the focus.
  await send.review();
  await expect.poll(() => send.casesError().textContent()).toBe('Kies minstens één zaak die je opvolger overneemt.');
  await expect.poll(() => focused(sender.page)).toMatchObject({ tag: 'input', name: 'Shame-sexting 3B' });
  await expectAccessible(sender.page, 'handover, no case chosen');
  await send.chooseCases(['Shame-sexting 3B'], 'Meneer Bakker');
  expect(await send.casesError().count()).toBe(0);
  await send.review();
  await send.manifest().waitFor();
  // What goes along is what the keyboard and the screen reader reach first.
  await expect.poll(() => focused(sender.page)).toMatchObject({ testId: 'handover-manifest' });
  expect(await send.manifest().textContent()).toContain('Noor (victim)');
  expect(await send.manifest().textContent()).toContain('Privé werknotities blijven hier');
  expect(await sender.page.content()).not.toContain('PRIVE-E2E');
  await sender.screenshot('handover-manifest');
  await send.writeFile();
  const groups = await send.code();
  expect(groups).toHaveLength(8);
  await sender.screenshot('handover-code');
  await send.confirmCode(groups);
  await sender.page.getByText('Geef het bestand en de overdrachtscode apart').waitFor();
  expect(sender.savedFiles).toHaveLength(1);
  expect(sender.savedFiles[0]).toMatch(/\.vertrouwd-overdracht$/);
  // The sender's case stays, marked as handed over, until the receipt comes back.
  await new AppShell(sender.page).goTo('Zaken');
  // Flagged in the list, and read-only inside: a change now would never reach the successor.
  await sender.page.getByText('Overgedragen', { exact: true }).waitFor();
  await new CaseListPage(sender.page).open('Shame-sexting 3B');
  expect(await sender.page.getByTestId('handed-over-notice').textContent()).toContain('Overgedragen aan Meneer Bakker');
  expect(await sender.page.getByTestId('handed-over-notice').textContent()).toContain('niet meer wijzigen');

  const successor = await startHarness();
  harnesses.push(successor);
  await lockedVault(successor);
  await openOn(successor, 'Overdracht');
  const receive = new HandoverPage(successor.page);
  await receive.heading().waitFor();
  // Nothing chosen or typed: both are flagged, and the file's button, the first, takes the focus.
  await receive.submitImport();
  await expect.poll(() => receive.importError('Overdrachtsbestand kiezen').textContent()).toBe('Kies eerst het bestand dat je voorganger je gaf.');
  expect(await receive.importError('Overdrachtscode').textContent()).toBe('Typ de code over die je voorganger je apart gaf.');
  await expect.poll(() => focused(successor.page)).toMatchObject({ tag: 'button', name: 'Overdrachtsbestand kiezen' });
  await expectAccessible(successor.page, 'handover import, nothing filled in');
  await receive.chooseImportFile(sender.savedFiles[0]!);
  expect(await receive.importError('Overdrachtsbestand kiezen').count()).toBe(0);
  // A code that does not open the file is marked at the code, which takes the focus to be fixed.
  await receive.importFile(sender.savedFiles[0]!, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
  await expect.poll(() => receive.importError('Overdrachtscode').textContent()).toContain('hoort niet bij dit bestand');
  await expect.poll(() => focused(successor.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Overdrachtscode') });
  await successor.page.getByLabel(/^Overdrachtscode/).fill(groups.join('-').toLowerCase());
  expect(await receive.importError('Overdrachtscode').count()).toBe(0);
  await receive.submitImport();
  await receive.receiptCode().waitFor();
  // The form is gone: the receipt, with the code to read out, holds the focus.
  await expect.poll(() => focused(successor.page)).toMatchObject({ testId: 'handover-received' });
  const receipt = (await receive.receiptCode().textContent())!;
  expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await successor.screenshot('handover-received');

  // The successor's chronology: the earlier entries marked as received, the handover as an entry.
  const shell = new AppShell(successor.page);
  await shell.goTo('Zaken');
  await new CaseListPage(successor.page).open('Shame-sexting 3B');
  await new CaseDetailPage(successor.page).openTab('Tijdlijn');
  await successor.page.getByText('Ontvangen bij overdracht').first().waitFor();
  expect(await successor.page.getByTestId('timeline-received').count()).toBeGreaterThan(1);
  await successor.page.getByRole('button', { name: 'Chronologie controleren' }).click();
  await successor.page.getByTestId('chain-ok').waitFor();
  await successor.screenshot('handover-successor-chronology');

  // Back at the sender: the receipt comes in, and the dossier is destroyed here, with the backup
  // that still holds it.
  await coreCall(sender, 'backupsCreate', {});
  await new AppShell(sender.page).goTo('Overdracht');
  // Nothing typed, then a wrong code: each is marked at the code, which takes the focus.
  await send.confirmReceipt('');
  await expect.poll(() => send.receiptError().textContent()).toBe('Typ de code over die je opvolger je voorlas.');
  await expect.poll(() => focused(sender.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Bevestigingscode') });
  await send.confirmReceipt('AAAA-AAAA');
  await expect.poll(() => send.receiptError().textContent()).toContain('Deze bevestigingscode klopt niet');
  await expect.poll(() => focused(sender.page)).toMatchObject({ tag: 'input', name: expect.stringContaining('Bevestigingscode') });
  await expectAccessible(sender.page, 'handover receipt, wrong code');
  await sender.page.getByLabel(/^Bevestigingscode/).fill(receipt);
  expect(await send.receiptError().count()).toBe(0);
  await sender.page.getByRole('button', { name: 'Bevestigen en hier vernietigen' }).click();
  await sender.page.getByText(/Ontvangst bevestigd op/).waitFor();
  // The sender reads what went: the dossier, and the older backup that still held it.
  const result = sender.page.getByTestId('handover-receipt-result');
  expect(await result.textContent()).toContain('Het dossier is hier vernietigd.');
  expect(await result.textContent()).toMatch(/oudere back-ups? waarin nog stond wat je hebt overgedragen/);
  expect(await sender.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
  await expectAccessible(sender.page, 'handover receipt confirmed');
  await sender.screenshot('handover-receipt-confirmed');
  const left = await coreCall(sender, 'casesList', { status: 'all' });
  expect(left.map((c) => c.title)).toEqual(['Blijft bij mij']);
});
