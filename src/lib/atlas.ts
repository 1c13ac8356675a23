/**
 * The one query module: loads every collection once and hands pages the derived Atlas.
 * Drafts are kept in dev and left out of production builds, feeds and search.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { buildAtlas, type Atlas } from './relations.ts';

let cached: Promise<Atlas> | undefined;

/** True when drafts should be shown (dev server only). */
const showDrafts = import.meta.env.DEV;

async function load(): Promise<Atlas> {
  const [solutions, buildingBlocks, organizations, themes, stories, events, news] = await Promise.all([
    getCollection('solutions', (entry) => showDrafts || entry.data.draft !== true),
    getCollection('building-blocks'),
    getCollection('organizations'),
    getCollection('themes'),
    getCollection('stories'),
    getCollection('events'),
    getCollection('news'),
  ]);
  // "Now" is the build time: past and upcoming events are derived when the site is built.
  return buildAtlas({ solutions, buildingBlocks, organizations, themes, stories, events, news }, new Date());
}

/** The site's content and its relations, loaded once per build. */
export function getAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}

/** The rendered MDX body of an entry, for the pages that show it. */
export async function renderBody(collection: 'solutions' | 'building-blocks' | 'stories' | 'events' | 'news', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}

/** The optimised cover image of a solution or news item, when it has one. */
export async function coverOf(collection: 'solutions' | 'news', id: string) {
  const entry = await getEntry(collection, id);
  return entry?.data.cover;
}
