/**
 * Launches Debian's Chromium through playwright-core; nothing downloads a browser of its own.
 * `CHROMIUM_PATH` overrides the location.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when the browser binary is present. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** The flags this machine needs: no sandbox as root, no GPU, no background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
