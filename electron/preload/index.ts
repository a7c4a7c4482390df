// The preload exposes exactly the contract's calls on window.vertrouwd, each a named function that
// forwards to main. Nothing else crosses: no ipcRenderer, no process, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, callNames } from '@core/call-names';
import type { VertrouwdApi } from '@core/contract';

const api = Object.fromEntries(callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${name}`, input)])) as VertrouwdApi;

contextBridge.exposeInMainWorld('vertrouwd', api);
