/** Citations: who is credited, and text that BibTeX and readers take as written. */
import { describe, expect, it } from 'vitest';
import {
  authorList,
  bibtexCitation,
  cslCitation,
  cslDataUrl,
  cslFileName,
  plainCitation,
  type CitationInput,
} from '../../src/lib/citation.ts';

const input: CitationInput = {
  collection: 'solutions',
  id: 'water-50-percent',
  title: 'Water & sanitation: 50% of {homes}',
  authors: ['Comunalia', 'Fundación_Uno'],
  published: '2020-07-29',
  url: 'https://example.org/solutions/water-50-percent/',
  accessed: '2026-11-30',
  language: 'es',
};

describe('citations', () => {
  it('joins the credited as a reader of the language writes a list', () => {
    expect(authorList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(authorList(['A', 'B', 'C'], 'es')).toBe('A, B y C');
  });

  it('writes the plain citation with the year, the site and the address', () => {
    expect(plainCitation(input, 'Consultado el 30 de noviembre de 2026.')).toBe(
      'Comunalia y Fundación_Uno (2020). Water & sanitation: 50% of {homes}. Alliance Atlas. https://example.org/solutions/water-50-percent/ Consultado el 30 de noviembre de 2026.',
    );
  });

  it("escapes BibTeX's special characters, and keeps each organization's name whole", () => {
    const bibtex = bibtexCitation(input);
    expect(bibtex).toContain('author = {{Comunalia} and {Fundación\\_Uno}}');
    expect(bibtex).toContain('title = {{Water \\& sanitation: 50\\% of \\{homes\\}}}');
    expect(bibtex).toContain('urldate = {2026-11-30}');
    expect(bibtex).toContain('langid = {spanish}');
  });

  it('credits the site when nobody is named', () => {
    expect(cslCitation({ ...input, authors: [] })[0]?.author).toEqual([{ literal: 'Alliance Atlas' }]);
    expect(cslCitation(input)[0]?.issued).toEqual({ 'date-parts': [[2020, 7, 29]] });
  });

  it('offers the CSL-JSON as a file the page holds: a data address that reads back to the same item, and its name', () => {
    const url = cslDataUrl(input);
    const prefix = 'data:application/vnd.citationstyles.csl+json;charset=utf-8,';
    expect(url.startsWith(prefix)).toBe(true);
    // Nothing a browser would read as the end of the address (a space, or `#` starting a fragment).
    expect(url.slice(prefix.length)).not.toMatch(/[\s"<>#&]/);
    expect(JSON.parse(decodeURIComponent(url.slice(prefix.length)))).toEqual(cslCitation(input));
    expect(cslFileName(input)).toBe('atlas-solutions-water-50-percent.json');
  });
});
