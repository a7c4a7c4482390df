// The import aliases (@shared, @core, @renderer …), read from tsconfig.base.json's "paths" so tsc,
// electron-vite, vitest and the lint boundary rule all resolve them the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;
const { paths } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

/** Alias name → absolute folder, e.g. '@core' → '<repo>/electron/core'. */
export const aliases = Object.fromEntries(
  Object.entries(paths)
    .filter(([name]) => name.endsWith('/*'))
    .map(([name, [target]]) => [name.slice(0, -2), path.join(root, target.slice(0, -2))]),
);
