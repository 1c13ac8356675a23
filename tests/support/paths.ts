/** Paths the tests share. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** A small site that shows relations, feeds, images and MDX components; its counts are asserted. */
export const fixtureSite = fileURLToPath(new URL('../fixtures/sites/minimal', import.meta.url));
/** A site written for the search tests: what each query finds is asserted on it. */
export const searchFixtureSite = fileURLToPath(new URL('../fixtures/sites/search', import.meta.url));
/** A site in two languages: a translated entry, an untranslated one and Spanish originals; its pages and search in both are asserted. */
export const bilingualFixtureSite = fileURLToPath(new URL('../fixtures/sites/bilingual', import.meta.url));
/** Thirty solutions, more than a page: pagination, theme x scale pages, sorting and the explorer are asserted on it. */
export const manyFixtureSite = fileURLToPath(new URL('../fixtures/sites/many', import.meta.url));
/** Valid entries of every kind that the site tests add to the real content (see build-sites.ts). */
export const extraContent = fileURLToPath(new URL('../fixtures/extra-content', import.meta.url));
