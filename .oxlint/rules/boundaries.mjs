// The process boundary, checked by the linter: the renderer runs sandboxed in a page and talks to
// main only through window.vertrouwd, so it may import only the shared vocabulary (by value) and
// the contract (by type). Anything else from electron/, db/ or resources/ is main-process code,
// with Node and zod behind it. (Signal Desktop keeps its boundaries the same way, as a lint rule.)
import path from 'node:path';
import { aliases } from '../../path-aliases.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const rendererRoot = path.join(root, 'renderer');
const sharedRoot = path.join(root, 'electron', 'shared');
const contractFile = path.join(root, 'electron', 'core', 'contract');
const guarded = ['electron', 'db', 'resources'].map((dir) => path.join(root, dir));

/** Where an import points inside the repository, or null for a package. */
function target(fromFile, spec) {
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  for (const [alias, dir] of Object.entries(aliases)) {
    if (spec === alias) return dir;
    if (spec.startsWith(`${alias}/`)) return path.join(dir, spec.slice(alias.length + 1));
  }
  return null;
}

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
const withoutExtension = (file) => file.replace(/\.(ts|tsx|js|mjs)$/, '');
/** The contract, and the feature contracts it is composed of (electron/core/<feature>/<name>-schema or -contract). */
const isContract = (file) => file === contractFile || (inside(file, path.join(root, 'electron', 'core')) && /-(schema|contract)$/.test(path.basename(file)));

function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const rendererImports = {
  meta: {
    type: 'problem',
    docs: { description: 'The renderer imports only @shared, and the contract (and its feature contracts) only as types.' },
    messages: {
      contractValue: 'The renderer may import the contract only as types (import type …): its values carry zod and the main process.',
      mainCode:
        "The renderer imports no main-process code ({{spec}}). Import types from the contract (@core/contract or a feature's *-schema file), move shared words or limits to electron/shared, or ask main through the contract.",
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    if (!inside(path.resolve(file), rendererRoot)) return {};
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const to = target(file, source.value);
      if (!to || !guarded.some((dir) => inside(to, dir)) || inside(to, sharedRoot)) return;
      if (isContract(withoutExtension(to))) {
        if (!typeOnly(node)) context.report({ node, messageId: 'contractValue' });
        return;
      }
      context.report({ node, messageId: 'mainCode', data: { spec: source.value } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** Nothing outside the renderer reaches into it: the renderer is a leaf of the dependency graph. */
const noRendererImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Main, preload, core and db never import renderer code.' },
    messages: { renderer: 'Only the renderer (and its tests) import renderer code; share through electron/shared instead.' },
  },
  create(context) {
    const file = path.resolve(context.filename ?? context.getFilename());
    if (inside(file, rendererRoot) || inside(file, path.join(root, 'tests')) || /\.test\.tsx?$/.test(file)) return {};
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const to = target(file, source.value);
      if (to && inside(to, rendererRoot)) context.report({ node, messageId: 'renderer' });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default {
  meta: { name: 'boundaries' },
  rules: { 'renderer-imports': rendererImports, 'no-renderer-imports': noRendererImports },
};
