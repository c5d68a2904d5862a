import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what scripts/make-icons.mjs writes). */
function decode(file: string): { width: number; height: number; alpha: (x: number, y: number) => number } {
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25], png[28]]).toEqual([8, 6, 0]); // 8-bit, RGBA, not interlaced
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      out[y * stride + i] = (x + [0, a, b, (a + b) >> 1, paeth()][filter]!) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => out[y * stride + x * 4 + 3]! };
}

describe('icons (drawn from scripts/icon.svg)', () => {
  const icon = (size: number) => decode(resolve(import.meta.dirname, `../../public/icon/${size}.png`));

  it('every size is square and as named', () => {
    for (const size of [16, 32, 48, 96, 128]) expect([icon(size).width, icon(size).height]).toEqual([size, size]);
  });

  it('the 128 px icon keeps its artwork inside the central 96 px, with anti-aliased edges', () => {
    const { alpha } = icon(128);
    let partial = 0;
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++) {
        const a = alpha(x, y);
        if (x < 16 || x >= 112 || y < 16 || y >= 112) expect(a, `${x},${y}`).toBe(0);
        if (a > 0 && a < 255) partial++;
      }
    expect(alpha(64, 64)).toBe(255);
    expect(partial).toBeGreaterThan(20); // rounded corners drawn smooth, not stair-stepped
  });
});
