/**
 * Makes Pagefind's bundle lighter for a reader's first search: pages numbered by date, short names,
 * regrouped chunks and a facet table (`compact-bundle.ts`), packed index files (`pack-bundle.ts`), a
 * minified script (`minify-script.ts`), and a manifest that tells the search page so
 * (`src/lib/search/search-manifest.ts`). docs/search.md has the design and its figures.
 *
 * It is an optimizer, not a requirement. It only reads Pagefind's bundle and writes the optimized one
 * beside it (linking the files it keeps, such as the page fragments, rather than copying them), and
 * puts it in place once every step has succeeded. When Pagefind wrote a format this site does not know
 * (a newer Pagefind, see `src/lib/search/pagefind-format.ts`), or any step fails, Pagefind's bundle
 * stays exactly as Pagefind wrote it and the build goes on with one warning: the search page then uses
 * Pagefind's own filters and sort, and still works.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PagefindFormatError } from '../lib/search/pagefind-format.ts';
import { SEARCH_MANIFEST_FILE, searchManifest } from '../lib/search/search-manifest.ts';
import { linkMissing } from './bundle-files.ts';
import { compactBundle, type CompactionReport } from './compact-bundle.ts';
import { minifyPagefindScript } from './minify-script.ts';
import { packBundle, type PackReport } from './pack-bundle.ts';

export type OptimizeOutcome =
  { optimized: true; compacted: CompactionReport[]; packed: PackReport; minifiedBytes: number } | { optimized: false; reason: string };

/**
 * What the compaction replaces, so Pagefind's own copy is not carried over: the metadata, and the
 * folders of index chunks, filter chunks and page fragments (whose files get new names).
 */
const replaced = (path: string) => /^(index|filter|fragment)$|^[^/]+\.pf_meta$/.test(path);

/** Optimizes the bundle at `bundle` in place, or leaves it untouched and says why. */
export async function optimizeBundle(bundle: string): Promise<OptimizeOutcome> {
  const output = `${bundle}.optimizing`;
  rmSync(output, { recursive: true, force: true });
  try {
    const compacted = compactBundle(bundle, output);
    const packed = packBundle(compacted);
    const minifiedBytes = await minifyPagefindScript(bundle, output);
    const languages = Object.fromEntries(compacted.map(({ language, tag }) => [language, { tag }]));
    writeFileSync(join(output, SEARCH_MANIFEST_FILE), JSON.stringify(searchManifest(languages)));
    // Everything else (the WebAssembly, Pagefind's other scripts and styles) as Pagefind wrote it.
    linkMissing(bundle, output, replaced);
    rmSync(bundle, { recursive: true, force: true });
    renameSync(output, bundle);
    return { optimized: true, compacted, packed, minifiedBytes };
  } catch (error) {
    rmSync(output, { recursive: true, force: true });
    const reason =
      error instanceof PagefindFormatError
        ? `an unknown format (${error.message})`
        : `an error (${error instanceof Error ? error.message : String(error)})`;
    return { optimized: false, reason };
  }
}
