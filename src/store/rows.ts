// Mapping between database rows and records, shared by the SQLite and PostgreSQL stores.
import type { ActorSummary, DocumentRecord, DocumentSummary, EntityRecord } from '../model/index.js';
import { hasGenerationalSuffix, nameWords, surnameOf } from '../model/index.js';

export interface DocumentRow {
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  precision: 'day' | 'month' | 'year' | null;
  published_source?: string | null;
  language: string | null;
  kind: DocumentRecord['kind'];
  text: string;
  raw: string;
  raw_hash: string;
  content_hash: string;
  removed: string;
  paragraphs: string;
  duplicate_of: string | null;
  similarity: number | null;
  ingested_at: string | Date;
  sentences?: number | string;
}

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : (v as T));

export function rowToSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    precision: r.precision,
    path: r.path,
    url: r.url,
    kind: r.kind,
    language: r.language,
    sentences: Number(r.sentences ?? 0),
    byline: r.byline,
    duplicateOf: r.duplicate_of,
  };
}

export function rowToDocument(
  r: DocumentRow,
  sentences: { idx: number; paragraph: number; start: number; end: number; repeat_of: number | null }[],
): DocumentRecord {
  return {
    id: r.id,
    path: r.path,
    url: r.url,
    title: r.title,
    outlet: r.outlet,
    byline: r.byline,
    published: r.published && r.precision ? { value: r.published, precision: r.precision, source: r.published_source ?? undefined } : null,
    language: r.language,
    kind: r.kind,
    text: r.text,
    raw: r.raw,
    rawHash: r.raw_hash,
    contentHash: r.content_hash,
    removed: parse(r.removed),
    paragraphs: parse(r.paragraphs),
    sentences: sentences.map((s) => ({
      index: Number(s.idx),
      paragraph: Number(s.paragraph),
      span: [Number(s.start), Number(s.end)],
      repeatOf: s.repeat_of === null ? null : Number(s.repeat_of),
    })),
    duplicateOf: r.duplicate_of,
    similarity: r.similarity === null ? null : Number(r.similarity),
    ingestedAt: r.ingested_at instanceof Date ? r.ingested_at.toISOString() : r.ingested_at,
  };
}

const stripped = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');
const diacritics = (s: string) => s.normalize('NFKD').length - stripped(s).length;

/**
 * The name an actor goes by across the corpus: the longest seen is usually the fullest ("Emmanuel Macron" over
 * "Macron"), but a person's full name without a generational suffix wins over one with it ("Joe Biden" over "Joseph
 * R. Biden Jr.", one paper's house style): it is the common form, and it ends in the surname.
 */
export function corpusName(known: string, next: string, type: ActorSummary['type']): string {
  // "Felipe Calderón" over "Felipe Calderon": the same name, with the letters its bearer writes.
  const kd = diacritics(known);
  const nd = diacritics(next);
  if (kd !== nd && stripped(known) === stripped(next)) return nd > kd ? next : known;
  if (type === 'person') {
    const suffixed = hasGenerationalSuffix(known);
    if (suffixed !== hasGenerationalSuffix(next)) {
      const plain = suffixed ? next : known;
      if (nameWords(plain).length > 1) return plain;
    }
  }
  return known.length >= next.length ? known : next;
}

/**
 * Folds one document's entity into the corpus-wide actor: aliases and roles unite, counts add up. `sameDocument`:
 * the document already had an entity under this key (two local names that linking joined), so the document is not
 * counted twice.
 */
export function mergeActor(prev: ActorSummary | null, e: EntityRecord, sameDocument = false): ActorSummary {
  const aliases = new Set(prev?.aliases ?? []);
  for (const a of [e.name, ...e.aliases]) aliases.add(a);
  const roles = new Set(prev?.roles ?? []);
  for (const r of e.roles) roles.add(r.text);
  const name = prev ? corpusName(prev.name, e.name, prev.type) : e.name;
  aliases.delete(name);
  return {
    key: e.key,
    name,
    type: prev?.type ?? e.type,
    aliases: [...aliases].sort(),
    roles: [...roles].slice(0, 50),
    mentions: (prev?.mentions ?? 0) + e.mentions.length,
    documents: (prev?.documents ?? 0) + (prev && sameDocument ? 0 : 1),
  };
}

/** The lower-cased names under which an actor can be looked up: its name, aliases, and a person's surname. */
export function lookupNames(a: Pick<ActorSummary, 'name' | 'aliases' | 'type'>): string[] {
  const out = new Set<string>();
  for (const n of [a.name, ...a.aliases]) {
    out.add(n.toLowerCase());
    if (a.type === 'person') {
      const last = surnameOf(n);
      if (last.length > 1) out.add(last.toLowerCase());
    }
  }
  return [...out];
}
