// The read side: the JSON shapes of cli.md, built from the store. The CLI and the HTTP API both use these,
// so `onrecord quotes --json` and `GET /api/quotes` return the same thing.
import type { ActorSummary, DateValue, DocumentKind, EventRecord, QuoteRecord } from '../model/index.js';
import type { Store } from '../store/store.js';

export interface QuoteJson {
  text: string;
  speaker: string | null;
  source: { id: string; path: string | null; title: string | null };
  span: [number, number];
  kind: QuoteRecord['kind'];
  cue: string | null;
  date: DateValue | null;
}

export interface EventJson {
  category: string;
  actor: string | null;
  target: string | null;
  text: string;
  date: DateValue | null;
  source: { id: string; path: string | null; title: string | null };
  span: [number, number];
  trigger: string;
  place: string | null;
  polarity: EventRecord['polarity'];
  modality: EventRecord['modality'];
}

export async function documentsJson(store: Store) {
  return (await store.listDocuments()).map((d) => ({
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    published: d.published,
    precision: d.precision,
    path: d.path,
    url: d.url,
    kind: d.kind as DocumentKind,
    language: d.language,
    sentences: d.sentences,
    byline: d.byline,
    duplicateOf: d.duplicateOf,
  }));
}

export async function showJson(store: Store, id: string, known?: ActorNames) {
  const doc = await resolveDocument(store, id);
  if (!doc) return null;
  const x = await store.getExtraction(doc.id);
  const names = known ?? (await actorNames(store));
  const source = { id: doc.id, path: doc.path, title: doc.title };
  return {
    id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    published: doc.published?.value ?? null,
    precision: doc.published?.precision ?? null,
    path: doc.path,
    url: doc.url,
    kind: doc.kind,
    language: doc.language,
    duplicateOf: doc.duplicateOf,
    similarity: doc.similarity,
    text: doc.text,
    removed: doc.removed,
    paragraphs: doc.paragraphs.map((p) => p.span),
    sentences: doc.sentences.map((s) => ({ span: s.span, paragraph: s.paragraph, repeatOf: s.repeatOf })),
    entities: x.entities.map((e) => ({
      name: named(names, e.key, e.name),
      type: e.type,
      key: e.key,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.map((m) => ({ span: m.span, text: m.text, via: m.via })),
    })),
    quotes: x.quotes.map((q) => quoteJson(q, source, names)),
    statements: x.statements.map((s) => ({ speaker: s.speaker, cue: s.cue, text: s.text, span: s.span, date: s.date })),
    events: x.events.map((e) => eventJson(e, source, names)),
    operations: x.operations,
    dates: x.dates,
  };
}

/** A document by full id, or by a unique id prefix (ids are long; people type the first few characters). */
export async function resolveDocument(store: Store, id: string) {
  const exact = await store.getDocument(id);
  if (exact || id.length < 4) return exact;
  const matches = (await store.listDocuments()).filter((d) => d.id.startsWith(id));
  return matches.length === 1 ? store.getDocument(matches[0].id) : null;
}

export async function searchJson(store: Store, query: string, limit = 20) {
  return (await store.search(query, limit)).map((h) => ({
    document: h.document,
    span: h.span,
    snippet: h.snippet,
    text: h.text,
    score: h.score,
  }));
}

export async function entitiesJson(store: Store, type?: string) {
  return (await store.actors(type ? { type: type as ActorSummary['type'] } : {})).map((a) => ({
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    mentions: a.mentions,
    documents: a.documents,
    roles: a.roles,
    key: a.key,
  }));
}

/** Finds the actors a user means by a name: exact name or alias first, then a name containing the words. */
export async function matchActors(store: Store, name: string, type?: ActorSummary['type']): Promise<ActorSummary[]> {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return [];
  const all = await store.findActors([wanted, ...wanted.split(/\s+/)]);
  const pool = type ? all.filter((a) => a.type === type) : all;
  const exact = pool.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === wanted));
  if (exact.length) return withNamesakeBodies(store, exact);
  const words = wanted.split(/\s+/);
  return pool.filter((a) => words.every((w) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(w))));
}

/**
 * Adds the bodies stored under a second key that share a name with one already found: a corpus can file 'DNC' and
 * 'Democratic National Committee' apart until a later document ties the two names, and a user asking for either
 * means both. People are left out: two people who share a name are often two people.
 */
async function withNamesakeBodies(store: Store, found: ActorSummary[]): Promise<ActorSummary[]> {
  const namesOf = (a: ActorSummary) => [a.name, ...a.aliases].map((n) => n.toLowerCase());
  const bodies = found.filter((a) => a.type !== 'person');
  if (!bodies.length) return found;
  const keys = new Set(found.map((a) => a.key));
  const more = (await store.findActors(bodies.flatMap(namesOf))).filter((b) => {
    if (keys.has(b.key)) return false;
    const theirs = new Set(namesOf(b));
    return bodies.some((a) => a.type === b.type && namesOf(a).some((n) => theirs.has(n)));
  });
  return more.length ? [...found, ...more] : found;
}

export async function quotesJson(store: Store, opts: { speaker?: string; all?: boolean } = {}): Promise<QuoteJson[]> {
  let rows;
  if (opts.speaker) {
    const actors = await matchActors(store, opts.speaker);
    rows = (await Promise.all(actors.map((a) => store.quotes({ speakerKey: a.key })))).flat();
  } else rows = await store.quotes();
  const names = await actorNames(store);
  return rows
    .filter((r) => opts.all || (r.record.kind !== 'term' && r.record.repeatOf === null))
    .map((r) => quoteJson(r.record, { id: r.document.id, path: r.document.path, title: r.document.title }, names));
}

/** Current corpus-wide names by actor key: a record stored early may carry a shorter name the corpus has since outgrown. */
export type ActorNames = Map<string, string>;

export async function actorNames(store: Store): Promise<ActorNames> {
  return new Map((await store.actors()).map((a) => [a.key, a.name]));
}

const named = (names: ActorNames | undefined, key: string | null, name: string | null) => (key && names?.get(key)) ?? name;

export function quoteJson(q: QuoteRecord, source: QuoteJson['source'], names?: ActorNames): QuoteJson {
  return { text: q.text, speaker: named(names, q.speakerKey, q.speaker), source, span: q.span, kind: q.kind, cue: q.cue, date: q.date };
}

export function eventJson(e: EventRecord, source: EventJson['source'], names?: ActorNames): EventJson {
  return {
    category: e.category,
    actor: named(names, e.actorKey, e.actor),
    target: named(names, e.targetKey, e.target),
    text: e.text,
    date: e.date,
    source,
    span: e.span,
    trigger: e.trigger,
    place: e.place,
    polarity: e.polarity,
    modality: e.modality,
  };
}

/** Events, optionally for an actor (as actor or target) and a category, oldest first (undated last). */
export async function eventsJson(store: Store, opts: { actor?: string; category?: string } = {}): Promise<EventJson[]> {
  let rows;
  if (opts.actor) {
    const actors = await matchActors(store, opts.actor);
    const keys = new Set(actors.map((a) => a.key));
    rows = (await store.events({ category: opts.category })).filter(
      (r) => keys.has(r.record.actorKey ?? '') || keys.has(r.record.targetKey ?? ''),
    );
  } else rows = await store.events({ category: opts.category });
  const names = await actorNames(store);
  return byDate(rows.map((r) => eventJson(r.record, { id: r.document.id, path: r.document.path, title: r.document.title }, names)));
}

/** Oldest first, undated last, otherwise in the order given (a stable timeline). */
export function byDate<T extends { date: { value: string } | null }>(items: T[]): T[] {
  return items
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const da = a.e.date?.value ?? '\uffff';
      const db = b.e.date?.value ?? '\uffff';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.e);
}

/** One JSON object per document: metadata, cleaned text, removed noise and everything extracted. */
export async function* exportJsonl(store: Store): AsyncGenerator<string> {
  const names = await actorNames(store);
  for (const d of await store.listDocuments()) {
    const shown = await showJson(store, d.id, names);
    if (shown) yield JSON.stringify(shown);
  }
}
