// The timeline: every event, oldest first (undated last), filterable by actor and category, grouped by year.
import { useState } from 'preact/hooks';
import { api, type EventItem } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { DateText, documentLabel, ErrorBox, Loading, useAsync } from '../ui.js';

const yearOf = (e: EventItem) => e.date?.value.slice(0, 4) ?? 'Undated';

export function Timeline({ actor, category, undated }: { actor: string; category: string; undated: boolean }) {
  const all = useAsync((s) => api.events(undefined, undefined, s), []);
  const events = useAsync((s) => api.events(actor || undefined, category || undefined, s), [actor, category]);
  const [who, setWho] = useState(actor);
  const categories = [...new Set((all.data ?? []).map((e) => e.category))].sort();
  const groups = new Map<string, EventItem[]>();
  const undatedCount = (events.data ?? []).filter((e) => !e.date).length;
  for (const e of events.data ?? []) if (e.date || undated) groups.set(yearOf(e), [...(groups.get(yearOf(e)) ?? []), e]);
  const go = (over: Record<string, string | undefined>) =>
    navigate(['timeline'], { actor: who.trim(), category, undated: undated ? '1' : undefined, ...over });
  return (
    <div>
      <h1>Timeline</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          go({});
        }}
      >
        <label>
          Actor{' '}
          <input type="text" value={who} maxLength={200} placeholder="any" onInput={(e) => setWho((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Category{' '}
          <select value={category} onChange={(e) => go({ category: (e.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={undated} onChange={() => go({ undated: undated ? undefined : '1' })} /> include undated ({undatedCount})
        </label>
        <button type="submit">Filter</button>
      </form>
      {events.loading ? <Loading /> : null}
      {events.error ? <ErrorBox error={events.error} /> : null}
      {events.data && !events.data.length ? <p class="muted">No events{actor || category ? ' match' : ' yet'}.</p> : null}
      {[...groups.entries()].map(([year, list]) => (
        <section key={year} class="year">
          <h2>{year}</h2>
          <ol class="timeline">
            {list.map((e, i) => (
              <li key={i}>
                <span class="when">{e.date ? <DateText date={e.date} /> : <span class="muted">undated</span>}</span>{' '}
                <strong>{e.category}</strong>
                {e.actor ? <span> — {e.actor}</span> : null}
                {e.target ? <span class="muted"> → {e.target}</span> : null}: {e.text}{' '}
                <a class="source-link" href={hrefFor(['doc', e.source.id], { at: `${e.span[0]}-${e.span[1]}` })}>
                  {documentLabel(e.source)}
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
