import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Build tests run Astro, which wants the machine to itself on two cores.
    fileParallelism: false,
  },
});
