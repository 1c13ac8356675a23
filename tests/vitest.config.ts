/**
 * Test projects: `unit` (fast, no build), `site` (assertions on real builds of the site and a fixture
 * site, plus real-Chromium end-to-end tests on the served build).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          // Browser tests share one machine of 2 cores: run files one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          // A busy 2-core machine can take a few seconds to settle a page; polls wait for it.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
