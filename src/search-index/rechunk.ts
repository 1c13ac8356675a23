/**
 * Regroups the words of Pagefind's index into chunks by size, so a rare word never shares a chunk with
 * a common one.
 *
 * A search downloads the whole chunk of each of its words. Pagefind fills a chunk with a fixed number of
 * entries and closes it after the entry that overflows it, so a rare word can travel with a word found
 * on every page: on a large site a rare word such as "irrigation" shared its chunk with "is".
 * Here a word whose entries reach the target size gets a chunk of its own, and the others fill chunks up
 * to the target, in word order (the metadata lists each chunk by its first and last word).
 */

/** A word of the index with its entry (opaque to this module) and the entry's encoded size. */
export interface SizedWord<Entry> {
  word: string;
  entry: Entry;
  bytes: number;
}

/**
 * Splits words (in index order) into runs: each run's entries add up to at most `targetBytes`, except a
 * single word at least that large, which is a run of its own.
 */
export function groupWordsBySize<Entry>(words: readonly SizedWord<Entry>[], targetBytes: number): SizedWord<Entry>[][] {
  const groups: SizedWord<Entry>[][] = [];
  let current: SizedWord<Entry>[] = [];
  let currentBytes = 0;
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    currentBytes = 0;
  };
  for (const word of words) {
    if (word.bytes >= targetBytes) {
      close();
      groups.push([word]);
      continue;
    }
    if (currentBytes + word.bytes > targetBytes) close();
    current.push(word);
    currentBytes += word.bytes;
  }
  close();
  return groups;
}
