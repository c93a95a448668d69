// The embedded store: one SQLite file in WAL mode, FTS5 over sentences.
import Database from 'better-sqlite3';
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
import { MIGRATIONS } from './migrations/sqlite.js';
import { ftsQueries } from './query.js';
import { lookupNames, mergeActor, rowToDocument, rowToSummary, type DocumentRow } from './rows.js';
import type { DocumentWrite, DuplicateRecord, NearDuplicateCandidate, Sourced, Store } from './store.js';

type Row = Record<string, any>;

const INSERT_SEARCH_ROW = 'INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)';

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    // Each document is a savepoint inside a batch; its sub-journal (the pages it changed, kept to undo it alone)
    // stays in memory instead of a temporary file: ~20% of the document writes' time.
    this.db.pragma('temp_store = MEMORY');
  }

  private prepared = new Map<string, Database.Statement>();

  /** Prepared statements are cached: preparing is a measurable share of a small document's ingest. */
  private stmt(sql: string): Database.Statement {
    let s = this.prepared.get(sql);
    if (!s) this.prepared.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  async init(): Promise<void> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.stmt('SELECT max(version) AS v FROM schema_version').get() as Row;
    const current: number = row?.v ?? 0;
    for (const m of MIGRATIONS.filter((m) => m.version > current)) {
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.stmt('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
      })();
    }
  }

  async close(): Promise<void> {
    // A batch left open is committed whole, search rows included, as endBatch would.
    if (this.batchDepth > 0) {
      this.batchDepth = 0;
      this.commitBatch();
    }
    this.db.close();
  }

  private batchDepth = 0;
  /** Search-index rows of the batch's documents, written just before it commits (see putDocument). */
  private pendingFts: [number | bigint, string][] = [];

  // Inside the batch, each document's db.transaction() becomes a savepoint: it still commits or undoes as a whole.
  async beginBatch(): Promise<void> {
    if (this.batchDepth++ === 0 && !this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
  }

  async endBatch(): Promise<void> {
    if (this.batchDepth === 0 || --this.batchDepth > 0) return;
    this.commitBatch();
  }

  private commitBatch(): void {
    const rows = this.pendingFts;
    this.pendingFts = [];
    // An I/O error can have rolled the whole transaction back already; then there is nothing to commit.
    if (!this.db.inTransaction) return;
    try {
      const fts = this.stmt(INSERT_SEARCH_ROW);
      for (const [rowid, text] of rows) fts.run(rowid, text);
      this.db.exec('COMMIT');
    } catch (e) {
      // Without its search rows no document of the batch may stay: all of them go, and a rerun stores them.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** For checks such as `PRAGMA integrity_check`. */
  pragma(sql: string): unknown {
    return this.db.pragma(sql);
  }

  async hasRaw(rawHash: string, path: string | null): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM raw_inputs WHERE raw_hash = ? AND path = ?').get(rawHash, path ?? '');
  }

  async findByContentHash(contentHash: string): Promise<string | null> {
    const r = this.stmt('SELECT id FROM documents WHERE content_hash = ?').get(contentHash) as Row | undefined;
    return r?.id ?? null;
  }

  async nearDuplicateCandidates(bands: string[]): Promise<NearDuplicateCandidate[]> {
    if (!bands.length) return [];
    const rows = this.stmt(
        `SELECT DISTINCT d.id, d.signature FROM minhash_bands b JOIN documents d ON d.id = b.document_id
         WHERE b.band IN (${bands.map(() => '?').join(',')}) AND d.duplicate_of IS NULL LIMIT 50`,
      )
      .all(...bands) as Row[];
    return rows.map((r) => ({ id: r.id, signature: new Uint32Array(new Uint8Array(r.signature).buffer) }));
  }

  async putDocument(write: DocumentWrite, bands: string[], signature: Uint32Array): Promise<void> {
    const { document: d, extraction: x } = write;
    const db = this.db;
    // FTS5 flushes its pending index at every savepoint, so inside a batch the search rows wait for the batch's
    // commit (endBatch) instead of being written per document: most of what batching saves.
    const deferFts = this.batchDepth > 0;
    const ftsRows: [number | bigint, string][] = [];
    db.transaction(() => {
      // A document's sentences take consecutive keys from here, so they are found by key range alone.
      const firstSentence = (this.stmt('SELECT coalesce(max(id), 0) + 1 AS next FROM sentences').get() as Row).next as number;
      this.stmt(
        `INSERT INTO documents (id, path, url, title, outlet, byline, published, precision, published_source,
           language, kind, text, raw, raw_hash, content_hash, removed, paragraphs, duplicate_of, similarity,
           signature, ingested_at, first_sentence, sentence_count)
         VALUES (@id, @path, @url, @title, @outlet, @byline, @published, @precision, @publishedSource,
           @language, @kind, @text, @raw, @rawHash, @contentHash, @removed, @paragraphs, @duplicateOf, @similarity,
           @signature, @ingestedAt, @firstSentence, @sentenceCount)`,
      ).run({
        id: d.id,
        path: d.path,
        url: d.url,
        title: d.title,
        outlet: d.outlet,
        byline: d.byline,
        published: d.published?.value ?? null,
        precision: d.published?.precision ?? null,
        publishedSource: d.published?.source ?? null,
        language: d.language,
        kind: d.kind,
        text: d.text,
        raw: d.raw,
        rawHash: d.rawHash,
        contentHash: d.contentHash,
        removed: JSON.stringify(d.removed),
        paragraphs: JSON.stringify(d.paragraphs),
        duplicateOf: d.duplicateOf,
        similarity: d.similarity,
        signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
        ingestedAt: d.ingestedAt,
        firstSentence,
        sentenceCount: d.sentences.length,
      });
      this.stmt('INSERT OR IGNORE INTO raw_inputs (raw_hash, path, document_id) VALUES (?, ?, ?)').run(d.rawHash, d.path ?? '', d.id);
      const sent = this.stmt(
        'INSERT INTO sentences (id, document_id, idx, paragraph, start, end, repeat_of) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const fts = this.stmt(INSERT_SEARCH_ROW);
      d.sentences.forEach((s, i) => {
        const key = firstSentence + i;
        sent.run(key, d.id, s.index, s.paragraph, s.span[0], s.span[1], s.repeatOf);
        if (s.repeatOf === null) {
          if (deferFts) ftsRows.push([key, d.text.slice(s.span[0], s.span[1])]);
          else fts.run(key, d.text.slice(s.span[0], s.span[1]));
        }
      });
      const band = this.stmt('INSERT OR IGNORE INTO minhash_bands (band, document_id) VALUES (?, ?)');
      if (!d.duplicateOf) for (const b of bands) band.run(b, d.id);
      this.writeExtraction(d.id, x);
    })();
    for (const r of ftsRows) this.pendingFts.push(r);
  }

  private writeExtraction(id: string, x: Extraction): void {
    const db = this.db;
    const ent = this.stmt(
      'INSERT INTO entities (document_id, key, name, type, mentions, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const getActor = this.stmt('SELECT * FROM actors WHERE key = ?');
    const putActor = this.stmt(
      `INSERT INTO actors (key, name, type, aliases, roles, mentions, documents) VALUES (@key, @name, @type, @aliases, @roles, @mentions, @documents)
       ON CONFLICT(key) DO UPDATE SET name=@name, aliases=@aliases, roles=@roles, mentions=@mentions, documents=@documents`,
    );
    const putName = this.stmt('INSERT OR IGNORE INTO actor_names (name, key) VALUES (?, ?)');
    const keysSeen = new Set<string>();
    for (const e of x.entities) {
      ent.run(id, e.key, e.name, e.type, e.mentions.length, JSON.stringify(e));
      const prevRow = getActor.get(e.key) as Row | undefined;
      const prev = prevRow ? actorFromRow(prevRow) : null;
      const merged = mergeActor(prev, e, keysSeen.has(e.key));
      keysSeen.add(e.key);
      putActor.run({
        ...merged,
        aliases: JSON.stringify(merged.aliases),
        roles: JSON.stringify(merged.roles),
      });
      // Only names this document added: an actor seen in thousands of documents has long been filed under the rest.
      const known = new Set(prev ? lookupNames(prev) : []);
      for (const n of lookupNames(merged)) if (!known.has(n)) putName.run(n, merged.key);
    }
    const q = this.stmt('INSERT INTO quotes (document_id, idx, speaker_key, speaker, data) VALUES (?, ?, ?, ?, ?)');
    x.quotes.forEach((r, i) => q.run(id, i, r.speakerKey, r.speaker, JSON.stringify(r)));
    const st = this.stmt('INSERT INTO statements (document_id, idx, speaker_key, data) VALUES (?, ?, ?, ?)');
    x.statements.forEach((r, i) => st.run(id, i, r.speakerKey, JSON.stringify(r)));
    const ev = this.stmt(
      `INSERT INTO events (document_id, idx, category, actor_key, target_key, date_value, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    x.events.forEach((r, i) =>
      ev.run(id, i, r.category, r.actorKey, r.targetKey, r.date?.value ?? null, JSON.stringify(r)),
    );
    const op = this.stmt('INSERT INTO operations (document_id, idx, data) VALUES (?, ?, ?)');
    x.operations.forEach((r, i) => op.run(id, i, JSON.stringify(r)));
    this.stmt('INSERT INTO extra (document_id, dates) VALUES (?, ?)').run(id, JSON.stringify(x.dates));
  }

  async recordDuplicate(dup: DuplicateRecord): Promise<void> {
    this.db.transaction(() => {
      this.stmt(
          `INSERT OR IGNORE INTO duplicates (raw_hash, path, duplicate_of, similarity, kind, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(dup.rawHash, dup.path ?? '', dup.duplicateOf, dup.similarity, dup.kind, new Date().toISOString());
      this.stmt('INSERT OR IGNORE INTO raw_inputs (raw_hash, path, document_id) VALUES (?, ?, ?)')
        .run(dup.rawHash, dup.path ?? '', dup.duplicateOf);
    })();
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const rows = this.stmt(
        `SELECT d.id, d.title, d.outlet, d.published, d.precision, d.path, d.url, d.kind, d.language, d.byline,
                d.duplicate_of, d.sentence_count AS sentences
         FROM documents d ORDER BY d.seq`,
      )
      .all() as Row[];
    return rows.map((r) => rowToSummary(r as DocumentRow));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const r = this.stmt('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const sentences = this.stmt(
        'SELECT idx, paragraph, start, end, repeat_of FROM sentences WHERE id BETWEEN ? AND ? AND document_id = ? ORDER BY idx',
      )
      .all(r.first_sentence, r.first_sentence + r.sentence_count - 1, id) as Row[];
    return rowToDocument(r as DocumentRow, sentences as any);
  }

  async getExtraction(id: string): Promise<Extraction> {
    const x = emptyExtraction();
    const data = (sql: string) => (this.stmt(sql).all(id) as Row[]).map((r) => JSON.parse(r.data));
    x.entities = data('SELECT data FROM entities WHERE document_id = ? ORDER BY rowid');
    x.quotes = data('SELECT data FROM quotes WHERE document_id = ? ORDER BY idx');
    x.statements = data('SELECT data FROM statements WHERE document_id = ? ORDER BY idx');
    x.events = data('SELECT data FROM events WHERE document_id = ? ORDER BY idx');
    x.operations = data('SELECT data FROM operations WHERE document_id = ? ORDER BY idx');
    const extra = this.stmt('SELECT dates FROM extra WHERE document_id = ?').get(id) as Row | undefined;
    x.dates = extra ? JSON.parse(extra.dates) : [];
    return x;
  }

  async countDocuments(): Promise<number> {
    return (this.stmt('SELECT count(*) AS n FROM documents').get() as Row).n;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const stmt = this.stmt(
      `SELECT s.document_id, s.idx, s.start, s.end, d.title, d.path, d.kind,
              snippet(sentences_fts, 0, '<mark>', '</mark>', '…', 24) AS snippet,
              bm25(sentences_fts) AS rank, substr(d.text, s.start + 1, s.end - s.start) AS text
       FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.document_id
       WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?`,
    );
    for (const fts of ftsQueries(query)) {
      let rows: Row[];
      try {
        rows = stmt.all(fts, limit) as Row[];
      } catch {
        continue; // a query FTS5 still rejects falls through to the next, more literal form
      }
      if (rows.length)
        return rows.map((r) => ({
          document: { id: r.document_id, title: r.title, path: r.path, kind: r.kind },
          sentence: r.idx,
          span: [r.start, r.end],
          text: r.text,
          snippet: r.snippet,
          score: Math.round(-r.rank * 1000) / 1000,
        }));
    }
    return [];
  }

  async actors(filter: { type?: ActorType } = {}): Promise<ActorSummary[]> {
    const rows = (
      filter.type
        ? this.stmt('SELECT * FROM actors WHERE type = ? ORDER BY mentions DESC, name').all(filter.type)
        : this.stmt('SELECT * FROM actors ORDER BY mentions DESC, name').all()
    ) as Row[];
    return rows.map(actorFromRow);
  }

  async findActors(names: string[]): Promise<ActorSummary[]> {
    const wanted = [...new Set(names.map((n) => n.toLowerCase()))];
    if (!wanted.length) return [];
    const out: ActorSummary[] = [];
    for (let i = 0; i < wanted.length; i += 500) {
      const chunk = wanted.slice(i, i + 500);
      const rows = this.stmt(
          `SELECT * FROM actors WHERE key IN (SELECT key FROM actor_names WHERE name IN (${chunk.map(() => '?').join(',')}))`,
        )
        .all(...chunk) as Row[];
      out.push(...rows.map(actorFromRow));
    }
    return [...new Map(out.map((a) => [a.key, a])).values()];
  }

  async actorMentions(key: string): Promise<Sourced<EntityRecord>[]> {
    return this.sourced<EntityRecord>('entities', 'e.key = ?', [key]);
  }

  async quotes(filter: { speakerKey?: string; documentId?: string } = {}): Promise<Sourced<QuoteRecord>[]> {
    const [where, args] = conditions({ 'e.speaker_key': filter.speakerKey, 'e.document_id': filter.documentId });
    return this.sourced<QuoteRecord>('quotes', where, args);
  }

  async statements(filter: { speakerKey?: string; documentId?: string } = {}): Promise<Sourced<StatementRecord>[]> {
    const [where, args] = conditions({ 'e.speaker_key': filter.speakerKey, 'e.document_id': filter.documentId });
    return this.sourced<StatementRecord>('statements', where, args);
  }

  async events(
    filter: { actorKey?: string; category?: string; documentId?: string } = {},
  ): Promise<Sourced<EventRecord>[]> {
    const [where, args] = conditions({
      'e.actor_key': filter.actorKey,
      'e.category': filter.category,
      'e.document_id': filter.documentId,
    });
    return this.sourced<EventRecord>('events', where, args);
  }

  async operations(): Promise<Sourced<CyberOperationRecord>[]> {
    return this.sourced<CyberOperationRecord>('operations', '1', []);
  }

  private sourced<T>(table: string, where: string, args: unknown[]): Sourced<T>[] {
    const rows = this.stmt(
        `SELECT e.data, d.id, d.path, d.title, d.published FROM ${table} e JOIN documents d ON d.id = e.document_id
         WHERE ${where} ORDER BY d.seq, e.rowid`,
      )
      .all(...args) as Row[];
    return rows.map((r) => ({
      record: JSON.parse(r.data) as T,
      document: { id: r.id, path: r.path, title: r.title, published: r.published },
    }));
  }
}

function conditions(c: Record<string, string | undefined>): [string, unknown[]] {
  const parts: string[] = [];
  const args: unknown[] = [];
  for (const [col, v] of Object.entries(c)) {
    if (v === undefined) continue;
    parts.push(`${col} = ?`);
    args.push(v);
  }
  return [parts.length ? parts.join(' AND ') : '1', args];
}

function actorFromRow(r: Row): ActorSummary {
  return {
    key: r.key,
    name: r.name,
    type: r.type,
    aliases: JSON.parse(r.aliases),
    roles: JSON.parse(r.roles),
    mentions: r.mentions,
    documents: r.documents,
  };
}
