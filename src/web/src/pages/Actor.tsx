// One actor: names, roles, what they said, what they did (or had done to them), in time order.
import { api } from '../api.js';
import { hrefFor } from '../router.js';
import { DateText, documentLabel, ErrorBox, Loading, Section, useAsync } from '../ui.js';

export function ActorPage({ actorKey }: { actorKey: string }) {
  const page = useAsync((s) => api.actor(actorKey, s), [actorKey]);
  if (page.loading && !page.data) return <Loading what="Gathering what is known" />;
  if (page.error) return <ErrorBox error={page.error} />;
  const p = page.data;
  if (!p) return null;
  const { actor } = p;
  const roles = [...new Map(p.roles.map((r) => [r.text.toLowerCase(), r])).values()];
  return (
    <article class="actor">
      <h1>{actor.name}</h1>
      <p class="meta">
        <span class="badge">{actor.type}</span> {actor.mentions} mentions in {actor.documents} document{actor.documents === 1 ? '' : 's'}
      </p>
      {actor.type === 'person' ? (
        <p>
          <a class="button" href={hrefFor(['new'], { person: actor.name })}>
            Profile of {actor.name} on a topic…
          </a>
        </p>
      ) : null}
      <Section title="Also known as" id="aliases" count={actor.aliases.length}>
        {actor.aliases.length ? (
          <ul class="inline-list">
            {actor.aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">No other names found.</p>
        )}
      </Section>
      <Section title="Roles" id="roles" count={roles.length || actor.roles.length}>
        {roles.length ? (
          <ul>
            {roles.map((r, i) => (
              <li key={i}>
                {r.text} — <a href={hrefFor(['doc', r.source.id], { at: `${r.span[0]}-${r.span[1]}` })}>{documentLabel(r.source)}</a>
              </li>
            ))}
          </ul>
        ) : actor.roles.length ? (
          <ul>
            {actor.roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">No roles found.</p>
        )}
      </Section>
      <Section title="Quotes" id="quotes" count={p.quotes.length}>
        <ul class="quote-list">
          {p.quotes.map((q, i) => (
            <li key={i}>
              <blockquote>{q.text}</blockquote>
              <p class="cite">
                <a href={hrefFor(['doc', q.source.id], { at: `${q.span[0]}-${q.span[1]}` })}>{documentLabel(q.source)}</a>
                {q.date ? (
                  <>
                    {', '}
                    <DateText date={q.date} />
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Actions and events, in time order" id="actions" count={p.events.length}>
        <ol class="timeline">
          {p.events.map((e, i) => (
            <li key={i}>
              <span class="when">{e.date ? <DateText date={e.date} /> : <span class="muted">undated</span>}</span>{' '}
              <strong>{e.category}</strong>
              {e.role === 'target' ? <span class="muted"> (as target{e.actor ? ` of ${e.actor}` : ''})</span> : null}: {e.text}{' '}
              <a href={hrefFor(['doc', e.source.id], { at: `${e.span[0]}-${e.span[1]}` })} class="source-link">
                source
              </a>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Documents" id="actor-docs" count={p.documents.length}>
        <ul>
          {p.documents.map((d) => (
            <li key={d.id}>
              <a href={hrefFor(['doc', d.id])}>{documentLabel(d)}</a>{' '}
              <span class="muted">
                {d.published ? <DateText date={d.published} /> : null} {d.mentions} mention{d.mentions === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
