/**
 * Alliance diagrams on the search fixture site (tests/fixtures/sites/search), checked against the
 * site's own open data: every actor of a solution is drawn once, in the row of its governance level and
 * the column of its sector, with its role; every partner of an organization is drawn on its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import type { LevelId, RoleId, SectorId } from '../../src/schemas/vocabularies.ts';
import { page, text } from '../support/dist.ts';

const dist = inject('searchDist');
const data = <T>(name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T[];
const solutions = data<{ id: string; actors: string[] }>('solutions');
const organizations = new Map(
  data<{ id: string; name: string; level: LevelId; sector: SectorId; partners: string[] }>('organizations').map((o) => [o.id, o]),
);

/** Each node drawn: its full name, its two lines, and the labels of the row and column it sits in. */
function drawn(html: HTMLElement) {
  const svg = html.querySelector('.alliance-diagram svg')!;
  const number = (element: HTMLElement, name: string) => Number(element.getAttribute(name));
  const rows = svg.querySelectorAll('.diagram-row').map((row) => {
    const band = row.querySelector('rect')!;
    return { label: text(row.querySelector('text')), from: number(band, 'y'), to: number(band, 'y') + number(band, 'height') };
  });
  const columns = svg.querySelectorAll('.diagram-sector').map((label) => ({ label: text(label), x: number(label, 'x') }));
  return svg.querySelectorAll('.diagram-node').map((node) => {
    const box = node.querySelector('rect')!;
    const [y, x, width] = [number(box, 'y'), number(box, 'x'), number(box, 'width')];
    const [, detail] = node.querySelectorAll('text').map(text);
    return {
      name: text(node.querySelector('title')),
      detail,
      row: rows.find((row) => y >= row.from && y < row.to)?.label,
      column: columns.find((column) => Math.abs(column.x - (x + width / 2)) < 1)?.label,
    };
  });
}

describe('the alliance diagram of a solution', () => {
  it.each([
    ['', en],
    ['/es', es],
  ])('draws every actor at its level and sector, with its role (%s)', (prefix, t) => {
    expect(solutions.length).toBeGreaterThan(0);
    for (const solution of solutions) {
      const html = page(dist, `${prefix}/solutions/${solution.id}/`);
      const expected = solution.actors.map((actor) => {
        const [, id, role] = /^(.+) \((\w+)\)$/.exec(actor)!;
        const organization = organizations.get(id!)!;
        return {
          name: organization.name,
          detail: t.vocabularies.roles[role as RoleId].label,
          row: t.vocabularies.levels[organization.level].label,
          column: t.vocabularies.sectors[organization.sector].label,
        };
      });
      if (expected.length < 2) {
        expect(html.querySelector('.alliance-diagram')).toBeNull();
        continue;
      }
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect(drawn(html).sort(byName), solution.id).toEqual(expected.sort(byName));
      // One picture with its description, and nothing in it to tab to.
      const svg = html.querySelector('.alliance-diagram svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(text(html.getElementById(svg.getAttribute('aria-labelledby')!))).toMatch(/\d/);
      expect(svg.querySelectorAll('a')).toHaveLength(0);
    }
  });
});

describe('the partners of an organization', () => {
  it('draws the organization and each of its partners, and lists them', () => {
    let checked = 0;
    for (const organization of organizations.values()) {
      const html = page(dist, `/organizations/${organization.id}/`);
      if (organization.partners.length === 0) {
        expect(html.getElementById('partners')).toBeNull();
        continue;
      }
      const names = drawn(html).map((node) => node.name);
      expect(names.sort()).toEqual([organization.name, ...organization.partners.map((id) => organizations.get(id)!.name)].sort());
      const listed = html.querySelectorAll('#partners ~ .actors a').map((link) => link.getAttribute('href'));
      expect(listed.sort()).toEqual(organization.partners.map((id) => `/organizations/${id}/`).sort());
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
