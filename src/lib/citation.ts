/**
 * "Cite this" for a solution or a building block: who to credit, and the same citation as plain text,
 * as BibTeX and as CSL-JSON (the format reference managers such as Zotero read). The date accessed is
 * the day the site was built: a static page cannot know the day it is read, and says so.
 */
import type { Locale } from '../i18n/index.ts';
import { site } from '../site.config.ts';
import type { Atlas } from './relations.ts';
import { urlsFor } from './urls.ts';

export interface CitationInput {
  /** The collection and id, for the citation key: `atlas-solutions-<id>`. */
  collection: 'solutions' | 'building-blocks';
  id: string;
  title: string;
  /** People or organizations to credit, in order; the site's name when there are none. */
  authors: readonly string[];
  /** Date first published, YYYY-MM-DD. */
  published: string;
  /** The page's absolute address. */
  url: string;
  /** The day the site was built, YYYY-MM-DD: the date accessed. */
  accessed: string;
  /** The language of the page cited. */
  language: Locale;
}

/** Who a citation credits: the given names, or the site when there are none. */
const creditedOf = (input: CitationInput) => (input.authors.length > 0 ? input.authors : [site.name]);

/** The people or organizations credited, joined as a reader writes a list: "A, B and C" ("A, B y C"). */
export function authorList(authors: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(authors);
}
// Every page cites; making an Intl formatter costs far more than using one.
const listFormats = new Map<Locale, Intl.ListFormat>();

/** The plain-text citation: "Authors (year). Title. Site. URL", then the date accessed in `accessedText`. */
export function plainCitation(input: CitationInput, accessedText: string): string {
  const year = input.published.slice(0, 4);
  return `${authorList(creditedOf(input), input.language)} (${year}). ${input.title}. ${site.name}. ${input.url} ${accessedText}`;
}

/** Characters BibTeX reads as commands, escaped so a title prints as written. */
const bibtexText = (text: string) =>
  text.replace(/[\\{}%&#_$^~]/g, (character) => (character === '\\' ? '\\textbackslash{}' : `\\${character}`));

/** The BibTeX entry (`@misc`, with `url` and `urldate` as biblatex reads them). */
export function bibtexCitation(input: CitationInput): string {
  // Braces keep an organization's name whole: BibTeX would otherwise read "Comunalia A.C." as a person.
  const authors = creditedOf(input)
    .map((author) => `{${bibtexText(author)}}`)
    .join(' and ');
  const fields: [string, string][] = [
    ['author', authors],
    ['title', `{${bibtexText(input.title)}}`],
    ['year', input.published.slice(0, 4)],
    ['date', input.published],
    ['howpublished', bibtexText(site.name)],
    ['organization', bibtexText(site.name)],
    ['url', input.url],
    ['urldate', input.accessed],
    ['langid', input.language === 'es' ? 'spanish' : 'english'],
  ];
  return `@misc{atlas-${input.collection}-${input.id},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

const dateParts = (date: string) => [date.split('-').map(Number)];

/** The CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), in a list as reference managers import it. */
export function cslCitation(input: CitationInput) {
  return [
    {
      id: `atlas-${input.collection}-${input.id}`,
      type: 'webpage',
      title: input.title,
      author: creditedOf(input).map((literal) => ({ literal })),
      issued: { 'date-parts': dateParts(input.published) },
      accessed: { 'date-parts': dateParts(input.accessed) },
      URL: input.url,
      'container-title': site.name,
      publisher: site.name,
      language: input.language,
    },
  ];
}

/**
 * The CSL-JSON file as a `data:` address, for a download link on the page itself. A file per page
 * written by the build would cost a route for every solution and language, as much build time as
 * rendering a page; the page already holds every fact of the citation.
 */
export function cslDataUrl(input: CitationInput): string {
  return `data:application/vnd.citationstyles.csl+json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(cslCitation(input))}\n`)}`;
}

/** The name the CSL-JSON file is saved under: its citation key, `atlas-solutions-<id>.json`. */
export const cslFileName = (input: CitationInput) => `atlas-${input.collection}-${input.id}.json`;

/**
 * The citation of a solution or building block in a language. Credited: a solution's contributors
 * (who documented it), or else the leads of its alliance, or else all its actors; a building block's
 * actors, or else the leads of the solutions that use it.
 */
export function citationFor(atlas: Atlas, locale: Locale, collection: CitationInput['collection'], id: string): CitationInput {
  const urls = urlsFor(locale);
  const names = (actors: readonly { organization: string; role: string }[]) => {
    const leads = actors.filter((actor) => actor.role === 'lead');
    return [...new Set((leads.length > 0 ? leads : actors).map((actor) => atlas.organization(actor.organization).data.name))];
  };
  if (collection === 'solutions') {
    const entry = atlas.solution(id);
    const contributors = (entry.data.contributors ?? []).map((contributor) => contributor.name);
    return {
      collection,
      id,
      title: entry.data.title,
      authors: contributors.length > 0 ? contributors : names(entry.data.actors),
      published: entry.data.published,
      url: new URL(urls.solution(id), site.url).href,
      accessed: atlas.builtOn,
      language: entry.text?.lang ?? locale,
    };
  }
  const entry = atlas.buildingBlock(id);
  const actors = entry.data.actors ?? [];
  return {
    collection,
    id,
    title: entry.data.title,
    authors: actors.length > 0 ? names(actors) : [...new Set(atlas.solutionsUsing(id).flatMap((solution) => names(solution.data.actors)))],
    published: entry.data.published,
    url: new URL(urls.buildingBlock(id), site.url).href,
    accessed: atlas.builtOn,
    language: entry.text?.lang ?? locale,
  };
}
