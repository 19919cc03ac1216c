/**
 * `npx tsx src/build/make-icons.ts`: draws the extension's icon (a lens over a page's lines,
 * white on the card's blue) at the sizes the stores and browsers ask for, into
 * assets/public/icon/<size>.png, which WXT lists in the manifest. Drawn by code, not by hand,
 * so every size is the same shape; anti-aliased by supersampling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
/** Samples per pixel side: enough for smooth edges at 16 px. */
const SUPERSAMPLE = 4;
const BLUE = [23, 78, 166] as const;
const WHITE = [255, 255, 255] as const;

type Rgba = [number, number, number, number];

/** The colour at (x, y) in a unit square: background tile, page lines, lens ring and handle. */
function shade(x: number, y: number): Rgba {
  const corner = 0.18;
  const cx = Math.min(Math.max(x, corner), 1 - corner);
  const cy = Math.min(Math.max(y, corner), 1 - corner);
  if ((x - cx) ** 2 + (y - cy) ** 2 > corner ** 2) return [0, 0, 0, 0];
  const lens = Math.hypot(x - 0.43, y - 0.43);
  const onRing = lens > 0.2 && lens < 0.28;
  const handle = Math.abs(x - y) < 0.07 && x > 0.6 && x < 0.84;
  const line = lens < 0.2 && [0.36, 0.46].some((ly) => Math.abs(y - ly) < 0.03) && Math.abs(x - 0.43) < 0.13;
  const [r, g, b] = onRing || handle || line ? WHITE : BLUE;
  return [r, g, b, 255];
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

export function iconPng(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          for (let i = 0; i < 4; i++) sum[i] = (sum[i] ?? 0) + (c[i] ?? 0) * (i < 3 ? c[3] / 255 : 1);
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = (sum[3] ?? 0) / n;
      const at = py * (size * 4 + 1) + 1 + px * 4;
      for (let i = 0; i < 3; i++) rows[at + i] = alpha > 0 ? Math.round((sum[i] ?? 0) / n / (alpha / 255)) : 0;
      rows[at + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../assets/public/icon', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writeFileSync(`${dir}/${size}.png`, iconPng(size));
  process.stdout.write(`icons: ${SIZES.join(', ')} px in ${dir}\n`);
}
