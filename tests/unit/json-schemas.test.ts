/** The editors' JSON Schemas follow the zod schemas, accept the sample content and reject bad values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, jsonSchemaPath } from '../../src/lib/json-schemas.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import { discover } from '../../src/lib/validation/discover.ts';
import { splitFrontmatter } from '../../src/lib/validation/source-file.ts';
import { extraContent, fixtureSite, projectRoot, searchFixtureSite } from '../support/paths.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('uri', /^https?:\/\/\S+$/);

/** The data an editor sees: YAML 1.2 core types (dates stay text), as VS Code's YAML tooling reads it. */
function editorData(root: string, path: string): unknown {
  const text = readFileSync(join(root, path), 'utf8');
  return parseYaml(path.endsWith('.yaml') ? text : (splitFrontmatter(text)?.yaml ?? ''));
}

describe('JSON Schemas', () => {
  it('are committed up to date (run npm run schemas after changing a schema)', () => {
    for (const name of collectionNames) {
      expect(JSON.parse(readFileSync(join(projectRoot, jsonSchemaPath(name)), 'utf8')), name).toEqual(jsonSchemaFor(name));
    }
  });

  it('describe every field, so an editor explains it as it completes it', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      for (const [name, property] of Object.entries((schema['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
        if (name === '$schema') continue;
        if (typeof property['description'] !== 'string' || property['description'] === '') undescribed.push(`${path}${name}`);
        walk(property, `${path}${name}.`);
        const items = property['items'] as Record<string, unknown> | undefined;
        if (items) walk(items, `${path}${name}[].`);
      }
    };
    for (const name of collectionNames) walk(jsonSchemaFor(name), `${name}: `);
    expect(undescribed).toEqual([]);
  });

  it('are mapped to the YAML collections in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(projectRoot, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    for (const name of collectionNames.filter((collection) => collections[collection].kind === 'yaml')) {
      expect(settings['yaml.schemas'][`./${jsonSchemaPath(name)}`], name).toBe(`content/${name}/*.yaml`);
    }
  });

  for (const [name, root] of [
    ['the sample content', projectRoot],
    ['the fixture site', fixtureSite],
    ['the search fixture site', searchFixtureSite],
    ['the extra entries of the tests', extraContent],
  ] as const) {
    it(`accept every entry of ${name}`, () => {
      for (const entry of discover(root).entries) {
        const validate = ajv.compile(jsonSchemaFor(entry.collection));
        expect(validate(editorData(root, entry.path)) ? [] : validate.errors, entry.path).toEqual([]);
      }
    });
  }

  it('reject a value outside a vocabulary, a bad date and an unknown field', () => {
    const validate = ajv.compile(jsonSchemaFor('solutions'));
    const data = editorData(projectRoot, 'content/solutions/network-strengthening-project-northern-mexico.mdx') as Record<string, unknown>;
    expect(validate({ ...data, scale: 'municipal' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/scale', keyword: 'enum' });
    expect(validate({ ...data, published: '29 July 2020' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/published', keyword: 'pattern' });
    expect(validate({ ...data, summery: 'typo' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'summery' } });
    const organization = ajv.compile(jsonSchemaFor('organizations'));
    expect(organization({ name: 'X', sector: 'ngo', level: 'local' })).toBe(false);
  });
});
