// Small pieces shared by the pages. Untrusted text (anything from a document) is only ever passed as a child
// string, which Preact turns into a text node; nothing here uses innerHTML.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type DateValue, type Kind } from './api.js';
import { formatDate as formatIsoDate, safeHref, snippetParts } from './text.js';

export { safeHref };

export const KIND_LABELS: Record<Kind, string> = {
  news: 'News',
  official: 'Official government source',
  'state-media': 'State-controlled media',
  analysis: 'Analysis',
  profile: 'Profile',
  other: 'Other source',
};

export function KindBadge({ kind }: { kind: Kind }) {
  const label = KIND_LABELS[kind] ?? String(kind);
  return (
    <span class={`badge kind-${kind in KIND_LABELS ? kind : 'other'}`} title={`Source kind: ${label}`}>
      {kind === 'state-media' ? '⚠ ' : ''}
      {label}
    </span>
  );
}

export function ExternalLink({ url, children }: { url: string | null; children?: ComponentChildren }) {
  const href = safeHref(url);
  if (!href) return url ? <span class="url-text">{url}</span> : null;
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children ?? href}
    </a>
  );
}

/** A search snippet: the API's <mark> tags become <mark> elements, everything else stays text. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span class="snippet">
      {snippetParts(snippet).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}
    </span>
  );
}

export function formatDate(d: DateValue | string | null | undefined): string {
  if (!d) return '';
  return formatIsoDate(typeof d === 'string' ? d : d.value);
}

export function DateText({ date }: { date: DateValue | string | null | undefined }) {
  if (!date) return null;
  const value = typeof date === 'string' ? date : date.value;
  const precision = typeof date === 'string' ? undefined : date.precision;
  return (
    <time dateTime={value} title={precision ? `precision: ${precision}` : undefined}>
      {formatDate(date)}
    </time>
  );
}

/** What to call a document when it has no title. */
export function documentLabel(d: { title: string | null; path: string | null; id: string }): string {
  if (d.title) return d.title;
  if (d.path) return d.path.split(/[\\/]/).pop() || d.path;
  return `Document ${d.id.slice(0, 8)}`;
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  const message = error instanceof ApiError ? error.body.error ?? error.message : String((error as any)?.message ?? error);
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}

export interface Async<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/** Runs a fetch when its dependencies change; an older answer never overwrites a newer one. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, error: null, loading: false }),
      (error) => !ctl.signal.aborted && setState({ data: null, error, loading: false }),
    );
    return () => ctl.abort();
  }, deps);
  return state;
}

export function Section({ title, id, children, count }: { title: string; id?: string; count?: number; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>
        {title}
        {count !== undefined ? <span class="count"> ({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}
