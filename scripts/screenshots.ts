/**
 * `npm run screenshots [path …] [--dark] [--dist DIR]`: photographs pages of the built site (dist/, or
 * DIR) at 390 px and 1280 px wide into screenshots/, to look at what the site shows a person. Run
 * `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

/** `--dark` photographs the pages in dark mode. */
const dark = process.argv.includes('--dark');
const distIndex = process.argv.indexOf('--dist');
const dist = distIndex > 0 ? (process.argv[distIndex + 1] ?? 'dist') : 'dist';
const paths = process.argv.slice(2).filter((arg, index, all) => arg !== '--dark' && arg !== '--dist' && all[index - 1] !== '--dist');
const targets =
  paths.length > 0
    ? paths
    : [
        '/',
        '/solutions/',
        '/solutions/network-strengthening-project-northern-mexico/',
        '/building-blocks/constructing-strategic-multi-level-and-multi-actor-alliances/',
        '/themes/civil-society-strengthening/',
        '/organizations/comunalia/',
      ];
const widths = [390, 1280];

mkdirSync('screenshots', { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    for (const path of targets) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const name = `screenshots/${path.replace(/^\/|\/$/g, '').replace(/[/?=&]/g, '_') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      // Long pages are also saved in viewport-sized parts, which are easier to read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const partHeight = width < 600 ? 1200 : 1600;
      for (let part = 0; part * partHeight < height && part < 8; part += 1) {
        const clip = { x: 0, y: part * partHeight, width, height: Math.min(partHeight, height - part * partHeight) };
        await page.screenshot({ path: name.replace('.png', `.part${part + 1}.png`), fullPage: true, clip });
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
