import { describe, expect, it } from 'vitest';
import { BUDGETS_GZ, extensionSizes, pageSizes } from './sizes';
import { SYSTEM_IDS } from '../../utils/systems/catalog';

/** Deterministic performance budgets (sizes only; timings are reported by `npm run bench`, never asserted). */
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  describe(`size budgets (${target}, min+gzip)`, () => {
    const sizes = extensionSizes(target);
    it('covers every content script, the background and every page', () => {
      expect(sizes.map((s) => s.kind)).toEqual(expect.arrayContaining(['content script', 'background', 'extension page']));
      // One script per system and one for Together's page: a page loads one runtime, one listener.
      // (Which scripts and where they run is reviewed in manifest.build.ts; here, only that each has a budget.)
      expect(sizes.filter((s) => s.kind === 'content script').map((s) => s.name)).toEqual(
        [...SYSTEM_IDS.map((id) => `${id}.js`), 'together.js'].sort(),
      );
    });
    for (const p of pageSizes(target)) {
      it(`a ${p.name} loads ${(p.gz / 1024).toFixed(1)} KB in all (${p.scripts.join(' + ')}) ≤ ${BUDGETS_GZ.page / 1024} KB`, () => {
        expect(p.scripts).toHaveLength(1);
        expect(p.gz).toBeLessThanOrEqual(BUDGETS_GZ.page);
      });
    }
    for (const s of sizes) {
      it(`${s.kind} ${s.name}: ${(s.gz / 1024).toFixed(1)} KB ≤ ${BUDGETS_GZ[s.kind] / 1024} KB`, () => {
        expect(s.gz).toBeLessThanOrEqual(BUDGETS_GZ[s.kind]);
      });
    }
  });
}
