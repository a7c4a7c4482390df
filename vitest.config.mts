import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { aliases } from './path-aliases.mjs';

/**
 * Tests that start processes, derive keys at full cost or write many files: they belong with the
 * integration tests even though they sit beside the code they test.
 */
const slowBesideCode = ['electron/core/vault/**/*.test.ts', 'db/crash-safety.test.ts', 'electron/core/packs/render-pdf.test.ts'];

// The test pyramid, one vitest project per layer: `npm run test:unit` is the inner loop (pure
// logic, no browser, no key derivation, under 15 s); `npm test` runs every project.
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    // The vault tests run scrypt at the OWASP floor and the e2e tests drive a real browser:
    // give both room on a two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core free, which on a two-core machine runs every file in turn;
    // most files wait on a browser, a disk or a child process, so two at a time is nearly twice as fast.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure modules: one worker may run many files (no per-file process start).
          pool: 'threads',
          isolate: false,
          include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: slowBesideCode,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [...slowBesideCode, 'tests/integration/**/*.test.ts', 'tests/boot/**/*.test.ts', 'tests/electron/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/shared-browser.ts'] } },
      { extends: true, test: { name: 'security', include: ['tests/security/**/*.test.ts'] } },
      // Real files harmed in real ways (deleted, truncated, killed mid-backup, full disks): `npm run test:faults`.
      // Every failure answered in it is checked to be named, never `internal` (tests/faults/named-failures.ts).
      { extends: true, test: { name: 'faults', include: ['tests/faults/**/*.test.ts'], setupFiles: ['tests/faults/named-failures.ts'] } },
    ],
  },
});
