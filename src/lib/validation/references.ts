/**
 * Cross-references between collections, declared once: which fields point at which collection.
 * Checked on the contributor's raw data, so a file with schema errors still gets its references checked.
 */
import type { CollectionName } from '../../schemas/index.ts';

/** A field that holds slugs of another collection. `*` stands for every item of a list. */
export interface ReferenceField {
  from: CollectionName;
  path: readonly string[];
  to: CollectionName | 'solutions-or-building-blocks';
}

export const referenceFields: readonly ReferenceField[] = [
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

/** Every concrete (path, value) that a pattern path matches in raw data; only string values. */
export function valuesAlong(data: unknown, pattern: readonly string[]): { path: (string | number)[]; value: string }[] {
  const results: { path: (string | number)[]; value: string }[] = [];
  const visit = (node: unknown, index: number, path: (string | number)[]): void => {
    if (index === pattern.length) {
      if (typeof node === 'string') results.push({ path, value: node });
      return;
    }
    const segment = pattern[index] as string;
    if (segment === '*') {
      if (Array.isArray(node)) node.forEach((item, position) => visit(item, index + 1, [...path, position]));
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      visit((node as Record<string, unknown>)[segment], index + 1, [...path, segment]);
    }
  };
  visit(data, 0, []);
  return results;
}
