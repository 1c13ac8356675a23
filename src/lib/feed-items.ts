/** What the feeds of a language carry: solutions, stories and news, newest first (RSS and JSON Feed alike). */
import type { Locale } from '../i18n/index.ts';
import { strings } from '../i18n/index.ts';
import type { Atlas } from './relations.ts';
import { urlsFor } from './urls.ts';

export interface FeedItem {
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  published: string;
  /** The page, from the site's root. */
  path: string;
  /** The kind of entry, in the feed's language. */
  category: string;
}

export function feedItems(atlas: Atlas, locale: Locale): FeedItem[] {
  const t = strings(locale);
  const urls = urlsFor(locale);
  const item = (category: string, path: string, data: { title: string; summary: string; published: string }): FeedItem => ({
    title: data.title,
    summary: data.summary,
    published: data.published,
    path,
    category,
  });
  return [
    ...atlas.solutions.map((entry) => item(t.kinds.solution, urls.solution(entry.id), entry.data)),
    ...atlas.stories.map((entry) => item(t.kinds.story, urls.story(entry.id), entry.data)),
    ...atlas.news.map((entry) => item(t.kinds.news, urls.newsItem(entry.id), entry.data)),
  ].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}
