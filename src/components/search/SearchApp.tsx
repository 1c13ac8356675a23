/**
 * The search page's island: a labelled search box, facet groups with counts, results with highlighted
 * excerpts, sorting and pages of results. Without a term it is the explorer: every solution, newest
 * first, with the counts of every facet (see `explorerState`). A word of the query that names a facet
 * value is offered as a filter. The state lives in the URL (see lib/search/state.ts), so a search can
 * be shared and the back button works. Results are announced to screen readers.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { formatIsoDate } from '../../lib/date-text.ts';
import { fill, pluralForm } from '../../i18n/text.ts';
import type { Strings } from '../../i18n/index.ts';
import { facetNames, type FacetName, type FacetValueGroups, type FacetValueLabels } from '../../lib/search/facets.ts';
import { PAGE_SIZE } from '../../lib/page-size.ts';
import type { FacetCounts } from '../../lib/search/facet-table.ts';
import type { ContentType } from '../../schemas/index.ts';
import { loadSearchIndex } from '../../lib/search/pagefind-client.ts';
import type { PagefindResult, PagefindResultData, SearchIndex } from '../../lib/search/search-index.ts';
import { searchTerms } from '../../lib/search/query-terms.ts';
import {
  explorerState,
  hasSelectedFilters,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state.ts';
import { filterSuggestions } from '../../lib/search/suggestions.ts';

/** How many results are read before the first are shown. */
const FIRST_PAINT = 4;
/**
 * After a search typed in the box, the rest of the page, mostly below the fold, follows once the box
 * has held the query this long: the results of a word still being typed are replaced before anyone
 * scrolls to them, and a reader typing a few letters a second would otherwise fetch a page of results
 * for every letter.
 */
const REST_OF_PAGE_DELAY_MS = 250;
/** Wait this long after the last keystroke before searching and updating the URL. */
const TYPING_DELAY_MS = 60;
/** A last word shorter than this is probably still being typed: the search waits longer for it. */
const SEARCH_MIN_LETTERS = 3;
const SHORT_WORD_DELAY_MS = 500;
/**
 * Index chunks are fetched ahead while typing once the last word has this many letters. A shorter
 * prefix often falls in the chunk before the word's own ("comm" in the chunk of "commit", not of
 * "community"), a download the search does not use (docs/search.md).
 */
const PRELOAD_MIN_LETTERS = 5;
/**
 * The first facet counts wait until the search box has held their query for this long: they need the
 * facet table, which should not compete with the results of a word
 * still being typed (typing "government" after "yucatán" takes longer than this, so
 * waiting once was not enough). Once loaded, counts follow every search at once.
 */
const FIRST_COUNTS_DELAY_MS = 400;

/** The pages the island links to, in its page's language. */
export interface SearchLinks {
  /** The search page itself: the form's action without JavaScript. */
  search: string;
  themes: string;
  solutions: string;
  organizations: string;
}

interface Props {
  /** The site's root path: the search index is under it, and result URLs are relative to it. */
  base: string;
  /** The page's language as an Intl tag, for dates, numbers and plurals. */
  intl: string;
  /** The island's texts in the page's language (src/i18n/). */
  text: Strings['searchApp'];
  /** The common words of the page's language, left out of a query (src/lib/search/common-words.ts). */
  commonWords: readonly string[];
  /** The words for every facet value: content types, themes, vocabularies and countries. */
  labels: FacetValueLabels;
  /** Facets whose values are listed in labelled groups (themes: sectors, then approaches), in order. */
  groups: FacetValueGroups;
  links: SearchLinks;
}

interface Outcome {
  /** The search these results answer: until a newer search has its results, the page shows this one's. */
  state: SearchState;
  results: PagefindResult[];
  /** Counts per facet value; undefined until the facet table has been loaded. */
  counts: FacetCounts | undefined;
}

/** The term Pagefind searches for a state: the query without its common words (see query-terms.ts). */
const termOf = (state: SearchState, common: ReadonlySet<string>) => searchTerms(state.q, common).term;
/** A query of common words only leaves nothing to search (and must not list every page, as no term would). */
const hasNothingToSearch = (state: SearchState, common: ReadonlySet<string>) => state.q !== '' && termOf(state, common) === null;

/**
 * The pages matching a state's term, before any facet: every page when there is no term, and none when
 * the query has only common words. Results and counts both start here.
 */
async function findMatches(index: SearchIndex, state: SearchState, common: ReadonlySet<string>): Promise<PagefindResult[]> {
  if (hasNothingToSearch(state, common)) return [];
  return index.match(termOf(state, common));
}

/** The results of a state: the matches narrowed by the selected facets and sorted. */
async function findResults(
  index: SearchIndex,
  matches: readonly PagefindResult[],
  state: SearchState,
  common: ReadonlySet<string>,
): Promise<PagefindResult[]> {
  return index.results(termOf(state, common), matches, state);
}

const SHORTCUT_SETTING = 'alliance-atlas:slash-shortcut';
/** Components showing the "/" shortcut setting, told when it changes in this tab ("storage" tells other tabs). */
const shortcutListeners = new Set<() => void>();

/** The reader's choice for the "/" shortcut, kept in the browser's storage, as React reads outside state. */
const shortcutSetting = {
  subscribe(onChange: () => void) {
    shortcutListeners.add(onChange);
    addEventListener('storage', onChange);
    return () => {
      shortcutListeners.delete(onChange);
      removeEventListener('storage', onChange);
    };
  },
  /** Whether the reader left the shortcut on (the default); storage may be unavailable. */
  isOn(): boolean {
    try {
      return localStorage.getItem(SHORTCUT_SETTING) !== 'off';
    } catch {
      return true;
    }
  },
  set(on: boolean): void {
    try {
      if (on) localStorage.removeItem(SHORTCUT_SETTING);
      else localStorage.setItem(SHORTCUT_SETTING, 'off');
    } catch {
      // Without storage the choice lasts as long as the page.
      shortcutFallback = on;
    }
    for (const listener of shortcutListeners) listener();
  },
};
/** The choice when the browser keeps no storage. */
let shortcutFallback: boolean | undefined;
const isShortcutOn = () => shortcutFallback ?? shortcutSetting.isOn();

/** Narrow screens, where the filters start folded away above the results. */
const NARROW = '(max-width: 56rem)';
const subscribeToWidth = (onChange: () => void) => {
  const query = matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export default function SearchApp({ base, intl, text, commonWords, labels, groups, links }: Props) {
  const number = (count: number) => new Intl.NumberFormat(intl).format(count);
  const common = useMemo(() => new Set(commonWords), [commonWords]);
  // The server renders the empty state; the URL's state is read after hydration so both renders agree.
  const [state, setState] = useState<SearchState>(() => parseSearchState(''));
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [shown, setShown] = useState<PagefindResultData[]>([]);
  const [error, setError] = useState<string | undefined>();
  // Set once the reader reaches for the facets: from then on their counts follow every search at once.
  const [wantCounts, setWantCounts] = useState(false);
  // What is searched: without a term, the explorer's solutions, newest first.
  const searched = explorerState(state);
  // Filters start open beside the results; on a narrow screen they fold away above them, until the
  // reader opens or closes them. (The server renders them open: it knows no screen.)
  const narrow = useSyncExternalStore(
    subscribeToWidth,
    () => matchMedia(NARROW).matches,
    () => false,
  );
  const [filtersToggled, setFiltersToggled] = useState<boolean | undefined>();
  const filtersOpen = filtersToggled ?? !narrow;
  const selectedCount = facetNames.reduce((sum, name) => sum + state.filters[name].length, 0);
  const input = useRef<HTMLInputElement>(null);
  // What the box holds now, for the waits that let typing settle (an effect sees its own render's).
  const typedNow = useRef(typed);
  useEffect(() => {
    typedNow.current = typed;
  }, [typed]);
  // Whether the latest search came from typing rather than a facet, the sort, a link or the back button.
  const searchFromTyping = useRef(false);
  // The state as last committed: a search typed in the box starts from it when its wait ends, so a
  // facet ticked during the wait is kept (the render that started the wait saw the state before it).
  const stateNow = useRef(state);
  // Whether facet counts were shown once: after that they follow every search at once.
  const countsShown = useRef(false);

  // Commit a new state: to the URL (a history entry) and to the search.
  const commit = (next: SearchState, replace = false) => {
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    stateNow.current = next;
    setState(next);
  };

  // On load, and when the back and forward buttons are used, the state comes from the URL.
  useEffect(() => {
    const onPop = () => {
      const restored = parseSearchState(location.search);
      stateNow.current = restored;
      setState(restored);
      setTyped(restored.q);
    };
    onPop();
    // Words typed before the island hydrated are in the box but not in the state; the next render
    // would wipe them, so the box's text wins over the URL's.
    const early = input.current?.value.trim() ?? '';
    if (early !== '') setTyped(early);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // "/" focuses the search box, as on sites readers know. A single-key shortcut can be set off by
  // speech input or a stray key, so readers can turn it off (WCAG 2.1.4); the choice is remembered.
  const slashShortcut = useSyncExternalStore(shortcutSetting.subscribe, isShortcutOn, () => true);
  useEffect(() => {
    if (!slashShortcut) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !event.altKey && !event.ctrlKey && !event.metaKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [slashShortcut]);
  const toggleShortcut = () => shortcutSetting.set(!slashShortcut);

  // Typing: the index chunks for the word load at once; the search runs shortly after the last
  // keystroke, with one history entry per search, not per letter.
  useEffect(() => {
    const term = typed.trim();
    if (term === state.q) return;
    // Pagefind itself (script, WebAssembly, page list) is needed whatever the word, so it loads from the
    // first letter. Index chunks are fetched ahead only once the last word has a few letters, and the
    // search waits longer while it is short: Pagefind reads the last word as a prefix, and the chunk of
    // "a" or "al" holds some of the largest words of the language.
    const lastWord = term.split(/\s+/).pop() ?? '';
    if (term !== '') {
      const ready = loadSearchIndex(base);
      const searched = searchTerms(term, common).term;
      if (lastWord.length >= PRELOAD_MIN_LETTERS && searched) void ready.then((index) => index.preload(searched));
    }
    const delay = term === '' || lastWord.length >= SEARCH_MIN_LETTERS ? TYPING_DELAY_MS : SHORT_WORD_DELAY_MS;
    const timer = setTimeout(() => {
      const latest = stateNow.current;
      if (term === latest.q) return;
      searchFromTyping.current = true;
      commit({ ...latest, q: term, page: 1 }, latest.q !== '' && term !== '');
    }, delay);
    return () => clearTimeout(timer);
  }, [typed, state.q, base, common]);

  // Results first; then the facet counts, once the reader has something to narrow (or asks for them).
  useEffect(() => {
    // The first render's empty state, before the URL's has been read (see above): nothing to search.
    if (state !== stateNow.current) return;
    let current = true;
    const fromTyping = searchFromTyping.current;
    searchFromTyping.current = false;
    /**
     * Resolves true once the search box holds this search's query (checked every `pause` ms, and only
     * after one pause when `pauseFirst`), or false if a newer search replaced this one meanwhile.
     */
    const typingSettled = async (pause: number, pauseFirst = false) => {
      let waited = false;
      while ((pauseFirst && !waited) || typedNow.current.trim() !== state.q) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        if (!current) return false;
        waited = true;
      }
      return true;
    };
    const search = explorerState(state);
    (async () => {
      const index = await loadSearchIndex(base);
      const matches = await findMatches(index, search, common);
      const results = await findResults(index, matches, search, common);
      // The page asked for, or the last there is (a shared link may name a page the results no longer reach).
      const start = (Math.min(state.page, Math.max(1, Math.ceil(results.length / PAGE_SIZE))) - 1) * PAGE_SIZE;
      // The first few results are shown as soon as they are read; the rest of the page follows.
      const first = await Promise.all(results.slice(start, start + FIRST_PAINT).map((result) => result.data()));
      if (!current) return;
      setOutcome((previous) => ({ state, results, counts: wantCounts || state.q === '' ? previous?.counts : undefined }));
      setShown(first);
      setError(undefined);
      if (!(await typingSettled(REST_OF_PAGE_DELAY_MS, fromTyping))) return;
      const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()));
      if (!current) return;
      setShown(page);
      // The explorer shows its counts at once; a typed search once typing has settled.
      if (!countsShown.current && !wantCounts && state.q !== '' && !(await typingSettled(FIRST_COUNTS_DELAY_MS, true))) return;
      const counts = await index.counts(termOf(search, common), matches, search);
      if (!current) return;
      countsShown.current = true;
      setOutcome({ state, results, counts });
    })().catch((reason: unknown) => current && setError(fill(text.failed, { reason: String(reason) })));
    return () => {
      current = false;
    };
  }, [state, wantCounts, base, common, text.failed]);

  const total = outcome?.results.length ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const currentPage = Math.min(outcome?.state.page ?? 1, lastPage);
  /** The state of another page of these results, and its address. */
  const pageState = (page: number): SearchState => ({ ...state, page });
  const pageHref = (page: number) => `${links.search}${serializeSearchState(pageState(page))}`;
  const goToPage = (page: number) => (event: { preventDefault(): void }) => {
    event.preventDefault();
    commit(pageState(page));
    document.getElementById('search-status')?.scrollIntoView({ block: 'start' });
  };
  const pageNumbers = [...new Set([1, lastPage, currentPage - 1, currentPage, currentPage + 1])]
    .filter((page) => page >= 1 && page <= lastPage)
    .sort((a, b) => a - b);
  const suggestions = outcome ? filterSuggestions(outcome.state, labels) : [];
  /** The state with a suggested filter set, and the words that named it out of the query. */
  const applySuggestion = (facet: FacetName, value: string, words: readonly string[]) => {
    const q = outcome!.state.q
      .split(/\s+/)
      .filter((word) => !words.includes(word))
      .join(' ');
    setTyped(q);
    commit({ ...toggleFilter(state, facet, value), q });
  };
  const sortOptions: SortOrder[] = state.q === '' ? ['date', 'title'] : ['relevance', 'date', 'title'];
  const sortLabels: Record<SortOrder, string> = { relevance: text.relevance, date: text.newest, title: text.byTitle };
  const leftOut = outcome ? searchTerms(outcome.state.q, common).leftOut : [];
  // The summary names the search its results answer, not a newer one still running.
  const nothingSearched = outcome !== undefined && hasNothingToSearch(outcome.state, common);
  const summary =
    outcome === undefined
      ? text.loading
      : nothingSearched
        ? fill(text.onlyCommon, { query: outcome.state.q })
        : fill(pluralForm(intl, total, outcome.state.q ? text.resultsFor : text.results), {
            count: number(total),
            query: outcome.state.q,
          });
  const [shortcutBefore, shortcutAfter] = text.shortcutOn.split('{key}');
  const [browseBefore = '', ...browseRest] = text.browseInstead.split(/\{(\w+)\}/);
  const browseLinks = links as unknown as Record<string, string>;
  const browseLabels = text.browseLinks as Record<string, string>;

  return (
    <div className="search-app">
      <form
        className="search-form page-search"
        role="search"
        action={links.search}
        onSubmit={(event) => {
          event.preventDefault();
          commit({ ...state, q: typed.trim() });
        }}
      >
        <label htmlFor="search-input">{text.label}</label>
        <input
          id="search-input"
          ref={input}
          name="q"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          aria-describedby={leftOut.length > 0 ? 'search-status search-note' : 'search-status'}
        />
        <button type="submit">{text.button}</button>
        <p className="shortcut-hint">
          {slashShortcut ? (
            <>
              {shortcutBefore}
              <kbd>/</kbd>
              {shortcutAfter}{' '}
            </>
          ) : (
            `${text.shortcutOff} `
          )}
          <button type="button" className="link-button" onClick={toggleShortcut}>
            {slashShortcut ? text.turnOff : text.turnOn}
          </button>
        </p>
      </form>
      <div className="search-layout">
        <details className="facet-panel" open={filtersOpen} onToggle={(event) => setFiltersToggled(event.currentTarget.open)}>
          <summary>
            {selectedCount > 0
              ? fill(pluralForm(intl, selectedCount, text.filtersSelected), { count: number(selectedCount) })
              : text.filters}
          </summary>
          <div
            className="facets"
            aria-label={text.filters}
            role="group"
            onFocus={() => setWantCounts(true)}
            onPointerEnter={() => setWantCounts(true)}
          >
            {facetNames.map((facet) => {
              const counts = outcome?.counts?.[facet];
              const selected = searched.filters[facet];
              const shown = (values: readonly string[]) =>
                values.filter((value) => counts === undefined || (counts[value] ?? 0) > 0 || selected.includes(value));
              const option = (value: string) => (
                <label key={value} className="facet-option">
                  <input
                    type="checkbox"
                    checked={selected.includes(value)}
                    // From what is shown: in the explorer, ticking a type adds it to the solutions listed.
                    onChange={() => commit(toggleFilter({ ...state, filters: searched.filters }, facet, value))}
                  />
                  <span>{labels[facet][value] ?? value}</span>
                  {counts && (
                    <>
                      {' '}
                      <span className="count">({counts[value] ?? 0})</span>
                    </>
                  )}
                </label>
              );
              const valueGroups = (groups[facet] ?? [{ label: undefined, values: Object.keys(labels[facet]) }])
                .map((group) => ({ ...group, values: shown(group.values) }))
                .filter((group) => group.values.length > 0);
              if (valueGroups.length === 0) return null;
              return (
                <fieldset key={facet}>
                  <legend>{text.facets[facet]}</legend>
                  {valueGroups.map((group) =>
                    group.label === undefined ? (
                      group.values.map(option)
                    ) : (
                      <fieldset key={group.label} className="facet-group">
                        <legend>{group.label}</legend>
                        {group.values.map(option)}
                      </fieldset>
                    ),
                  )}
                </fieldset>
              );
            })}
          </div>
        </details>
        <div className="results">
          <div className="results-bar">
            <p id="search-status" role="status" aria-live="polite" aria-atomic="true">
              {error ?? summary}
            </p>
            <label>
              {text.sortBy}{' '}
              <select
                value={searched.sort}
                onChange={(event) =>
                  commit({ ...state, sort: sortOptions.find((order) => order === event.target.value) ?? 'relevance', page: 1 })
                }
              >
                {sortOptions.map((order) => (
                  <option key={order} value={order}>
                    {sortLabels[order]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {suggestions.length > 0 && (
            <div className="filter-suggestions">
              <p id="filter-suggestions">{text.suggestFilter}</p>
              <ul aria-labelledby="filter-suggestions">
                {suggestions.map(({ facet, value, words }) => (
                  <li key={`${facet}=${value}`}>
                    <button type="button" className="button secondary" onClick={() => applySuggestion(facet, value, words)}>
                      {text.facets[facet]}: {labels[facet][value] ?? value}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {outcome && !error && leftOut.length > 0 && (
            <p id="search-note" className="search-note">
              {fill(nothingSearched ? text.leftOutAll : text.leftOut, {
                words: leftOut.map((word) => fill(text.quoted, { word })).join(', '),
              })}
            </p>
          )}
          {outcome && !error && total === 0 && !nothingSearched && (
            <p className="empty">
              {text.nothing}
              {hasSelectedFilters(outcome.state) ? text.clearFilter : ''}
              {browseBefore}
              {browseRest.map((part, index) =>
                index % 2 === 0 ? (
                  <a key={part} href={browseLinks[part]}>
                    {browseLabels[part]}
                  </a>
                ) : (
                  part
                ),
              )}
            </p>
          )}
          <ol className="result-list">
            {shown.map((result) => {
              const type = result.filters['type']?.[0] as ContentType | undefined;
              return (
                <li key={result.url} className="card">
                  <p className="kicker">{type ? (labels.type[type] ?? type) : text.page}</p>
                  <h2 className="card-title">
                    <a href={result.url}>{result.meta['title']}</a>
                  </h2>
                  <p className="card-meta">
                    {result.meta['place'] && <span>{result.meta['place']}</span>}{' '}
                    {result.meta['date'] && <time dateTime={result.meta['date']}>{formatIsoDate(intl, result.meta['date'])}</time>}
                  </p>
                  {outcome?.state.q ? (
                    // Pagefind escapes the page text and adds only <mark> around the matches.
                    <p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
                  ) : (
                    <p>{result.meta['summary']}</p>
                  )}
                </li>
              );
            })}
          </ol>
          {lastPage > 1 && (
            <nav className="pagination" aria-label={text.pages}>
              {currentPage > 1 ? (
                <a className="pagination-step" href={pageHref(currentPage - 1)} rel="prev" onClick={goToPage(currentPage - 1)}>
                  ← {text.previous}
                </a>
              ) : (
                <span className="pagination-step" aria-hidden="true" />
              )}
              <ol>
                {pageNumbers.map((page, index) => (
                  <li key={page}>
                    {index > 0 && page - pageNumbers[index - 1]! > 1 && (
                      <span className="gap" aria-hidden="true">
                        …{' '}
                      </span>
                    )}
                    {page === currentPage ? (
                      <span aria-current="page">
                        <span className="visually-hidden">{fill(text.pageNumber, { number: number(page) })}</span>
                        <span aria-hidden="true">{number(page)}</span>
                      </span>
                    ) : (
                      <a href={pageHref(page)} onClick={goToPage(page)}>
                        <span className="visually-hidden">{fill(text.pageNumber, { number: number(page) })}</span>
                        <span aria-hidden="true">{number(page)}</span>
                      </a>
                    )}
                  </li>
                ))}
              </ol>
              {currentPage < lastPage ? (
                <a className="pagination-step" href={pageHref(currentPage + 1)} rel="next" onClick={goToPage(currentPage + 1)}>
                  {text.next} →
                </a>
              ) : (
                <span className="pagination-step" aria-hidden="true" />
              )}
            </nav>
          )}
        </div>
      </div>
    </div>
  );
}
