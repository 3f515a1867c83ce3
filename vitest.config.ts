// Test runner settings: unit tests sit beside the code, integration tests under test/, the fixture
// servers' own tests beside them in fixtures/.
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
  },
});
