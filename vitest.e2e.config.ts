import { defineConfig } from 'vitest/config';

/**
 * End-to-end: the built extension in real browsers against fixture pages. Run after `wxt build`.
 * Three files at a time, each worker with its own fixture server on its own loopback address
 * (test/e2e/harness/server.ts: FIXTURE_ADDRESS), so a browser waiting on a page leaves the machine
 * to the others: on this 2-core machine with one core kept busy, the e2e stage took 727 s two at a
 * time, 580–611 s three at a time, 594 s four at a time (no gain: by then it is CPU-bound).
 */
const managed = 'test/e2e/managed.e2e.ts';
export default defineConfig({
  test: {
    include: process.env.E2E_MANAGED === '1' ? [managed] : ['test/build/**/*.build.ts', 'test/e2e/**/*.e2e.ts'],
    exclude: process.env.E2E_MANAGED === '1' ? [] : [managed, '**/node_modules/**'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: true,
    maxWorkers: 3,
    // Files share a worker's imported modules (playwright-core, puppeteer-core, the harness: no
    // mutable state at module level) instead of importing them again per file: e2e stage 587 →
    // 537 s with one core busy (imports 70 → 10 s of CPU).
    isolate: false,
  },
});
