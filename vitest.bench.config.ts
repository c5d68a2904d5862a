import { defineConfig } from 'vitest/config';

/** `npm run bench`: bench/run.bench.ts prints one table; not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    disableConsoleIntercept: true,
    reporters: ['dot'],
  },
});
