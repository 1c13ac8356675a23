/**
 * The site in one language: the relations are derived once, across languages (src/lib/relations.ts),
 * and this view gives every entry the text of its translation into that language when there is one,
 * its original text otherwise, with the language that text is in (`entry.text`), so pages can mark it
 * and say so. A translation holds only text (src/schemas/translation.ts): every shared field, and so
 * every relation, is the original's, the same in every language.
 */
import { defaultLocale, type Locale } from '../i18n/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import { textLists, type AnyTranslation } from '../schemas/translation.ts';
import type { Atlas, BrowseDimension, Entry } from './relations.ts';

/** A translation as the site reads it: its text and the file it comes from. */
export interface TranslationEntry {
  data: AnyTranslation;
  filePath?: string | undefined;
}

/** Finds the translation of an entry into a language, if there is one. */
export type FindTranslation = (collection: CollectionName, id: string, locale: Locale) => TranslationEntry | undefined;

/** The language an entry is written in: its `lang`, the default language when left out. */
export function originalLanguage(entry: Entry<object>): Locale {
  return ((entry.data as { lang?: Locale }).lang ?? defaultLocale) as Locale;
}

/** An entry's data with the text of a translation over it (its lists item by item, its contributions by organization). */
export function translatedData<T extends object>(data: T, translation: AnyTranslation): T {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [field, value] of Object.entries(translation)) {
    if (value === undefined || field === 'translator' || field === 'actors') continue;
    if ((textLists as readonly string[]).includes(field) && !Array.isArray((data as Record<string, unknown>)[field])) continue;
    merged[field] = value;
  }
  const contributions = (translation as { actors?: { organization: string; contribution: string }[] }).actors;
  const actors = (data as { actors?: { organization: string; contribution?: string }[] }).actors;
  if (contributions && actors) {
    merged['actors'] = actors.map((actor) => {
      const translated = contributions.find((candidate) => candidate.organization === actor.organization);
      return translated ? { ...actor, contribution: translated.contribution } : actor;
    });
  }
  return merged as T;
}

/** The view of `atlas` in `locale`. */
export function localizeAtlas(atlas: Atlas, findTranslation: FindTranslation, locale: Locale): Atlas {
  const views = new WeakMap<object, Entry<object>>();
  const view =
    <T extends object>(collection: CollectionName) =>
    (entry: Entry<T>): Entry<T> => {
      let shown = views.get(entry) as Entry<T> | undefined;
      if (!shown) {
        const written = originalLanguage(entry);
        const translation = written === locale ? undefined : findTranslation(collection, entry.id, locale);
        shown = translation
          ? {
              ...entry,
              data: translatedData(entry.data, translation.data),
              text: { lang: locale, file: translation.filePath, translator: translation.data.translator },
            }
          : { ...entry, text: { lang: written, file: entry.filePath } };
        views.set(entry, shown as Entry<object>);
      }
      return shown;
    };
  // Lists ordered by their text follow the language they are read in.
  const collator = new Intl.Collator(locale);
  const byTitle = <T extends { title: string }>(entries: Entry<T>[]) =>
    [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));

  const solution = view<Atlas['solutions'][number]['data']>('solutions');
  const block = view<Atlas['buildingBlocks'][number]['data']>('building-blocks');
  const organization = view<Atlas['organizations'][number]['data']>('organizations');
  const theme = view<Atlas['themes'][number]['data']>('themes');
  const story = view<Atlas['stories'][number]['data']>('stories');
  const event = view<Atlas['events'][number]['data']>('events');
  const newsItem = view<Atlas['news'][number]['data']>('news');
  const browsed = new Map<string, ReturnType<Atlas['browse']>>();

  return {
    solutions: atlas.solutions.map(solution),
    buildingBlocks: byTitle(atlas.buildingBlocks.map(block)),
    organizations: atlas.organizations.map(organization),
    themes: byTitle(atlas.themes.map(theme)),
    stories: atlas.stories.map(story),
    news: atlas.news.map(newsItem),
    upcomingEvents: atlas.upcomingEvents.map(event),
    pastEvents: atlas.pastEvents.map(event),
    events: atlas.events.map(event),
    solution: (id) => solution(atlas.solution(id)),
    buildingBlock: (id) => block(atlas.buildingBlock(id)),
    organization: (id) => organization(atlas.organization(id)),
    theme: (id) => theme(atlas.theme(id)),
    story: (id) => story(atlas.story(id)),
    newsItem: (id) => newsItem(atlas.newsItem(id)),
    event: (id) => event(atlas.event(id)),
    isUpcoming: atlas.isUpcoming,
    builtOn: atlas.builtOn,
    partnersOf: (organizationId) => atlas.partnersOf(organizationId).map(organization),
    featuredSolutions: (count) => atlas.featuredSolutions(count).map(solution),
    blocksOf: (entry) => atlas.blocksOf(entry).map(block),
    solutionsUsing: (blockId) => atlas.solutionsUsing(blockId).map(solution),
    inspiredBy: (entry) => atlas.inspiredBy(entry).map(solution),
    solutionsInspiredBy: (solutionId) => atlas.solutionsInspiredBy(solutionId).map(solution),
    storiesInspiredBy: (collection, id) => atlas.storiesInspiredBy(collection, id).map(story),
    storyTargets: (entry) =>
      atlas
        .storyTargets(entry)
        .map((target) =>
          target.collection === 'solutions'
            ? { collection: target.collection, entry: solution(target.entry as Atlas['solutions'][number]) }
            : { collection: target.collection, entry: block(target.entry as Atlas['buildingBlocks'][number]) },
        ),
    relatedSolutions: (entry, count) => atlas.relatedSolutions(entry, count).map(solution),
    involvementOf: (organizationId) => {
      const involvement = atlas.involvementOf(organizationId);
      return {
        solutions: involvement.solutions.map(solution),
        buildingBlocks: byTitle(involvement.buildingBlocks.map(block)),
        events: involvement.events.map(event),
        news: involvement.news.map(newsItem),
        stories: involvement.stories.map(story),
      };
    },
    browse: (dimension: BrowseDimension, value: string) => {
      // Every page of a value's listing asks for the same lists: localized and sorted once, not once a page.
      const key = `${dimension}/${value}`;
      let found = browsed.get(key);
      if (!found) {
        const original = atlas.browse(dimension, value);
        found = { solutions: original.solutions.map(solution), buildingBlocks: byTitle(original.buildingBlocks.map(block)) };
        browsed.set(key, found);
      }
      return found;
    },
  };
}
