/**
 * Generates a large, realistic-looking content folder for benchmarks: N solutions with building blocks,
 * organizations and the real themes. Deterministic (seeded), so runs are comparable.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { levels, phases, roles, scales, sectors } from '../../src/schemas/vocabularies.ts';
import { countryCodes } from '../../src/schemas/countries.ts';

const WORDS = (
  'alliance community water forest river coast climate adaptation training network municipality cooperative ' +
  'foundation university market women youth farmers fishers monitoring baseline governance budget policy advocacy ' +
  'restoration mangrove watershed drought flood risk map plan school garden kitchen literacy income livelihood ' +
  'tourism energy solar waste recycling health nutrition seed soil erosion terrace cattle coffee cocoa honey ' +
  'dialogue agreement council committee volunteer mentor exchange replication scaling evaluation learning report'
).split(' ');
const PLACES = ['Tabasco', 'Chiapas', 'Oaxaca', 'Yucatán', 'Sonora', 'Chihuahua', 'Nairobi', 'Kisumu', 'Cusco', 'Quito', 'Manila', 'Hanoi', 'Dakar', 'Accra', 'Lima', 'Bogotá', 'Medellín', 'Córdoba', 'Valparaíso', 'Educación'];

const SYLLABLES = 'ka lo mi na re su ta ve zo pa ri co de fu ga hi ju le mo ni'.split(' ');

/**
 * The vocabulary of generated text: the topical words first, then a few thousand made-up words, drawn
 * with a skewed (Zipf-like) frequency as real prose is, so the index has realistic word statistics.
 */
function vocabulary(): string[] {
  const made: string[] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES.slice(0, 8)) made.push(`${a}${b}${c}`);
  return [...WORDS, ...made];
}

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

export function generateContent(root: string, solutionCount: number, themesFrom: string): void {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = vocabulary();
  const word = () => words[Math.floor(Math.pow(next(), 3) * words.length)] as string;
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const content = join(root, 'content');
  for (const folder of ['solutions', 'building-blocks', 'organizations', 'stories', 'events', 'news']) mkdirSync(join(content, folder), { recursive: true });
  cpSync(join(themesFrom, 'content', 'themes'), join(content, 'themes'), { recursive: true });
  const themeIds = ['alliance-and-partnership-development', 'climate-change-adaptation', 'food-security', 'multilevel-governance', 'human-rights', 'sustainable-livelihoods', 'civil-society-strengthening', 'disaster-risk-reduction'];

  const organizationCount = Math.max(10, Math.round(solutionCount / 25));
  for (let index = 0; index < organizationCount; index += 1) {
    writeFileSync(
      join(content, 'organizations', `organization-${index}.yaml`),
      `name: Generated organization ${index} of ${pick(PLACES)}\nsector: ${pick(sectors.ids)}\nlevel: ${pick(levels.ids)}\ncountry: ${pick(countryCodes)}\n`,
    );
  }
  const blockCount = Math.max(5, Math.round(solutionCount / 50));
  for (let index = 0; index < blockCount; index += 1) {
    writeFileSync(
      join(content, 'building-blocks', `block-${index}.mdx`),
      `---\ntitle: Generated building block ${index}\nsummary: ${sentence(20)}\nthemes: [${pick(themeIds)}]\nenablingFactors:\n  - ${sentence(10)}\nlessonsLearned:\n  - ${sentence(12)}\npublished: 2024-01-01\n---\n\n${sentence(60)}\n`,
    );
  }
  for (let index = 0; index < solutionCount; index += 1) {
    const themes = [...new Set([pick(themeIds), pick(themeIds)])];
    const month = String(1 + (index % 12)).padStart(2, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    const body = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => sentence(18)).join(' ')).join('\n\n');
    writeFileSync(
      join(content, 'solutions', `solution-${index}.mdx`),
      `---
title: ${pick(PLACES)} ${pick(WORDS)} ${pick(WORDS)} alliance ${index}
summary: ${sentence(30)}
location:
  place: ${pick(PLACES)}
  country: ${pick(countryCodes)}
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
}
