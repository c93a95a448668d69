// A profile laid out like the model profile (profile.md): Title, Summary, Context, Actions Taken, Key Quotes,
// Criticism, Timeline, Related actors, Disputed points, Sources. Every [n] opens the cited passage: the slice
// of the stored document at the citation's span, with a little context, fetched from /api/documents/:id.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { api, ApiError, type Citation, type DateValue, type Profile, type ProfileSource } from '../api.js';
import { hrefFor } from '../router.js';
import { DateText, documentLabel, ErrorBox, ExternalLink, KindBadge, Loading, useAsync } from '../ui.js';

const CONTEXT_CHARS = 160;

export function topicLabel(topic: Profile['topic']): string {
  return typeof topic === 'string' ? topic : topic.label;
}

/** The cited passage: the span in <mark>, with the text around it cut at word boundaries. */
function Passage({ id, citation, source }: { id: string; citation: Citation; source: ProfileSource | undefined }) {
  const doc = useAsync(() => (source ? api.document(source.id) : Promise.reject(new Error('the cited source is missing'))), [source?.id]);
  const [start, end] = citation.span;
  let body: ComponentChildren;
  if (doc.loading) body = <Loading what="Fetching the passage" />;
  else if (doc.error || !doc.data) body = <ErrorBox error={doc.error} />;
  else {
    const text = doc.data.text;
    let from = Math.max(0, start - CONTEXT_CHARS);
    let to = Math.min(text.length, end + CONTEXT_CHARS);
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
    body = (
      <p class="passage-text">
        {from > 0 ? '…' : ''}
        {text.slice(from, start)}
        <mark class="cited">{text.slice(start, end)}</mark>
        {text.slice(end, to)}
        {to < text.length ? '…' : ''}
      </p>
    );
  }
  return (
    <div class="passage" id={id} role="note" aria-label={`Source ${citation.source}`}>
      <p class="passage-source">
        [{citation.source}] {source ? documentLabel(source) : 'unknown source'} {source ? <KindBadge kind={source.kind} /> : null}
        {source?.outlet ? <span class="muted"> {source.outlet}</span> : null}
        {source?.published ? (
          <span class="muted">
            {' · '}
            <DateText date={source.published} />
          </span>
        ) : null}
      </p>
      {body}
      {source ? (
        <p class="passage-open">
          <a href={hrefFor(['doc', source.id], { at: `${start}-${end}` })}>Open the document at this passage</a>
        </p>
      ) : null}
    </div>
  );
}

/**
 * A statement with its citations. Clicking [n] pins the passage open (click again to close); hovering or
 * focusing shows it while no other is pinned.
 */
function Cited({ children, citations, sources, as = 'p' }: { children: ComponentChildren; citations: Citation[]; sources: ProfileSource[]; as?: 'p' | 'li' }) {
  const [pinned, setPinned] = useState<number | null>(null);
  const [peek, setPeek] = useState<number | null>(null);
  const open = pinned ?? peek;
  const Tag = as;
  const passageId = useId();
  return (
    <Tag class="cited-item">
      {children}
      {citations.map((c, i) => (
        <button
          key={i}
          type="button"
          class={`citation${pinned === i ? ' pinned' : ''}`}
          aria-expanded={open === i}
          aria-label={`Show the passage from source ${c.source}`}
          aria-controls={open === i ? passageId : undefined}
          onClick={() => setPinned(pinned === i ? null : i)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setPinned(null);
              setPeek(null);
            }
          }}
          onMouseEnter={() => setPeek(i)}
          onMouseLeave={() => setPeek(null)}
          onFocus={() => setPeek(i)}
          onBlur={() => setPeek(null)}
        >
          [{c.source}]
        </button>
      ))}
      {open !== null && citations[open] ? (
        <Passage id={passageId} citation={citations[open]} source={sources.find((s) => s.n === citations[open].source)} />
      ) : null}
    </Tag>
  );
}

function ProfileSection({ title, id, empty, children, show }: { title: string; id: string; empty: string; show: boolean; children: ComponentChildren }) {
  return (
    <section class="profile-section" id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {show ? children : <p class="muted">{empty}</p>}
    </section>
  );
}

/** " (12 November 2018)" after an action or quote, when the sources date it. */
function DatedSuffix({ date }: { date: DateValue | null }) {
  return date ? <> (<DateText date={date} />)</> : null;
}

export function ProfileView({ profile: p, request }: { profile: Profile; request?: { person: string; topic: string } }) {
  const s = p.sources;
  const download = (format: 'md' | 'html') =>
    request ? `/api/profile?${new URLSearchParams({ person: request.person, topic: request.topic, format })}` : null;
  return (
    <article class="profile">
      <h1>
        {p.person.name} on {topicLabel(p.topic)}
      </h1>
      {p.person.aliases.length ? <p class="muted">Also: {p.person.aliases.join(', ')}</p> : null}
      {p.person.key ? (
        <p>
          <a href={hrefFor(['actor', p.person.key])}>Everything on record about {p.person.name}</a>
        </p>
      ) : null}
      {request ? (
        <p class="downloads">
          <a href={download('md')!} download="profile.md">
            Markdown
          </a>{' '}
          ·{' '}
          <a href={download('html')!} target="_blank" rel="noopener">
            Standalone HTML
          </a>{' '}
          ·{' '}
          <a href={`/api/profile?${new URLSearchParams({ person: request.person, topic: request.topic })}`} target="_blank" rel="noopener">
            JSON
          </a>
        </p>
      ) : null}
      <ProfileSection title="Summary" id="summary" show={p.summary.length > 0} empty="The sources say too little for a summary.">
        {p.summary.map((x, i) => (
          <Cited key={i} citations={x.citations} sources={s}>
            {x.text}{' '}
          </Cited>
        ))}
      </ProfileSection>
      <ProfileSection title="Context" id="context" show={p.context.length > 0} empty="No context found in the sources.">
        {p.context.map((x, i) => (
          <Cited key={i} citations={x.citations} sources={s}>
            {x.text}{' '}
          </Cited>
        ))}
      </ProfileSection>
      <ProfileSection title="Actions Taken" id="actions" show={p.actions.length > 0} empty="No actions found in the sources.">
        <ul>
          {p.actions.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              <strong class="category">{x.category}:</strong> {x.text}
              <DatedSuffix date={x.date} />{' '}
            </Cited>
          ))}
        </ul>
      </ProfileSection>
      <ProfileSection title="Key Quotes" id="quotes" show={p.quotes.length > 0} empty="No quotes by this person on this topic.">
        <ul class="quote-list">
          {p.quotes.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              <q>{x.text}</q>
              <DatedSuffix date={x.date} />{' '}
            </Cited>
          ))}
        </ul>
      </ProfileSection>
      <ProfileSection title="Criticism" id="criticism" show={p.criticism.length > 0} empty="No criticism found in the sources.">
        <ul>
          {p.criticism.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              {x.critic ? <strong>{x.critic}: </strong> : null}
              {x.text}{' '}
            </Cited>
          ))}
        </ul>
      </ProfileSection>
      <ProfileSection title="Timeline" id="timeline" show={p.timeline.length > 0} empty="No dated events.">
        <ol class="timeline">
          {p.timeline.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              <span class="when">
                <DateText date={x.date} />
              </span>{' '}
              {x.text}{' '}
            </Cited>
          ))}
        </ol>
      </ProfileSection>
      <ProfileSection title="Related actors" id="related" show={p.related.length > 0} empty="No related actors found.">
        <ul>
          {p.related.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              <a href={hrefFor(['search'], { q: `"${x.name.replace(/"/g, '')}"` })}>
                <strong>{x.name}</strong>
              </a>{' '}
              <span class="muted">({x.type})</span> — {x.relation}{' '}
            </Cited>
          ))}
        </ul>
      </ProfileSection>
      <ProfileSection title="Disputed points" id="disputed" show={p.disputed.length > 0} empty="The sources do not disagree on anything found.">
        <ul>
          {p.disputed.map((x, i) => (
            <Cited key={i} as="li" citations={x.citations} sources={s}>
              {x.text}{' '}
            </Cited>
          ))}
        </ul>
      </ProfileSection>
      <section class="profile-section" id="sources" aria-labelledby="sources-h">
        <h2 id="sources-h">
          Sources <span class="count">{p.sources.length}</span>
        </h2>
        <ol class="sources">
          {p.sources.map((src) => (
            <li key={src.n} value={src.n} id={`source-${src.n}`}>
              <a href={hrefFor(['doc', src.id])}>{documentLabel(src)}</a> <KindBadge kind={src.kind} />
              {src.outlet ? <span> {src.outlet}</span> : null}
              {src.published ? (
                <span class="muted">
                  {' · '}
                  <DateText date={src.published} />
                </span>
              ) : null}
              {src.url ? (
                <span class="muted">
                  {' · '}
                  <ExternalLink url={src.url} />
                </span>
              ) : src.path ? (
                <span class="muted"> · {src.path}</span>
              ) : null}
            </li>
          ))}
        </ol>
        <p class="muted">This is not an exhaustive list of sources.</p>
      </section>
    </article>
  );
}

export function ProfilePage({ person, topic }: { person: string; topic: string }) {
  const result = useAsync((s) => api.profile(person, topic, s), [person, topic]);
  if (!person || !topic) return <NewProfileHint />;
  if (result.loading && !result.data) return <Loading what={`Writing the profile of ${person} on ${topic}`} />;
  if (result.error) {
    const e = result.error;
    const names = e instanceof ApiError ? (e.status === 409 ? e.body.candidates : e.body.suggestions) ?? [] : [];
    return (
      <div>
        <h1>
          {person} on {topic}
        </h1>
        <ErrorBox error={e} />
        {names.length ? (
          <>
            <p>{e instanceof ApiError && e.status === 409 ? 'Which one do you mean?' : 'Did you mean:'}</p>
            <ul>
              {names.map((n) => (
                <li key={n}>
                  <a href={hrefFor(['profile'], { person: n, topic })}>{n}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <a href={hrefFor(['new'], { person, topic })}>Ask for another profile</a>
        </p>
      </div>
    );
  }
  return result.data ? <ProfileView profile={result.data} request={{ person, topic }} /> : null;
}

function NewProfileHint() {
  return (
    <p>
      Name a person and a topic: <a href={hrefFor(['new'])}>new profile</a>.
    </p>
  );
}
