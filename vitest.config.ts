import { defineConfig } from 'vitest/config';

// Tests run against the built CLI (dist/); `npm test` rebuilds first.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: end-to-end tests spawn real docparse processes, so keep files from piling up.
    maxWorkers: 2,
    // The JSON report gives .ci/run the runner's own pass/fail counts.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      // The unit tests run in worker threads: each file still gets a fresh module graph, without a
      // new Node process to start for it. test/unit on 2026-12-07 (load 25-43, both pools at once):
      // 196 CPU s with forks, 160 with threads, the same 945 tests passing.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], pool: 'threads' } },
      // Everything else as before, in child processes (forks): the end-to-end and reliability files
      // drive real CLI processes, signals and servers, and were not measured under threads.
      { extends: true, test: { name: 'other', include: ['test/**/*.test.ts'], exclude: ['test/unit/**'], pool: 'forks' } },
    ],
  },
});
