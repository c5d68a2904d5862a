import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
    // idb-keyval (guide progress) needs IndexedDB, which happy-dom lacks; the fake browser lacks i18n.
    setupFiles: ['fake-indexeddb/auto', './test/unit/setup-i18n.ts'],
  },
});
