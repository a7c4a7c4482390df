// A screen that reaches for Node: it would crash in the sandboxed window, so the renderer's type
// config must refuse it.
import { readFileSync } from 'node:fs';

export const settings = readFileSync(`${process.env.HOME}/settings.json`, 'utf8');
export const bytes = Buffer.from(settings);
