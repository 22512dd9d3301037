import { defineConfig } from 'vitest/config';

// Tests run against the built CLI (dist/); `npm test` rebuilds first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: end-to-end tests spawn real docparse processes, so keep files from piling up.
    maxWorkers: 2,
    // The JSON report gives .ci/run the runner's own pass/fail counts.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
