/** /rss.xml: solutions, stories and news, newest first, with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const atlas = await getAtlas();
  const item = (category: string, link: string, data: { title: string; summary: string; published: string }) => ({
    title: data.title,
    description: data.summary,
    pubDate: new Date(`${data.published}T00:00:00Z`),
    link,
    categories: [category],
  });
  const items = [
    ...atlas.solutions.map((entry) => item('Solution', urls.solution(entry.id), entry.data)),
    ...atlas.stories.map((entry) => item('Inspiration story', urls.story(entry.id), entry.data)),
    ...atlas.news.map((entry) => item('News', urls.newsItem(entry.id), entry.data)),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: site.name,
    description: site.tagline,
    site: siteUrl ?? site.url,
    items,
    trailingSlash: true,
    customData: '<language>en</language>',
  });
};
