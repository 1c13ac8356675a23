/**
 * /data/<table>.json, /data/<table>.csv and /data/datapackage.json: the open data (src/lib/open-data.ts),
 * written once, in the site's default language, for the whole site.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas.ts';
import { csv, dataPackage, records, tables } from '../../lib/open-data.ts';

export function getStaticPaths() {
  return [
    ...tables.flatMap((table) => ['json', 'csv'].map((format) => ({ params: { file: `${table.name}.${format}` } }))),
    { params: { file: 'datapackage.json' } },
  ];
}

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const file = params.file ?? '';
  if (file === 'datapackage.json') return json(dataPackage(atlas.builtOn));
  const [name, format] = file.split('.');
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`No table for /data/${file}`);
  if (format === 'csv') return new Response(csv(table, atlas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return json(records(table, atlas));
};

const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
