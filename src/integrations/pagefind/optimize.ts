/**
 * Makes Pagefind's bundle lighter for a reader's first search: pages numbered by date, short names,
 * regrouped chunks and a facet table (`compact-bundle.ts`), packed index files (`pack-bundle.ts`), a
 * minified script (`minify-script.ts`), and a manifest that tells the search page so
 * (`src/lib/search/search-manifest.ts`). docs/search.md has the design and its figures.
 *
 * It is an optimizer, not a requirement: it works on a copy of the bundle and puts the copy in place only
 * once every step has succeeded. When Pagefind wrote a format this site does not know (a newer Pagefind,
 * `src/lib/search/pagefind-format.ts`), or any step fails, Pagefind's bundle stays exactly as Pagefind
 * wrote it and the build goes on with one warning: the search page then uses Pagefind's own filters and
 * sort, and still works.
 */
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PagefindFormatError } from '../../lib/search/pagefind-format.ts';
import { SEARCH_MANIFEST_FILE, searchManifest } from '../../lib/search/search-manifest.ts';
import { compactBundle, type CompactionReport } from './compact-bundle.ts';
import { minifyPagefindScript } from './minify-script.ts';
import { packBundle, type PackReport } from './pack-bundle.ts';

export type OptimizeOutcome =
  | { optimized: true; compacted: CompactionReport[]; packed: PackReport; minifiedBytes: number }
  | { optimized: false; reason: string };

/** Optimizes the bundle at `bundle` in place, or leaves it untouched and says why. */
export async function optimizeBundle(bundle: string): Promise<OptimizeOutcome> {
  const staging = `${bundle}.optimizing`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(bundle, staging, { recursive: true });
  try {
    const compacted = compactBundle(staging);
    const packed = packBundle(staging);
    const minifiedBytes = await minifyPagefindScript(staging);
    const languages = Object.fromEntries(compacted.map(({ language, tag }) => [language, { tag }]));
    writeFileSync(join(staging, SEARCH_MANIFEST_FILE), JSON.stringify(searchManifest(languages)));
    rmSync(bundle, { recursive: true, force: true });
    renameSync(staging, bundle);
    return { optimized: true, compacted, packed, minifiedBytes };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof PagefindFormatError ? `an unknown format (${error.message})` : `an error (${error instanceof Error ? error.message : String(error)})`;
    return { optimized: false, reason };
  }
}
