// A screen that imports main-process code and the contract by value: the lint boundary rule must
// refuse both imports.
import { contract } from '@core/contract';
import { readSettings } from '@core/settings/settings-store';

export const calls = Object.keys(contract);
export const read = readSettings;
