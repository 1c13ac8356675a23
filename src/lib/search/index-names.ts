/**
 * How the build names the files of the search index, and how the search page reads a result's place in
 * date order back from its name: one place for a fact both sides rely on.
 *
 * A name is the bundle's tag (hex digits that change with the index's content, so a new build never
 * reuses a name for other content and a cached file is never stale) followed by a position in base 36.
 * The build numbers pages newest first (see `src/search-index/page-order.ts`), so a page's
 * position is its rank by date, and sorting by date needs no data beyond the results themselves.
 */

/** Hex digits of the tag at the start of every name. */
export const TAG_LENGTH = 5;

const TAG = new RegExp(`^[0-9a-f]{${TAG_LENGTH}}$`);
const NAME = new RegExp(`^[0-9a-f]{${TAG_LENGTH}}[0-9a-z]+$`);

/** The name of the file at `position` (a page's fragment, an index or filter chunk) in a bundle tagged `tag`. */
export function indexFileName(tag: string, position: number): string {
  if (!TAG.test(tag)) throw new Error(`An index tag is ${TAG_LENGTH} hex digits, not "${tag}"`);
  if (!Number.isSafeInteger(position) || position < 0) throw new Error(`An index position is a whole number from 0, not ${position}`);
  return `${tag}${position.toString(36)}`;
}

/** A page's rank by date, newest first (0 is the newest), from the name the build gave it. */
export function pageRankByDate(name: string): number {
  const position = NAME.test(name) ? Number.parseInt(name.slice(TAG_LENGTH), 36) : Number.NaN;
  if (!Number.isSafeInteger(position)) {
    throw new Error(`"${name}" is not a page name of this site's search index (tag, then position in base 36)`);
  }
  return position;
}

/** The tag of the bundle a file name belongs to: the search page finds the bundle's facet table by it. */
export function indexTag(name: string): string {
  pageRankByDate(name);
  return name.slice(0, TAG_LENGTH);
}
