// The JSON API as the app sees it (shapes of cli.md plus the app's views). Every string here may come from an
// untrusted document: the app renders them as text nodes only.

// Records the API shares with the rest of onrecord come from its model (types only: nothing is bundled).
import type { Citation, DateValue, DocumentKind as Kind, Profile, ProfileSource, Span } from '../../model/index.js';

export type { Citation, DateValue, Kind, Profile, ProfileSource, Span };

export interface SourceRef {
  id: string;
  path: string | null;
  title: string | null;
}

export interface DocumentListItem {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  path: string | null;
  url: string | null;
  kind: Kind;
  language: string | null;
  sentences: number;
  duplicateOf: string | null;
}

export interface Quote {
  text: string;
  speaker: string | null;
  source: SourceRef;
  span: Span;
  kind?: string;
  cue?: string | null;
  date: DateValue | null;
}

export interface EventItem {
  category: string;
  actor: string | null;
  target: string | null;
  text: string;
  date: DateValue | null;
  source: SourceRef;
  span: Span;
  trigger?: string;
  place?: string | null;
  polarity?: string;
  modality?: string;
  role?: 'actor' | 'target';
}

export interface DocumentFull {
  id: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  precision: string | null;
  path: string | null;
  url: string | null;
  kind: Kind;
  language: string | null;
  duplicateOf: string | null;
  similarity: number | null;
  text: string;
  removed: { text: string; reason: string }[];
  paragraphs: Span[];
  entities: { name: string; type: string; key: string; aliases: string[]; roles: { text: string; span: Span }[]; mentions: { span: Span; text: string; via: string }[] }[];
  quotes: Quote[];
  events: EventItem[];
}

export interface SearchHit {
  document: { id: string; title: string | null; path: string | null; kind: Kind };
  span: Span;
  snippet: string;
  text: string;
  score: number;
}

export interface Actor {
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  documents: number;
  roles: string[];
  key: string;
}

export interface Stats {
  documents: number;
  kinds: Record<Kind, number>;
  actors: number;
  quotes: number;
  events: number;
  span: { from: string; to: string } | null;
  topActors: Actor[];
}

export interface ActorPage {
  actor: Actor;
  roles: { text: string; span: Span; source: SourceRef }[];
  documents: (SourceRef & { published: string | null; mentions: number })[];
  quotes: Quote[];
  events: EventItem[];
}

export interface Graph {
  nodes: { id: string; name: string; type: string; mentions: number; documents: number }[];
  edges: { source: string; target: string; weight: number; relations: string[] }[];
}

/** An answer that was not 2xx; `body` is the API's JSON (`{ error, candidates?, suggestions? }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; candidates?: string[]; suggestions?: string[] },
  ) {
    super(body.error ?? `HTTP ${status}`);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  let body: any = null;
  try {
    body = await res.json();
  } catch {
    body = { error: `unexpected answer (HTTP ${res.status})` };
  }
  if (!res.ok) throw new ApiError(res.status, body ?? {});
  return body as T;
}

const q = (params: Record<string, string | number | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

const documentCache = new Map<string, Promise<DocumentFull>>();

export const api = {
  stats: (s?: AbortSignal) => getJson<Stats>('/api/stats', s),
  documents: (s?: AbortSignal) => getJson<DocumentListItem[]>('/api/documents', s),
  /** Documents are immutable once stored (their id is their content hash), so one fetch per page view suffices. */
  document: (id: string) => {
    let p = documentCache.get(id);
    if (!p) {
      p = getJson<DocumentFull>(`/api/documents/${encodeURIComponent(id)}`);
      p.catch(() => documentCache.delete(id));
      documentCache.set(id, p);
    }
    return p;
  },
  search: (query: string, limit = 30, s?: AbortSignal) => getJson<SearchHit[]>(`/api/search${q({ q: query, limit })}`, s),
  entities: (type?: string, s?: AbortSignal) => getJson<Actor[]>(`/api/entities${q({ type })}`, s),
  actor: (key: string, s?: AbortSignal) => getJson<ActorPage>(`/api/actors/${encodeURIComponent(key)}`, s),
  events: (actor?: string, category?: string, s?: AbortSignal) => getJson<EventItem[]>(`/api/events${q({ actor, category })}`, s),
  profile: (person: string, topic: string, s?: AbortSignal) => getJson<Profile>(`/api/profile${q({ person, topic })}`, s),
  graph: (limit = 60, s?: AbortSignal) => getJson<Graph>(`/api/graph${q({ limit })}`, s),
};
