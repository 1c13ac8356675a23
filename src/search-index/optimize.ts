/**
 * Makes Pagefind's bundle lighter for a reader's first search: pages numbered by date, short names,
 * regrouped chunks and a facet table (`compact-bundle.ts`), packed index files (`pack-bundle.ts`), a
 * minified script (`minify-script.ts`), and a manifest that tells the search page so
 * (`src/lib/search/search-manifest.ts`). docs/search.md has the design and its figures.
 *
 * It is an optimizer, not a requirement. It only reads Pagefind's bundle and writes the optimized one
 * beside it (linking the files it keeps rather than copying them), and puts it in place once every
 * step has succeeded, moving the page fragments in under their new names. When Pagefind wrote a
 * format this site does not know (a newer Pagefind, see `src/lib/search/pagefind-format.ts`), or any
 * step fails, Pagefind's bundle stays exactly as Pagefind wrote it and the build goes on with one
 * warning: the search page then uses Pagefind's own filters and sort, and still works.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PagefindFormatError } from '../lib/search/pagefind-format.ts';
import { SEARCH_MANIFEST_FILE, searchManifest } from '../lib/search/search-manifest.ts';
import { linkMissing, moveFiles } from './bundle-files.ts';
import { readBundleEntry, writeBundleEntry, type BundleEntry } from './compact-bundle.ts';
import type { LanguageMessage, LanguageTask } from './language-worker.ts';
import { minifyPagefindScript } from './minify-script.ts';
import { optimizeLanguage, type LanguageOutcome } from './optimize-language.ts';
import type { PackReport } from './pack-bundle.ts';

export type OptimizeOutcome =
  | { optimized: true; compacted: LanguageOutcome['compacted'][]; packed: PackReport; minifiedBytes: number }
  | { optimized: false; reason: string };

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
    const entry = readBundleEntry(bundle);
    const outcomes = await optimizeLanguages(bundle, output, entry);
    for (const { compacted, hash } of outcomes) entry.languages[compacted.language]!.hash = hash;
    writeBundleEntry(output, entry);
    const compacted = outcomes.map((outcome) => outcome.compacted);
    const packed = outcomes.reduce<PackReport>(
      (sum, { packed }) => ({
        files: sum.files + packed.files,
        gzippedBytes: sum.gzippedBytes + packed.gzippedBytes,
        packedBytes: sum.packedBytes + packed.packedBytes,
      }),
      { files: 0, gzippedBytes: 0, packedBytes: 0 },
    );
    const minifiedBytes = await minifyPagefindScript(bundle, output);
    const languages = Object.fromEntries(compacted.map(({ language, tag }) => [language, { tag }]));
    writeFileSync(join(output, SEARCH_MANIFEST_FILE), JSON.stringify(searchManifest(languages)));
    // Everything else (the WebAssembly, Pagefind's other scripts and styles) as Pagefind wrote it.
    linkMissing(bundle, output, replaced);
    moveFiles(compacted.flatMap((report) => report.fragments));
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

/**
 * Optimizes every language of the bundle: each in a worker thread of its own when there are several
 * languages and the cores to run them at once (the work is all computation), else one after the other.
 * Waits for every language before failing, so no worker is still writing when the output is removed.
 */
async function optimizeLanguages(bundle: string, output: string, entry: BundleEntry): Promise<LanguageOutcome[]> {
  const languages = Object.keys(entry.languages);
  if (languages.length < 2 || availableParallelism() < 2)
    return languages.map((language) => optimizeLanguage(bundle, output, entry, language));
  const settled = await Promise.allSettled(languages.map((language) => inWorker({ bundle, output, entry, language })));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<LanguageOutcome>).value);
}

/** Runs `optimizeLanguage` for a task in a worker thread (`language-worker.ts`). */
function inWorker(task: LanguageTask): Promise<LanguageOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./language-worker.ts', import.meta.url), { workerData: task });
    worker.once('message', (message: LanguageMessage) => {
      if ('outcome' in message) resolve(message.outcome);
      else
        reject(
          message.error.name === 'PagefindFormatError' ? new PagefindFormatError(message.error.message) : new Error(message.error.message),
        );
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the search index worker for "${task.language}" stopped (exit code ${code}) without an outcome`)),
    );
  });
}
