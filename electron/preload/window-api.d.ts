// What the preload puts on the page: one function per contract call. Both the renderer and the
// tests that evaluate in the page see this declaration.
import type { VertrouwdApi } from '@core/contract';

declare global {
  interface Window {
    vertrouwd: VertrouwdApi;
  }
}
