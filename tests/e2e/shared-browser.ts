// Global setup of the e2e project: one Chromium for all end-to-end files instead of one per file.
// Each harness connects and opens its own context, so tests share no page state.
import { launchSharedBrowser, SHARED_BROWSER_ENV } from './harness';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await launchSharedBrowser();
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_BROWSER_ENV];
    await server.close();
  };
}
