/**
 * The one query module: loads every collection and its translations once, derives the relations
 * once (src/lib/relations.ts), and hands each page the site in its language (src/lib/localize.ts).
 * Drafts are kept in dev and left out of production builds, feeds and search.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';
import { followsPageLanguage } from '../components/mdx/index.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';
import { translationSchemas } from '../schemas/translation.ts';
import type { CoverImage } from '../schemas/cover.ts';
import { localizeAtlas, type TranslationEntry } from './localize.ts';
import { buildAtlas, type Atlas } from './relations.ts';
import type { Shared } from './rendered-once.ts';

/** True when drafts should be shown (dev server only). */
const showDrafts = import.meta.env.DEV;

interface Loaded {
  atlas: Atlas;
  /** Translations by `<collection>/<slug>.<language>`. */
  translations: Map<string, TranslationEntry & { entryId: string; mdx: boolean }>;
}

let loaded: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const [solutions, buildingBlocks, organizations, themes, stories, events, news, mdxTranslations, dataTranslations] = await Promise.all([
    getCollection('solutions', (entry) => showDrafts || entry.data.draft !== true),
    getCollection('building-blocks'),
    getCollection('organizations'),
    getCollection('themes'),
    getCollection('stories'),
    getCollection('events'),
    getCollection('news'),
    getCollection('translations'),
    getCollection('data-translations'),
  ]);
  // "Now" is the build time: past and upcoming events are derived when the site is built.
  const atlas = buildAtlas({ solutions, buildingBlocks, organizations, themes, stories, events, news }, new Date());
  const translations = new Map<string, TranslationEntry & { entryId: string; mdx: boolean }>();
  for (const [entries, mdx] of [
    [mdxTranslations, true],
    [dataTranslations, false],
  ] as const) {
    for (const entry of entries) {
      const collection = entry.id.split('/')[0] as CollectionName;
      if (!collectionNames.includes(collection)) continue;
      // Checked by the validator before the build; read here with the same schema.
      translations.set(entry.id, {
        data: translationSchemas[collection].parse(entry.data),
        filePath: entry.filePath,
        entryId: entry.id,
        mdx,
      });
    }
  }
  return { atlas, translations };
}

const views = new Map<Locale, Promise<Atlas>>();

/** The site's content and its relations in `locale`, loaded once per build. */
export function getAtlas(locale: Locale = defaultLocale): Promise<Atlas> {
  let view = views.get(locale);
  if (!view) {
    view = (async () => {
      const { atlas, translations } = await (loaded ??= load());
      return localizeAtlas(atlas, (collection, id, language) => translations.get(`${collection}/${id}.${language}`), locale);
    })();
    views.set(locale, view);
  }
  return view;
}

/** Loads an entry's rendered MDX module: what `EntryBody` renders. */
export type EntryBodyLoader = () => ReturnType<typeof render>;

/**
 * The MDX body of an entry in `locale` (its translation's, or its original's), as a loader that
 * `EntryBody` calls only when the body is rendered; and what the pages of other languages share with
 * it (`RenderedOnce`): the original's body is the same on the page of every language it has no
 * translation into, unless it uses a component whose output follows the page's language.
 */
export async function entryBody(
  collection: 'solutions' | 'building-blocks' | 'stories' | 'events' | 'news',
  id: string,
  locale: Locale,
): Promise<{ load: EntryBodyLoader; shared: Shared }> {
  const { translations } = await (loaded ??= load());
  const translationIn = (language: Locale) => translations.get(`${collection}/${id}.${language}`);
  const translation = translationIn(locale);
  const entry = translation ? await getEntry('translations', translation.entryId) : await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  const pages = translation || followsPageLanguage(entry.body ?? '') ? 1 : locales.filter((language) => !translationIn(language)).length;
  return { load: () => render(entry), shared: { key: `${entry.collection}/${entry.id}`, pages } };
}

/** The optimised cover image of a solution or news item, when it has one. */
export async function coverOf(collection: 'solutions' | 'news', id: string) {
  const entry = await getEntry(collection, id);
  return entry?.data.cover;
}

/** An entry's cover as the build gives it (an optimisable image and its alt text), for cards. */
export function builtCover(data: { cover?: unknown }): { src: CoverImage; alt: string } | undefined {
  const cover = data.cover as { src?: unknown; alt?: unknown } | undefined;
  // In the build `src` is the image Astro resolved; anywhere else it is still the path written.
  return cover && typeof cover.src === 'object' && typeof cover.alt === 'string' ? (cover as { src: CoverImage; alt: string }) : undefined;
}
