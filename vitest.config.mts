import { defineConfig } from 'vitest/config';
import { aliases } from './path-aliases.mjs';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    globals: true,
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'tests/**/*.test.ts'],
    // The vault tests run scrypt at the OWASP floor and the e2e tests drive a real browser:
    // give both room on a two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
