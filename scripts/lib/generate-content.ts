/**
 * Generates a large, realistic-looking content folder for benchmarks: N solutions with building blocks,
 * organizations, stories, events, news and the real themes. Deterministic (seeded), so runs are
 * comparable.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventFormats, levels, phases, roles, scales, sectors } from '../../src/schemas/vocabularies.ts';
import { countryCodes } from '../../src/schemas/countries.ts';
import { countryCentre } from '../../src/lib/map.ts';

/**
 * The words of generated prose, shaped like English text about development projects: about half of all
 * words are function words, a sixth the shared vocabulary of the field, and the rest come from the
 * page's own themes, its place and a long tail of rare words (names, local terms). Within each group
 * words follow a skewed (Zipf-like) frequency, as in real prose. Topic words cluster on the pages of
 * their theme, so "water" is frequent on a third of the pages rather than on all of them, as on a real
 * site; before this, every made-up page held every common word, which no real collection does.
 */
const FUNCTION_WORDS = (
  'the of and to in a for with on by as is that their from this are was were at an it be which its or ' +
  'have has they through between more also each other all new into who but not can these our'
).split(' ');
const SHARED_WORDS = (
  'community communities local project government partners organizations support training process capacity ' +
  'development sustainable actors municipal national institutions participation women youth network ' +
  'strategy plan resources results knowledge experience alliance cooperation civil society public private ' +
  'sector families leaders schools university universities foundation committee council dialogue agreement ' +
  'volunteers mentors exchange replication scaling evaluation learning report monitoring baseline budget ' +
  'policy advocacy income livelihoods market cooperative tools methodology workshops meetings trust ' +
  'coordination responsibility decisions priorities indicators impact model program programme initiative'
).split(' ');
const TOPIC_WORDS: Record<string, string[]> = {
  'alliance-and-partnership-development':
    'partnership partnerships alliances roles commitments coresponsibility convening brokering memorandum platform'.split(' '),
  'climate-change-adaptation':
    'climate adaptation water drought rainfall temperature resilience vulnerability mangrove watershed river coast'.split(' '),
  'food-security': 'food nutrition seed soil harvest farmers crops irrigation water garden kitchen cattle coffee cocoa honey'.split(' '),
  'multilevel-governance': 'governance federal state municipality levels mandate ministry authorities regulation territorial'.split(' '),
  'human-rights': 'rights dignity justice inclusion discrimination indigenous migrants defenders protection legal'.split(' '),
  'sustainable-livelihoods': 'livelihood enterprise tourism crafts fishers employment savings credit microfinance value'.split(' '),
  'civil-society-strengthening': 'strengthening organizational diagnosis fundraising transparency leadership grants mapping'.split(' '),
  'disaster-risk-reduction': 'risk disaster flood hurricane emergency preparedness early warning evacuation shelters water climate'.split(
    ' ',
  ),
};
const PLACES = [
  'Tabasco',
  'Chiapas',
  'Oaxaca',
  'Yucatán',
  'Sonora',
  'Chihuahua',
  'Nairobi',
  'Kisumu',
  'Cusco',
  'Quito',
  'Manila',
  'Hanoi',
  'Dakar',
  'Accra',
  'Lima',
  'Bogotá',
  'Medellín',
  'Córdoba',
  'Valparaíso',
  'Educación',
];
const KINDS = ['alliance', 'network', 'partnership', 'programme', 'initiative', 'platform', 'cooperative', 'project'];

const SYLLABLES = 'ka lo mi na re su ta ve zo pa ri co de fu ga hi ju le mo ni'.split(' ');

/** A few thousand made-up words: the long tail of names and local terms every real text has. */
function rareWords(): string[] {
  const made: string[] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES.slice(0, 8)) made.push(`${a}${b}${c}`);
  return made;
}

/** Words a reader might search the generated site for: its shared and theme vocabulary and its places. */
export const searchableWords: readonly string[] = [
  ...new Set([...SHARED_WORDS, ...Object.values(TOPIC_WORDS).flat(), ...PLACES.map((place) => place.toLowerCase())]),
];

/** A small seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shares of a text's words per group (the rest are rare words), from typical English prose. */
const SHARE = { function: 0.48, shared: 0.15, topic: 0.08, place: 0.01 };

/** Writes the corpus into `root`/content and returns how many entries of each collection it wrote. */
/**
 * A country code, and for every other solution coordinates near the country's centre (within about two
 * degrees, from the index rather than the random sequence, so the rest of the corpus stays as it was):
 * places spread as real ones are, for the map.
 */
function withCoordinates(country: string, index: number): string {
  const centre = countryCentre(country);
  if (index % 2 === 1 || !centre) return country;
  const jitter = (seed: number) => ((seed % 401) / 100 - 2).toFixed(2);
  const lat = Math.max(-85, Math.min(85, centre[1] + Number(jitter(index * 7919))));
  const lon = Math.max(-180, Math.min(180, centre[0] + Number(jitter(index * 104729))));
  return `${country}\n  coordinates: [${lat.toFixed(2)}, ${lon.toFixed(2)}]`;
}

export function generateContent(root: string, solutionCount: number, themesFrom: string): Record<string, number> {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** A skewed pick: the first words of a list are much more frequent than the last. */
  const skewed = (items: readonly string[]): string => items[Math.floor(Math.pow(next(), 1.3) * items.length)] as string;
  const rare = rareWords();
  /** A writer of sentences about the given themes and place. */
  const writer = (themes: readonly string[], place: string) => {
    const topic = themes.flatMap((theme) => TOPIC_WORDS[theme] ?? []);
    const word = () => {
      const draw = next();
      if (draw < SHARE.function) return skewed(FUNCTION_WORDS);
      if (draw < SHARE.function + SHARE.shared) return skewed(SHARED_WORDS);
      if (draw < SHARE.function + SHARE.shared + SHARE.topic && topic.length > 0) return skewed(topic);
      if (draw < SHARE.function + SHARE.shared + SHARE.topic + SHARE.place) return place;
      return skewed(rare);
    };
    return (length: number) =>
      `${Array.from({ length }, word)
        .join(' ')
        .replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const content = join(root, 'content');
  for (const folder of ['solutions', 'building-blocks', 'organizations', 'stories', 'events', 'news'])
    mkdirSync(join(content, folder), { recursive: true });
  cpSync(join(themesFrom, 'content', 'themes'), join(content, 'themes'), { recursive: true });
  const themeIds = Object.keys(TOPIC_WORDS);

  const organizationCount = Math.max(10, Math.round(solutionCount / 25));
  for (let index = 0; index < organizationCount; index += 1) {
    writeFileSync(
      join(content, 'organizations', `organization-${index}.yaml`),
      `name: Generated organization ${index} of ${pick(PLACES)}\nsector: ${pick(sectors.ids)}\nlevel: ${pick(levels.ids)}\ncountry: ${pick(countryCodes)}\n`,
    );
  }
  const blockCount = Math.max(5, Math.round(solutionCount / 50));
  for (let index = 0; index < blockCount; index += 1) {
    const theme = pick(themeIds);
    const sentence = writer([theme], pick(PLACES));
    writeFileSync(
      join(content, 'building-blocks', `block-${index}.mdx`),
      `---\ntitle: Generated building block ${index}\nsummary: ${sentence(20)}\nthemes: [${theme}]\nenablingFactors:\n  - ${sentence(10)}\nlessonsLearned:\n  - ${sentence(12)}\npublished: 2024-01-01\n---\n\n${sentence(60)}\n`,
    );
  }
  for (let index = 0; index < solutionCount; index += 1) {
    const themes = [...new Set([pick(themeIds), pick(themeIds)])];
    const place = pick(PLACES);
    const sentence = writer(themes, place);
    const topic = themes.flatMap((theme) => TOPIC_WORDS[theme] ?? []);
    const month = String(1 + (index % 12)).padStart(2, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    const body = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => sentence(18)).join(' ')).join('\n\n');
    writeFileSync(
      join(content, 'solutions', `solution-${index}.mdx`),
      `---
title: ${place} ${skewed(topic)} ${skewed(SHARED_WORDS)} ${pick(KINDS)} ${index}
summary: ${sentence(30)}
location:
  place: ${place}
  country: ${withCoordinates(pick(countryCodes), index)}
scale: ${pick(scales.ids)}
phase: ${pick(phases.ids)}
themes: [${themes.join(', ')}]
impacts:
  - ${sentence(12)}
actors:
  - organization: organization-${Math.floor(next() * organizationCount)}
    role: ${pick(roles.ids)}
    contribution: ${sentence(8)}
buildingBlocks: [block-${Math.floor(next() * blockCount)}]
published: ${2015 + (index % 10)}-${month}-${day}
---

${body}
`,
    );
  }
  // Stories, events and news in the proportions of a living site: fewer than solutions, linked to them.
  const storyCount = Math.max(3, Math.round(solutionCount / 20));
  for (let index = 0; index < storyCount; index += 1) {
    const solution = Math.floor(next() * solutionCount);
    const sentence = writer([pick(themeIds)], pick(PLACES));
    writeFileSync(
      join(content, 'stories', `story-${index}.mdx`),
      `---\ntitle: Generated story ${index}\nsummary: ${sentence(25)}\nauthor: Generated author ${index}\norganization: organization-${Math.floor(next() * organizationCount)}\ninspiredBy: [solutions/solution-${solution}]\npublished: 2024-0${1 + (index % 9)}-1${index % 10}\n---\n\n${sentence(80)}\n`,
    );
  }
  const eventCount = Math.max(3, Math.round(solutionCount / 20));
  for (let index = 0; index < eventCount; index += 1) {
    const theme = pick(themeIds);
    const sentence = writer([theme], pick(PLACES));
    writeFileSync(
      join(content, 'events', `event-${index}.mdx`),
      `---\ntitle: Generated event ${index}\nsummary: ${sentence(25)}\nstart: "${2020 + (index % 10)}-0${1 + (index % 9)}-1${index % 10}T10:00:00-06:00"\ndurationMinutes: 90\nformat: ${pick(eventFormats.ids)}\nvenue:\n  online: true\n  platform: Generated Meet\norganizers: [organization-${Math.floor(next() * organizationCount)}]\nthemes: [${theme}]\n---\n\n${sentence(60)}\n`,
    );
  }
  const newsCount = Math.max(3, Math.round(solutionCount / 10));
  for (let index = 0; index < newsCount; index += 1) {
    const theme = pick(themeIds);
    const sentence = writer([theme], pick(PLACES));
    writeFileSync(
      join(content, 'news', `news-${index}.mdx`),
      `---\ntitle: Generated news ${index}\nsummary: ${sentence(25)}\npublished: 2025-0${1 + (index % 9)}-1${index % 10}\norganizations: [organization-${Math.floor(next() * organizationCount)}]\nthemes: [${theme}]\n---\n\n${sentence(90)}\n`,
    );
  }
  return {
    solutions: solutionCount,
    'building blocks': blockCount,
    organizations: organizationCount,
    stories: storyCount,
    events: eventCount,
    news: newsCount,
  };
}
