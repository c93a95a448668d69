// The shared-server store: PostgreSQL through a connection pool. Same records and the same orderings as the
// SQLite store (the `seq` columns play the part of SQLite's rowids), so every output is identical on both.
// Several ingest workers may write at once: a transaction-scoped advisory lock per content hash keeps a
// document from being stored twice, and one per actor key keeps concurrent actor merges from losing updates.
import pg from 'pg';
import type {
  ActorSummary,
  ActorType,
  CyberOperationRecord,
  DocumentRecord,
  DocumentSummary,
  EntityRecord,
  EventRecord,
  Extraction,
  QuoteRecord,
  SearchHit,
  StatementRecord,
} from '../model/index.js';
import { emptyExtraction } from '../model/index.js';
import { MIGRATIONS } from './migrations/postgres.js';
import { lookupNames, mergeActor, rowToDocument, rowToSummary, type DocumentRow } from './rows.js';
import type { DocumentWrite, DuplicateRecord, NearDuplicateCandidate, Sourced, Store } from './store.js';

type Row = Record<string, any>;
type Client = pg.PoolClient;

/** Text search configuration created by the first migration: English stemming over unaccented words. */
const TS_CONFIG = 'onrecord';
/** Arbitrary constant for the advisory lock that serialises schema migrations between processes. */
const MIGRATION_LOCK = 0x6f6e7265;
/** ts_headline settings that give a short excerpt marked like SQLite's snippet(). */
const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "';

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;

  constructor(readonly url: string, opts: { maxConnections?: number } = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: opts.maxConnections ?? 4 });
    // An idle client losing its server connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => {});
  }

  async init(): Promise<void> {
    await this.transaction(async (c) => {
      // Many workers may start at once against a fresh database: one migrates, the others wait for it.
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const current = Number((await c.query('SELECT max(version) AS v FROM schema_version')).rows[0]?.v ?? 0);
      for (const m of MIGRATIONS.filter((m) => m.version > current)) {
        await c.query(m.sql);
        await c.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
      }
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs fn inside one transaction on one connection; rolls back if it throws. */
  async transaction<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  private async rows(sql: string, args: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, args)).rows;
  }

  async hasRaw(rawHash: string, path: string | null): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM raw_inputs WHERE raw_hash = $1 AND path = $2', [rawHash, path ?? ''])).length > 0;
  }

  async findByContentHash(contentHash: string): Promise<string | null> {
    return (await this.rows('SELECT id FROM documents WHERE content_hash = $1', [contentHash]))[0]?.id ?? null;
  }

  async nearDuplicateCandidates(bands: string[]): Promise<NearDuplicateCandidate[]> {
    if (!bands.length) return [];
    const rows = await this.rows(
      // Driven from the bands (primary key lookups), so the cost follows the matches, not the corpus size.
      `SELECT d.id, d.signature FROM (SELECT DISTINCT document_id FROM minhash_bands WHERE band = ANY($1)) b
       JOIN documents d ON d.id = b.document_id
       WHERE d.duplicate_of IS NULL ORDER BY d.seq LIMIT 50`,
      [bands],
    );
    return rows.map((r) => ({ id: r.id, signature: new Uint32Array(new Uint8Array(r.signature).buffer) }));
  }

  // Each document commits on its own here: PostgreSQL's group commit already amortises commits, and a batch would
  // hold the per-content advisory locks that keep concurrent workers apart for the whole batch.
  async beginBatch(): Promise<void> {}
  async endBatch(): Promise<void> {}

  async putDocument(write: DocumentWrite, bands: string[], signature: Uint32Array): Promise<void> {
    const { document: d, extraction: x } = write;
    await this.transaction(async (c) => {
      // Two workers may hold the same content at once (the same file twice, or a copy under another name).
      // Whoever gets the lock first stores it; the other records its input as an exact duplicate.
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [d.contentHash]);
      const same = (await c.query('SELECT id FROM documents WHERE content_hash = $1', [d.contentHash])).rows[0];
      if (same) {
        await insertDuplicate(c, { path: d.path, rawHash: d.rawHash, duplicateOf: same.id, similarity: 1, kind: 'exact' });
        return;
      }
      // The document and its sentences, search index, bands and raw input in one statement (one round trip);
      // foreign keys are checked at the end of the statement, when the document row exists.
      const p = new Params();
      const id = p.add(d.id);
      const s = d.sentences;
      // Only first occurrences are searchable (repeated pull quotes would crowd the results), as in SQLite.
      const texts = s.map((x) => (x.repeatOf === null ? d.text.slice(x.span[0], x.span[1]) : null));
      const parts = [
        `doc AS (INSERT INTO documents (id, path, url, title, outlet, byline, published, precision, published_source,
           language, kind, text, raw, raw_hash, content_hash, removed, paragraphs, duplicate_of, similarity,
           signature, ingested_at)
         VALUES (${id}, ${p.addAll(
           d.path,
           d.url,
           d.title,
           d.outlet,
           d.byline,
           d.published?.value ?? null,
           d.published?.precision ?? null,
           d.published?.source ?? null,
           d.language,
           d.kind,
           d.text,
           d.raw,
           d.rawHash,
           d.contentHash,
           JSON.stringify(d.removed),
           JSON.stringify(d.paragraphs),
           d.duplicateOf,
           d.similarity,
           Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
           d.ingestedAt,
         )}))`,
        `raw AS (INSERT INTO raw_inputs (raw_hash, path, document_id) VALUES (${p.add(d.rawHash)}, ${p.add(d.path ?? '')}, ${id})
           ON CONFLICT DO NOTHING)`,
      ];
      if (s.length)
        parts.push(
          `sent AS (INSERT INTO sentences (document_id, idx, paragraph, start, "end", repeat_of, text, tsv)
           SELECT ${id}, u.idx, u.paragraph, u.start, u.stop, u.repeat_of, u.text,
                  CASE WHEN u.text IS NULL THEN NULL ELSE to_tsvector('${TS_CONFIG}', u.text) END
           FROM unnest(${p.add(s.map((x) => x.index))}::int[], ${p.add(s.map((x) => x.paragraph))}::int[],
                       ${p.add(s.map((x) => x.span[0]))}::int[], ${p.add(s.map((x) => x.span[1]))}::int[],
                       ${p.add(s.map((x) => x.repeatOf))}::int[], ${p.add(texts)}::text[])
                WITH ORDINALITY AS u(idx, paragraph, start, stop, repeat_of, text, ord)
           ORDER BY u.ord)`,
        );
      if (!d.duplicateOf && bands.length)
        parts.push(
          `bands AS (INSERT INTO minhash_bands (band, document_id) SELECT b, ${id} FROM unnest(${p.add(bands)}::text[]) b
           ON CONFLICT DO NOTHING)`,
        );
      await c.query(`WITH ${parts.join(',\n')} SELECT 1`, p.values);
      await this.writeExtraction(c, d.id, x);
    });
  }

  private async writeExtraction(c: Client, documentId: string, x: Extraction): Promise<void> {
    const p = new Params();
    const id = p.add(documentId);
    const parts: string[] = [];
    // Actors are shared between documents: lock their keys (in one global order, so two writers cannot
    // deadlock), then read them in a new statement (whose snapshot sees whatever the previous holder of a lock
    // committed), merge and write back, exactly as SQLite does one entity at a time.
    const keys = [...new Set(x.entities.map((e) => e.key))].sort();
    if (keys.length) {
      await c.query(
        `SELECT pg_advisory_xact_lock(hashtextextended(k, 1)) FROM (SELECT k FROM unnest($1::text[]) k ORDER BY k) s`,
        [keys],
      );
      const current = new Map<string, ActorSummary>();
      for (const r of (await c.query('SELECT * FROM actors WHERE key = ANY($1)', [keys])).rows)
        current.set(r.key, actorFromRow(r));
      const names = new Map<string, Set<string>>();
      for (const e of x.entities) {
        const merged = mergeActor(current.get(e.key) ?? null, e, names.has(e.key));
        current.set(e.key, merged);
        const set = names.get(e.key) ?? new Set<string>();
        for (const n of lookupNames(merged)) set.add(n);
        names.set(e.key, set);
      }
      const actors = keys.map((k) => current.get(k)!);
      parts.push(
        `actors_up AS (INSERT INTO actors (key, name, type, aliases, roles, mentions, documents)
         SELECT * FROM unnest(${p.add(actors.map((a) => a.key))}::text[], ${p.add(actors.map((a) => a.name))}::text[],
           ${p.add(actors.map((a) => a.type))}::text[], ${p.add(actors.map((a) => JSON.stringify(a.aliases)))}::text[],
           ${p.add(actors.map((a) => JSON.stringify(a.roles)))}::text[], ${p.add(actors.map((a) => a.mentions))}::int[],
           ${p.add(actors.map((a) => a.documents))}::int[])
         ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, roles = EXCLUDED.roles,
           mentions = EXCLUDED.mentions, documents = EXCLUDED.documents)`,
      );
      const pairs = [...names].flatMap(([key, set]) => [...set].map((n) => [n, key] as const));
      parts.push(
        `names AS (INSERT INTO actor_names (name, key)
         SELECT * FROM unnest(${p.add(pairs.map((q) => q[0]))}::text[], ${p.add(pairs.map((q) => q[1]))}::text[])
         ON CONFLICT DO NOTHING)`,
      );
    }
    const e = x.entities;
    rowsInsert(parts, p, 'entities', id, [
      ['key', 'text', e.map((r) => r.key)],
      ['name', 'text', e.map((r) => r.name)],
      ['type', 'text', e.map((r) => r.type)],
      ['mentions', 'int', e.map((r) => r.mentions.length)],
      ['data', 'text', e.map((r) => JSON.stringify(r))],
    ]);
    const q = x.quotes;
    rowsInsert(parts, p, 'quotes', id, [
      ['idx', 'int', q.map((_, i) => i)],
      ['speaker_key', 'text', q.map((r) => r.speakerKey)],
      ['speaker', 'text', q.map((r) => r.speaker)],
      ['data', 'text', q.map((r) => JSON.stringify(r))],
    ]);
    const st = x.statements;
    rowsInsert(parts, p, 'statements', id, [
      ['idx', 'int', st.map((_, i) => i)],
      ['speaker_key', 'text', st.map((r) => r.speakerKey)],
      ['data', 'text', st.map((r) => JSON.stringify(r))],
    ]);
    const ev = x.events;
    rowsInsert(parts, p, 'events', id, [
      ['idx', 'int', ev.map((_, i) => i)],
      ['category', 'text', ev.map((r) => r.category)],
      ['actor_key', 'text', ev.map((r) => r.actorKey)],
      ['target_key', 'text', ev.map((r) => r.targetKey)],
      ['date_value', 'text', ev.map((r) => r.date?.value ?? null)],
      ['data', 'text', ev.map((r) => JSON.stringify(r))],
    ]);
    const op = x.operations;
    rowsInsert(parts, p, 'operations', id, [
      ['idx', 'int', op.map((_, i) => i)],
      ['data', 'text', op.map((r) => JSON.stringify(r))],
    ]);
    parts.push(`extra_in AS (INSERT INTO extra (document_id, dates) VALUES (${id}, ${p.add(JSON.stringify(x.dates))}))`);
    // Everything extracted from the document in one statement (one round trip).
    await c.query(`WITH ${parts.join(',\n')} SELECT 1`, p.values);
  }

  async recordDuplicate(dup: DuplicateRecord): Promise<void> {
    await this.transaction((c) => insertDuplicate(c, dup));
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const rows = await this.rows(
      `SELECT d.id, d.title, d.outlet, d.published, d.precision, d.path, d.url, d.kind, d.language, d.byline,
              d.duplicate_of, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences
       FROM documents d ORDER BY d.seq`,
    );
    return rows.map((r) => rowToSummary(r as DocumentRow));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const r = (await this.rows('SELECT * FROM documents WHERE id = $1', [id]))[0];
    if (!r) return null;
    const sentences = await this.rows(
      'SELECT idx, paragraph, start, "end", repeat_of FROM sentences WHERE document_id = $1 ORDER BY idx',
      [id],
    );
    return rowToDocument(r as DocumentRow, sentences as any);
  }

  async getExtraction(id: string): Promise<Extraction> {
    const x = emptyExtraction();
    const data = async (table: string, order: string) =>
      (await this.rows(`SELECT data FROM ${table} WHERE document_id = $1 ORDER BY ${order}`, [id])).map((r) =>
        JSON.parse(r.data),
      );
    x.entities = await data('entities', 'seq');
    x.quotes = await data('quotes', 'idx');
    x.statements = await data('statements', 'idx');
    x.events = await data('events', 'idx');
    x.operations = await data('operations', 'idx');
    const extra = (await this.rows('SELECT dates FROM extra WHERE document_id = $1', [id]))[0];
    x.dates = extra ? JSON.parse(extra.dates) : [];
    return x;
  }

  async countDocuments(): Promise<number> {
    return Number((await this.rows('SELECT count(*) AS n FROM documents'))[0].n);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    for (const form of tsQueries(query)) {
      const tsquery = form.prefixes.length
        ? `websearch_to_tsquery('${TS_CONFIG}', $1) && to_tsquery('${TS_CONFIG}', $2)`
        : `websearch_to_tsquery('${TS_CONFIG}', $1)`;
      const args: unknown[] = form.prefixes.length
        ? [form.websearch, form.prefixes.map((w) => `'${w}':*`).join(' & '), limit]
        : [form.websearch, limit];
      const n = args.length;
      let rows: Row[];
      try {
        rows = await this.rows(
          `WITH q AS (SELECT ${tsquery} AS q),
           hits AS (
             SELECT s.seq, s.document_id, s.idx, s.start, s."end", s.text, ts_rank(s.tsv, q.q) AS rank
             FROM sentences s, q WHERE s.tsv @@ q.q ORDER BY rank DESC, s.seq LIMIT $${n})
           SELECT h.*, d.title, d.path, d.kind, ts_headline('${TS_CONFIG}', h.text, q.q, '${HEADLINE}') AS snippet
           FROM hits h JOIN documents d ON d.id = h.document_id, q ORDER BY h.rank DESC, h.seq`,
          args,
        );
      } catch {
        continue; // defensive: websearch_to_tsquery accepts any text, but fall through like SQLite does
      }
      if (rows.length)
        return rows.map((r) => ({
          document: { id: r.document_id, title: r.title, path: r.path, kind: r.kind },
          sentence: Number(r.idx),
          span: [Number(r.start), Number(r.end)],
          text: r.text,
          snippet: r.snippet,
          score: Math.round(Number(r.rank) * 1000) / 1000,
        }));
    }
    return [];
  }

  async actors(filter: { type?: ActorType } = {}): Promise<ActorSummary[]> {
    // COLLATE "C" compares like SQLite's BINARY collation, so both stores list actors in the same order.
    const order = 'ORDER BY mentions DESC, name COLLATE "C", key COLLATE "C"';
    const rows = filter.type
      ? await this.rows(`SELECT * FROM actors WHERE type = $1 ${order}`, [filter.type])
      : await this.rows(`SELECT * FROM actors ${order}`);
    return rows.map(actorFromRow);
  }

  async findActors(names: string[]): Promise<ActorSummary[]> {
    const wanted = [...new Set(names.map((n) => n.toLowerCase()))];
    if (!wanted.length) return [];
    const rows = await this.rows(
      `SELECT * FROM actors WHERE key IN (SELECT key FROM actor_names WHERE name = ANY($1)) ORDER BY key COLLATE "C"`,
      [wanted],
    );
    return rows.map(actorFromRow);
  }

  /** Actors whose names are spelled like this one (trigram similarity), best first: for "did you mean". */
  async similarActors(name: string, limit = 10): Promise<(ActorSummary & { similarity: number })[]> {
    const rows = await this.rows(
      `SELECT a.*, m.sim FROM (
         SELECT key, max(similarity(lower(name), $1)) AS sim FROM actor_names WHERE lower(name) % $1 GROUP BY key
       ) m JOIN actors a ON a.key = m.key ORDER BY m.sim DESC, a.mentions DESC, a.key COLLATE "C" LIMIT $2`,
      [name.toLowerCase(), limit],
    );
    return rows.map((r) => ({ ...actorFromRow(r), similarity: Math.round(Number(r.sim) * 1000) / 1000 }));
  }

  async actorMentions(key: string): Promise<Sourced<EntityRecord>[]> {
    return this.sourced<EntityRecord>('entities', { 'e.key': key });
  }

  async quotes(filter: { speakerKey?: string; documentId?: string } = {}): Promise<Sourced<QuoteRecord>[]> {
    return this.sourced<QuoteRecord>('quotes', { 'e.speaker_key': filter.speakerKey, 'e.document_id': filter.documentId });
  }

  async statements(filter: { speakerKey?: string; documentId?: string } = {}): Promise<Sourced<StatementRecord>[]> {
    return this.sourced<StatementRecord>('statements', {
      'e.speaker_key': filter.speakerKey,
      'e.document_id': filter.documentId,
    });
  }

  async events(
    filter: { actorKey?: string; category?: string; documentId?: string } = {},
  ): Promise<Sourced<EventRecord>[]> {
    return this.sourced<EventRecord>('events', {
      'e.actor_key': filter.actorKey,
      'e.category': filter.category,
      'e.document_id': filter.documentId,
    });
  }

  async operations(): Promise<Sourced<CyberOperationRecord>[]> {
    return this.sourced<CyberOperationRecord>('operations', {});
  }

  private async sourced<T>(table: string, filter: Record<string, string | undefined>): Promise<Sourced<T>[]> {
    const parts: string[] = [];
    const args: unknown[] = [];
    for (const [col, v] of Object.entries(filter)) {
      if (v === undefined) continue;
      args.push(v);
      parts.push(`${col} = $${args.length}`);
    }
    const rows = await this.rows(
      `SELECT e.data, d.id, d.path, d.title, d.published FROM ${table} e JOIN documents d ON d.id = e.document_id
       WHERE ${parts.length ? parts.join(' AND ') : 'TRUE'} ORDER BY d.seq, e.seq`,
      args,
    );
    return rows.map((r) => ({
      record: JSON.parse(r.data) as T,
      document: { id: r.id, path: r.path, title: r.title, published: r.published },
    }));
  }
}

async function insertDuplicate(c: Client, dup: DuplicateRecord): Promise<void> {
  await c.query(
    `INSERT INTO duplicates (raw_hash, path, duplicate_of, similarity, kind, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [dup.rawHash, dup.path ?? '', dup.duplicateOf, dup.similarity, dup.kind, new Date().toISOString()],
  );
  await c.query('INSERT INTO raw_inputs (raw_hash, path, document_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    dup.rawHash,
    dup.path ?? '',
    dup.duplicateOf,
  ]);
}

/** Numbered query parameters for statements assembled from parts. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
  addAll(...vs: unknown[]): string {
    return vs.map((v) => this.add(v)).join(', ');
  }
}

/** Adds a CTE inserting one document's records, keeping their order in the `seq` column; none if no records. */
function rowsInsert(parts: string[], p: Params, table: string, documentId: string, columns: [string, string, unknown[]][]): void {
  if (!columns[0][2].length) return;
  const names = columns.map((_, i) => `c${i}`);
  parts.push(
    `${table}_in AS (INSERT INTO ${table} (document_id, ${columns.map((c) => c[0]).join(', ')})
     SELECT ${documentId}, ${names.map((n) => `u.${n}`).join(', ')}
     FROM unnest(${columns.map(([, type, values]) => `${p.add(values)}::${type}[]`).join(', ')})
          WITH ORDINALITY AS u(${names.join(', ')}, ord)
     ORDER BY u.ord)`,
  );
}

function actorFromRow(r: Row): ActorSummary {
  return {
    key: r.key,
    name: r.name,
    type: r.type,
    aliases: JSON.parse(r.aliases),
    roles: JSON.parse(r.roles),
    mentions: Number(r.mentions),
    documents: Number(r.documents),
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_]*/gu;

/**
 * Turns whatever a user typed into websearch_to_tsquery input (which never fails to parse), strictest first:
 * the user's phrases and AND/OR/NOT, then all words, then any word. `word*` becomes a prefix match, which
 * websearch syntax lacks, added as to_tsquery of letters and digits only (so it cannot fail either).
 */
export function tsQueries(input: string): { websearch: string; prefixes: string[] }[] {
  const words = input.match(WORD) ?? [];
  if (!words.length) return [];
  const parts = input.split('"');
  const balanced = parts.length % 2 === 1;
  const terms: string[] = [];
  const prefixes: string[] = [];
  parts.forEach((part, i) => {
    if (balanced && i % 2 === 1) {
      const inner = part.match(WORD);
      if (inner) terms.push(`"${inner.join(' ')}"`);
      return;
    }
    for (const raw of part.split(/\s+/)) {
      if (raw === 'AND') continue; // websearch joins terms with AND anyway
      if (raw === 'OR') {
        terms.push('or');
        continue;
      }
      if (raw === 'NOT') {
        terms.push('-');
        continue;
      }
      const w = raw.match(WORD);
      if (!w) continue;
      if (raw.endsWith('*') && w.length === 1) prefixes.push(w[0].toLowerCase());
      else terms.push(w.length > 1 ? `"${w.join(' ')}"` : w[0]);
    }
  });
  // "-" negates the next term; "or" must sit between terms.
  const cleaned: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t === '-') {
      const next = terms[i + 1];
      if (next && next !== 'or' && next !== '-') {
        cleaned.push('-' + next);
        i++;
      }
      continue;
    }
    if (t === 'or' && (!cleaned.length || cleaned[cleaned.length - 1] === 'or')) continue;
    cleaned.push(t);
  }
  while (cleaned[cleaned.length - 1] === 'or') cleaned.pop();
  const forms = [
    { websearch: cleaned.join(' '), prefixes },
    { websearch: words.join(' '), prefixes: [] },
    { websearch: words.join(' or '), prefixes: [] },
  ].filter((f) => f.websearch || f.prefixes.length);
  return [...new Map(forms.map((f) => [JSON.stringify(f), f])).values()];
}
