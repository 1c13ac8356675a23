/**
 * A worker thread that optimizes one language of a Pagefind bundle (`optimize-language.ts`) and posts
 * back its outcome, or its error with the error's name, so that `optimize.ts` can tell a format it does
 * not know (`PagefindFormatError`) from a fault.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BundleEntry } from './compact-bundle.ts';
import { optimizeLanguage } from './optimize-language.ts';

/** What the worker is given. */
export interface LanguageTask {
  bundle: string;
  output: string;
  entry: BundleEntry;
  language: string;
}

/** What the worker posts back. */
export type LanguageMessage = { outcome: ReturnType<typeof optimizeLanguage> } | { error: { name: string; message: string } };

const { bundle, output, entry, language } = workerData as LanguageTask;
let message: LanguageMessage;
try {
  message = { outcome: optimizeLanguage(bundle, output, entry, language) };
} catch (error) {
  message = { error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
}
parentPort?.postMessage(message);
