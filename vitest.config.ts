import preact from '@preact/preset-vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { withExampleSystem } from './test/example-system/build';

const unit = {
  environment: 'happy-dom',
  restoreMocks: true,
  // One environment per worker, not per file: setting up happy-dom and importing the modules
  // again for every file took two thirds of the unit stage (41 s → 14 s here). Tests reset what
  // they share (the fake browser, IndexedDB, the language) in their own beforeEach; the suite
  // passes with files shuffled (`--sequence.shuffle`).
  isolate: false,
  // idb-keyval (guide progress) needs IndexedDB, which happy-dom lacks; the fake browser lacks i18n.
  setupFiles: ['fake-indexeddb/auto', './test/support/setup-i18n.ts'],
  // Property tests (fast-check: hundreds of generated pages and messages) take seconds on a loaded
  // 2-core machine; vitest's 5 s default timed them out while the e2e stage ran beside them.
  testTimeout: 30_000,
} satisfies ViteUserConfig['test'];

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    projects: [
      // Tests beside what they test.
      { extends: true, test: { ...unit, name: 'unit', include: ['{utils,components}/**/*.test.{ts,tsx}'] } },
      // The example system through the real lists of systems (test/example-system/build.ts).
      {
        extends: true,
        plugins: [withExampleSystem()],
        test: { ...unit, name: 'example-system', include: ['test/example-system/**/*.test.ts'] },
      },
    ],
  },
});
