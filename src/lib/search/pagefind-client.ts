/**
 * The slice of Pagefind's browser API the search page uses, loaded at run time from the index the
 * build wrote (it is not bundled: it must match the index it reads).
 */
import { decodeFacetTable, facetTableFileName, type FacetTable } from './facet-table.ts';
import { fetchPackedFiles } from './packed-fetch.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Starts loading the index chunks for a term while the reader is still typing. */
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  /**
   * No `sort`: the build numbers pages by date and drops Pagefind's sort data (see index-names.ts). No
   * `filters` either: the search page narrows and counts with the facet table (see facet-table.ts), as
   * Pagefind would fetch all of its larger filter data for any filter. A null term lists every page.
   */
  search(term: string | null): Promise<PagefindSearch>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once from `<base>pagefind/pagefind.js`, reading its metadata, index chunks and
 * WebAssembly from their packed files (see packed-fetch.ts: Pagefind has no option for how it fetches,
 * so the page's `fetch` does it).
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const bundle = new URL(`${base}pagefind/`, location.href).href;
    globalThis.fetch = fetchPackedFiles(bundle, location.href, globalThis.fetch.bind(globalThis));
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Without the worker, Pagefind saves a 12 kB download; a search takes a few milliseconds, so the
    // main thread barely notices.
    await api.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  })();
  return loading;
}

const tables = new Map<string, Promise<FacetTable>>();

/** Loads the facet table of the bundle tagged `tag` once (`<base>pagefind/facets.<tag>.pf_facets`). */
export function loadFacetTable(base: string, tag: string): Promise<FacetTable> {
  let table = tables.get(tag);
  if (!table) {
    table = (async () => {
      const response = await fetch(`${base}pagefind/${facetTableFileName(tag)}`);
      if (!response.ok || !response.body) throw new Error(`the facet table answered ${response.status}`);
      // Served as written, gzipped like Pagefind's own files (see facet-table.ts).
      const unzipped = response.body.pipeThrough(new DecompressionStream('gzip'));
      return decodeFacetTable(new Uint8Array(await new Response(unzipped).arrayBuffer()));
    })();
    // A failed load may be retried by the next search.
    table.catch(() => tables.delete(tag));
    tables.set(tag, table);
  }
  return table;
}
