// Known bad: a renderer module taking values from the main process's code. The lint boundary rule
// must refuse both imports (a contract value, and a core module).
import { contract } from '../../electron/core/contract';
import { MAX_LOGO_BYTES } from '@core/packs/logo';

export const callNames = Object.keys(contract);
export const limit = MAX_LOGO_BYTES;
