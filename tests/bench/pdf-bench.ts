// PDF export timings for the benchmark report.
//   pdf_first_ms: the first pack in a fresh process, measured inside that process from before the
//                 packs module (and so pdfmake, its fonts and the pack texts) is loaded until the
//                 PDF buffer exists — what the advisor waits for on the first export after start.
//   pdf_pack_ms:  median time to compose and render all six packs of one case in a warm process.
// The fresh process is this same file run by tsx with VERTROUWD_PDF_BENCH_CHILD=1, so the bench needs
// no second script.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD_FLAG = 'VERTROUWD_PDF_BENCH_CHILD';
const WARM_RUNS = 7;
const BENCH_PASSWORD = 'bench-wachtwoord-lang-genoeg';

const thisFile = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(thisFile), '../..');

export async function measurePdf(): Promise<{ pdf_first_ms: number; pdf_pack_ms: number }> {
  const pdf_first_ms = await firstPackInFreshProcess();
  const pdf_pack_ms = await allPacksWarm();
  return { pdf_first_ms, pdf_pack_ms };
}

async function firstPackInFreshProcess(): Promise<number> {
  const tsxCli = createRequire(thisFile).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsxCli, thisFile], {
    cwd: repoRoot,
    env: { ...process.env, [CHILD_FLAG]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    throw new Error(`PDF bench child failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
  }
  return (JSON.parse(line) as { ms: number }).ms;
}

async function allPacksWarm(): Promise<number> {
  const packs = await import('@core/packs');
  const { samplePackInput } = await import('../support/sample-pack-input');
  const input = samplePackInput();
  const renderAll = async () => {
    for (const type of packs.PACK_TYPES) {
      await packs.renderPackPdf(packs.composePack(type, input), input, { password: BENCH_PASSWORD });
    }
  };
  await renderAll(); // warm-up: loads pdfmake, fonts and the pack texts
  const times: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const start = performance.now();
    await renderAll();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

/** Runs in the fresh child: one teacher briefing, from cold imports to the finished buffer. */
async function childRun(): Promise<void> {
  const start = performance.now();
  const packs = await import('@core/packs');
  const { samplePackInput } = await import('../support/sample-pack-input');
  const input = samplePackInput();
  const pdf = await packs.renderPackPdf(packs.composePack('teacher_briefing', input), input);
  const ms = performance.now() - start;
  if (pdf.length === 0) throw new Error('empty PDF');
  process.stdout.write(`${JSON.stringify({ ms: round(ms) })}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

if (process.env[CHILD_FLAG] === '1') {
  childRun().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
