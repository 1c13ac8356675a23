/**
 * HTML rendered once and handed to each page that shows it. An entry's body that has no translation
 * into a language is the same text on the page of every such language, and a solution's card is the
 * same on every listing of a language: the first page renders it, the others reuse its HTML.
 */

/** A rendering that several pages share: the first to ask renders it. */
export interface Shared {
  /** What is rendered: the same key always gives the same HTML. */
  key: string;
  /** How many pages show it (`Infinity`: kept for the whole build); below 2 nothing is kept. */
  pages: number;
}

/** Gives the HTML of `shared`, calling `render` only when no page has rendered it yet. */
export type RenderOnce = (shared: Shared, render: () => Promise<string>) => Promise<string>;

/**
 * A store of shared renderings; when `enabled` is false every call renders. Each rendering is dropped
 * once its last page has it, so a build does not hold every body at once.
 */
export function renderOnceStore(enabled: boolean): RenderOnce {
  const rendering = new Map<string, { html: Promise<string>; pagesLeft: number }>();
  return (shared, render) => {
    if (!enabled || shared.pages < 2) return render();
    let entry = rendering.get(shared.key);
    if (!entry) {
      entry = { html: render(), pagesLeft: shared.pages };
      rendering.set(shared.key, entry);
    }
    if (--entry.pagesLeft === 0) rendering.delete(shared.key);
    return entry.html;
  };
}

/**
 * The build's store. In dev every page renders its own: pages are rendered on request there, and the
 * content may change between two requests.
 */
export const renderedOnce = renderOnceStore(!import.meta.env.DEV);
