/**
 * The components contributed MDX may use, passed to every rendered body so no file needs an import.
 * Their names and props are the allow-list in src/lib/validation/mdx-allow-list.ts (a test keeps the two equal).
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Figure, Callout, Quote };
