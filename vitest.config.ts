// Test runner settings: unit tests sit beside the code, integration tests under test/, the fixture
// servers' own tests beside them in fixtures/.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'fixtures/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Generous: CI has two cores and ran many tests at half this machine's speed; a test that starts
    // a few `pantau` processes failed there at 30 s while passing here in 10. A hung test still fails.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default (one fewer than the cores) is a single file at a time on CI's two cores, and
    // many files here spend their time waiting: on a trickling server's budget, a retry's backoff, a
    // child process. Two at a time fills those waits with the other file's work.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
