// Regenerates every icon in this folder from icon.svg (run after changing it, commit the results):
//   node build/make-icons.mjs
// Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert. The .icns is written here directly: it is a
// list of PNGs behind a small header, and ImageMagick cannot write it.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const here = import.meta.dirname;
const svg = path.join(here, 'icon.svg');
const png = (size, file) => {
  execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--output', file, svg]);
  return fs.readFileSync(file);
};

// Linux (AppImage, deb): one PNG per size in icons/, named as electron-builder expects.
const linuxDir = path.join(here, 'icons');
fs.mkdirSync(linuxDir, { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) png(size, path.join(linuxDir, `${size}x${size}.png`));
fs.copyFileSync(path.join(linuxDir, '1024x1024.png'), path.join(here, 'icon.png'));

// Windows (NSIS): one .ico holding 16 to 256 px.
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
execFileSync('convert', [...icoSizes.map((size) => path.join(linuxDir, `${size}x${size}.png`)), path.join(here, 'icon.ico')]);

// macOS (dmg): .icns entries are a four-letter type, a big-endian length (header included) and PNG bytes.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];
const entries = icnsTypes.map(([type, size]) => {
  const data = fs.readFileSync(path.join(linuxDir, `${size}x${size}.png`));
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const body = Buffer.concat(entries);
const header = Buffer.alloc(8);
header.write('icns', 0, 'ascii');
header.writeUInt32BE(body.length + 8, 4);
fs.writeFileSync(path.join(here, 'icon.icns'), Buffer.concat([header, body]));

process.stdout.write(`Icons written to ${here}\n`);
