/** /feed.json and /es/feed.json: the RSS feed's items as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { feedItems } from '../../lib/feed-items.ts';
import { localeOf, strings } from '../../i18n/index.ts';
import { urlsFor } from '../../lib/urls.ts';
import { everyLanguage } from '../../lib/routes.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const locale = localeOf(params.lang);
  const t = strings(locale);
  const urls = urlsFor(locale);
  const absolute = (path: string) => new URL(path, siteUrl ?? site.url).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${site.name}: ${t.site.feedTitle}`,
    description: t.site.tagline,
    home_page_url: absolute(urls.home()),
    feed_url: absolute(urls.jsonFeed()),
    language: locale,
    items: feedItems(await getAtlas(locale), locale).map((item) => ({
      id: absolute(item.path),
      url: absolute(item.path),
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: `${item.published}T00:00:00Z`,
      tags: [item.category],
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
