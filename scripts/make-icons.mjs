// Rasterises scripts/icon.svg to public/icon/{16,32,48,96,128}.png with resvg (anti-aliased, a
// maintained library). Run after changing the drawing; the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  writeFileSync(resolve(out, `${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}
