/** Loads a content folder into plain entries, as the content layer would, for unit tests of relations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writtenSchema } from '../../src/schemas/index.ts';
import { discover } from '../../src/lib/validation/discover.ts';
import { readSource } from '../../src/lib/validation/source-file.ts';
import type { AtlasInput } from '../../src/lib/relations.ts';

export function loadEntries(root: string, { includeDrafts = false } = {}): AtlasInput {
  const input: Record<string, { id: string; data: unknown; filePath: string }[]> = {
    solutions: [],
    buildingBlocks: [],
    organizations: [],
    themes: [],
    stories: [],
    events: [],
    news: [],
  };
  const key = {
    solutions: 'solutions',
    'building-blocks': 'buildingBlocks',
    organizations: 'organizations',
    themes: 'themes',
    stories: 'stories',
    events: 'events',
    news: 'news',
  } as const;
  for (const entry of discover(root).entries) {
    const source = readSource(entry.path, readFileSync(join(root, entry.path), 'utf8'));
    const data = writtenSchema(entry.collection).parse(source.data) as { draft?: boolean };
    if (data.draft && !includeDrafts) continue;
    input[key[entry.collection]]?.push({ id: entry.slug, data, filePath: entry.path });
  }
  return input as unknown as AtlasInput;
}
