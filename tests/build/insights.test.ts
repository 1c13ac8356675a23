/**
 * /insights/ on the search fixture site (tests/fixtures/sites/search): every chart's numbers equal the
 * collection's own counts, taken from the site's open data, in both languages, with no script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { page, text } from '../support/dist.ts';

const dist = inject('searchDist');
const data = <T>(name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T[];
interface SolutionRow {
  id: string;
  themes: string[];
  scale: string;
  region: string;
  phase: string | null;
  sdgs: string[];
  actors: string[];
  building_blocks: string[];
}
const solutions = data<SolutionRow>('solutions');
const organizations = new Map(data<{ id: string; sector: string; level: string }>('organizations').map((row) => [row.id, row]));
const actorIds = (solution: SolutionRow) => [...new Set(solution.actors.map((actor) => actor.replace(/ \(\w+\)$/, '')))];

/** A chart's rows: the last part of each row's link (or its label) and its number. */
const rows = (html: HTMLElement, id: string) =>
  html.querySelectorAll(`section[aria-labelledby="${id}"] tbody tr`).map((row) => {
    const link = row.querySelector('th a')?.getAttribute('href');
    return [link ? link.split('/').filter(Boolean).at(-1)! : text(row.querySelector('th')), Number(text(row.querySelector('td')))] as const;
  });
/** How many solutions have each value, for every value named by `valuesOf`. */
const tally = (valuesOf: (solution: SolutionRow) => readonly string[]) => {
  const counts = new Map<string, number>();
  for (const solution of solutions) for (const value of valuesOf(solution)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

describe.each(['', '/es'])('the insights page (%s)', (prefix) => {
  const html = page(dist, `${prefix}/insights/`);

  it('counts the solutions of each theme, scale, region and phase', () => {
    const checks = [
      ['by-theme', tally((solution) => solution.themes)],
      ['by-scale', tally((solution) => [solution.scale])],
      ['by-region', tally((solution) => [solution.region])],
      ['by-phase', tally((solution) => (solution.phase ? [solution.phase] : []))],
    ] as const;
    for (const [id, counts] of checks) {
      const shown = rows(html, id);
      expect(shown.length, id).toBeGreaterThan(0);
      for (const [value, count] of shown) expect(count, `${id} ${value}`).toBe(counts.get(value) ?? 0);
      // Every value with solutions is shown, largest first.
      for (const value of counts.keys())
        expect(
          shown.map(([shownValue]) => shownValue),
          id,
        ).toContain(value);
      expect(shown.map(([, count]) => count)).toEqual([...shown.map(([, count]) => count)].sort((a, b) => b - a));
    }
  });

  it('counts the goals, the reused building blocks and the organizations in the most alliances', () => {
    const goals = tally((solution) => solution.sdgs);
    const shownGoals = rows(html, 'goals').map(([label, count]) => [label.split('.')[0]!, count] as const);
    expect(shownGoals.length).toBe(Math.min(10, goals.size));
    for (const [goal, count] of shownGoals) expect(count, `goal ${goal}`).toBe(goals.get(goal));

    const blocks = tally((solution) => solution.building_blocks);
    expect(Object.fromEntries(rows(html, 'blocks'))).toEqual(Object.fromEntries([...blocks].filter(([, count]) => count > 1).slice(0, 10)));

    const actors = tally(actorIds);
    const shownOrganizations = rows(html, 'organizations');
    expect(shownOrganizations.length).toBe(Math.min(10, actors.size));
    for (const [id, count] of shownOrganizations) expect(count, id).toBe(actors.get(id));
    const cut = shownOrganizations.at(-1)![1];
    expect([...actors.values()].filter((count) => count > cut).length).toBeLessThanOrEqual(shownOrganizations.length);
  });

  it('counts the actors of every solution by sector and level, with the totals', () => {
    const expected = new Map<string, number>();
    for (const solution of solutions)
      for (const actor of solution.actors) {
        const organization = organizations.get(actor.replace(/ \(\w+\)$/, ''))!;
        const key = `${organization.sector}/${organization.level}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    const table = html.querySelector('.matrix-table')!;
    const cells = table.querySelectorAll('tbody td.heat').map((cell) => Number(text(cell)));
    const total = Number(text(table.querySelectorAll('tfoot td').at(-1)));
    expect(cells.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(total).toBe(solutions.reduce((sum, solution) => sum + solution.actors.length, 0));
    expect(cells.filter((count) => count > 0).sort()).toEqual([...expected.values()].sort());
    expect(html.querySelector('script:not([type="application/ld+json"])')).toBeNull();
  });
});
