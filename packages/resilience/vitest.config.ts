import { defineConfig } from 'vitest/config';

// The load, crash and fault suites start real API processes and share two cores with the
// rest of the workspace, so files run one at a time and each suite bounds its own duration.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
