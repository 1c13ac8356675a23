/** /robots.txt: everything may be indexed; points at the sitemap. */
import type { APIRoute } from 'astro';
import { absolute, siteFiles } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(siteFiles.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
