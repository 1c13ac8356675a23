/** Reading a built site: its HTML pages, parsed, and the files it holds. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dist`, as site paths ("/solutions/x/index.html"). */
export function listFiles(dist: string): string[] {
  const walk = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const full = join(directory, name);
      return statSync(full).isDirectory() ? walk(full) : [`/${relative(dist, full).split(sep).join('/')}`];
    });
  return walk(dist).sort();
}

/** Site paths of the HTML pages ("/solutions/x/"), with "/404.html" kept as is. */
export function listPages(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
}

/** The file a site path is served from, or undefined. */
export function fileFor(dist: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const cache = new Map<string, HTMLElement>();

/** A built page, parsed. Throws when the page does not exist. */
export function page(dist: string, sitePath: string): HTMLElement {
  const file = fileFor(dist, sitePath);
  if (!file) throw new Error(`No page at ${sitePath} in ${dist}`);
  let root = cache.get(file);
  if (!root) cache.set(file, (root = parse(readFileSync(file, 'utf8'))));
  return root;
}

/** Visible text of an element, whitespace folded. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}
