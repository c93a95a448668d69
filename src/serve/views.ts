// Read-side views the web app needs beyond the cli.md shapes: corpus figures, one actor's page, the actor graph.
// Built from the Store interface only, so they work on SQLite and PostgreSQL alike.
import type { ActorSummary, DocumentKind, QuoteRecord } from '../model/index.js';
import { DOCUMENT_KINDS } from '../model/index.js';
import { byDate, entitiesJson, eventJson, quoteJson } from '../query/index.js';
import type { Sourced, Store } from '../store/store.js';

/** Speech that counts as someone's words: not scare quotes, not repeated pull quotes. */
const isSpeech = (q: QuoteRecord) => q.kind !== 'term' && q.repeatOf === null;

/** Corpus figures for the home page: counts and the actors cited in the most documents. */
export async function statsJson(store: Store, top = 12) {
  const [docs, actors, quotes, events] = await Promise.all([
    store.listDocuments(),
    entitiesJson(store),
    store.quotes(),
    store.events(),
  ]);
  const kinds = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, 0])) as Record<DocumentKind, number>;
  for (const d of docs) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const dated = docs.map((d) => d.published).filter((p): p is string => !!p).sort();
  return {
    documents: docs.length,
    kinds,
    actors: actors.length,
    quotes: quotes.filter((q) => isSpeech(q.record)).length,
    events: events.length,
    span: dated.length ? { from: dated[0], to: dated[dated.length - 1] } : null,
    topActors: [...actors]
      .filter((a) => a.type !== 'place')
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, top),
  };
}

const source = (r: Sourced<unknown>) => ({ id: r.document.id, path: r.document.path, title: r.document.title });

/** One actor by its global key: who it is, what it said, what it did or had done to it, where it appears. */
export async function actorJson(store: Store, key: string) {
  const all = await store.actors();
  const actor = all.find((a) => a.key === key);
  if (!actor) return null;
  const names = new Map(all.map((a) => [a.key, a.name]));
  const [mentions, quotes, events] = await Promise.all([
    store.actorMentions(key),
    store.quotes({ speakerKey: key }),
    store.events(),
  ]);
  const roles = mentions.flatMap((m) => m.record.roles.map((r) => ({ text: r.text, span: r.span, source: source(m) })));
  const involved = events.filter((e) => e.record.actorKey === key || e.record.targetKey === key);
  return {
    actor: summary(actor),
    roles,
    documents: mentions.map((m) => ({
      ...source(m),
      published: m.document.published,
      mentions: m.record.mentions.length,
    })),
    quotes: quotes
      .filter((q) => isSpeech(q.record))
      .map((q) => quoteJson(q.record, source(q), names)),
    events: byDate(
      involved.map((e) => ({
        ...eventJson(e.record, source(e), names),
        role: e.record.actorKey === key ? ('actor' as const) : ('target' as const),
      })),
    ),
  };
}

function summary(a: ActorSummary) {
  return { name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions, documents: a.documents, roles: a.roles, key: a.key };
}

export interface GraphJson {
  nodes: { id: string; name: string; type: string; mentions: number; documents: number }[];
  edges: { source: string; target: string; weight: number; relations: string[] }[];
}

/**
 * Actors as nodes; an edge where two actors meet in one sentence (co-mention) or one acts on the other
 * (an event's actor and target, labelled with its category). Only the `limit` most-cited actors are drawn,
 * so the graph stays readable on a large corpus.
 */
export async function graphJson(store: Store, limit = 60): Promise<GraphJson> {
  const actors = (await store.actors())
    .filter((a) => a.type !== 'place')
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions)
    .slice(0, limit);
  const keep = new Set(actors.map((a) => a.key));
  const edges = new Map<string, { source: string; target: string; weight: number; relations: Set<string> }>();
  const link = (a: string, b: string, relation?: string) => {
    if (a === b || !keep.has(a) || !keep.has(b)) return;
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `${s}\u0000${t}`;
    const edge = edges.get(id) ?? { source: s, target: t, weight: 0, relations: new Set<string>() };
    edge.weight++;
    if (relation) edge.relations.add(relation);
    edges.set(id, edge);
  };
  for (const doc of await store.listDocuments()) {
    const x = await store.getExtraction(doc.id);
    const bySentence = new Map<number, Set<string>>();
    for (const e of x.entities)
      for (const m of e.mentions) {
        const set = bySentence.get(m.sentence) ?? new Set<string>();
        set.add(e.key);
        bySentence.set(m.sentence, set);
      }
    for (const keys of bySentence.values()) {
      const list = [...keys];
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) link(list[i], list[j]);
    }
    for (const e of x.events) if (e.actorKey && e.targetKey) link(e.actorKey, e.targetKey, e.category);
  }
  return {
    nodes: actors.map((a) => ({ id: a.key, name: a.name, type: a.type, mentions: a.mentions, documents: a.documents })),
    edges: [...edges.values()].map((e) => ({ ...e, relations: [...e.relations].sort() })),
  };
}
