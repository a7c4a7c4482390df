// Every dialog the app opens, and the screens the menu tour in casework-screens does not reach: each
// checked by axe while it is open (0 serious, 0 critical) and photographed at both sizes.
import { afterEach, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { eventually } from './eventually';
import { startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { FirstRunPage } from './pages/first-run-page';
import { PacksPage } from './pages/packs-page';
import { PreventionPage } from './pages/prevention-page';
import { RestorePage } from './pages/restore-page';
import { UnlockPage } from './pages/unlock-page';
import { WorkflowPage } from './pages/workflow-page';
import { screenshotBothSizes } from './sizes';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const today = () => new Date().toISOString().slice(0, 10);

/** The open dialog (or menu) passes axe and is photographed at both sizes; Escape closes it. */
async function checkDialog(h: Harness, name: string, close = true): Promise<void> {
  const dialog = h.page.getByRole('dialog');
  await dialog.first().waitFor();
  await expectAccessible(h.page, `${name} dialog`);
  await screenshotBothSizes(h, `casework-dialog-${name}`);
  if (!close) return;
  await h.page.keyboard.press('Escape');
  await eventually(() => dialog.count()).toBe(0);
}

const focusedLabel = (page: Harness['page']) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function checkScreen(h: Harness, name: string): Promise<void> {
  await expectAccessible(h.page, name);
  await screenshotBothSizes(h, `casework-screen-${name}`);
}

it('passes axe in every dialog of a case and in its tab menu', async () => {
  harness = await startHarness();
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('Sexting 3B', { incidentTypes: ['sexting'] }), caseInput('Meme conciërge')]);
  const caseId = caseIds[0]!;
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  await coreCall(harness, 'personsSave', {
    caseId,
    person: { role: 'victim', kind: 'pupil', label: 'Leerling A', ageBand: '16_17', classGroup: '3B', contact: null, relatedPersonId: null },
  });
  await coreCall(harness, 'actionsAdd', { caseId, action: { title: 'Mentor bellen', step: 'act', owner: 'Vertrouwenspersoon', dueDate: today(), rationale: '', organisationKey: null } });
  for (const [questionId, value] of [
    ['interviewee_role', 'pupil'],
    ['threats_present', 'no'],
  ] as const)
    await coreCall(harness, 'interviewAnswer', { caseId, questionId, value });
  await coreCall(harness, 'assessmentRun', { caseId });
  await coreCall(harness, 'consentsRecord', { caseId, subject: 'dossier', givenBy: 'victim', decision: 'given', method: 'verbal', decidedAt: today(), note: 'Uitgelegd wat we bewaren.' });
  await coreCall(harness, 'vaultLock', {});
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Sexting 3B');
  const detail = new CaseDetailPage(page);
  const flow = new WorkflowPage(page);
  await detail.title().waitFor();

  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await checkDialog(harness, 'person-add');
  await detail.personRows().filter({ hasText: 'Leerling A' }).getByRole('button', { name: 'Wijzigen' }).click();
  await checkDialog(harness, 'person-edit', false);
  await page.getByRole('dialog').getByTestId('person-remove').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).waitFor();
  await checkDialog(harness, 'person-remove');

  await flow.openCloseDialog();
  await checkDialog(harness, 'close-case');
  await page.getByRole('button', { name: 'Koppelen aan andere zaak…' }).click();
  await checkDialog(harness, 'link-case');
  await flow.dropImage();
  await flow.mediaRefused().waitFor();
  await checkDialog(harness, 'media-refused');

  // The assessment once made, with its reasons and recommendations.
  await detail.openTab('Beoordeling');
  await page.getByTestId('assessment-summary').waitFor();
  await checkScreen(harness, 'case-assessment-made');

  await detail.openTab('Acties');
  await flow.action('Mentor bellen').getByRole('button', { name: 'Bijwerken' }).click();
  await checkDialog(harness, 'action-update');

  await detail.openTab('Toestemming');
  await page.getByRole('button', { name: 'Intrekken' }).first().click();
  await checkDialog(harness, 'consent-withdraw');

  await detail.openTab('Communicatie');
  const packs = new PacksPage(page);
  await packs.open('Casussamenvatting');
  await packs.preview().waitFor();
  await checkScreen(harness, 'case-pack-workspace');
  await packs.exportButton().click();
  await packs.passwordDialog().waitFor();
  await eventually(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Wachtwoord tonen of verbergen');
  await checkDialog(harness, 'pack-password');

  await detail.openTab('Overzicht');
  await flow.openCloseDialog();
  await flow.confirmClose('Afgerond met de leerling.');
  await eventually(() => flow.currentStep()).toBe('closed');
  await page.getByTestId('case-reopen').click();
  await checkDialog(harness, 'reopen-case');

  // On a small screen the tabs that do not fit are in a menu (at 1280 they all fit: no menu there).
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByTestId('case-tabs-more').click();
  await page.getByRole('menu').waitFor();
  await expectAccessible(page, 'case tabs menu');
  await harness.screenshot('casework-menu-case-tabs-1024x700');
  await page.keyboard.press('Escape');
  await eventually(() => page.getByRole('menu').count()).toBe(0);
  // The same by keyboard: open the menu (focus on its first tab), move one down, open that one.
  await page.getByTestId('case-tabs-more').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('role')}: ${document.activeElement?.textContent}`);
  await eventually(focused).toBe('menuitem: Verwijderen');
  await page.keyboard.press('ArrowDown');
  await eventually(focused).toBe('menuitem: Toestemming');
  await page.keyboard.press('Enter');
  await eventually(() => page.getByTestId('case-tabs-more').textContent()).toContain('Toestemming');
  await page.getByRole('tabpanel').getByRole('button', { name: 'Beslissing vastleggen' }).waitFor();
});

it('passes axe in the dialogs of the start screen, contacts, preparation, settings and handover, and on the screens the menu tour leaves out', async () => {
  harness = await startHarness();
  const { page } = harness;
  const { caseIds } = await lockedVault(harness, [caseInput('Meme gymleraar 2022'), caseInput('Deepfake 4C')]);
  const [old, handedOver] = caseIds as [string, string];
  await coreCall(harness, 'vaultUnlock', { passphrase: PASSPHRASE });
  await coreCall(harness, 'casesSetStatus', { id: old, status: 'closed', reason: 'Afgerond' });
  harness.core.vault.connection().sqlite.prepare("UPDATE cases SET destroy_after = '2024-01-31', closed_at = '2023-01-31T10:00:00.000Z' WHERE id = ?").run(old);
  await coreCall(harness, 'contactsSave', { contact: { role: 'police_contact', name: 'Wijkagent Bakker', organisation: 'Politie', phone: '0900-8844', email: '', note: '' } });
  await coreCall(harness, 'preventionClassSave', { name: '2B', schoolLevel: 'vo' });
  await coreCall(harness, 'backupsCreate', {});
  const sent = await coreCall(harness, 'handoverExport', { caseIds: [handedOver], includePrivateNotes: false, successor: 'Meneer Bakker' });
  const groups = sent.code!.split('-');
  await coreCall(harness, 'handoverConfirmCode', { handoverId: sent.handoverId!, groups: sent.confirmGroups!.map((group) => ({ group, value: groups[group - 1]! })) });
  await coreCall(harness, 'vaultLock', {});

  const unlock = new UnlockPage(page);
  await unlock.heading().waitFor();
  // By keyboard: the next Tab stop after the passphrase shows what was typed.
  await unlock.passphraseField().fill('paarse-olifant');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Wachtwoordzin tonen of verbergen');
  await page.keyboard.press('Space');
  await eventually(() => unlock.passphraseField().getAttribute('type')).toBe('text');

  // The unlock screen's recovery form and restore panel.
  await unlock.openRecovery();
  await page.getByLabel('Herstelsleutel').waitFor();
  await checkScreen(harness, 'unlock-recovery');
  await page.reload();
  const restore = new RestorePage(page);
  await restore.open();
  await restore.heading().waitFor();
  await checkScreen(harness, 'unlock-restore');
  await page.reload();
  await unlock.unlock(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.startHeading().waitFor();

  // The start screen: a dossier past its retention, destroyed after the title is typed.
  const flow = new WorkflowPage(page);
  await flow.destructionDue().getByRole('button', { name: 'Vernietigen…' }).click();
  await checkDialog(harness, 'destroy-confirm', false);
  await page
    .getByRole('dialog')
    .getByLabel(/^Typ ter bevestiging/)
    .fill('Meme gymleraar 2022');
  await page.getByRole('dialog').getByRole('button', { name: 'Definitief vernietigen' }).click();
  await flow.destructionResult().waitFor();
  await checkDialog(harness, 'destroy-done');

  await shell.goTo('Contacten');
  await page.getByTestId('contact-add').click();
  await checkDialog(harness, 'contact-add');
  await flow.schoolContacts().getByRole('button', { name: 'Verwijderen' }).click();
  await checkDialog(harness, 'contact-remove');

  await shell.goTo('Voorbereiding');
  const prevention = new PreventionPage(page);
  await prevention.heading().waitFor();
  await page
    .getByTestId('point-police_contact')
    .getByRole('button', { name: /bijwerken/ })
    .click();
  await checkDialog(harness, 'prevention-point');
  await prevention.tab('Lessen per klas');
  await prevention.classCard('2B').waitFor();
  await checkScreen(harness, 'prevention-lessons');
  await prevention.classCard('2B').getByRole('button', { name: 'Les plannen' }).click();
  await checkDialog(harness, 'prevention-lesson');
  await prevention.tab('Documenten');
  await page.getByRole('button', { name: /Paragraaf voor de schoolgids/ }).waitFor();
  await checkScreen(harness, 'prevention-documents');
  await prevention.openDocument('Paragraaf voor de schoolgids');
  await checkScreen(harness, 'prevention-document');
  await prevention.backToDocuments();
  await prevention.tab('Begrippen');
  await page.getByTestId('glossary').waitFor();
  await checkScreen(harness, 'prevention-glossary');

  await shell.goTo('Instellingen');
  // A small backup in Dutch numbers: 0,20 MB, not 0.20 MB or 0 MB.
  await eventually(() => page.getByTestId('backups-table').locator('tbody tr').first().textContent()).toMatch(/0,\d\d MB/);
  await page.getByTestId('backups-table').locator('tbody tr').first().getByRole('button', { name: 'Terugzetten' }).click();
  await checkDialog(harness, 'backup-restore');
  await page.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
  await checkDialog(harness, 'recovery-key');

  for (const [item, name] of [
    ['Bronnen', 'sources'],
    ['Bestuur', 'board'],
    ['Overdracht', 'handover'],
  ] as const) {
    await shell.goTo(item);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await checkScreen(harness, name);
  }
  await page.getByRole('button', { name: 'Overdracht intrekken' }).first().click();
  await checkDialog(harness, 'handover-withdraw');
});

it('passes axe on the recovery key steps of the first run', async () => {
  harness = await startHarness();
  const firstRun = new FirstRunPage(harness.page);
  await firstRun.heading().waitFor();
  await firstRun.fillDetails('Mevrouw De Vries', PASSPHRASE);
  await firstRun.createVault();
  const groups = await firstRun.recoveryKeyGroups();
  await checkScreen(harness, 'first-run-recovery-key');
  await firstRun.continueToConfirm();
  await checkScreen(harness, 'first-run-recovery-confirm');
  await firstRun.confirmRecoveryKey(groups);
  await new AppShell(harness.page).startHeading().waitFor();
  expect(await harness.page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht');
});
