// Step 3, communicate: the six packs from a real case, edited in the preview and exported as PDF
// through the stand-in save dialog; the PDFs are read back with poppler.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { eventually } from './eventually';
import { ARTIFACTS, startHarness, type Harness } from './harness';
import { AppShell } from './pages/app-shell';
import { CaseDetailPage } from './pages/case-detail-page';
import { CaseListPage } from './pages/case-list-page';
import { FirstRunPage } from './pages/first-run-page';
import { NewCasePage } from './pages/new-case-page';
import { PacksPage, SchoolBrandingSettings } from './pages/packs-page';
import { screenshotScreen } from './screenshots';
import { coreCall, PASSPHRASE } from './vault-setup';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const SCHOOL = 'Het Zuiderlicht College';
const VICTIM = 'Noor Jansen';
const EDITED = 'Wij nodigen alle ouders uit voor een informatieavond op donderdag in de aula van de school.';

/** The PDF's text on one line, so a sentence the PDF wrapped can still be found whole. */
function pdfText(file: string, password?: string): string {
  const args = [...(password ? ['-upw', password] : []), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A small solid PNG, made here so the test needs no image file in the repository. */
function pngLogo(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x1a, 0x6f, 0x84]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

it('composes, edits and exports the communication packs, with consent, the name guard and an encrypted summary', { timeout: 240_000 }, async () => {
  harness = await startHarness();
  const { page } = harness;

  // First run, as a person does it.
  const firstRun = new FirstRunPage(page);
  await firstRun.heading().waitFor();
  await firstRun.fillDetails('Mevrouw De Vries', PASSPHRASE);
  await firstRun.fillSchoolName('Het Zuiderlicht');
  await firstRun.createVault();
  const groups = await firstRun.recoveryKeyGroups();
  await firstRun.continueToConfirm();
  await firstRun.confirmRecoveryKey(groups);
  const shell = new AppShell(page);
  await shell.startHeading().waitFor();
  // The first run asked for the school's name: letters no longer say "Onze school".
  expect((await coreCall(harness, 'settingsGet', {})).school.name).toBe('Het Zuiderlicht');

  // The letterhead: school name and a logo, through Settings. A file that is not an image is refused.
  await shell.goTo('Instellingen');
  const branding = new SchoolBrandingSettings(page);
  await branding.setSchoolName(SCHOOL);
  await branding.setAddress('Zuiderlaan 12\n8011 AB Zwolle');
  await branding.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('dit is geen afbeelding') });
  await eventually(() => branding.logoError().textContent()).toContain('geen PNG- of JPEG-afbeelding');
  await branding.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo(180, 60) });
  await branding.logoPreview().waitFor();
  expect(await branding.logoError().count()).toBe(0);
  await branding.save();
  const settings = await coreCall(harness, 'settingsGet', {});
  expect(settings.school.name).toBe(SCHOOL);
  expect(settings.school.logo?.mime).toBe('image/png');
  await screenshotScreen(harness, 'settings-branding');

  // A case through the form; the victim is seeded through the core (the persons form is not ours).
  await shell.goTo('Nieuwe zaak');
  const newCase = new NewCasePage(page);
  await newCase.fill({ title: 'Meme gymles', types: ['Meme'], summary: 'Een bewerkte foto van een leerling gaat rond in een groepsapp van leerlingen.' });
  await newCase.submit();
  const detail = new CaseDetailPage(page);
  await eventually(() => detail.title().textContent()).toBe('Meme gymles');
  const caseId = (await coreCall(harness, 'casesList', {})).find((c) => c.title === 'Meme gymles')!.id;
  await coreCall(harness, 'personsSave', {
    caseId,
    person: { role: 'victim', kind: 'pupil', label: VICTIM, ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null },
  });
  await shell.goTo('Zaken');
  await new CaseListPage(page).open('Meme gymles');
  await eventually(() => detail.title().textContent()).toBe('Meme gymles');

  // All six packs, and the class talk held back for want of consent.
  await detail.openTab('Communicatie');
  const packs = new PacksPage(page);
  await packs.list().waitFor();
  expect(await packs.list().getByRole('article').count()).toBe(6);
  expect(await packs.card('Handleiding klassengesprek').textContent()).toContain('Nog niet te exporteren');
  expect(await packs.card('Handleiding klassengesprek').textContent()).toContain('toestemming van de leerling en de ouders');
  expect(await packs.card('Beelden die rondgaan via sociale media').textContent()).toContain('Klaar om te exporteren');
  await screenshotScreen(harness, 'packs-list');

  // The general parents' letter: edit a paragraph, see the name guard at work, export.
  await packs.open('Beelden die rondgaan via sociale media');
  expect(await page.getByText('noemt daarom nooit het slachtoffer').count()).toBe(1);
  expect(await packs.namingSwitch().count()).toBe(0);
  await packs.editParagraph('Als uw kind iets weet of ermee zit', EDITED);
  await eventually(() => packs.paragraph(EDITED).textContent()).toContain('Aangepast');
  // The page as the PDF prints it: letterhead, recipient, signature.
  expect(await packs.letterhead().textContent()).toContain(SCHOOL);
  expect(await packs.recipient().textContent()).toBe('alle ouders en verzorgers');
  expect(await packs.signature().textContent()).toContain('Met vriendelijke groet');

  // The disclosure check marks the identifying details themselves, and each is fixed in place.
  await packs.editParagraphWithKeyboard('Wat er speelt', `Het gaat om ${VICTIM} uit klas 2B, 14 jaar, zie @noor_2b.`);
  await eventually(() => packs.problems().textContent()).toContain('‘Wat er speelt’ bevat herkenbare details');
  expect(await packs.findings().allTextContents()).toEqual([VICTIM, 'klas 2B', '14 jaar', '@noor_2b']);
  expect(await packs.exportButton().isDisabled()).toBe(true);
  await screenshotScreen(harness, 'pack-preview-findings');
  await packs.fixFinding(VICTIM);
  await eventually(() => packs.findings().allTextContents()).toEqual(['klas 2B', '14 jaar', '@noor_2b']);
  await packs.fixFinding('klas 2B');
  await eventually(() => packs.findings().count()).toBe(2);
  await packs.fixFinding('14 jaar');
  await eventually(() => packs.findings().count()).toBe(1);
  await packs.fixFinding('@noor_2b');
  await packs.ready().waitFor();
  expect(await packs.paragraph('Wat er speelt').textContent()).toContain('Het gaat om iemand uit een klas, zie een account.');
  await packs.restoreParagraph('Wat er speelt');
  await eventually(() => packs.paragraph('Wat er speelt').textContent()).not.toContain('Het gaat om iemand');
  expect(await packs.findings().count()).toBe(0);
  expect(await packs.paragraph(EDITED).textContent()).toContain('Aangepast');
  await screenshotScreen(harness, 'pack-preview');

  await packs.export();
  await eventually(() => packs.savedMessage().textContent()).toContain('Beelden die rondgaan via sociale media.pdf');
  await eventually(() => packs.exportHistory().textContent()).toContain('Beelden die rondgaan via sociale media.pdf');
  const letter = harness.savedFiles.at(-1)!;
  const letterText = pdfText(letter);
  expect(letterText).toContain(EDITED);
  expect(letterText).toContain(SCHOOL);
  expect(letterText).not.toContain('Noor');
  expect(letterText).not.toContain('Jansen');
  // The logo chosen in Settings heads the letter: one 180 × 60 image.
  expect(execFileSync('pdfimages', ['-list', letter], { encoding: 'utf8' })).toMatch(/\s180\s+60\s/);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', letter, path.join(ARTIFACTS, 'pack-parents-letter')]);

  // The class talk: blocked with the reason until both consents are recorded in the Toestemming tab.
  await packs.backToList();
  expect(await packs.card('Beelden die rondgaan via sociale media').textContent()).toContain('Tekst aangepast');
  await packs.open('Handleiding klassengesprek');
  expect(await packs.exportButton().isDisabled()).toBe(true);
  expect(await packs.blockedReason().textContent()).toContain('Exporteren kan pas');
  expect(await packs.problems().textContent()).toContain('ontbreekt de vastgelegde toestemming van de leerling en de ouders');
  await screenshotScreen(harness, 'pack-preview-blocked');
  await detail.openTab('Toestemming');
  await detail.recordConsent('Gesprek in de klas', 'de leerling');
  await eventually(() => detail.consentStatus('class_talk').textContent()).toContain('Ontbreekt nog: de ouders');
  await detail.recordConsent('Gesprek in de klas', 'de ouders');
  await eventually(() => detail.consentStatus('class_talk').textContent()).toContain('Geregeld');
  await detail.openTab('Communicatie');
  await eventually(() => packs.card('Handleiding klassengesprek').textContent()).toContain('Klaar om te exporteren');
  await packs.open('Handleiding klassengesprek');
  const before = harness.savedFiles.length;
  await packs.export();
  await eventually(() => packs.savedMessage().textContent()).toContain('Handleiding klassengesprek.pdf');
  expect(harness.savedFiles.length).toBe(before + 1);
  expect(pdfText(harness.savedFiles.at(-1)!)).not.toContain('Jansen');

  // The case summary: named on purpose, and encrypted with a password that is asked twice.
  await packs.backToList();
  await packs.open('Casussamenvatting');
  expect(await packs.namingSwitch().isChecked()).toBe(false);
  await packs.namingSwitch().click({ force: true });
  await eventually(() => packs.namingSwitch().isChecked()).toBe(true);
  await packs.exportWithPassword('te kort');
  await eventually(() => packs.passwordDialog().textContent()).toContain('Gebruik minstens 12 tekens');
  await packs.passwordDialog().getByRole('button', { name: 'Annuleren' }).click();
  const password = 'blauwe-reiger-op-het-ijs';
  await packs.exportWithPassword(password);
  await eventually(() => packs.savedMessage().textContent()).toContain('Casussamenvatting.pdf');
  const summary = harness.savedFiles.at(-1)!;
  const locked = spawnSync('pdftotext', [summary, '-'], { encoding: 'utf8' });
  expect(locked.status).not.toBe(0);
  expect(locked.stderr).toMatch(/password/i);
  const summaryText = pdfText(summary, password);
  expect(summaryText).toContain('Casussamenvatting');
  expect(summaryText).toContain(VICTIM);
  await eventually(() => packs.exportHistory().textContent()).toContain('met wachtwoord');

  // A second victim: each family gets its own letter, and naming is chosen per letter.
  await coreCall(harness, 'personsSave', {
    caseId,
    person: { role: 'victim', kind: 'pupil', label: 'Sem de Boer', ageBand: '12_15', classGroup: '2B', contact: null, relatedPersonId: null },
  });
  await detail.openTab('Toestemming');
  await detail.openTab('Communicatie');
  await packs.list().waitFor();
  await eventually(() => packs.list().getByRole('article').count()).toBe(7);
  expect(await packs.familyCard(VICTIM).count()).toBe(1);
  expect(await packs.familyCard('Sem de Boer').count()).toBe(1);
  // Sem's family has not agreed to a class talk: one family's missing consent holds the talk back.
  expect(await packs.card('Handleiding klassengesprek').textContent()).toContain('Per slachtoffer: Noor Jansen: gegeven; Sem de Boer:');
  await screenshotScreen(harness, 'packs-list-two-victims');
  await packs.openFamilyLetter('Sem de Boer');
  expect(await packs.familyOf().textContent()).toContain('Deze brief is voor de familie van Sem de Boer');
  await packs.namingSwitch().click({ force: true });
  await eventually(() => packs.namingSwitch().isChecked()).toBe(true);
  await eventually(async () => (await packs.preview().textContent()) ?? '').toContain('Sem de Boer');
  expect(await packs.preview().textContent()).not.toContain('Noor');
  await packs.backToList();
  await packs.openFamilyLetter(VICTIM);
  expect(await packs.namingSwitch().isChecked()).toBe(false);
});
