// The packaging configuration, checked where it can be without network: electron-builder.yml against
// electron-builder's own JSON schema (the one it validates with at build time), the files it names,
// and the icons the icon script makes. What the package then contains and does is tested by
// tests/boot/boot-packed.test.ts on an actual pack.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../fixtures/temp-folder';

const root = path.resolve(__dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const section = (name: string) => config[name] as Record<string, unknown>;

function builderSchemaValidator() {
  const schemaFile = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's one custom keyword: hooks may be given as functions in a JavaScript config.
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

describe('electron-builder.yml', () => {
  const validate = builderSchemaValidator();

  it('is valid against electron-builder’s own schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be refused by that schema with an unknown option or a wrong type', () => {
    expect(validate({ ...config, perMachine: true })).toBe(false);
    expect(validate({ ...config, msi: { ...section('msi'), perMachine: 'yes' } })).toBe(false);
  });

  it('builds NSIS per user and MSI per machine for Windows, a hardened dmg for macOS, AppImage and deb for Linux', () => {
    const targets = (name: string) => (section(name).target as { target: string }[]).map((t) => t.target);
    expect(targets('win')).toEqual(['nsis', 'msi']);
    expect(section('nsis')).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
    expect(section('msi')).toMatchObject({ perMachine: true });
    expect(targets('mac')).toEqual(['dmg']);
    expect(section('mac')).toMatchObject({ hardenedRuntime: true });
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  it('names only files that exist', () => {
    const named = [config.afterPack, section('mac').entitlements, section('mac').entitlementsInherit, section('win').icon, section('mac').icon, section('linux').icon];
    for (const file of named) expect(existsSync(path.join(root, String(file))), String(file)).toBe(true);
  });
});

describe('the icon script', () => {
  let out: { folder: string; cleanup: () => void };
  beforeAll(() => {
    out = tempFolder('vertrouwd-icons-');
    execFileSync(process.execPath, [path.join(root, 'build/make-icons.mjs'), out.folder], { stdio: 'pipe' });
  });
  afterAll(() => out.cleanup());

  const pngSize = (data: Buffer) => {
    expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
    return [data.readUInt32BE(16), data.readUInt32BE(20)];
  };

  it('makes a Windows .ico holding PNGs from 16 to 256 pixels', () => {
    const ico = readFileSync(path.join(out.folder, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const data = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const [width, height] = pngSize(data);
      expect(width).toBe(ico.readUInt8(entry) || 256);
      expect(height).toBe(width);
      return width;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('makes a macOS .icns whose entries add up to its length and include 1024 pixels', () => {
    const icns = readFileSync(path.join(out.folder, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      found[icns.subarray(at, at + 4).toString('ascii')] = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0]!;
    }
    expect(found).toMatchObject({ icp4: 16, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });

  it('makes the Linux PNGs at the size their names say', () => {
    for (const size of [16, 48, 256, 512]) expect(pngSize(readFileSync(path.join(out.folder, 'png', `${size}x${size}.png`)))).toEqual([size, size]);
  });
});
