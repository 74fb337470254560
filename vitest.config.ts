import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test file runs in its own process and starts its own PostgreSQL server(s) on free ports.
    pool: 'forks',
  },
});
