import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in real browsers against fixture pages. Run after `wxt build`. */
export default defineConfig({
  test: {
    include: ['test/build/**/*.build.ts', 'test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // One browser at a time on a 2-core machine.
    maxWorkers: 1,
  },
});
