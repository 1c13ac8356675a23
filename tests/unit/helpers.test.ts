/** Small helpers: slugs, suggestions, dates, countries. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slugify.ts';
import { closest, didYouMean } from '../../src/lib/suggest.ts';
import { formatDate, formatDuration, formatEventStart, isoDuration } from '../../src/lib/dates.ts';
import { regionOfCountry } from '../../src/schemas/countries.ts';
import { countryName } from '../../src/i18n/index.ts';

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify('Educación ambiental: ¡ya!')).toBe('educacion-ambiental-ya');
    expect(slugify('  Fundación del Empresariado Chihuahuense (FECHAC) ')).toBe('fundacion-del-empresariado-chihuahuense-fechac');
  });
});

describe('suggestions', () => {
  it('finds near misses and ignores far ones', () => {
    expect(closest('multilevel-governace', ['human-rights', 'multilevel-governance'])).toBe('multilevel-governance');
    expect(closest('banana', ['human-rights', 'multilevel-governance'])).toBeUndefined();
    // Short words are typos of each other only one edit apart: "a" is not "alt".
    expect(closest('a', ['alt', 'src'])).toBeUndefined();
    expect(closest('alr', ['alt', 'src'])).toBe('alt');
    expect(didYouMean('MX', ['MX'])).toBe('');
    expect(didYouMean('mx', ['MX', 'US'])).toBe(' Did you mean "MX"?');
  });
});

describe('dates', () => {
  it('formats dates, event starts in their own time zone, and durations', () => {
    expect(formatDate('2019-06-21', 'en')).toBe('21 June 2019');
    expect(formatDate('2019-06-21', 'es')).toBe('21 de junio de 2019');
    expect(formatEventStart('2021-04-20T10:00:00-05:00', 'en')).toBe('Tuesday 20 April 2021, 10:00 (UTC−05:00)');
    expect(formatEventStart('2021-04-20T10:00Z', 'en')).toBe('Tuesday 20 April 2021, 10:00 (UTC)');
    expect(formatEventStart('2021-04-20T10:00:00-05:00', 'es')).toBe('martes 20 de abril de 2021, 10:00 (UTC−05:00)');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(isoDuration(90)).toBe('PT1H30M');
    expect(isoDuration(60)).toBe('PT1H');
  });
});

describe('countries', () => {
  it('maps codes to regions and names', () => {
    expect(regionOfCountry.get('MX')).toBe('latin-america-caribbean');
    expect(regionOfCountry.get('KE')).toBe('africa');
    expect(regionOfCountry.get('US')).toBe('north-america');
    expect(countryName('en', 'MX')).toBe('Mexico');
    expect(countryName('es', 'MX')).toBe('México');
  });
});
