import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests share one machine's two cores; files run in parallel, tests inside in order.
    maxWorkers: 2,
  },
});
