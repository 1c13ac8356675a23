/**
 * The links between collections, declared once: which field of which collection names entries of
 * which other collection. The validator checks that every link names an entry that exists
 * (src/lib/validation/validate.ts), and the relations follow them both ways (src/lib/relations.ts).
 */
import type { CollectionName } from '../schemas/index.ts';

/** A field that names entries of another collection. `*` stands for every item of a list. */
export interface Link {
  from: CollectionName;
  path: readonly string[];
  /** The collection named; a story's `inspiredBy` names a solution or a building block, written `<collection>/<slug>`. */
  to: CollectionName | 'solutions-or-building-blocks';
}

export const links: readonly Link[] = [
  { from: 'solutions', path: ['themes', '*'], to: 'themes' },
  { from: 'solutions', path: ['actors', '*', 'organization'], to: 'organizations' },
  { from: 'solutions', path: ['buildingBlocks', '*'], to: 'building-blocks' },
  { from: 'solutions', path: ['inspiredBy', '*'], to: 'solutions' },
  { from: 'solutions', path: ['contributors', '*', 'organization'], to: 'organizations' },
  { from: 'building-blocks', path: ['themes', '*'], to: 'themes' },
  { from: 'building-blocks', path: ['actors', '*', 'organization'], to: 'organizations' },
  { from: 'stories', path: ['organization'], to: 'organizations' },
  { from: 'stories', path: ['inspiredBy', '*'], to: 'solutions-or-building-blocks' },
  { from: 'events', path: ['organizers', '*'], to: 'organizations' },
  { from: 'events', path: ['themes', '*'], to: 'themes' },
  { from: 'news', path: ['organizations', '*'], to: 'organizations' },
  { from: 'news', path: ['themes', '*'], to: 'themes' },
];

/** One entry a link names: its collection and slug, and where in the data the link is written. */
export interface Target {
  collection: CollectionName;
  slug: string;
  path: (string | number)[];
}

/**
 * The entries `data` (an entry of `link.from`, as written or as parsed) names along `link`. A value of
 * the wrong form is left out: the schema reports it.
 */
export function targetsAlong(data: unknown, link: Link): Target[] {
  const targets: Target[] = [];
  const visit = (node: unknown, index: number, path: (string | number)[]): void => {
    if (index === link.path.length) {
      if (link.to !== 'solutions-or-building-blocks') {
        if (typeof node === 'string') targets.push({ collection: link.to, slug: node, path });
        return;
      }
      // Written `solutions/<slug>`; parsed by the story schema into `{ collection, slug }`.
      const [collection, slug] =
        typeof node === 'string'
          ? node.split('/')
          : [(node as { collection?: unknown } | null)?.collection, (node as { slug?: unknown } | null)?.slug];
      if ((collection === 'solutions' || collection === 'building-blocks') && typeof slug === 'string')
        targets.push({ collection, slug, path });
      return;
    }
    const segment = link.path[index]!;
    if (segment === '*') {
      if (Array.isArray(node)) node.forEach((item, position) => visit(item, index + 1, [...path, position]));
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      visit((node as Record<string, unknown>)[segment], index + 1, [...path, segment]);
    }
  };
  visit(data, 0, []);
  return targets;
}

/** The slugs of `to` that `data`, an entry of `from`, names through any of its fields. */
export function linkedSlugs(data: unknown, from: CollectionName, to: CollectionName): string[] {
  return links
    .filter(
      (link) =>
        link.from === from &&
        (link.to === to || (link.to === 'solutions-or-building-blocks' && (to === 'solutions' || to === 'building-blocks'))),
    )
    .flatMap((link) => targetsAlong(data, link))
    .filter((target) => target.collection === to)
    .map((target) => target.slug);
}
