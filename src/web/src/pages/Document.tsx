// One document: its metadata and source kind, the cleaned text with quotes, actors and events highlighted,
// what cleaning removed (on demand), and lists of everything extracted.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type DocumentFull, type Span } from '../api.js';
import { HighlightedText, paragraphsOf, type Layer } from '../highlight.js';
import { hrefFor } from '../router.js';
import { DateText, documentLabel, ErrorBox, ExternalLink, KindBadge, Loading, Section, useAsync } from '../ui.js';

type LayerName = 'quotes' | 'actors' | 'events';

export function parseAt(at: string | null): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '');
  return m && Number(m[2]) > Number(m[1]) ? [Number(m[1]), Number(m[2])] : null;
}

function layersOf(doc: DocumentFull, shown: Record<LayerName, boolean>, target: Span | null): Layer[] {
  const layers: Layer[] = [];
  if (shown.events)
    for (const e of doc.events) layers.push({ span: e.span, cls: 'hl-event', label: `Event: ${e.category}${e.actor ? ` by ${e.actor}` : ''}` });
  if (shown.actors)
    for (const a of doc.entities)
      for (const m of a.mentions) layers.push({ span: m.span, cls: `hl-actor`, label: `${a.name} (${a.type})` });
  if (shown.quotes)
    for (const q of doc.quotes) layers.push({ span: q.span, cls: 'hl-quote', label: `Quote${q.speaker ? ` by ${q.speaker}` : ' (speaker unknown)'}` });
  if (target) layers.push({ span: target, cls: 'hl-target', label: 'The passage you followed' });
  return layers;
}

export function DocumentPage({ id, at }: { id: string; at: string | null }) {
  const doc = useAsync(() => api.document(id), [id]);
  const target = parseAt(at);
  const [shown, setShown] = useState<Record<LayerName, boolean>>({ quotes: true, actors: true, events: true });
  const layers = useMemo(() => (doc.data ? layersOf(doc.data, shown, target) : []), [doc.data, shown, at]);

  useEffect(() => {
    if (!doc.data || !target) return;
    document.querySelector('.doc-text .hl-target')?.scrollIntoView({ block: 'center' });
  }, [doc.data, at]);

  if (doc.loading && !doc.data) return <Loading what="Opening the document" />;
  if (doc.error) return <ErrorBox error={doc.error} />;
  const d = doc.data;
  if (!d) return null;
  return (
    <article class="document">
      <header>
        <h1>{documentLabel(d)}</h1>
        <p class="meta">
          <KindBadge kind={d.kind} />
          {d.outlet ? <span> {d.outlet}</span> : null}
          {d.published ? (
            <span>
              {' · '}
              <DateText date={d.precision ? { value: d.published, precision: d.precision as 'day' } : d.published} />
            </span>
          ) : null}
          {d.byline ? <span> · {d.byline}</span> : null}
          {d.language ? <span class="muted"> · language: {d.language}</span> : null}
        </p>
        {d.kind === 'state-media' ? (
          <p class="warning" role="note">
            This source is state-controlled media. Weigh its claims accordingly.
          </p>
        ) : null}
        {d.url ? (
          <p class="muted">
            Source: <ExternalLink url={d.url} />
          </p>
        ) : null}
        {d.path ? <p class="muted">File: {d.path}</p> : null}
        {d.duplicateOf ? (
          <p class="muted">
            Near-duplicate of <a href={hrefFor(['doc', d.duplicateOf])}>{d.duplicateOf}</a>
            {d.similarity ? ` (similarity ${d.similarity.toFixed(2)})` : ''}.
          </p>
        ) : null}
      </header>

      <fieldset class="layers">
        <legend>Highlight</legend>
        {(['quotes', 'actors', 'events'] as LayerName[]).map((name) => (
          <label key={name} class={`toggle toggle-${name}`}>
            <input type="checkbox" checked={shown[name]} onChange={() => setShown({ ...shown, [name]: !shown[name] })} />{' '}
            {name} ({name === 'quotes' ? d.quotes.length : name === 'actors' ? d.entities.length : d.events.length})
          </label>
        ))}
      </fieldset>

      <div class="doc-text">
        {paragraphsOf(d.text, d.paragraphs).map(([start, end]) => (
          <p key={start}>
            <HighlightedText text={d.text} from={start} to={end} layers={layers} />
          </p>
        ))}
      </div>

      <details class="removed">
        <summary>Removed as noise ({d.removed.length})</summary>
        {d.removed.length ? (
          <ul>
            {d.removed.map((r, i) => (
              <li key={i}>
                <span class="reason">{r.reason}</span>: <span class="removed-text">{r.text}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Nothing was removed from this document.</p>
        )}
      </details>

      <Section title="Quotes" id="doc-quotes" count={d.quotes.length}>
        <ul class="quote-list">
          {d.quotes.map((q, i) => (
            <li key={i}>
              <q>{q.text}</q> — {q.speaker ?? <span class="muted">speaker unknown</span>}
              {q.date ? (
                <span class="muted">
                  {' '}
                  (<DateText date={q.date} />)
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Actors" id="doc-actors" count={d.entities.length}>
        <ul class="inline-list">
          {d.entities.map((a) => (
            <li key={a.key}>
              <a href={hrefFor(['actor', a.key])}>{a.name}</a> <span class="muted">({a.type}, {a.mentions.length})</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Events" id="doc-events" count={d.events.length}>
        <ul>
          {d.events.map((e, i) => (
            <li key={i}>
              <strong>{e.category}</strong>
              {e.date ? (
                <>
                  {' '}
                  (<DateText date={e.date} />)
                </>
              ) : null}
              : {e.text}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
