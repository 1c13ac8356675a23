/**
 * The components contributed MDX may use, passed to every rendered body so no file needs an import.
 * Their names and props are the allow-list in src/lib/validation/mdx-allow-list.ts (a test keeps the two equal).
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Figure, Callout, Quote };

/**
 * The components whose output follows the page's language (a callout's default label), by name. A body
 * that uses one is rendered on each page; any other body is the same on every page that shows it.
 */
const pageLanguageComponents: readonly (keyof typeof mdxComponents)[] = ['Callout'];

/** True when an MDX body uses a component whose output follows the page's language. */
export function followsPageLanguage(body: string): boolean {
  return pageLanguageComponents.some((name) => body.includes(`<${name}`));
}
