/**
 * The slice of Pagefind's browser API the search page uses, loaded at run time from the index the
 * build wrote (it is not bundled: it must match the index it reads).
 */
import type { PagefindFilters } from './filters.ts';

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
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Starts loading the index chunks for a term while the reader is still typing. */
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  /** No `sort`: the build numbers pages by date and drops Pagefind's sort data (see index-names.ts). */
  search(term: string | null, options: { filters?: PagefindFilters }): Promise<PagefindSearch>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once from `<base>pagefind/pagefind.js`. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
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
