/**
 * The figures of /insights/: how the collection spreads over themes, scales, regions and phases, the
 * goals it addresses, the building blocks reused, the organizations in the most alliances, and how
 * alliances mix sectors and levels. Counted from the atlas, so they are the collection's own numbers.
 */
import type { Locale } from '../i18n/index.ts';
import { strings } from '../i18n/index.ts';
import { levels, sectors, type LevelId, type SectorId } from '../schemas/vocabularies.ts';
import { dimensions } from './browse.ts';
import type { Atlas, BrowseDimension } from './relations.ts';
import { urlsFor } from './urls.ts';

/** One bar: what it counts, how many, and the page that lists them (when there is one). */
export interface Bar {
  label: string;
  count: number;
  href?: string | undefined;
}

/** At most this many bars in a ranking (goals, blocks, organizations), so the page stays short. */
export const TOP = 10;

/** Solutions per value of a browse dimension, every value (the empty ones too), largest first within the vocabulary's order for ties. */
export function solutionsPer(atlas: Atlas, locale: Locale, dimension: BrowseDimension): Bar[] {
  const urls = urlsFor(locale);
  const found = dimensions(atlas, locale).find((candidate) => candidate.id === dimension)!;
  return found.terms
    .map((term) => ({ label: term.label, count: atlas.browse(dimension, term.id).solutions.length, href: urls.browse(dimension, term.id) }))
    .sort((a, b) => b.count - a.count);
}

/** The Sustainable Development Goals most addressed: goals named by at least one solution, by count. */
export function goalsAddressed(atlas: Atlas, locale: Locale): Bar[] {
  const t = strings(locale);
  const counts = new Map<number, number>();
  for (const solution of atlas.solutions) for (const goal of solution.data.sdgs ?? []) counts.set(goal, (counts.get(goal) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TOP)
    .map(([goal, count]) => ({ label: `${goal}. ${t.sdgs[goal - 1] ?? ''}`, count }));
}

/** Building blocks used by more than one solution, by how many use them. */
export function reusedBlocks(atlas: Atlas, locale: Locale): Bar[] {
  const urls = urlsFor(locale);
  return atlas.buildingBlocks
    .map((block) => ({ label: block.data.title, count: atlas.solutionsUsing(block.id).length, href: urls.buildingBlock(block.id) }))
    .filter((bar) => bar.count > 1)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, TOP);
}

/** The organizations that are actors of the most solutions. */
export function busiestOrganizations(atlas: Atlas, locale: Locale): Bar[] {
  const urls = urlsFor(locale);
  const counts = new Map<string, number>();
  for (const solution of atlas.solutions)
    for (const id of new Set(solution.data.actors.map((actor) => actor.organization))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ label: atlas.organization(id).data.name, count, href: urls.organization(id) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, TOP);
}

/** How alliances mix sectors and levels: the actors of every solution counted by sector (rows) and level (columns). */
export function sectorsByLevel(atlas: Atlas): {
  sectors: SectorId[];
  levels: LevelId[];
  counts: Record<SectorId, Record<LevelId, number>>;
} {
  const counts = Object.fromEntries(
    sectors.ids.map((sector) => [sector, Object.fromEntries(levels.ids.map((level) => [level, 0]))]),
  ) as Record<SectorId, Record<LevelId, number>>;
  for (const solution of atlas.solutions)
    for (const actor of solution.data.actors) {
      const { sector, level } = atlas.organization(actor.organization).data;
      counts[sector][level] += 1;
    }
  return { sectors: [...sectors.ids], levels: [...levels.ids], counts };
}
