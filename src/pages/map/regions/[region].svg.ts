/**
 * /map/regions/<region>.svg: the land and borders of a world region, drawn at build time (src/lib/map.ts).
 * One file per region, shared by the region's page and the pages of its solutions, which draw their
 * points over it; its colours follow the reader's light or dark mode.
 */
import type { APIRoute } from 'astro';
import { REGION, regionShapes } from '../../../lib/map.ts';
import { regions, type RegionId } from '../../../schemas/vocabularies.ts';

export function getStaticPaths() {
  return regions.ids.map((region) => ({ params: { region } }));
}

export const GET: APIRoute = ({ params }) => {
  const shapes = regionShapes(params.region as RegionId);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${REGION.width} ${REGION.height}" width="${REGION.width}" height="${REGION.height}">
<style>.sea{fill:#e8f0ef}.land{fill:#d9d5ca}.borders{fill:none;stroke:#fbfaf7;stroke-width:.8}@media (prefers-color-scheme:dark){.sea{fill:#1b2422}.land{fill:#3a413e}.borders{stroke:#1b1f1d}}</style>
<rect class="sea" width="${REGION.width}" height="${REGION.height}"/>
<path class="land" d="${shapes.land}"/>
<path class="borders" d="${shapes.borders}"/>
</svg>
`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
