/**
 * MDX frontmatter gets completion and help in VS Code from the JSON Schemas Astro writes into
 * .astro/collections/ as it syncs the content (the Astro extension reads them): after the builds, there
 * is one for every collection, and it describes the fields.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas/index.ts';
import { projectRoot } from '../support/paths.ts';

it.each(collectionNames)('Astro writes the editor schema of %s, with descriptions', (name) => {
  const file = join(projectRoot, '.astro', 'collections', `${name}.schema.json`);
  expect(existsSync(file), file).toBe(true);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: Record<string, { description?: string }> };
  const fields = Object.entries(schema.properties).filter(([field]) => field !== '$schema');
  expect(fields.length).toBeGreaterThan(1);
  expect(fields.filter(([, property]) => !property.description).map(([field]) => field)).toEqual([]);
});
