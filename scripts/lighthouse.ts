/**
 * `npm run lighthouse`: audits the built site (home, a solution, a theme page and search) with
 * Lighthouse's mobile preset in Debian's Chromium, and prints the four scores. Target: 100 in each.
 * A script, not a test: scores vary with the machine. Run `npm run build` first.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const pages = [
  '/',
  '/solutions/network-strengthening-project-northern-mexico/',
  '/themes/alliance-and-partnership-development/',
  '/search/?q=alliance',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic('dist');
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  console.log(`${'page'.padEnd(62)} ${categories.map((category) => category.padStart(16)).join('')}`);
  for (const path of pages) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    console.log(`${path.padEnd(62)} ${scores.map((score) => String(score).padStart(16)).join('')}`);
    for (const [id, audit] of Object.entries(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        console.log(`    ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
