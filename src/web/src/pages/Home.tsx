// Home: what the corpus holds, a search box, the most-cited actors, and the documents.
import { api, type Kind } from '../api.js';
import { hrefFor } from '../router.js';
import { SearchForm } from './Search.js';
import { DateText, documentLabel, ErrorBox, KindBadge, Loading, Section, useAsync } from '../ui.js';

export function Home() {
  const stats = useAsync((s) => api.stats(s), []);
  const docs = useAsync((s) => api.documents(s), []);
  return (
    <div class="home">
      <h1>What was said and done, and who says so</h1>
      <SearchForm initial="" autofocus />
      {stats.loading && !stats.data ? <Loading what="Counting the corpus" /> : null}
      {stats.error ? <ErrorBox error={stats.error} /> : null}
      {stats.data ? (
        <>
          <ul class="figures" aria-label="Corpus figures">
            <li>
              <strong>{stats.data.documents}</strong> documents
            </li>
            <li>
              <strong>{stats.data.actors}</strong> actors
            </li>
            <li>
              <strong>{stats.data.quotes}</strong> quotes
            </li>
            <li>
              <strong>{stats.data.events}</strong> events
            </li>
            {stats.data.span ? (
              <li>
                from <DateText date={stats.data.span.from} /> to <DateText date={stats.data.span.to} />
              </li>
            ) : null}
          </ul>
          <p class="kinds">
            {(Object.entries(stats.data.kinds) as [Kind, number][])
              .filter(([, n]) => n > 0)
              .map(([k, n]) => (
                <span key={k} class="kind-count">
                  <KindBadge kind={k} /> {n}
                </span>
              ))}
          </p>
          <Section title="Most-cited actors" id="top-actors">
            {stats.data.topActors.length ? (
              <ol class="actor-list">
                {stats.data.topActors.map((a) => (
                  <li key={a.key}>
                    <a href={hrefFor(['actor', a.key])}>{a.name}</a> <span class="muted">({a.type})</span>{' '}
                    <span class="muted">
                      {a.documents} doc{a.documents === 1 ? '' : 's'}, {a.mentions} mention{a.mentions === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p class="muted">No actors extracted yet.</p>
            )}
          </Section>
        </>
      ) : null}
      <Section title="Ask for a profile" id="ask">
        <p>
          <a class="button" href={hrefFor(['new'])}>
            New profile: a person on a topic
          </a>
        </p>
      </Section>
      <Section title="Documents" id="documents" count={docs.data?.length}>
        {docs.error ? <ErrorBox error={docs.error} /> : null}
        {docs.data ? (
          <ul class="doc-list">
            {docs.data.slice(0, 200).map((d) => (
              <li key={d.id}>
                <a href={hrefFor(['doc', d.id])}>{documentLabel(d)}</a> <KindBadge kind={d.kind} />{' '}
                <span class="muted">
                  {d.outlet ? `${d.outlet} · ` : ''}
                  <DateText date={d.published} />
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {docs.data && docs.data.length > 200 ? <p class="muted">Showing 200 of {docs.data.length}; use search to find the others.</p> : null}
      </Section>
    </div>
  );
}
