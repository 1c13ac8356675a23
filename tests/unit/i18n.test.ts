/** The site's texts in English and Spanish: the same shape, every vocabulary value named, and the helpers that fill them. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { counted, countryName, fill, languageName, localeOf, localeParam, locales, strings } from '../../src/i18n/index.ts';
import { pluralForm } from '../../src/i18n/text.ts';
import { eventFormats, levels, phases, regions, roles, scales, sectors } from '../../src/schemas/vocabularies.ts';
import { localeOfPath, pathIn, urlsFor } from '../../src/lib/urls.ts';
import { withLinks } from '../../src/lib/rich-text.ts';
import { placeWithCountries } from '../../src/lib/places.ts';

/** Every key path of a value, with the kind of what it holds: "nav.home: string", "sdgs: array(17)". */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}: array(${value.length})`, ...value.flatMap((item, index) => shape(item, `${path}[${index}]`))];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => shape(item, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

/** A sample argument for the texts that are functions: it reads as a number or as a word. */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- a String object has both behaviours
const sample: String = new String('2');

/** Every string of a value (functions are called with sample arguments). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(sample, sample, sample))];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('the texts of the site', () => {
  it('have the same keys, lists and kinds in English and Spanish', () => {
    expect(shape(es)).toEqual(shape(en));
  });

  it('have no empty text in either language, and Spanish differs from English where it must', () => {
    for (const language of [en, es])
      for (const text of texts(language)) expect(text.trim().length, JSON.stringify(text)).toBeGreaterThan(0);
    expect(es.nav.solutions).not.toBe(en.nav.solutions);
    expect(es.searchApp.loading).not.toBe(en.searchApp.loading);
  });

  it('name every value of every fixed vocabulary, with a label and a description, in both languages', () => {
    const vocabularies = { scales, phases, regions, sectors, levels, roles, eventFormats };
    for (const language of [en, es]) {
      for (const [name, vocabulary] of Object.entries(vocabularies)) {
        const terms = language.vocabularies[name as keyof typeof vocabularies] as Record<string, { label: string; description: string }>;
        expect(Object.keys(terms).sort(), name).toEqual([...vocabulary.ids].sort());
        for (const id of vocabulary.ids) {
          expect(terms[id]?.label.length, `${name}.${id}`).toBeGreaterThan(1);
          expect(terms[id]?.description.length, `${name}.${id}`).toBeGreaterThan(5);
        }
      }
      expect(language.sdgs).toHaveLength(17);
    }
    expect(es.vocabularies.regions['latin-america-caribbean'].label).toBe('América Latina y el Caribe');
  });

  it('fill places, count nouns and name languages and countries in the words of the language', () => {
    expect(fill('{a} and {b}', { a: 'water', b: 'food' })).toBe('water and food');
    expect(fill('{missing}', {})).toBe('{missing}');
    expect(counted('en', 1, en.nouns.solution)).toBe('1 solution');
    expect(counted('en', 5000, en.nouns.solution)).toBe('5,000 solutions');
    expect(counted('es', 1, es.nouns.solution)).toBe('1 solución');
    expect(counted('es', 2, es.nouns.buildingBlock)).toBe('2 bloques de construcción');
    expect(counted('es', 0, es.nouns.solution)).toBe('0 soluciones');
    expect(pluralForm('es-MX', 1, es.searchApp.results)).toBe('{count} resultado');
    expect(languageName('en', 'es')).toBe('Spanish');
    expect(languageName('es', 'en')).toBe('inglés');
    expect(countryName('es', 'US')).toBe('Estados Unidos');
  });

  it('serves the default language at the root and every other under its code', () => {
    expect(locales).toEqual(['en', 'es']);
    expect(localeOf(undefined)).toBe('en');
    expect(localeOf('es')).toBe('es');
    expect(() => localeOf('fr')).toThrow('"fr" is not a language of this site: en, es');
    expect(localeParam('en')).toBeUndefined();
    expect(localeParam('es')).toBe('es');
    expect(urlsFor('en').solution('x')).toBe('/solutions/x/');
    expect(urlsFor('es').solution('x')).toBe('/es/solutions/x/');
    expect(urlsFor('es').home()).toBe('/es/');
    expect(urlsFor('es').rss()).toBe('/es/rss.xml');
    expect(localeOfPath('/es/solutions/x/')).toBe('es');
    expect(localeOfPath('/es/')).toBe('es');
    expect(localeOfPath('/essays/')).toBe('en');
    expect(localeOfPath('/solutions/x/')).toBe('en');
    expect(pathIn('/solutions/x/', 'es')).toBe('/es/solutions/x/');
    expect(pathIn('/es/solutions/x/', 'en')).toBe('/solutions/x/');
    expect(pathIn('/es/', 'en')).toBe('/');
    expect(strings('es')).toBe(es);
  });

  it('fill the longer texts with escaped links, and refuse a place no link fills', () => {
    expect(withLinks('Read {guide}.', { guide: { href: '/a?b=1&c="2"', label: '<the guide>' } })).toBe(
      'Read <a href="/a?b=1&amp;c=&quot;2&quot;">&lt;the guide&gt;</a>.',
    );
    expect(() => withLinks('Read {guide}.')).toThrow('has a place {guide} that no link fills');
  });

  it('add the countries to a place that does not name them, in the reader’s language', () => {
    expect(placeWithCountries('Tabasco, Mexico', ['MX'], 'en', 'es')).toBe('Tabasco, Mexico');
    expect(placeWithCountries('Tabasco, México', ['MX'], 'es', 'en')).toBe('Tabasco, México');
    expect(placeWithCountries('Example Valley', ['KE'], 'en', 'es')).toBe('Example Valley (Kenia)');
    expect(placeWithCountries('Example Valley', ['KE'], 'en', 'en')).toBe('Example Valley (Kenya)');
    expect(placeWithCountries('Online', [], 'en', 'es')).toBe('Online');
  });
});
