import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts', 'test/electron/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A loaded machine (CI with other work on the second core) takes seconds for what a quiet one
    // does at once: every expect.poll waits up to 20 s for the exact state it then asserts.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
