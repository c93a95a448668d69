// Search: ranked passages with the matched words marked; each opens its document at the passage.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { documentLabel, ErrorBox, KindBadge, Loading, Snippet, useAsync } from '../ui.js';

export function SearchForm({ initial, autofocus = false, compact = false }: { initial: string; autofocus?: boolean; compact?: boolean }) {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setValue(initial), [initial]);
  useEffect(() => {
    if (autofocus) input.current?.focus();
  }, []);
  return (
    <form
      role="search"
      class={compact ? 'search-form compact' : 'search-form'}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        if (q) navigate(['search'], { q });
      }}
    >
      <label for={compact ? 'q-nav' : 'q'} class={compact ? 'sr-only' : undefined}>
        Search the corpus
      </label>
      <input
        id={compact ? 'q-nav' : 'q'}
        ref={input}
        type="search"
        name="q"
        value={value}
        maxLength={1000}
        placeholder="e.g. APT31, “election interference”, sanction*"
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function Search({ q }: { q: string }) {
  const hits = useAsync((s) => (q.trim() ? api.search(q, 30, s) : Promise.resolve([])), [q]);
  return (
    <div>
      <h1>Search</h1>
      <SearchForm initial={q} />
      {hits.loading ? <Loading what="Searching" /> : null}
      {hits.error ? <ErrorBox error={hits.error} /> : null}
      {hits.data && q ? (
        <>
          <p class="muted" role="status">
            {hits.data.length ? `${hits.data.length} passage${hits.data.length === 1 ? '' : 's'} for “${q}”` : `Nothing found for “${q}”.`}
          </p>
          <ol class="results">
            {hits.data.map((h, i) => (
              <li key={i} class="search-result">
                <a class="result-title" href={hrefFor(['doc', h.document.id], { at: `${h.span[0]}-${h.span[1]}` })}>
                  {documentLabel(h.document)}
                </a>{' '}
                <KindBadge kind={h.document.kind} />
                <p>
                  <Snippet snippet={h.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
