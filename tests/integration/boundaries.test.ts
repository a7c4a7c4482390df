// The renderer's boundaries are enforced by the tools, not by convention: the renderer's type config
// refuses Node, and the lint rule refuses main-process imports. Both are run here on known-bad files
// (renderer/known-bad, outside the build and the normal lint run) next to a control that must pass.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const knownBad = (file: string) => path.join(root, 'renderer', 'known-bad', file);
const temp = mkdtempSync(path.join(os.tmpdir(), 'vertrouwd-boundaries-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs a tool and returns its exit code and output, without throwing on failure. */
function run(command: string, args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

/** The renderer's own type config, applied to one file. */
function typecheckAsRenderer(file: string) {
  const config = path.join(temp, `${path.basename(file)}.tsconfig.json`);
  writeFileSync(config, JSON.stringify({ extends: path.join(root, 'tsconfig.web.json'), include: [], files: [file, path.join(root, 'electron/preload/window-api.d.ts')] }));
  return run(bin('tsc'), ['-p', config, '--noEmit']);
}

/** The repository's lint config without its ignore of renderer/known-bad. */
function lintAsRenderer(file: string) {
  const config = JSON.parse(readFileSync(path.join(root, '.oxlintrc.json'), 'utf8')) as { ignorePatterns?: string[]; jsPlugins: string[] };
  delete config.ignorePatterns;
  config.jsPlugins = config.jsPlugins.map((plugin) => path.join(root, plugin));
  const copy = path.join(temp, 'oxlintrc.json');
  writeFileSync(copy, JSON.stringify(config));
  return run(bin('oxlint'), ['--deny-warnings', '-c', copy, file]);
}

describe('the renderer type config', () => {
  it('refuses Node’s modules and globals in renderer code', () => {
    const { code, output } = typecheckAsRenderer(knownBad('uses-node.ts'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Cannot find (module|name) 'node:fs'/);
    expect(output).toMatch(/Cannot find name 'process'/);
    expect(output).toMatch(/Cannot find name 'Buffer'/);
  });

  it('accepts the DOM, the shared vocabulary and the contract’s types', () => {
    expect(typecheckAsRenderer(knownBad('allowed.ts'))).toEqual({ code: 0, output: '' });
  });
});

describe('the lint boundary rule', () => {
  it('refuses main-process code and the contract by value in renderer code', () => {
    const { code, output } = lintAsRenderer(knownBad('imports-main.ts'));
    expect(code).not.toBe(0);
    expect(output).toContain('The renderer may import the contract only as types');
    expect(output).toContain('The renderer imports no main-process code (@core/settings/settings-store)');
  });

  it('accepts the shared vocabulary by value and the contract by type', () => {
    const { code, output } = lintAsRenderer(knownBad('allowed.ts'));
    expect(output).toMatch(/Found 0 warnings and 0 errors/);
    expect(code).toBe(0);
  });
});
