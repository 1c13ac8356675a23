/**
 * Everything derived from the content: who links to whom, what is past or upcoming, what belongs to a
 * browse page. Pure functions over plain entries, so they can be unit-tested without Astro; pages get
 * them through src/lib/atlas.ts and never derive relations themselves.
 */
import type { BuildingBlock } from '../schemas/building-block.ts';
import type { Event } from '../schemas/event.ts';
import type { News } from '../schemas/news.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Solution } from '../schemas/solution.ts';
import type { Story } from '../schemas/story.ts';
import type { Theme } from '../schemas/theme.ts';
import { linkedSlugs } from './links.ts';
import type { Locale } from '../i18n/index.ts';

/** An entry as the content layer gives it: its slug and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
  /** The source file relative to the project root (set by the content layer). */
  filePath?: string | undefined;
  /** The MDX body as written (set by the content layer), for the link that starts a translation. */
  body?: string | undefined;
  /** In a localized view (src/lib/localize.ts): the language of the text it holds, and its translator. */
  text?: EntryText | undefined;
}

/** The language an entry's text is in, in a localized view of the site. */
export interface EntryText {
  lang: Locale;
  /** The file its text comes from: its translation, or the original. */
  file?: string | undefined;
  translator?: string | undefined;
}

/** The build gives covers as optimised images, the validator as paths: relations never read them. */
type AnyCover<T> = Omit<T, 'cover'> & { cover?: unknown };
export type SolutionData = AnyCover<Solution>;
export type NewsData = AnyCover<News>;

export interface AtlasInput {
  solutions: Entry<SolutionData>[];
  buildingBlocks: Entry<BuildingBlock>[];
  organizations: Entry<Organization>[];
  themes: Entry<Theme>[];
  stories: Entry<Story>[];
  events: Entry<Event>[];
  news: Entry<NewsData>[];
}

/** The dimensions a practitioner browses by. */
export type BrowseDimension = 'themes' | 'scales' | 'regions' | 'phases';

/** Newest first by a YYYY-MM-DD field, then by title for a stable order. */
function newestFirst<T extends { published: string; title: string }>(a: Entry<T>, b: Entry<T>): number {
  return b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title);
}

function byTitle<T extends { title: string }>(a: Entry<T>, b: Entry<T>): number {
  return a.data.title.localeCompare(b.data.title);
}

/** Groups values by key, keeping insertion order inside each group. */
function groupBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function lookup<T>(entries: Entry<T>[], kind: string): (id: string) => Entry<T> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    // The validator rules this out before any build; this guards code paths that bypass it.
    if (!entry) throw new Error(`Unknown ${kind} "${id}": run npm run validate`);
    return entry;
  };
}

/** Builds the derived view of the whole site. `now` decides which events are upcoming. */
export function buildAtlas(input: AtlasInput, now: Date) {
  const solutions = [...input.solutions].sort(newestFirst);
  const buildingBlocks = [...input.buildingBlocks].sort(byTitle);
  const organizations = [...input.organizations].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const themes = [...input.themes].sort(byTitle);
  const stories = [...input.stories].sort(newestFirst);
  const news = [...input.news].sort(newestFirst);

  const solution = lookup(solutions, 'solution');
  const positionOf = new Map(solutions.map((entry, position) => [entry.id, position]));
  const buildingBlock = lookup(buildingBlocks, 'building block');
  const organization = lookup(organizations, 'organization');
  const theme = lookup(themes, 'theme');
  const story = lookup(stories, 'story');
  const newsItem = lookup(news, 'news item');

  // Every link is followed back from its target through the one declaration of links (links.ts).
  const solutionsByBlock = groupBy(solutions, (entry) => linkedSlugs(entry.data, 'solutions', 'building-blocks'));
  const solutionsInspiredBy = groupBy(solutions, (entry) => linkedSlugs(entry.data, 'solutions', 'solutions'));
  const storiesByTarget = groupBy(stories, (entry) => [
    ...linkedSlugs(entry.data, 'stories', 'solutions').map((slug) => `solutions/${slug}`),
    ...linkedSlugs(entry.data, 'stories', 'building-blocks').map((slug) => `building-blocks/${slug}`),
  ]);
  const solutionsByOrganization = groupBy(solutions, (entry) => linkedSlugs(entry.data, 'solutions', 'organizations'));
  const blocksByOrganization = groupBy(buildingBlocks, (entry) => linkedSlugs(entry.data, 'building-blocks', 'organizations'));
  const isUpcoming = (entry: Entry<Event>): boolean => entry.data.start !== undefined && Date.parse(entry.data.start) > now.getTime();
  const startOf = (entry: Entry<Event>): number => (entry.data.start === undefined ? 0 : Date.parse(entry.data.start));
  const upcomingEvents = input.events.filter(isUpcoming).sort((a, b) => startOf(a) - startOf(b));
  const pastEvents = input.events.filter((entry) => !isUpcoming(entry)).sort((a, b) => startOf(b) - startOf(a) || byTitle(a, b));
  const event = lookup(input.events, 'event');
  const eventsByOrganization = groupBy([...upcomingEvents, ...pastEvents], (entry) => linkedSlugs(entry.data, 'events', 'organizations'));
  const newsByOrganization = groupBy(news, (entry) => linkedSlugs(entry.data, 'news', 'organizations'));
  const storiesByOrganization = groupBy(stories, (entry) => linkedSlugs(entry.data, 'stories', 'organizations'));

  /** The values an entry carries along a browse dimension. */
  const solutionValues: Record<BrowseDimension, (entry: Entry<SolutionData>) => string[]> = {
    themes: (entry) => entry.data.themes,
    scales: (entry) => [entry.data.scale],
    regions: (entry) => [entry.data.location.region],
    phases: (entry) => (entry.data.phase ? [entry.data.phase] : []),
  };
  const blockValues: Record<BrowseDimension, (entry: Entry<BuildingBlock>) => string[]> = {
    themes: (entry) => entry.data.themes,
    scales: (entry) => (entry.data.scale ? [entry.data.scale] : []),
    // A block has no place of its own: it is found in the regions of the solutions that use it.
    regions: (entry) => (solutionsByBlock.get(entry.id) ?? []).map((used) => used.data.location.region),
    phases: (entry) => (entry.data.phase ? [entry.data.phase] : []),
  };
  const browseIndex = Object.fromEntries(
    (Object.keys(solutionValues) as BrowseDimension[]).map((dimension) => [
      dimension,
      {
        solutions: groupBy(solutions, solutionValues[dimension]),
        buildingBlocks: groupBy(buildingBlocks, blockValues[dimension]),
      },
    ]),
  ) as Record<BrowseDimension, { solutions: Map<string, Entry<SolutionData>[]>; buildingBlocks: Map<string, Entry<BuildingBlock>[]> }>;

  /**
   * The positions (in the newest-first list) of the `count` solutions most related to the one at
   * `subject`: highest score first, the newer on a tie. A solution sharing a building block is rare and
   * is scored in full; one sharing only themes scores at most the subject's number of themes, so the
   * theme lists (each newest first) are walked together from the newest and the walk stops as soon as
   * nothing older can make the list. Scoring every solution against every other made a site of
   * thousands of solutions build in quadratic time.
   */
  const themePositions = new Map(
    [...browseIndex.themes.solutions].map(([theme, entries]) => [theme, entries.map((other) => positionOf.get(other.id)!)]),
  );
  const blockPositions = new Map(
    [...solutionsByBlock].map(([block, entries]) => [block, entries.map((other) => positionOf.get(other.id)!)]),
  );
  const relatedPositions = (subject: number, count: number): number[] => {
    const { buildingBlocks: blocks, themes } = solutions[subject]!.data;
    const subjectThemes = new Set(themes);
    const best: [position: number, score: number][] = [];
    const consider = (position: number, score: number) => {
      const at = best.findIndex(([bestPosition, bestScore]) => score > bestScore || (score === bestScore && position < bestPosition));
      if (at >= 0) best.splice(at, 0, [position, score]);
      else best.push([position, score]);
      if (best.length > count) best.pop();
    };
    const sharingBlocks = new Map<number, number>();
    for (const block of new Set(blocks))
      for (const position of blockPositions.get(block) ?? []) sharingBlocks.set(position, (sharingBlocks.get(position) ?? 0) + 2);
    sharingBlocks.delete(subject);
    for (const [position, blockScore] of sharingBlocks) {
      consider(position, blockScore + solutions[position]!.data.themes.filter((theme) => subjectThemes.has(theme)).length);
    }
    const lists = [...subjectThemes].map((theme) => themePositions.get(theme) ?? []);
    const heads = lists.map(() => 0);
    // Whether the last of the best beats any solution from `position` on that shares only themes.
    const settled = (position: number) => {
      const last = best.length === count ? best[count - 1] : undefined;
      return last !== undefined && (last[1] > subjectThemes.size || (last[1] === subjectThemes.size && last[0] < position));
    };
    for (;;) {
      let newest = Infinity;
      lists.forEach((list, index) => (newest = Math.min(newest, list[heads[index]!] ?? Infinity)));
      if (newest === Infinity || settled(newest)) break;
      let score = 0;
      lists.forEach((list, index) => {
        if (list[heads[index]!] === newest) {
          score++;
          heads[index]!++;
        }
      });
      if (newest !== subject && !sharingBlocks.has(newest)) consider(newest, score);
    }
    return best.map(([position]) => position);
  };
  const relatedCache = new Map<string, number[]>();

  return {
    solutions,
    buildingBlocks,
    organizations,
    themes,
    stories,
    news,
    upcomingEvents,
    pastEvents,
    events: [...upcomingEvents, ...pastEvents],
    solution,
    buildingBlock,
    organization,
    theme,
    story,
    newsItem,
    event,
    isUpcoming,
    /** The day the site was built (YYYY-MM-DD, UTC): what "upcoming" is measured from, and a citation's date accessed. */
    builtOn: now.toISOString().slice(0, 10),

    /** Featured solutions first, then the newest. */
    featuredSolutions(count: number): Entry<SolutionData>[] {
      return [...solutions.filter((entry) => entry.data.featured), ...solutions.filter((entry) => !entry.data.featured)].slice(0, count);
    },
    /** The building blocks of a solution, in the order it lists them. */
    blocksOf(entry: Entry<SolutionData>): Entry<BuildingBlock>[] {
      return entry.data.buildingBlocks.map(buildingBlock);
    },
    /** Every solution that lists this building block. */
    solutionsUsing(blockId: string): Entry<SolutionData>[] {
      return solutionsByBlock.get(blockId) ?? [];
    },
    /** Solutions this one replicated or adapted. */
    inspiredBy(entry: Entry<SolutionData>): Entry<SolutionData>[] {
      return (entry.data.inspiredBy ?? []).map(solution);
    },
    /** Solutions that say they were inspired by this one. */
    solutionsInspiredBy(solutionId: string): Entry<SolutionData>[] {
      return solutionsInspiredBy.get(solutionId) ?? [];
    },
    /** Stories inspired by a solution or a building block. */
    storiesInspiredBy(collection: 'solutions' | 'building-blocks', id: string): Entry<Story>[] {
      return storiesByTarget.get(`${collection}/${id}`) ?? [];
    },
    /** What a story was inspired by, resolved to titles and kinds. */
    storyTargets(
      entry: Entry<Story>,
    ): { collection: 'solutions' | 'building-blocks'; entry: Entry<SolutionData> | Entry<BuildingBlock> }[] {
      return entry.data.inspiredBy.map((target) => ({
        collection: target.collection,
        entry: target.collection === 'solutions' ? solution(target.slug) : buildingBlock(target.slug),
      }));
    },
    /** Up to `count` other solutions, ranked by shared building blocks (worth 2) and shared themes (1). */
    relatedSolutions(entry: Entry<SolutionData>, count = 3): Entry<SolutionData>[] {
      // Asked once per language for the same solution: scored once.
      const key = `${entry.id}/${count}`;
      let positions = relatedCache.get(key);
      if (!positions) relatedCache.set(key, (positions = relatedPositions(positionOf.get(entry.id)!, count)));
      return positions.map((position) => solutions[position]!);
    },
    /** Everything an organization takes part in. */
    involvementOf(organizationId: string) {
      return {
        solutions: solutionsByOrganization.get(organizationId) ?? [],
        buildingBlocks: blocksByOrganization.get(organizationId) ?? [],
        events: eventsByOrganization.get(organizationId) ?? [],
        news: newsByOrganization.get(organizationId) ?? [],
        stories: storiesByOrganization.get(organizationId) ?? [],
      };
    },
    /** The organizations that were actors of a solution beside this one, by name. */
    partnersOf(organizationId: string): Entry<Organization>[] {
      const partners = new Set<string>();
      for (const entry of solutionsByOrganization.get(organizationId) ?? []) {
        const actors = entry.data.actors.map((actor) => actor.organization);
        if (actors.includes(organizationId)) for (const partner of actors) if (partner !== organizationId) partners.add(partner);
      }
      return [...partners].map(organization).sort((a, b) => a.data.name.localeCompare(b.data.name));
    },
    /** The solutions and building blocks that carry a value of a browse dimension (lists shared by every page: read, never change). */
    browse(dimension: BrowseDimension, value: string) {
      return {
        solutions: browseIndex[dimension].solutions.get(value) ?? [],
        buildingBlocks: browseIndex[dimension].buildingBlocks.get(value) ?? [],
      };
    },
  };
}

export type Atlas = ReturnType<typeof buildAtlas>;
