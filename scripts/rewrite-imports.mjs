// Rewrites relative imports to the path aliases (@shared, @core, @renderer …) where they cross from
// one area to another or climb more than two levels, so no import reads '../../../../electron/…'.
// Safe to run again at any time (after merging, say): it only touches imports that need it.
//   node scripts/rewrite-imports.mjs          rewrite in place
//   node scripts/rewrite-imports.mjs --check  list what would change and exit 1 if anything would
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliases } from '../path-aliases.mjs';

const root = path.resolve(import.meta.dirname, '..');
const folders = ['electron', 'renderer', 'db', 'tests', 'scripts'];
/** Loaded by tools that do not know the aliases (drizzle-kit reads the schema on its own). */
const keepRelative = new Set(['db/schema.ts']);
const extensions = ['.ts', '.tsx', '.mts', '.mjs', '.cjs'];

const areas = Object.entries(aliases).sort(([, a], [, b]) => b.length - a.length);
const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
const areaOf = (file) => areas.find(([, dir]) => inside(file, dir));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'known-bad' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return files(full);
    return extensions.includes(path.extname(name)) ? [full] : [];
  });
}

/** The file an import names, without its extension: ./x may be x.ts, x.tsx, x/index.ts or x.json. */
function resolved(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  if (existsSync(base) && statSync(base).isDirectory()) return path.join(base, 'index');
  return base.replace(/\.(ts|tsx|mts|js|mjs)$/, '');
}

function rewrite(fromFile, spec) {
  if (!spec.startsWith('.')) return spec;
  const climbs = spec.split('/').filter((part) => part === '..').length;
  const from = areaOf(fromFile);
  const target = resolved(fromFile, spec);
  const to = areaOf(target);
  if (!to) return spec;
  if (from && from[0] === to[0] && climbs <= 2) return spec;
  const [alias, dir] = to;
  const rest = path.relative(dir, target).split(path.sep).join('/');
  if (alias === '@shared' && (rest === 'index' || rest === '')) return '@shared';
  const withExtension = spec.endsWith('.json') || spec.endsWith('.cjs') || spec.endsWith('.mjs');
  const tail = rest.endsWith('/index') && !withExtension ? rest.slice(0, -'/index'.length) : rest;
  return tail ? `${alias}/${tail}` : alias;
}

const importPattern = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)(['"])(\.[^'"]*)\2/g;
const check = process.argv.includes('--check');
const changed = [];
for (const file of folders.flatMap((f) => (existsSync(path.join(root, f)) ? files(path.join(root, f)) : []))) {
  const relativeName = path.relative(root, file).split(path.sep).join('/');
  if (keepRelative.has(relativeName)) continue;
  const source = readFileSync(file, 'utf8');
  const next = source.replace(importPattern, (whole, lead, quote, spec) => {
    const spec2 = rewrite(file, spec);
    return spec2 === spec ? whole : `${lead}${quote}${spec2}${quote}`;
  });
  if (next !== source) {
    changed.push(relativeName);
    if (!check) writeFileSync(file, next);
  }
}
for (const name of changed) console.log(`${check ? 'would rewrite' : 'rewrote'} ${name}`);
if (check && changed.length > 0) process.exit(1);
