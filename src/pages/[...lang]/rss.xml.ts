/** /rss.xml and /es/rss.xml: solutions, stories and news in one language, newest first, with @astrojs/rss. */
import rss from '@astrojs/rss';
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
  const items = feedItems(await getAtlas(locale), locale).map((item) => ({
    title: item.title,
    description: item.summary,
    pubDate: new Date(`${item.published}T00:00:00Z`),
    link: item.path,
    categories: [item.category],
  }));
  return rss({
    title: `${site.name}: ${t.site.feedTitle}`,
    description: t.site.tagline,
    site: new URL(urls.home(), siteUrl ?? site.url).href,
    items,
    trailingSlash: true,
    customData: `<language>${locale}</language>`,
  });
};
