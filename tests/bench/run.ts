// npm run bench: every speed and memory number in one readable table, then one BENCH_JSON line.
import { measureCasework } from './casework-bench';
import { measurePdf } from './pdf-bench';
import { measureRenderer } from './renderer-bench';
import { measureVault } from './vault-bench';

const targets: Record<string, string> = {
  unlock_overhead_ms: '≤ 50',
  encrypted_vs_plain_ratio: '≤ 1.3',
  search_10k_p95_ms: '≤ 20',
  unlock_integrity_check_10k_ms: '≤ 50 at unlock, else after it',
  pdf_first_ms: '≤ 1000',
  pdf_pack_ms: '≤ 250',
  renderer_js_gzip_kb: '≤ 300',
  first_screen_ms: '≤ 300',
  case_list_10k_render_ms: '≤ 150',
  interview_text_save_ms: '≤ 1000',
  start_screen_200_actions_ms: '≤ 150',
};

async function main() {
  const results: Record<string, number> = { ...(await measureVault()), ...(await measurePdf()), ...(await measureRenderer()), ...(await measureCasework()) };
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(12)}  target`);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${String(value).padStart(12)}  ${targets[key] ?? ''}`);
  console.log(`BENCH_JSON ${JSON.stringify(results)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
