/**
 * The search page's island: a labelled search box, facet groups with counts, results with highlighted
 * excerpts, sorting and "load more". The state lives in the URL (see lib/search/state.ts), so a search
 * can be shared and the back button works. Results are announced to screen readers.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { formatIsoDate } from '../../lib/date-text.ts';
import { fill, pluralForm } from '../../i18n/text.ts';
import type { Locale, Strings } from '../../i18n/index.ts';
import { facetNames, type FacetValueLabels } from '../../lib/search/facets.ts';
import type { FacetCounts } from '../../lib/search/facet-table.ts';
import type { ContentType } from '../../schemas/index.ts';
import { loadSearchIndex } from '../../lib/search/pagefind-client.ts';
import type { PagefindResult, PagefindResultData, SearchIndex } from '../../lib/search/search-index.ts';
import { searchTerms } from '../../lib/search/query-terms.ts';
import {
  hasSelectedFilters,
  isEmptySearch,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchState,
} from '../../lib/search/state.ts';

const PAGE_SIZE = 10;
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
  /** The page's language: the index it searches is this language's, and so are its common words. */
  locale: Locale;
  /** The page's language as an Intl tag, for dates, numbers and plurals. */
  intl: string;
  /** The island's texts in the page's language (src/i18n/). */
  text: Strings['searchApp'];
  /** The words for every facet value: content types, themes, vocabularies and countries. */
  labels: FacetValueLabels;
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
const termOf = (state: SearchState, language: Locale) => searchTerms(state.q, language).term;
/** A query of common words only leaves nothing to search (and must not list every page, as no term would). */
const hasNothingToSearch = (state: SearchState, language: Locale) => state.q !== '' && termOf(state, language) === null;

/**
 * The pages matching a state's term, before any facet: every page when there is no term, and none when
 * the query has only common words. Results and counts both start here.
 */
async function findMatches(index: SearchIndex, state: SearchState, language: Locale): Promise<PagefindResult[]> {
  if (hasNothingToSearch(state, language)) return [];
  return index.match(termOf(state, language));
}

/**
 * The results of a state: the matches narrowed by the selected facets and sorted. A state without a
 * term or a facet lists nothing until the reader asks.
 */
async function findResults(
  index: SearchIndex,
  matches: readonly PagefindResult[],
  state: SearchState,
  language: Locale,
): Promise<PagefindResult[]> {
  if (isEmptySearch(state)) return [];
  return index.results(termOf(state, language), matches, state);
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

export default function SearchApp({ base, locale, intl, text, labels, links }: Props) {
  const number = (count: number) => new Intl.NumberFormat(intl).format(count);
  // The server renders the empty state; the URL's state is read after hydration so both renders agree.
  const [state, setState] = useState<SearchState>(() => parseSearchState(''));
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [shown, setShown] = useState<PagefindResultData[]>([]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [error, setError] = useState<string | undefined>();
  // Browsing without a term shows the facet values at once and fetches their counts on first use.
  const [wantCounts, setWantCounts] = useState(false);
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
    setLimit(PAGE_SIZE);
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
      const searched = searchTerms(term, locale).term;
      if (lastWord.length >= PRELOAD_MIN_LETTERS && searched) void ready.then((index) => index.preload(searched));
    }
    const delay = term === '' || lastWord.length >= SEARCH_MIN_LETTERS ? TYPING_DELAY_MS : SHORT_WORD_DELAY_MS;
    const timer = setTimeout(() => {
      const latest = stateNow.current;
      if (term === latest.q) return;
      searchFromTyping.current = true;
      commit({ ...latest, q: term }, latest.q !== '' && term !== '');
    }, delay);
    return () => clearTimeout(timer);
  }, [typed, state.q, base, locale]);

  // Results first; then the facet counts, once the reader has something to narrow (or asks for them).
  useEffect(() => {
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
    (async () => {
      const index = await loadSearchIndex(base);
      const matches = await findMatches(index, state, locale);
      const results = await findResults(index, matches, state, locale);
      // The first few results are shown as soon as they are read; the rest of the page follows.
      const first = await Promise.all(results.slice(0, FIRST_PAINT).map((result) => result.data()));
      if (!current) return;
      setOutcome((previous) => ({ state, results, counts: wantCounts ? previous?.counts : undefined }));
      setShown(first);
      setError(undefined);
      if (!(await typingSettled(REST_OF_PAGE_DELAY_MS, fromTyping))) return;
      const page = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (!current) return;
      setShown(page);
      if (!wantCounts && isEmptySearch(state)) return;
      if (!countsShown.current && !wantCounts && !(await typingSettled(FIRST_COUNTS_DELAY_MS, true))) return;
      const counts = await index.counts(termOf(state, locale), matches, state);
      if (!current) return;
      countsShown.current = true;
      setOutcome({ state, results, counts });
    })().catch((reason: unknown) => current && setError(fill(text.failed, { reason: String(reason) })));
    return () => {
      current = false;
    };
  }, [state, wantCounts, base, locale, text.failed]);

  // "Load more" fetches the next page of results.
  const results = outcome?.results;
  useEffect(() => {
    if (limit === PAGE_SIZE) return;
    let current = true;
    Promise.all((results ?? []).slice(0, limit).map((result) => result.data())).then((data) => current && setShown(data));
    return () => {
      current = false;
    };
  }, [limit, results]);

  const total = outcome?.results.length ?? 0;
  const leftOut = outcome ? searchTerms(outcome.state.q, locale).leftOut : [];
  // The summary names the search its results answer, not a newer one still running.
  const nothingSearched = outcome !== undefined && hasNothingToSearch(outcome.state, locale);
  const summary =
    outcome === undefined
      ? text.loading
      : isEmptySearch(outcome.state)
        ? text.prompt
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
              const values = Object.keys(labels[facet]).filter(
                (value) => counts === undefined || (counts[value] ?? 0) > 0 || state.filters[facet].includes(value),
              );
              if (values.length === 0) return null;
              return (
                <fieldset key={facet}>
                  <legend>{text.facets[facet]}</legend>
                  {values.map((value) => (
                    <label key={value} className="facet-option">
                      <input
                        type="checkbox"
                        checked={state.filters[facet].includes(value)}
                        onChange={() => commit(toggleFilter(state, facet, value))}
                      />
                      <span>{labels[facet][value] ?? value}</span>
                      {counts && (
                        <>
                          {' '}
                          <span className="count">({counts[value] ?? 0})</span>
                        </>
                      )}
                    </label>
                  ))}
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
                value={state.sort}
                onChange={(event) => commit({ ...state, sort: event.target.value === 'date' ? 'date' : 'relevance' })}
              >
                <option value="relevance">{text.relevance}</option>
                <option value="date">{text.newest}</option>
              </select>
            </label>
          </div>
          {outcome && !error && leftOut.length > 0 && (
            <p id="search-note" className="search-note">
              {fill(nothingSearched ? text.leftOutAll : text.leftOut, {
                words: leftOut.map((word) => fill(text.quoted, { word })).join(', '),
              })}
            </p>
          )}
          {outcome && !error && total === 0 && !isEmptySearch(outcome.state) && !nothingSearched && (
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
                  <h2>
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
          {total > limit && (
            <button type="button" className="button secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {fill(text.more, { count: number(total - limit) })}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
