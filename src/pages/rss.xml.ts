/** /rss.xml: solutions, stories and news, newest first. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';
import { buildRss } from '../lib/rss.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const atlas = await getAtlas();
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const items = [
    ...atlas.solutions.map((entry) => ({
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.published,
      url: absolute(urls.solution(entry.id)),
      category: 'Solution',
    })),
    ...atlas.stories.map((entry) => ({
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.published,
      url: absolute(urls.story(entry.id)),
      category: 'Inspiration story',
    })),
    ...atlas.news.map((entry) => ({
      title: entry.data.title,
      summary: entry.data.summary,
      date: entry.data.published,
      url: absolute(urls.newsItem(entry.id)),
      category: 'News',
    })),
  ];
  const body = buildRss({ title: site.name, description: site.tagline, link: absolute(urls.home()), self: absolute(urls.rss()), items });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
