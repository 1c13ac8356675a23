/**
 * Results in title order, for the explorer's "Title" sort, from the optimized bundle. Pagefind's own
 * bundle keeps the order as a sort in its metadata, which every first search downloads whole; the
 * build moves it into this file (`src/search-index/compact-bundle.ts`), which only a title sort loads.
 * One module for the format, used by both sides.
 */

/** The file's name in the bundle's folder, from the bundle's tag (see `index-names.ts`). */
export const titleOrderFileName = (tag: string) => `titles.${tag}.pf_order`;

/**
 * What a page is sorted by when sorted by title (`data-pagefind-sort="title"`): its title without case
 * or accents, so "Él" sorts with "el" and "Árbol" before "Bosque", as readers expect.
 */
export function titleSortKey(title: string): string {
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The file, before the gzip it is served in: one byte, the width of a place (2, or 4 for more than
 * 65,535 pages), then each page's place in title order (0 first), by page position, little-endian.
 */
export function encodeTitleOrder(places: readonly number[]): Uint8Array {
  const width = places.length > 0xffff ? 4 : 2;
  const file = new Uint8Array(1 + places.length * width);
  const view = new DataView(file.buffer);
  file[0] = width;
  places.forEach((place, position) => {
    if (!Number.isSafeInteger(place) || place < 0 || place >= places.length)
      throw new Error(`Page ${position} has title place ${place}, outside 0–${places.length - 1}`);
    if (width === 2) view.setUint16(1 + position * 2, place, true);
    else view.setUint32(1 + position * 4, place, true);
  });
  return file;
}

/** Each page's place in title order, by page position; refuses a file that does not have the shape. */
export function decodeTitleOrder(file: Uint8Array): number[] {
  const width = file[0];
  if ((width !== 2 && width !== 4) || (file.length - 1) % width !== 0) throw new Error('The title order file is not of its shape');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return Array.from({ length: (file.length - 1) / width }, (_, position) =>
    width === 2 ? view.getUint16(1 + position * 2, true) : view.getUint32(1 + position * 4, true),
  );
}
