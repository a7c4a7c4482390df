// Case-work numbers, in real Chromium on the built renderer against the real core:
// - interview_text_save_ms: from the last keystroke in an interview text answer to main having
//   stored it (the save call resolved with the typed text), as an advisor types.
// - start_screen_200_actions_ms: rendering the start screen with 200 open actions due over 50 cases,
//   from 'start:data' (the day's lists arrived) to 'start:rendered' (layout effect after render).
// Runs alone too: `TSX_TSCONFIG_PATH=tsconfig.node.json npx tsx tests/bench/casework-bench.ts`
// (after `npx electron-vite build`).
import { startHarness, type Harness } from '../e2e/harness';
import { AppShell } from '../e2e/pages/app-shell';
import { CaseDetailPage } from '../e2e/pages/case-detail-page';
import { CaseListPage } from '../e2e/pages/case-list-page';
import { UnlockPage } from '../e2e/pages/unlock-page';
import { caseInput, coreCall, lockedVault, PASSPHRASE } from '../e2e/vault-setup';

const RUNS = 5;
const CASES = 50;
const ACTIONS = 200;
const TEXT_QUESTION = 'start_reason';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface SaveProbe {
  lastInput: number;
  saves: { at: number; value: unknown }[];
}

/**
 * Types a sentence into a text question key by key (as a person types, a key every 60 ms) and
 * measures from the last input event to the moment the save of the whole sentence came back from
 * main. Nothing is flushed by leaving the field: this is the typing pause alone.
 */
async function interviewTextSaveMs(harness: Harness): Promise<number> {
  const { page } = harness;
  await lockedVault(harness, [caseInput('Bench gesprek 2B')]);
  await new UnlockPage(page).unlock(PASSPHRASE);
  await new AppShell(page).goTo('Zaken');
  await new CaseListPage(page).open('Bench gesprek 2B');
  const detail = new CaseDetailPage(page);
  await detail.openTab('Gesprek');
  const field = page.getByTestId(`question-${TEXT_QUESTION}`).getByRole('textbox');
  await field.waitFor();
  await page.evaluate(() => {
    const probe: SaveProbe = { lastInput: 0, saves: [] };
    (window as unknown as { probe: SaveProbe }).probe = probe;
    document.addEventListener('input', () => (probe.lastInput = performance.now()), true);
    const original = window.vertrouwd.interviewAnswer;
    window.vertrouwd.interviewAnswer = async (input) => {
      const result = await original(input);
      if (result.ok) probe.saves.push({ at: performance.now(), value: input.value });
      return result;
    };
  });
  const times: number[] = [];
  let text = '';
  for (let run = 0; run < RUNS; run++) {
    await field.click();
    // Go on where the answer ends, as the advisor adds to it.
    await page.keyboard.press('Control+End');
    const sentence = `${run === 0 ? '' : ' '}De mentor hoorde het in de pauze (${run}).`;
    text += sentence;
    await page.keyboard.type(sentence, { delay: 60 });
    const typed = text;
    await page.waitForFunction((expected) => (window as unknown as { probe: SaveProbe }).probe.saves.some((save) => save.value === expected), typed, { timeout: 10_000 });
    times.push(
      await page.evaluate((expected) => {
        const probe = (window as unknown as { probe: SaveProbe }).probe;
        return probe.saves.find((save) => save.value === expected)!.at - probe.lastInput;
      }, typed),
    );
  }
  const stored = await coreCall(harness, 'interviewState', { caseId: (await coreCall(harness, 'casesList', {}))[0]!.id });
  if (stored.answers[TEXT_QUESTION] !== text) throw new Error(`the interview stored ${JSON.stringify(stored.answers[TEXT_QUESTION])}, not what was typed`);
  return round(median(times));
}

/** 50 open cases with 4 open actions each: overdue, due today and due later this week. */
async function fillDay(harness: Harness): Promise<void> {
  const offsets = [-3, -1, 0, 4];
  for (let c = 0; c < CASES; c++) {
    const { id } = await coreCall(harness, 'casesCreate', caseInput(`Zaak ${c + 1}: meme in de klassenapp`));
    for (const offset of offsets) {
      await coreCall(harness, 'actionsAdd', {
        caseId: id,
        action: {
          title: `Actie ${offset} voor zaak ${c + 1}: mentor en ouders bellen`,
          step: 'act',
          owner: c % 2 ? 'Mentor' : 'Vertrouwenspersoon',
          dueDate: day(offset),
          rationale: '',
          organisationKey: null,
        },
      });
    }
  }
  const due = await coreCall(harness, 'actionsDue', {});
  if (due.length !== ACTIONS) throw new Error(`expected ${ACTIONS} open actions due, the core lists ${due.length}`);
}

/** Leaves the start screen and comes back, each time measuring the render of the whole day afresh. */
async function startScreenMs(harness: Harness): Promise<number> {
  const { page } = harness;
  await coreCall(harness, 'vaultCreate', { passphrase: PASSPHRASE, profileName: 'Mevrouw De Vries' });
  await fillDay(harness);
  await coreCall(harness, 'vaultLock', {});
  await page.reload();
  const shell = new AppShell(page);
  await new UnlockPage(page).unlock(PASSPHRASE);
  await shell.startHeading().waitFor();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await shell.goTo('Zaken');
    await new CaseListPage(page).heading().waitFor();
    await page.evaluate(() => performance.clearMarks());
    await shell.goTo('Overzicht');
    await page.waitForFunction(() => {
      const data = performance.getEntriesByName('start:data')[0];
      return data !== undefined && performance.getEntriesByName('start:rendered').some((mark) => mark.startTime >= data.startTime);
    });
    times.push(await page.evaluate(() => performance.measure('start', 'start:data', 'start:rendered').duration));
    const shown = await page.getByTestId('due-group').count();
    if (shown !== CASES) throw new Error(`expected ${CASES} cases with actions due on the start screen, found ${shown}`);
  }
  return round(median(times));
}

export async function measureCasework(): Promise<{ interview_text_save_ms: number; start_screen_200_actions_ms: number }> {
  let interview_text_save_ms: number;
  let harness = await startHarness();
  try {
    interview_text_save_ms = await interviewTextSaveMs(harness);
  } finally {
    await harness.close();
  }
  harness = await startHarness();
  try {
    return { interview_text_save_ms, start_screen_200_actions_ms: await startScreenMs(harness) };
  } finally {
    await harness.close();
  }
}

if (process.argv[1]?.endsWith('casework-bench.ts')) {
  measureCasework()
    .then((results) => console.log(`BENCH_JSON ${JSON.stringify(results)}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
