/**
 * Browser tests need Debian's Chromium. Without it they fail in CI (CI=true) and are skipped, loudly,
 * on a developer's machine.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export const chromiumAvailable = hasChromium();

if (!chromiumAvailable) {
  const message = `Chromium was not found at ${chromiumPath}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n\n!!! SKIPPING BROWSER TESTS: ${message}\n\n`);
}

/** `describe` for browser tests: skipped only locally when Chromium is missing. */
export const describeInBrowser = chromiumAvailable ? describe : describe.skip;

/**
 * Serves a built site and starts Chromium for the tests of the enclosing describe block; the returned
 * object is filled in before the tests run and closed after them.
 */
export function servedSite(dist: string): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
