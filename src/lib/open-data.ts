/**
 * The open data of the site (/data/): each collection as a table, written as JSON and as CSV, and
 * described by a Frictionless Data Package (`datapackage.json`) with a Table Schema for each CSV.
 *
 * One definition per table (its columns: name, Table Schema type, description, value) drives the JSON
 * records, the CSV rows and the Table Schema, so the three cannot disagree. Relations derived at build
 * time (a block's "used in", a solution's "inspired", an organization's partners) are columns like any
 * other. Texts are in the site's default language (an entry's translation when it has one); drafts are
 * not in the atlas of a production build, so they are in no table.
 */
import { defaultLocale } from '../i18n/index.ts';
import { site } from '../site.config.ts';
import type { Atlas, Entry } from './relations.ts';
import { urlsFor } from './urls.ts';

/** A cell: lists stay lists in JSON and are joined with `LIST_SEPARATOR` in CSV; null is an empty cell. */
export type Cell = string | number | boolean | null | readonly string[];

/** The Table Schema types the tables use (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  /** A list of values: an array in JSON, one string joined with `LIST_SEPARATOR` in CSV. */
  list?: boolean;
  /** Whether every row has a value (Table Schema `constraints.required`). */
  required?: boolean;
  value: (entry: T, atlas: Atlas) => Cell;
}

/** How a list is written in one CSV cell. */
export const LIST_SEPARATOR = '; ';

const absolute = (path: string) => new URL(path, site.url).href;
const urls = urlsFor(defaultLocale);
const ids = <T>(entries: readonly Entry<T>[]) => entries.map((entry) => entry.id);
const optional = <T>(value: T | undefined): T | null => value ?? null;

/** The columns every table starts with: the entry's id and its page. */
function identity<T>(page: (id: string) => string, what: string): Column<Entry<T>>[] {
  return [
    {
      name: 'id',
      type: 'string',
      required: true,
      description: `The ${what}'s id: its file name in content/ and the last part of its address.`,
      value: (entry) => entry.id,
    },
    {
      name: 'url',
      type: 'string',
      required: true,
      description: `The ${what}'s page on the site.`,
      value: (entry) => absolute(page(entry.id)),
    },
  ];
}

type AtlasEntry<K extends keyof Atlas> = Atlas[K] extends readonly (infer E)[] ? E : never;

const solutionColumns: Column<AtlasEntry<'solutions'>>[] = [
  ...identity<AtlasEntry<'solutions'>['data']>(urls.solution, 'solution'),
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (entry) => entry.data.title },
  { name: 'summary', type: 'string', required: true, description: 'Summary in plain text.', value: (entry) => entry.data.summary },
  {
    name: 'place',
    type: 'string',
    required: true,
    description: 'Where it happened, as written.',
    value: (entry) => entry.data.location.place,
  },
  {
    name: 'countries',
    type: 'string',
    list: true,
    description: 'ISO 3166-1 alpha-2 country codes.',
    value: (entry) => entry.data.location.countries,
  },
  { name: 'region', type: 'string', required: true, description: 'World region id.', value: (entry) => entry.data.location.region },
  {
    name: 'latitude',
    type: 'number',
    description: 'Latitude of the place, when given.',
    value: (entry) => optional(entry.data.location.coordinates?.[0]),
  },
  {
    name: 'longitude',
    type: 'number',
    description: 'Longitude of the place, when given.',
    value: (entry) => optional(entry.data.location.coordinates?.[1]),
  },
  { name: 'scale', type: 'string', required: true, description: 'Scale of implementation id.', value: (entry) => entry.data.scale },
  { name: 'phase', type: 'string', description: 'Phase id, when given.', value: (entry) => optional(entry.data.phase) },
  { name: 'themes', type: 'string', list: true, description: 'Theme ids.', value: (entry) => entry.data.themes },
  {
    name: 'sdgs',
    type: 'string',
    list: true,
    description: 'Sustainable Development Goals, by number.',
    value: (entry) => (entry.data.sdgs ?? []).map(String),
  },
  {
    name: 'actors',
    type: 'string',
    list: true,
    description: 'The alliance: each actor as "organization id (role)".',
    value: (entry) => entry.data.actors.map((actor) => `${actor.organization} (${actor.role})`),
  },
  {
    name: 'building_blocks',
    type: 'string',
    list: true,
    description: 'Building block ids, in order.',
    value: (entry) => entry.data.buildingBlocks,
  },
  {
    name: 'inspired_by',
    type: 'string',
    list: true,
    description: 'Ids of the solutions it replicated or adapted.',
    value: (entry) => entry.data.inspiredBy ?? [],
  },
  {
    name: 'inspired',
    type: 'string',
    list: true,
    description: 'Ids of the solutions that say they were inspired by it (derived).',
    value: (entry, atlas) => ids(atlas.solutionsInspiredBy(entry.id)),
  },
  {
    name: 'stories',
    type: 'string',
    list: true,
    description: 'Ids of the inspiration stories that name it (derived).',
    value: (entry, atlas) => ids(atlas.storiesInspiredBy('solutions', entry.id)),
  },
  { name: 'published', type: 'date', required: true, description: 'Date first published.', value: (entry) => entry.data.published },
  { name: 'updated', type: 'date', description: 'Date last updated, when given.', value: (entry) => optional(entry.data.updated) },
];

const blockColumns: Column<AtlasEntry<'buildingBlocks'>>[] = [
  ...identity<AtlasEntry<'buildingBlocks'>['data']>(urls.buildingBlock, 'building block'),
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (entry) => entry.data.title },
  { name: 'summary', type: 'string', required: true, description: 'Summary in plain text.', value: (entry) => entry.data.summary },
  { name: 'themes', type: 'string', list: true, description: 'Theme ids.', value: (entry) => entry.data.themes },
  { name: 'scale', type: 'string', description: 'Scale of implementation id, when given.', value: (entry) => optional(entry.data.scale) },
  { name: 'phase', type: 'string', description: 'Phase id, when given.', value: (entry) => optional(entry.data.phase) },
  { name: 'enabling_factors', type: 'string', list: true, description: 'Enabling factors.', value: (entry) => entry.data.enablingFactors },
  { name: 'lessons_learned', type: 'string', list: true, description: 'Lessons learned.', value: (entry) => entry.data.lessonsLearned },
  {
    name: 'actors',
    type: 'string',
    list: true,
    description: 'Each actor as "organization id (role)".',
    value: (entry) => (entry.data.actors ?? []).map((actor) => `${actor.organization} (${actor.role})`),
  },
  {
    name: 'used_in',
    type: 'string',
    list: true,
    description: 'Ids of the solutions that use it (derived).',
    value: (entry, atlas) => ids(atlas.solutionsUsing(entry.id)),
  },
  { name: 'published', type: 'date', required: true, description: 'Date first published.', value: (entry) => entry.data.published },
  { name: 'updated', type: 'date', description: 'Date last updated, when given.', value: (entry) => optional(entry.data.updated) },
];

const organizationColumns: Column<AtlasEntry<'organizations'>>[] = [
  ...identity<AtlasEntry<'organizations'>['data']>(urls.organization, 'organization'),
  { name: 'name', type: 'string', required: true, description: 'Name.', value: (entry) => entry.data.name },
  { name: 'acronym', type: 'string', description: 'Acronym, when it has one.', value: (entry) => optional(entry.data.acronym) },
  { name: 'sector', type: 'string', required: true, description: 'Sector id.', value: (entry) => entry.data.sector },
  { name: 'level', type: 'string', required: true, description: 'Governance level id.', value: (entry) => entry.data.level },
  {
    name: 'country',
    type: 'string',
    description: 'ISO 3166-1 alpha-2 country code, when given.',
    value: (entry) => optional(entry.data.country),
  },
  { name: 'website', type: 'string', description: 'Website, when given.', value: (entry) => optional(entry.data.website) },
  { name: 'description', type: 'string', description: 'Description, when given.', value: (entry) => optional(entry.data.description) },
  {
    name: 'solutions',
    type: 'string',
    list: true,
    description: 'Ids of the solutions it took part in, as an actor or as the organization of a contributor (derived).',
    value: (entry, atlas) => ids(atlas.involvementOf(entry.id).solutions),
  },
  {
    name: 'partners',
    type: 'string',
    list: true,
    description: 'Ids of the organizations that were actors of a solution beside it (derived).',
    value: (entry, atlas) => ids(atlas.partnersOf(entry.id)),
  },
];

const storyColumns: Column<AtlasEntry<'stories'>>[] = [
  ...identity<AtlasEntry<'stories'>['data']>(urls.story, 'story'),
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (entry) => entry.data.title },
  { name: 'summary', type: 'string', required: true, description: 'Summary in plain text.', value: (entry) => entry.data.summary },
  { name: 'author', type: 'string', required: true, description: 'Who wrote it.', value: (entry) => entry.data.author },
  {
    name: 'organization',
    type: 'string',
    description: "The author's organization id, when given.",
    value: (entry) => optional(entry.data.organization),
  },
  {
    name: 'inspired_by',
    type: 'string',
    list: true,
    description: 'What inspired it, each as "solutions/<id>" or "building-blocks/<id>".',
    value: (entry) => entry.data.inspiredBy.map((target) => `${target.collection}/${target.slug}`),
  },
  { name: 'place', type: 'string', description: 'Where it happened, when given.', value: (entry) => optional(entry.data.location?.place) },
  {
    name: 'countries',
    type: 'string',
    list: true,
    description: 'ISO 3166-1 alpha-2 country codes.',
    value: (entry) => entry.data.location?.countries ?? [],
  },
  { name: 'published', type: 'date', required: true, description: 'Date published.', value: (entry) => entry.data.published },
];

const eventColumns: Column<AtlasEntry<'events'>>[] = [
  ...identity<AtlasEntry<'events'>['data']>(urls.event, 'event'),
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (entry) => entry.data.title },
  { name: 'summary', type: 'string', required: true, description: 'Summary in plain text.', value: (entry) => entry.data.summary },
  {
    name: 'start',
    type: 'datetime',
    description: 'When it starts, in UTC; empty for an archived event whose date was not recorded.',
    value: (entry) => (entry.data.start ? new Date(entry.data.start).toISOString().replace('.000Z', 'Z') : null),
  },
  { name: 'duration_minutes', type: 'integer', description: 'Length in minutes.', value: (entry) => optional(entry.data.durationMinutes) },
  { name: 'format', type: 'string', required: true, description: 'Event format id.', value: (entry) => entry.data.format },
  {
    name: 'online',
    type: 'boolean',
    required: true,
    description: 'Whether it takes place online.',
    value: (entry) => entry.data.venue.online,
  },
  { name: 'platform', type: 'string', description: 'Online platform, when given.', value: (entry) => optional(entry.data.venue.platform) },
  { name: 'place', type: 'string', description: 'Physical place, when there is one.', value: (entry) => optional(entry.data.venue.place) },
  {
    name: 'organizers',
    type: 'string',
    list: true,
    description: 'Organization ids of its organizers.',
    value: (entry) => entry.data.organizers ?? [],
  },
  { name: 'themes', type: 'string', list: true, description: 'Theme ids.', value: (entry) => entry.data.themes ?? [] },
  {
    name: 'series',
    type: 'string',
    description: 'The programme it belongs to, when given.',
    value: (entry) => optional(entry.data.series),
  },
  {
    name: 'session',
    type: 'string',
    description: 'Its session code within the series, when given.',
    value: (entry) => optional(entry.data.session),
  },
  {
    name: 'upcoming',
    type: 'boolean',
    required: true,
    description: 'Whether it was still to come when the site was built (derived).',
    value: (entry, atlas) => atlas.isUpcoming(entry),
  },
];

const newsColumns: Column<AtlasEntry<'news'>>[] = [
  ...identity<AtlasEntry<'news'>['data']>(urls.newsItem, 'news item'),
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (entry) => entry.data.title },
  { name: 'summary', type: 'string', required: true, description: 'Summary in plain text.', value: (entry) => entry.data.summary },
  { name: 'place', type: 'string', description: 'Where it happened, when given.', value: (entry) => optional(entry.data.place) },
  {
    name: 'organizations',
    type: 'string',
    list: true,
    description: 'Ids of the organizations it names.',
    value: (entry) => entry.data.organizations ?? [],
  },
  { name: 'themes', type: 'string', list: true, description: 'Theme ids.', value: (entry) => entry.data.themes ?? [] },
  { name: 'published', type: 'date', required: true, description: 'Date published.', value: (entry) => entry.data.published },
];

/** A table: its name (and file names), what it holds, and how to read its columns from the atlas. */
interface Table {
  name: string;
  title: string;
  description: string;
  columns: Column<never>[];
  entries: (atlas: Atlas) => readonly unknown[];
}

const table = <T>(
  name: string,
  title: string,
  description: string,
  columns: Column<T>[],
  entries: (atlas: Atlas) => readonly T[],
): Table => ({
  name,
  title,
  description,
  columns: columns as unknown as Column<never>[],
  entries,
});

/** Every table, in the order /data/ lists them. */
export const tables: readonly Table[] = [
  table(
    'solutions',
    'Solutions',
    'Documented cases of alliances for sustainable development.',
    solutionColumns,
    (atlas) => atlas.solutions,
  ),
  table(
    'building-blocks',
    'Building blocks',
    'The reusable elements of solutions, with enabling factors and lessons learned.',
    blockColumns,
    (atlas) => atlas.buildingBlocks,
  ),
  table(
    'organizations',
    'Organizations',
    'The actors of the alliances, by sector and governance level.',
    organizationColumns,
    (atlas) => atlas.organizations,
  ),
  table('stories', 'Inspiration stories', 'Who replicated or adapted what.', storyColumns, (atlas) => atlas.stories),
  table('events', 'Events', 'Round tables, workshops, webinars and other events.', eventColumns, (atlas) => atlas.events),
  table('news', 'News', 'News about solutions and their alliances.', newsColumns, (atlas) => atlas.news),
];

export type TableName = (typeof tables)[number]['name'];

/** A table's rows as JSON records: one object per entry, a key per column. */
export function records(current: Table, atlas: Atlas): Record<string, Cell>[] {
  return current
    .entries(atlas)
    .map((entry) =>
      Object.fromEntries(
        current.columns.map((column) => [column.name, (column.value as (entry: unknown, atlas: Atlas) => Cell)(entry, atlas)]),
      ),
    );
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvCell(cell: Cell): string {
  const text = cell === null ? '' : Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV (RFC 4180, CRLF line ends, a header row). */
export function csv(current: Table, atlas: Atlas): string {
  const rows = [
    current.columns.map((column) => column.name),
    ...records(current, atlas).map((record) => current.columns.map((column) => record[column.name] ?? null)),
  ];
  return rows.map((row) => row.map((cell) => csvCell(cell as Cell)).join(',')).join('\r\n') + '\r\n';
}

/** The Table Schema of a table's CSV. */
export function tableSchema(current: Table) {
  return {
    fields: current.columns.map((column) => ({
      name: column.name,
      type: column.type,
      description: column.list ? `${column.description} A list, its items separated by "${LIST_SEPARATOR}".` : column.description,
      ...(column.required ? { constraints: { required: true } } : {}),
    })),
    missingValues: [''],
    primaryKey: ['id'],
  };
}

/** The data's licence: the site's (its footer says so). */
export const dataLicense = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The Frictionless Tabular Data Package that describes the CSV files. */
export function dataPackage(built: string) {
  return {
    profile: 'tabular-data-package',
    name: 'alliance-atlas',
    title: `${site.name}: solutions, building blocks, organizations, stories, events and news`,
    description: site.tagline,
    homepage: absolute(urls.data()),
    created: built,
    licenses: [dataLicense],
    resources: tables.map((current) => ({
      profile: 'tabular-data-resource',
      name: current.name,
      title: current.title,
      description: current.description,
      path: `${current.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(current),
    })),
  };
}
