/**
 * Closes the gaps between Pagefind's index chunks, so a search word always finds its chunk.
 *
 * Pagefind's metadata lists each chunk of the word index with its first and last word (`from`, `to`,
 * both stemmed words). To search, the browser asks for the chunk whose bounds hold each query word, in
 * its raw form and stemmed. The raw form often falls between two chunks: "alliance" sorts after
 * "allianc", the last word of one chunk, and before the first word of the next. For such a word Pagefind
 * 1.6 falls back to every chunk whose bounds match the word's first letters, which includes the chunks of
 * "a" and "all", among the largest of the index.
 *
 * With no gaps, every word has a chunk and the fallback never runs. Each gap is split where the next
 * chunk's first word begins to be possible: a word that could start the next chunk's words (a prefix of
 * its first word, or anything after that) goes to the next chunk, as Pagefind's prefix search of the
 * word being typed needs; any other word in the gap goes to the chunk before, which holds its stem.
 * No indexed word changes chunk, so results are the same; only the fallback's downloads go.
 */

/** The bounds of one chunk of Pagefind's word index as its metadata lists them: first and last word. */
export interface IndexChunkBounds {
  from: string;
  to: string;
}

/**
 * Sorts after every word that starts the same: U+10FFFF is the last code point, and a noncharacter that
 * no text should hold (a query that did would only fall back to Pagefind's wider lookup). Pagefind
 * compares words as UTF-8 bytes, which is code-point order.
 */
const HIGHEST = '\u{10FFFF}';

/** Compares strings by code point, as Rust compares `String`s (UTF-8 byte order). */
export function compareWords(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const shared = Math.min(left.length, right.length);
  for (let index = 0; index < shared; index++) {
    const difference = (left[index] as string).codePointAt(0)! - (right[index] as string).codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** The shortest prefix of `word` that sorts after `previous` (`word` itself sorts after it). */
function shortestPrefixAfter(word: string, previous: string): string {
  const characters = [...word];
  for (let length = 1; length <= characters.length; length++) {
    const prefix = characters.slice(0, length).join('');
    if (compareWords(prefix, previous) > 0) return prefix;
  }
  return word;
}

/**
 * The last bound before `start`: `start` with its last character lowered by one, then the highest code
 * point. No word sorts between it and `start`.
 */
function justBefore(start: string): string {
  const characters = [...start];
  const last = (characters.pop() as string).codePointAt(0)!;
  if (last === 0) return characters.join('');
  return characters.join('') + String.fromCodePoint(last - 1) + HIGHEST;
}

/**
 * The chunks with their bounds widened to cover every possible word, in order, with no overlap.
 * The chunks must be sorted and must not overlap, as Pagefind writes them; anything else is refused.
 */
export function closeChunkGaps<Chunk extends IndexChunkBounds>(chunks: readonly Chunk[]): Chunk[] {
  chunks.forEach((chunk, index) => {
    if (compareWords(chunk.from, chunk.to) > 0)
      throw new Error(`Pagefind index chunk ${index} starts after it ends ("${chunk.from}" > "${chunk.to}")`);
    const previous = chunks[index - 1];
    if (previous && compareWords(previous.to, chunk.from) >= 0) {
      throw new Error(`Pagefind index chunks ${index - 1} and ${index} overlap or are out of order ("${previous.to}" ≥ "${chunk.from}")`);
    }
  });
  const starts = chunks.map((chunk, index) => (index === 0 ? '' : shortestPrefixAfter(chunk.from, (chunks[index - 1] as Chunk).to)));
  const closed = chunks.map((chunk, index) => {
    const next = starts[index + 1];
    return { ...chunk, from: starts[index] as string, to: next === undefined ? HIGHEST : justBefore(next) };
  });
  // Widened, never narrowed, and still in order: every indexed word stays in its own chunk.
  closed.forEach((chunk, index) => {
    const original = chunks[index] as Chunk;
    const next = closed[index + 1];
    if (
      compareWords(chunk.from, original.from) > 0 ||
      compareWords(chunk.to, original.to) < 0 ||
      (next && compareWords(chunk.to, next.from) >= 0)
    ) {
      throw new Error(`Closing the gaps of Pagefind index chunk ${index} ("${original.from}"–"${original.to}") went wrong`);
    }
  });
  return closed;
}
