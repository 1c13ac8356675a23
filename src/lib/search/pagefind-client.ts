/**
 * Loads Pagefind's browser API at run time from the index the build wrote (it is not bundled: it must
 * match the index it reads), and gives the search page its view of that index (`search-index.ts`):
 * the optimized bundle when the build's manifest says so (`search-manifest.ts`), Pagefind's own
 * bundle otherwise.
 */
import { fetchPackedFiles } from './packed-fetch.ts';
import { optimizedIndex, stockIndex, type PagefindApi, type SearchIndex } from './search-index.ts';
import { readSearchManifest, SEARCH_MANIFEST_FILE, type SearchManifest } from './search-manifest.ts';

/** The manifest of the bundle at `bundle`, or undefined for Pagefind's own bundle (or one unreadable). */
async function fetchManifest(bundle: string): Promise<SearchManifest | undefined> {
  try {
    const response = await fetch(`${bundle}${SEARCH_MANIFEST_FILE}`);
    return response.ok ? readSearchManifest(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

let loading: Promise<SearchIndex> | undefined;

/** Loads Pagefind and the manifest of the index under `<base>pagefind/` once, side by side. */
export function loadSearchIndex(base: string): Promise<SearchIndex> {
  loading ??= (async () => {
    const bundle = new URL(`${base}pagefind/`, location.href).href;
    const [manifest, api] = await Promise.all([
      fetchManifest(bundle),
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>,
    ]);
    // Pagefind has no option for how it fetches, so the page's `fetch` reads the packed files for it.
    if (manifest) globalThis.fetch = fetchPackedFiles(bundle, location.href, globalThis.fetch.bind(globalThis));
    // Without the worker, Pagefind saves a download; a search takes a few milliseconds, so the
    // main thread barely notices.
    await api.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await api.init();
    return manifest ? optimizedIndex(api, base) : stockIndex(api);
  })();
  // A failed load may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
