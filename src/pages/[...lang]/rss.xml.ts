/** /rss.xml and /es/rss.xml: solutions, stories and news in one language, newest first, with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { localeOf, strings } from '../../i18n/index.ts';
import { urlsFor } from '../../lib/urls.ts';
import { everyLanguage } from '../../lib/routes.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const locale = localeOf(params.lang);
  const t = strings(locale);
  const urls = urlsFor(locale);
  const atlas = await getAtlas(locale);
  const item = (category: string, link: string, data: { title: string; summary: string; published: string }) => ({
    title: data.title,
    description: data.summary,
    pubDate: new Date(`${data.published}T00:00:00Z`),
    link,
    categories: [category],
  });
  const items = [
    ...atlas.solutions.map((entry) => item(t.kinds.solution, urls.solution(entry.id), entry.data)),
    ...atlas.stories.map((entry) => item(t.kinds.story, urls.story(entry.id), entry.data)),
    ...atlas.news.map((entry) => item(t.kinds.news, urls.newsItem(entry.id), entry.data)),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: `${site.name}: ${t.site.feedTitle}`,
    description: t.site.tagline,
    site: new URL(urls.home(), siteUrl ?? site.url).href,
    items,
    trailingSlash: true,
    customData: `<language>${locale}</language>`,
  });
};
