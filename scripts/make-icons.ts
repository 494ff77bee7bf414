/**
 * Draws the toolbar and store icons (a blue shield with a white heart) as PNG files in
 * public/icons. Run by hand when the artwork changes: `tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Shield: a rounded top and a point at the bottom, in unit coordinates. */
function insideShield(x: number, y: number): boolean {
  if (y < 0.08 || y > 0.95) return false;
  const halfWidth = y < 0.55 ? 0.4 : 0.4 * (1 - (y - 0.55) / 0.4);
  return Math.abs(x - 0.5) <= halfWidth;
}

function insideHeart(x: number, y: number): boolean {
  const u = (x - 0.5) / 0.2;
  const v = (0.47 - y) / 0.2;
  return (u * u + v * v - 1) ** 3 - u * u * v * v * v <= 0;
}

function png(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let heart = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (insideShield(x, y)) {
            shield++;
            if (insideHeart(x, y)) heart++;
          }
        }
      }
      const n = samples * samples;
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      const h = heart / Math.max(shield, 1);
      raw[offset] = Math.round(0x1e + (0xff - 0x1e) * h);
      raw[offset + 1] = Math.round(0x60 + (0xff - 0x60) * h);
      raw[offset + 2] = Math.round(0x91 + (0xff - 0x91) * h);
      raw[offset + 3] = Math.round((255 * shield) / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size));
