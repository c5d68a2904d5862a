// Rasterises the icons with resvg (anti-aliased, a maintained library): scripts/icon.svg to
// public/icon/{48,96,128}.png and the stores' 300 px logo (Edge Add-ons), scripts/icon-small.svg (drawn
// for the toolbar's sizes) to public/icon/{16,32}.png. Run after changing a drawing; the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const drawing = (name) => readFileSync(resolve(import.meta.dirname, name), 'utf8');
const render = (svg, size, file) => {
  writeFileSync(
    resolve(import.meta.dirname, '..', file),
    new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng(),
  );
  console.log(file);
};
mkdirSync(resolve(import.meta.dirname, '../public/icon'), { recursive: true });
for (const size of [16, 32]) render(drawing('icon-small.svg'), size, `public/icon/${size}.png`);
for (const size of [48, 96, 128]) render(drawing('icon.svg'), size, `public/icon/${size}.png`);
render(drawing('icon.svg'), 300, 'docs/store/logo-300x300.png');
