// Makes the app icons from build/icon.svg: PNGs for Linux (build/icons/png/NxN.png), a Windows
// .ico and a macOS .icns. Both containers hold PNG images, which Windows (Vista and later) and
// macOS (10.7 and later) read, so no platform tool is needed: `npm run icons` works anywhere.
// Usage: node build/make-icons.mjs [output folder, default build/icons]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(process.argv[2] ?? path.join(here, 'icons'));
const svg = readFileSync(path.join(here, 'icon.svg'));

const png = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

/** ICO: a 6-byte header, a 16-byte entry per image, then the images (here PNG). */
export function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** ICNS: 'icns' and the total length, then per image a 4-letter type, its length and the PNG. */
export function icns(images) {
  const chunks = images.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

// Apple's PNG icon types: the pixel size each one holds (the @2x types hold twice the points).
const ICNS_TYPES = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

const rendered = new Map();
const render = (size) => {
  if (!rendered.has(size)) rendered.set(size, png(size));
  return rendered.get(size);
};

mkdirSync(path.join(output, 'png'), { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(path.join(output, 'png', `${size}x${size}.png`), render(size));
writeFileSync(path.join(output, 'icon.png'), render(1024));
writeFileSync(path.join(output, 'icon.ico'), ico(ICO_SIZES.map((size) => ({ size, data: render(size) }))));
writeFileSync(path.join(output, 'icon.icns'), icns(Object.entries(ICNS_TYPES).map(([type, size]) => ({ type, data: render(size) }))));
console.log(`icons written to ${output}`);
