// The boot test against the packaged app: electron-builder packs the build with the project's
// configuration, and the whole suite runs on the files inside app.asar. A file the main process
// reads at run time that the package leaves out fails here. Also checked on the package: the fuses
// the afterPack hook flips, the native module unpacked, and nothing from the sources shipped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { listPackage, statFile } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBoot } from './boot-suite';
import { packApp, type PackedApp } from './pack-app';

const root = path.resolve(__dirname, '../..');
let packed: PackedApp | undefined;

describeBoot(() => {
  if (!existsSync(path.join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run `npx electron-vite build` first');
  packed = packApp();
  return { name: 'app.asar', appPath: packed.extracted, isPackaged: true };
}, 240_000);

afterAll(() => packed?.cleanup());

describe('the package', () => {
  const ON = 49;
  const OFF = 48;

  it('has the fuses flipped: no run-as-node, NODE_OPTIONS or inspect; only an intact app.asar loads', async () => {
    const wire = await getCurrentFuseWire(packed!.executable);
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    }).toEqual({ runAsNode: OFF, nodeOptions: OFF, inspect: OFF, onlyAsar: ON, asarIntegrity: ON });
  });

  it('keeps the native SQLite module outside the archive and the migrations inside it', () => {
    const files = listPackage(packed!.asar, { isPack: false });
    const binaries = files.filter((file) => file.endsWith('.node'));
    expect(binaries).toContain('/node_modules/better-sqlite3/prebuilds/linux-x64.node');
    for (const binary of binaries) {
      expect(statFile(packed!.asar, binary.slice(1)), binary).toMatchObject({ unpacked: true });
      expect(existsSync(path.join(`${packed!.asar}.unpacked`, binary)), binary).toBe(true);
    }
    expect(files).toContain('/db/migrations/meta/_journal.json');
    expect(statFile(packed!.asar, 'db/migrations/meta/_journal.json')).not.toHaveProperty('unpacked');
  });

  it('ships only the build, the migrations, the PDF fonts and production dependencies', () => {
    const files = listPackage(packed!.asar, { isPack: false });
    const topLevel = new Set(files.map((file) => file.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['db', 'node_modules', 'out', 'package.json', 'resources']);
    expect(files.filter((file) => file.startsWith('/resources/') && !file.startsWith('/resources/fonts'))).toEqual([]);
    for (const absent of ['/electron', '/renderer', '/tests', '/node_modules/electron', '/node_modules/vitest', '/node_modules/electron-builder', '/node_modules/better-sqlite3/deps'])
      expect(
        files.some((file) => file === absent || file.startsWith(`${absent}/`)),
        absent,
      ).toBe(false);
    expect(files.filter((file) => /\.(map|ts)$/.test(file))).toEqual([]);
  });
});
