/**
 * Open data, feeds and citations on the fixture site (tests/fixtures/sites/minimal): two published
 * solutions (one inspired by the other) and a draft, a building block both use, two organizations, a
 * story, two events (one still to come) and two news items.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, inject, it } from 'vitest';
import { page, text } from '../support/dist.ts';

const dist = inject('fixtureDist');
const origin = 'https://alliance-atlas.github.io';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
type Row = Record<string, unknown>;
const table = (name: string) => json(`data/${name}.json`) as Row[];
/** The CSL-JSON a page offers for download under `fileName`, read from its `data:` address. */
function cslOf(html: ReturnType<typeof page>, fileName: string): unknown {
  const link = html.querySelector(`.citation a[download="${fileName}"]`);
  const href = link?.getAttribute('href') ?? '';
  const prefix = 'data:application/vnd.citationstyles.csl+json;charset=utf-8,';
  expect(href.startsWith(prefix), `the CSL-JSON link of ${fileName}: ${href.slice(0, 80)}`).toBe(true);
  return JSON.parse(decodeURIComponent(href.slice(prefix.length)));
}
const byId = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row['id'] as string, row]));

/** RFC 4180: fields split at commas outside quotes, "" inside quotes is a quote, CRLF ends a record. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index++) {
    const character = csv[index]!;
    if (quoted && character === '"' && csv[index + 1] === '"') {
      field += '"';
      index++;
    } else if (quoted && character === '"') {
      quoted = false;
    } else if (quoted) {
      field += character;
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && csv[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      field += character;
    }
  }
  expect(field, 'the file ends with a line break').toBe('');
  return records;
}

const TABLES = ['solutions', 'building-blocks', 'organizations', 'stories', 'events', 'news'];

describe('the open data files', () => {
  it('hold every published entry of each collection, and no draft', () => {
    const ids = (name: string) =>
      table(name)
        .map((row) => row['id'])
        .sort();
    expect(ids('solutions')).toEqual(['upstream-water-pact', 'valley-water-pact']);
    expect(ids('building-blocks')).toEqual(['shared-water-committee']);
    expect(ids('organizations')).toEqual(['river-council', 'valley-cooperative']);
    expect(ids('stories')).toEqual(['how-we-copied-the-committee']);
    expect(ids('events')).toEqual(['future-field-visit', 'old-webinar']);
    expect(ids('news')).toEqual(['committee-photo', 'pact-signed']);
  });

  it('write each entry with its fields as its file has them', () => {
    expect(byId(table('solutions'))['valley-water-pact']).toEqual({
      id: 'valley-water-pact',
      url: `${origin}/solutions/valley-water-pact/`,
      title: 'Valley water pact',
      summary: 'A fictional solution in which a river council and a valley cooperative agreed how to share water in a dry season.',
      place: 'Example Valley',
      countries: ['KE'],
      region: 'africa',
      latitude: null,
      longitude: null,
      scale: 'local',
      phase: 'implementation',
      themes: ['water', 'food-security'],
      sdgs: ['6', '17'],
      actors: ['river-council (lead)', 'valley-cooperative (partner)'],
      building_blocks: ['shared-water-committee'],
      inspired_by: [],
      inspired: ['upstream-water-pact'],
      stories: expect.any(Array),
      published: '2024-02-01',
      updated: '2024-03-01',
    });
  });

  it('include the relations the site derives: used in, inspired, partners, upcoming', () => {
    expect(byId(table('building-blocks'))['shared-water-committee']?.['used_in']).toEqual(['upstream-water-pact', 'valley-water-pact']);
    expect(byId(table('solutions'))['upstream-water-pact']?.['inspired_by']).toEqual(['valley-water-pact']);
    const organizations = byId(table('organizations'));
    expect(organizations['river-council']?.['partners']).toEqual(['valley-cooperative']);
    expect(organizations['valley-cooperative']?.['partners']).toEqual(['river-council']);
    expect(organizations['valley-cooperative']?.['solutions']).toEqual(['upstream-water-pact', 'valley-water-pact']);
    const events = byId(table('events'));
    expect(events['future-field-visit']?.['upcoming']).toBe(true);
    expect(events['old-webinar']?.['upcoming']).toBe(false);
  });

  it('write the same rows as CSV, lists joined by "; ", with the columns of their Table Schema', () => {
    const descriptor = json('data/datapackage.json') as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.resources.map((resource) => resource.name)).toEqual(TABLES);
    for (const name of TABLES) {
      const [header, ...rows] = parseCsv(read(`data/${name}.csv`));
      const resource = descriptor.resources.find((candidate) => candidate.name === name)!;
      expect(resource.path).toBe(`${name}.csv`);
      expect(header, name).toEqual(resource.schema.fields.map((field) => field.name));
      const records = table(name);
      expect(rows, name).toEqual(
        records.map((record) =>
          header!.map((column) => {
            const value = record[column];
            return value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
          }),
        ),
      );
    }
  });

  it('describe the CSV files in a datapackage.json that is a valid Frictionless Tabular Data Package', () => {
    // The profile as the Frictionless project publishes it, in its own package (a JSON Schema, draft 4).
    const profile = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('datapackage/lib/profiles/tabular-data-package.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(profile);
    const descriptor = json('data/datapackage.json');
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The profile allows anything else: its type check is what a wrong descriptor would fail.
    expect(validate({ ...(descriptor as object), resources: [{ name: 'x', path: 'x.csv', profile: 'tabular-data-resource' }] })).toBe(
      false,
    );
  });
});

describe('the open data page', () => {
  it('links every file in both languages, and describes them as a schema.org Dataset', () => {
    for (const prefix of ['', '/es']) {
      const html = page(dist, `${prefix}/data/`);
      const links = html.querySelectorAll('main a').map((link) => link.getAttribute('href'));
      for (const name of TABLES)
        expect(links, `${prefix} ${name}`).toEqual(expect.arrayContaining([`/data/${name}.json`, `/data/${name}.csv`]));
      expect(links).toContain('/data/datapackage.json');
      const dataset = JSON.parse(html.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
        '@type': string;
        distribution: { '@type': string; contentUrl: string }[];
      };
      expect(dataset['@type']).toBe('Dataset');
      expect(dataset.distribution).toHaveLength(TABLES.length * 2);
      expect(dataset.distribution.every((download) => download['@type'] === 'DataDownload')).toBe(true);
      expect(html.querySelector('script:not([type="application/ld+json"])')).toBeNull();
    }
    expect(text(page(dist, '/es/data/').querySelector('h1'))).toBe('Datos abiertos');
  });
});

describe('the JSON Feed', () => {
  it('lists the RSS feed items, in each language', () => {
    for (const prefix of ['', '/es']) {
      const feed = json(`${prefix}/feed.json`) as { version: string; language: string; items: { url: string; date_published: string }[] };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe(prefix ? 'es' : 'en');
      const rssLinks = [...read(`${prefix}/rss.xml`).matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]).slice(1);
      expect(feed.items.map((item) => item.url)).toEqual(rssLinks);
      expect(feed.items.map((item) => item.url)).toContain(`${origin}${prefix}/solutions/valley-water-pact/`);
    }
  });
});

describe('cite this', () => {
  it('offers the citation of a solution as plain text, BibTeX and CSL-JSON, crediting the lead of its alliance', () => {
    const html = page(dist, '/solutions/valley-water-pact/');
    expect(text(html.querySelector('.citation-text'))).toMatch(
      /^Example River Council \(2024\)\. Valley water pact\. Alliance Atlas\. https:\/\/alliance-atlas\.github\.io\/solutions\/valley-water-pact\/ Accessed \d{1,2} \w+ \d{4}\.$/,
    );
    // The parser keeps a <pre>'s content as raw text.
    const bibtex = html.querySelector('.citation-bibtex pre')?.textContent ?? '';
    expect(bibtex).toContain('@misc{atlas-solutions-valley-water-pact,');
    expect(bibtex).toContain('author = {{Example River Council}}');
    expect(bibtex).toContain(`url = {${origin}/solutions/valley-water-pact/}`);
    const [item] = cslOf(html, 'atlas-solutions-valley-water-pact.json') as {
      author: { literal: string }[];
      issued: unknown;
      URL: string;
      type: string;
    }[];
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Valley water pact',
      author: [{ literal: 'Example River Council' }],
      issued: { 'date-parts': [[2024, 2, 1]] },
      URL: `${origin}/solutions/valley-water-pact/`,
    });
  });

  it('cites a building block in Spanish with its Spanish address, crediting the lead of its own actors', () => {
    const html = page(dist, '/es/building-blocks/shared-water-committee/');
    expect(text(html.querySelector('#cite'))).toBe('Cómo citar');
    expect(text(html.querySelector('.citation-text'))).toMatch(
      /^Example River Council \(2024\)\. .+\. Alliance Atlas\. https:\/\/alliance-atlas\.github\.io\/es\/building-blocks\/shared-water-committee\/ Consultado el \d{1,2} de \w+ de \d{4}\.$/,
    );
    const [item] = cslOf(html, 'atlas-building-blocks-shared-water-committee.json') as { URL: string }[];
    expect(item?.URL).toBe(`${origin}/es/building-blocks/shared-water-committee/`);
  });
});
