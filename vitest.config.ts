import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['{utils,components}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // One environment per worker, not per file: setting up happy-dom and importing the modules
    // again for every file took two thirds of the unit stage (41 s → 14 s here). Tests reset what
    // they share (the fake browser, IndexedDB, the language) in their own beforeEach; the suite
    // passes with files shuffled (`--sequence.shuffle`).
    isolate: false,
    // idb-keyval (guide progress) needs IndexedDB, which happy-dom lacks; the fake browser lacks i18n.
    setupFiles: ['fake-indexeddb/auto', './test/support/setup-i18n.ts'],
  },
});
