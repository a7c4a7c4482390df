// The boot test against the build in out/ (after `electron-vite build`), as `npm start` runs it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeBoot } from './boot-suite';

const root = path.resolve(__dirname, '../..');

describeBoot(() => {
  if (!existsSync(path.join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run `npx electron-vite build` first');
  return { name: 'out/', appPath: root, isPackaged: false };
});
