/**
 * The search page's island: a labelled search box, facet groups with counts, results with highlighted
 * excerpts, sorting and "load more". The state lives in the URL (see lib/search/state.ts), so a search
 * can be shared and the back button works. Results are announced to screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../lib/dates.ts';
import { facetNames, facetLabels, contentTypeLabels, type FacetName, type FacetValueLabels } from '../../lib/search/facets.ts';
import { facetCountQueries, mergeFacetCounts, pagefindFilters, type FacetCounts } from '../../lib/search/filters.ts';
import { loadPagefind, type PagefindApi, type PagefindResult, type PagefindResultData } from '../../lib/search/pagefind-client.ts';
import { isEmptySearch, parseSearchState, serializeSearchState, toggleFilter, type SearchState } from '../../lib/search/state.ts';

const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching and updating the URL. */
const TYPING_DELAY_MS = 60;

interface Props {
  base: string;
  labels: FacetValueLabels;
}

interface Outcome {
  results: PagefindResult[];
  counts: Record<FacetName, Record<string, number>>;
}

/**
 * Runs the searches one after another: Pagefind shares state between concurrent calls, and counts
 * read while another search runs come back empty. Counts are copied as soon as they arrive.
 */
async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<Outcome> {
  const copy = (counts: FacetCounts): FacetCounts => JSON.parse(JSON.stringify(counts)) as FacetCounts;
  if (isEmptySearch(state)) {
    // With no term and no filter there is nothing to list: browsing starts from every count.
    return { results: [], counts: mergeFacetCounts(copy(await pagefind.filters()), []) };
  }
  const term = state.q === '' ? null : state.q;
  const sort = state.sort === 'date' ? { sort: { date: 'desc' as const } } : {};
  const main = await pagefind.search(term, { filters: pagefindFilters(state), ...sort });
  const mainCounts = copy(main.filters);
  const perFacet: { facet: FacetName; counts: FacetCounts }[] = [];
  for (const { facet, filters } of facetCountQueries(state)) {
    perFacet.push({ facet, counts: copy((await pagefind.search(term, { filters })).filters) });
  }
  return { results: main.results, counts: mergeFacetCounts(mainCounts, perFacet) };
}

export default function SearchApp({ base, labels }: Props) {
  // The server renders the empty state; the URL's state is read after hydration so both renders agree.
  const [state, setState] = useState<SearchState>(() => parseSearchState(''));
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [shown, setShown] = useState<PagefindResultData[]>([]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  // Commit a new state: to the URL (a history entry) and to the search.
  const commit = (next: SearchState, replace = false) => {
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setLimit(PAGE_SIZE);
    setState(next);
  };

  // On load, and when the back and forward buttons are used, the state comes from the URL.
  useEffect(() => {
    const onPop = () => {
      const restored = parseSearchState(location.search);
      setState(restored);
      setTyped(restored.q);
    };
    onPop();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // "/" focuses the search box, as on sites readers know.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Typing: the index chunks for the word load at once; the search runs shortly after the last
  // keystroke, with one history entry per search, not per letter.
  useEffect(() => {
    if (typed.trim() === state.q) return;
    if (typed.trim()) void loadPagefind(base).then((pagefind) => pagefind.preload(typed.trim()));
    const timer = setTimeout(() => commit({ ...state, q: typed.trim() }, state.q !== '' && typed.trim() !== ''), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    let current = true;
    loadPagefind(base)
      .then((pagefind) => runSearch(pagefind, state))
      .then((next) => current && (setOutcome(next), setError(undefined)))
      .catch((reason: unknown) => current && setError(`Search could not load (${String(reason)}). Browse by theme instead.`));
    return () => {
      current = false;
    };
  }, [state]);

  useEffect(() => {
    let current = true;
    Promise.all((outcome?.results ?? []).slice(0, limit).map((result) => result.data())).then((data) => current && setShown(data));
    return () => {
      current = false;
    };
  }, [outcome, limit]);

  const total = outcome?.results.length ?? 0;
  const summary = outcome === undefined ? 'Loading search…' : isEmptySearch(state) ? 'Type a search term or choose a filter.' : `${total} ${total === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}`;

  return (
    <div className="search-app">
      <form
        className="search-form page-search"
        role="search"
        action=""
        onSubmit={(event) => {
          event.preventDefault();
          commit({ ...state, q: typed.trim() });
        }}
      >
        <label htmlFor="search-input">Search solutions, building blocks, stories, events, news and organizations</label>
        <input id="search-input" ref={input} name="q" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" aria-describedby="search-status" />
        <button type="submit">Search</button>
      </form>
      <div className="search-layout">
        <div className="facets" aria-label="Filters" role="group">
          {facetNames.map((facet) => {
            const counts = outcome?.counts[facet] ?? {};
            const values = Object.keys(labels[facet]).filter((value) => (counts[value] ?? 0) > 0 || state.filters[facet].includes(value));
            if (values.length === 0) return null;
            return (
              <fieldset key={facet}>
                <legend>{facetLabels[facet]}</legend>
                {values.map((value) => (
                  <label key={value} className="facet-option">
                    <input type="checkbox" checked={state.filters[facet].includes(value)} onChange={() => commit(toggleFilter(state, facet, value))} />
                    <span>{labels[facet][value] ?? value}</span> <span className="count">({counts[value] ?? 0})</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
        <div className="results">
          <div className="results-bar">
            <p id="search-status" role="status" aria-live="polite" aria-atomic="true">{error ?? summary}</p>
            <label>
              Sort by{' '}
              <select value={state.sort} onChange={(event) => commit({ ...state, sort: event.target.value === 'date' ? 'date' : 'relevance' })}>
                <option value="relevance">Relevance</option>
                <option value="date">Newest first</option>
              </select>
            </label>
          </div>
          <ol className="result-list">
            {shown.map((result) => {
              const type = result.filters['type']?.[0] as keyof typeof contentTypeLabels | undefined;
              return (
                <li key={result.url} className="card">
                  <p className="kicker">{type ? contentTypeLabels[type] : 'Page'}</p>
                  <h2>
                    <a href={result.url}>{result.meta['title']}</a>
                  </h2>
                  <p className="card-meta">
                    {result.meta['place'] && <span>{result.meta['place']}</span>} {result.meta['date'] && <time dateTime={result.meta['date']}>{formatDate(result.meta['date'])}</time>}
                  </p>
                  {state.q ? (
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
              Load more results ({total - limit} more)
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
