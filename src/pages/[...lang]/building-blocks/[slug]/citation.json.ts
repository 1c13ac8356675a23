/** /building-blocks/<slug>/citation.json (and /es/…): the citation as CSL-JSON, for reference managers (src/lib/citation.ts). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../lib/atlas.ts';
import { citationFor, cslCitation } from '../../../../lib/citation.ts';
import { localeOf } from '../../../../i18n/index.ts';
import { inEveryLanguage } from '../../../../lib/routes.ts';

export async function getStaticPaths() {
  return inEveryLanguage((await getAtlas()).buildingBlocks.map((entry) => ({ params: { slug: entry.id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = localeOf(params.lang);
  const citation = citationFor(await getAtlas(locale), locale, 'building-blocks', params.slug ?? '');
  return new Response(`${JSON.stringify(cslCitation(citation), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
