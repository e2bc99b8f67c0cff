import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/src/**/*.test.ts',
      'electron/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/fuzz/**/*.test.ts',
    ],
    // Generous: with other work on both cores a test takes many times its quiet duration; a test
    // that hangs still fails. Speed targets live in bench/.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
