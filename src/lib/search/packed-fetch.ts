/**
 * Lets Pagefind read the packed files of an optimized index (`packed-index.ts`): Pagefind fetches its
 * metadata (`<bundle>pagefind.<hash>.pf_meta`) and index chunks (`<bundle>index/<name>.pf_index`) with
 * the page's `fetch` and reads each answer as its own file. This `fetch` answers those requests with the
 * packed file, unpacked; every other request goes through unchanged. If a packed file cannot be fetched
 * or read, Pagefind's own file is fetched instead, so a reader's search still works (the browser tests
 * check that it is never needed).
 */
import { PACKED_EXTENSION, unpackPagefindFile } from './packed-index.ts';

type Fetch = typeof globalThis.fetch;

/** The packed file's URL for a request Pagefind makes for a file of the bundle at `bundle`, or undefined. */
function packedUrl(url: string, bundle: string): string | undefined {
  if (!url.startsWith(bundle)) return undefined;
  const path = url.slice(bundle.length);
  const packable = /^index\/[^/?#]+\.pf_index$/.test(path) || /^[^/?#]+\.pf_meta$/.test(path);
  return packable ? `${url.slice(0, url.lastIndexOf('.'))}${PACKED_EXTENSION}` : undefined;
}

/**
 * A `fetch` that serves Pagefind's metadata and index chunks from their packed files, for the bundle at
 * `bundle` (the absolute URL of its folder), and any other request with `fetchFile`. Relative requests
 * are read against `pageUrl`.
 */
export function fetchPackedFiles(bundle: string, pageUrl: string, fetchFile: Fetch): Fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : new URL(String(input), pageUrl).href;
    const packed = packedUrl(url, bundle);
    if (!packed) return fetchFile(input, init);
    try {
      const response = await fetchFile(packed, init);
      if (!response.ok) throw new Error(`it answered ${response.status}`);
      return new Response(unpackPagefindFile(new Uint8Array(await response.arrayBuffer())) as BodyInit);
    } catch (reason) {
      console.warn(
        `Search: the packed file of ${url} could not be read (${reason instanceof Error ? reason.message : String(reason)}); fetching Pagefind's own.`,
      );
      return fetchFile(input, init);
    }
  };
}
