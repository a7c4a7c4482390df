import { afterEach, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('binds window.vertrouwd to the real handlers and refuses invalid input with a Dutch message', async () => {
  harness = await startHarness();
  const status = await harness.page.evaluate(() => window.vertrouwd.vaultStatus({}));
  expect(status).toEqual({ ok: true, value: { state: 'no_vault', locale: 'nl', problem: null } });
  const refused = await harness.page.evaluate(() => window.vertrouwd.vaultUnlock({ passphrase: 42 } as never));
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.message).toMatch(/niet alle gegevens/i);
    expect(refused.error.issues?.[0]?.path).toBe('passphrase');
  }
});
