// Packs the build the way `npm run dist` does, offline: electron-builder itself, with the project's
// electron-builder.yml (its `files`, `asarUnpack` and afterPack hook), for its `dir` target. The one
// thing it cannot fetch here, the Electron zip, is replaced by a stand-in distribution whose
// "binary" carries Electron's fuse wire with the values Electron ships with, so the afterPack hook
// flips real bytes that @electron/fuses reads back.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { tempFolder } from '../fixtures/temp-folder';

const root = path.resolve(__dirname, '../..');

/** Electron's fuse sentinel and the wire of an unmodified Electron 45 (1 = on, 0 = off). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '101100011';

export interface PackedApp {
  /** The packaged app folder (linux-unpacked): the executable and resources/. */
  appOutDir: string;
  executable: string;
  asar: string;
  /** The files of app.asar (with its unpacked part) extracted to a folder named app.asar. */
  extracted: string;
  cleanup(): void;
}

export function packApp(): PackedApp {
  const work = tempFolder('vertrouwd-pack-');
  const electronDist = path.join(work.folder, 'electron-dist');
  mkdirSync(electronDist);
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE);
  writeFileSync(path.join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), wire]));
  chmodSync(path.join(electronDist, 'electron'), 0o755);
  for (const file of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(path.join(electronDist, file), '');

  const output = path.join(work.folder, 'dist');
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  execFileSync(process.execPath, [cli, '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`], {
    cwd: root,
    stdio: 'pipe',
    timeout: 240_000,
  });
  const appOutDir = path.join(output, 'linux-unpacked');
  const asar = path.join(appOutDir, 'resources', 'app.asar');
  // Inside Electron, app.getAppPath() is .../resources/app.asar and fs reads into the archive; a
  // folder of that name holding exactly the archive's files gives the main process the same paths.
  const extracted = path.join(work.folder, 'installed', 'resources', 'app.asar');
  extractAll(asar, extracted);
  return { appOutDir, executable: path.join(appOutDir, 'vertrouwd'), asar, extracted, cleanup: work.cleanup };
}
