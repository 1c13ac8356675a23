/** Each schema accepts the sample content and rejects each kind of bad input with a message a person can act on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { solutionData } from '../../src/schemas/solution.ts';
import { discover } from '../../src/lib/validation/discover.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { readSource } from '../../src/lib/validation/source-file.ts';
import { checkSchema } from '../../src/lib/validation/validate.ts';
import { fixtureSite, projectRoot } from '../support/paths.ts';

/** Problems of one in-memory file, as `field: message` lines (path and line left out). */
function problems(collection: CollectionName, text: string): string[] {
  const extension = collections[collection].kind === 'mdx' ? 'mdx' : 'yaml';
  return checkSchema(collection, readSource(`content/${collection}/example.${extension}`, text)).map(
    (problem) => `${problem.field}: ${problem.message}`,
  );
}

const frontmatter = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;

const solution = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    title: 'title: A valid solution title',
    summary: 'summary: A summary that is long enough to be accepted by the schema.',
    location: 'location:\n  place: Somewhere\n  country: MX',
    scale: 'scale: local',
    themes: 'themes: [water]',
    actors: 'actors:\n  - organization: some-org\n    role: lead',
    buildingBlocks: 'buildingBlocks: [a-block]',
    published: 'published: 2024-01-01',
    ...overrides,
  };
  return frontmatter(Object.values(fields).filter(Boolean).join('\n'));
};

describe('sample content', () => {
  for (const root of [projectRoot, fixtureSite]) {
    const { entries } = discover(root);
    it(`every entry under ${root === projectRoot ? 'content/' : 'the fixture site'} parses with its schema`, () => {
      expect(entries.length).toBeGreaterThan(10);
      for (const entry of entries) {
        const source = readSource(entry.path, readFileSync(join(root, entry.path), 'utf8'));
        expect(checkSchema(entry.collection, source).map(formatProblem), entry.path).toEqual([]);
      }
    });
  }

  it('derives the region from the country and normalises one country to a list', () => {
    const result = solutionData.parse(readSource('x.mdx', solution()).data);
    expect(result.location).toEqual({ place: 'Somewhere', countries: ['MX'], region: 'latin-america-caribbean' });
    expect(result.published).toBe('2024-01-01');
  });
});

describe('solutions schema rejects', () => {
  it('a missing required field', () => {
    expect(problems('solutions', solution({ title: '' }))).toContain('title: is required: a title of 5 to 140 characters.');
  });
  it('a summary that is too short, naming the value', () => {
    expect(problems('solutions', solution({ summary: 'summary: Too short' }))).toContain(
      'summary: must be at least 20 characters (got "Too short").',
    );
  });
  it('an unknown scale, listing the allowed values and the near miss', () => {
    expect(problems('solutions', solution({ scale: 'scale: locl' }))).toContain(
      'scale: "locl" is not allowed. Allowed: local, subnational, national, multinational, regional, global. Did you mean "local"?',
    );
  });
  it('an unknown role', () => {
    expect(problems('solutions', solution({ actors: 'actors:\n  - organization: some-org\n    role: leader' }))[0]).toMatch(
      /^actors\[0\]\.role: "leader" is not allowed\. Allowed: lead, partner, funder, facilitator, implementer, beneficiary\. Did you mean "lead"\?$/,
    );
  });
  it('a country that is not an ISO code, suggesting the code', () => {
    expect(problems('solutions', solution({ location: 'location:\n  place: Somewhere\n  country: mx' }))).toContain(
      'location.country[0]: "mx" is not an ISO 3166-1 alpha-2 country code: two capital letters, e.g. "MX". Did you mean "MX"?',
    );
  });
  it('a location with neither country nor region', () => {
    expect(problems('solutions', solution({ location: 'location:\n  place: Somewhere' }))).toContain(
      'location.region: needs a country or a region.',
    );
  });
  it('coordinates out of range', () => {
    expect(
      problems('solutions', solution({ location: 'location:\n  place: Somewhere\n  country: MX\n  coordinates: [95, 10]' })),
    ).toContain('location.coordinates[0]: latitude must be between -90 and 90 (got 95).');
  });
  it('an empty list of building blocks', () => {
    expect(problems('solutions', solution({ buildingBlocks: 'buildingBlocks: []' }))).toContain(
      'buildingBlocks: needs at least one building block.',
    );
  });
  it('an SDG outside 1-17', () => {
    expect(problems('solutions', solution({ sdgs: 'sdgs: [18]' }))).toContain('sdgs[0]: SDGs are numbered 1 to 17 (got 18).');
  });
  it('a date that is not a calendar date', () => {
    expect(problems('solutions', solution({ published: 'published: "2024-02-30"' }))).toContain(
      'published: is not a real calendar date (got "2024-02-30").',
    );
  });
  it('updated before published', () => {
    expect(problems('solutions', solution({ updated: 'updated: 2023-12-31' }))).toContain(
      'updated: must not be before published (2024-01-01) (got "2023-12-31").',
    );
  });
  it('a cover image without alt text', () => {
    expect(problems('solutions', solution({ cover: 'cover:\n  src: ./cover.jpg' }))).toContain(
      'cover.alt: is required: alt text that says what the image shows.',
    );
  });
  it('a resource URL that is not https', () => {
    expect(problems('solutions', solution({ resources: 'resources:\n  - title: Report\n    url: http://example.org' }))).toContain(
      'resources[0].url: must be a full https:// address (got "http://example.org").',
    );
  });
  it('a misspelled field, suggesting the right one', () => {
    expect(problems('solutions', solution({ extra: 'summery: oops' }))).toContain(
      'summery: is not a field here, so it would be ignored. Did you mean "summary"?',
    );
  });
  it('a slug reference with capitals or spaces', () => {
    expect(problems('solutions', solution({ themes: 'themes: [Water Stewardship]' }))[0]).toMatch(/^themes\[0\]: must be a slug/);
  });
  it('a list that names the same building block twice', () => {
    expect(problems('solutions', solution({ buildingBlocks: 'buildingBlocks: [a, a]' }))).toContain(
      'buildingBlocks: lists the same value twice.',
    );
  });
});

describe('other schemas reject', () => {
  const block = (extra = '') =>
    frontmatter(`title: A building block\nsummary: A summary that is long enough to pass.\nthemes: [water]\npublished: 2024-01-01${extra}`);
  it('a building block without enabling factors or lessons learned', () => {
    expect(problems('building-blocks', block('\nenablingFactors: []\nlessonsLearned: []'))).toEqual([
      'enablingFactors: needs at least one enabling factor.',
      'lessonsLearned: needs at least one lesson learned.',
    ]);
  });
  it('an organization with an unknown sector and level', () => {
    expect(problems('organizations', 'name: Example\nsector: ngo\nlevel: federal\n')).toEqual([
      'sector: "ngo" is not allowed. Allowed: government, civil-society, community, academia, private-sector, international-cooperation, philanthropy.',
      'level: "federal" is not allowed. Allowed: international, national, subnational, local.',
    ]);
  });
  it('a story whose inspiredBy is not written collection/slug', () => {
    const story = frontmatter(
      'title: A story title\nsummary: A summary that is long enough to pass.\nauthor: Someone\ninspiredBy: [valley-water-pact]\npublished: 2024-01-01',
    );
    expect(problems('stories', story)).toContain(
      'inspiredBy[0]: must be written solutions/<slug> or building-blocks/<slug> (got "valley-water-pact").',
    );
  });
  const event = (start: string, extra = '') =>
    frontmatter(
      `title: An event title\nsummary: A summary that is long enough to pass.\n${start}\ndurationMinutes: 90\nformat: webinar\nvenue:\n  online: true${extra}`,
    );
  it('an unquoted event start, whose time zone YAML would lose', () => {
    expect(problems('events', event('start: 2021-04-20T10:00:00-05:00'))[0]).toMatch(/^start: write the date-time in quotes/);
  });
  it('an event start without a time zone offset', () => {
    expect(problems('events', event('start: "2021-04-20T10:00:00"'))[0]).toMatch(
      /^start: must be an ISO 8601 date-time with its time zone offset/,
    );
  });
  it('an event with neither start nor past: true', () => {
    expect(problems('events', event(''))).toContain(
      'start: is required; for an archived event whose date is not recorded, write past: true instead.',
    );
  });
  it('an in-person event without a place', () => {
    expect(problems('events', event('start: "2021-04-20T10:00:00-05:00"').replace('online: true', 'online: false'))).toContain(
      'venue.place: an event that is not online needs a place.',
    );
  });
  it('an event duration that is not a positive whole number', () => {
    expect(problems('events', event('past: true').replace('durationMinutes: 90', 'durationMinutes: 0'))).toContain(
      'durationMinutes: must be a positive number of minutes (got 0).',
    );
  });
  it('a theme without a description', () => {
    expect(problems('themes', 'title: Water\n')).toEqual(['description: is required: text.']);
  });
});
