/**
 * Writing Pagefind's own bundle with its command-line tool (src/search-index/index.ts): the pages it
 * is given, the count it reports, and a failure that stops the build with a message.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePagefindIndex } from '../../src/search-index/index.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site with the given pages (path under the site → HTML), in a folder removed after the test. */
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pagefind-index-'));
  folders.push(root);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

const page = (lang: string, title: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><article data-pagefind-body><h1>${title}</h1><p>Seed banks and water committees.</p></article></main></body></html>`;

describe('writePagefindIndex', () => {
  it("indexes each language's entry pages and no other page, and reports how many", async () => {
    const root = site({
      'solutions/seed-banks/index.html': page('en', 'Seed banks'),
      'es/solutions/seed-banks/index.html': page('es', 'Bancos de semillas'),
      'news/meeting/index.html': page('en', 'A meeting'),
      // Not an entry's page: a listing and an about page are not given to Pagefind, body or not.
      'solutions/2/index.html': '<!DOCTYPE html><html lang="en"><body><p>Page two</p></body></html>',
      'about/index.html': page('en', 'About the atlas'),
    });
    const bundle = join(root, 'pagefind');

    expect(await writePagefindIndex(root, bundle)).toBe(3);

    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]))).toEqual({
      en: 2,
      es: 1,
    });
  });

  it('stops with a message naming the site when Pagefind cannot index it', async () => {
    const root = site({ 'about/index.html': '<!DOCTYPE html><html lang="en"><body><p>No entries</p></body></html>' });
    await expect(writePagefindIndex(root, join(root, 'pagefind'))).rejects.toThrow(
      `Pagefind could not index ${root} (its command-line tool exited with code 1; its messages are above)`,
    );
    expect(existsSync(join(root, 'pagefind', 'pagefind-entry.json'))).toBe(false);
  });
});
