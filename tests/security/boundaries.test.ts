// The process boundary is enforced by the tools, and these tests keep it that way: the known-bad
// files in renderer/known-bad must be refused by the web tsconfig (Node's globals) and by the lint
// boundary rule (main-process imports). If either check is loosened, this fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const knownBad = path.join(root, 'renderer', 'known-bad');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const scratch = mkdtempSync(path.join(tmpdir(), 'vertrouwd-boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a tool and returns its exit code and output, without throwing on a non-zero exit. */
function run(command: string, args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('tsconfig.web.json', () => {
  const check = (file: string) => {
    const config = path.join(scratch, `tsconfig.${path.basename(file)}.json`);
    writeFileSync(config, JSON.stringify({ extends: path.join(root, 'tsconfig.web.json'), include: [file, path.join(root, 'electron', 'preload', 'window-api.d.ts')] }));
    return run(bin('tsc'), ['--noEmit', '-p', config]);
  };

  it('refuses Buffer and process in renderer code', () => {
    const result = check(path.join(knownBad, 'uses-node.tsx'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/uses-node\.tsx.*Cannot find name 'Buffer'/);
    expect(result.output).toMatch(/uses-node\.tsx.*Cannot find name 'process'/);
  });

  it('accepts real renderer code, which uses only the DOM', () => {
    expect(check(path.join(root, 'renderer', 'src', 'components', 'ErrorAlert.tsx'))).toEqual({ code: 0, output: '' });
  });
});

describe('the lint boundary rule', () => {
  const lint = (file: string) => {
    const config = path.join(scratch, 'oxlintrc.json');
    writeFileSync(
      config,
      JSON.stringify({
        plugins: [],
        jsPlugins: [path.join(root, '.oxlint', 'rules', 'boundaries.mjs')],
        categories: {},
        rules: { 'boundaries/renderer-imports': 'error' },
      }),
    );
    return run(bin('oxlint'), ['-c', config, file]);
  };

  it('refuses a contract value and a core module in the renderer', () => {
    const result = lint(path.join(knownBad, 'imports-main-code.ts'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('only as types');
    expect(result.output).toContain('no main-process code (@core/packs/logo)');
  });

  it('lets the renderer import the contract as types and the shared vocabulary by value', () => {
    const result = lint(path.join(root, 'renderer', 'src', 'api', 'client.ts'));
    expect(result.code).toBe(0);
  });
});
