/**
 * Browser tests need Debian's Chromium. Without it they fail in CI (CI=true) and are skipped, loudly,
 * on a developer's machine.
 */
import { describe } from 'vitest';
import { chromiumPath, hasChromium } from '../../scripts/lib/browser.ts';

export const chromiumAvailable = hasChromium();

if (!chromiumAvailable) {
  const message = `Chromium was not found at ${chromiumPath}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n\n!!! SKIPPING BROWSER TESTS: ${message}\n\n`);
}

/** `describe` for browser tests: skipped only locally when Chromium is missing. */
export const describeInBrowser = chromiumAvailable ? describe : describe.skip;
