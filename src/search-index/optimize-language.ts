/**
 * Optimizes one language of a Pagefind bundle: its compaction (`compact-bundle.ts`) and its packed
 * files (`pack-bundle.ts`). Languages share nothing but the entry file, so `optimize.ts` runs each in a
 * worker thread of its own (`language-worker.ts`) when the machine has the cores: the work is all
 * computation, and on a large site each language is seconds of it.
 */
import { compactLanguage, type BundleEntry, type CompactionReport } from './compact-bundle.ts';
import { packLanguage, type PackReport } from './pack-bundle.ts';

/** What optimizing a language did: the compaction's report without the files' contents, and packing's. */
export interface LanguageOutcome {
  compacted: Omit<CompactionReport, 'written'>;
  packed: PackReport;
  /** The name of the language's new metadata, for the entry file. */
  hash: string;
}

/** Compacts and packs `language` of the bundle at `bundle` into `output`. */
export function optimizeLanguage(bundle: string, output: string, entry: BundleEntry, language: string): LanguageOutcome {
  const { written, ...compacted } = compactLanguage(bundle, output, entry, language);
  const packed = packLanguage({ written });
  return { compacted, packed, hash: entry.languages[language]!.hash };
}
