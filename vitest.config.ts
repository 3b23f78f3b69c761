import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/core/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    environment: 'node',
    // Generous bounds: a 2-core CI machine runs two test files at a time beside worker threads
    // and child processes; speed itself is measured by `npm run bench`, never by a timeout.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
