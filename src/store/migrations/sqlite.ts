// Versioned schema migrations for the SQLite store. Append new versions; never edit a released one.
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT, url TEXT, title TEXT, outlet TEXT, byline TEXT,
        published TEXT, precision TEXT, published_source TEXT,
        language TEXT, kind TEXT NOT NULL,
        text TEXT NOT NULL, raw TEXT NOT NULL,
        raw_hash TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
        removed TEXT NOT NULL, paragraphs TEXT NOT NULL,
        duplicate_of TEXT REFERENCES documents(id), similarity REAL,
        signature BLOB, ingested_at TEXT NOT NULL
      );
      -- Every input seen: its bytes' hash and where it came from ('' for stdin / HTTP), and the document it gave.
      CREATE TABLE raw_inputs (raw_hash TEXT NOT NULL, path TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (raw_hash, path)) WITHOUT ROWID;
      CREATE TABLE duplicates (
        raw_hash TEXT NOT NULL, path TEXT NOT NULL, duplicate_of TEXT NOT NULL REFERENCES documents(id),
        similarity REAL NOT NULL, kind TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (raw_hash, path)
      );
      CREATE TABLE sentences (
        document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL, repeat_of INTEGER,
        UNIQUE (document_id, idx)
      );
      CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE TABLE minhash_bands (band TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (band, document_id)) WITHOUT ROWID;
      CREATE TABLE actors (
        key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL,
        mentions INTEGER NOT NULL, documents INTEGER NOT NULL
      );
      CREATE INDEX actors_type ON actors(type);
      CREATE TABLE actor_names (name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (name, key)) WITHOUT ROWID;
      CREATE TABLE entities (document_id TEXT NOT NULL REFERENCES documents(id), key TEXT NOT NULL, name TEXT NOT NULL,
        type TEXT NOT NULL, mentions INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE INDEX entities_key ON entities(key);
      CREATE INDEX entities_doc ON entities(document_id);
      CREATE TABLE quotes (document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        speaker_key TEXT, speaker TEXT, data TEXT NOT NULL);
      CREATE INDEX quotes_speaker ON quotes(speaker_key);
      CREATE INDEX quotes_doc ON quotes(document_id);
      CREATE TABLE statements (document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        speaker_key TEXT, data TEXT NOT NULL);
      CREATE INDEX statements_speaker ON statements(speaker_key);
      CREATE INDEX statements_doc ON statements(document_id);
      CREATE TABLE events (document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        category TEXT NOT NULL, actor_key TEXT, target_key TEXT, date_value TEXT, data TEXT NOT NULL);
      CREATE INDEX events_actor ON events(actor_key);
      CREATE INDEX events_target ON events(target_key);
      CREATE INDEX events_doc ON events(document_id);
      CREATE TABLE operations (document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        data TEXT NOT NULL);
      CREATE TABLE extra (document_id TEXT PRIMARY KEY REFERENCES documents(id), dates TEXT NOT NULL);
    `,
  },
  {
    // Sentences get an explicit integer key (VACUUM may renumber implicit rowids, which the search index points
    // at), and a document records where its sentences start and how many there are: a document's sentences are
    // one key range, so the (document, index) index that every sentence insert had to update is gone.
    version: 2,
    sql: `
      CREATE TABLE sentences_v2 (
        id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL, repeat_of INTEGER
      );
      INSERT INTO sentences_v2 (id, document_id, idx, paragraph, start, end, repeat_of)
        SELECT rowid, document_id, idx, paragraph, start, end, repeat_of FROM sentences ORDER BY document_id, idx;
      DROP TABLE sentences;
      ALTER TABLE sentences_v2 RENAME TO sentences;
      ALTER TABLE documents ADD COLUMN first_sentence INTEGER;
      ALTER TABLE documents ADD COLUMN sentence_count INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET
        first_sentence = (SELECT min(id) FROM sentences s WHERE s.document_id = documents.id),
        sentence_count = (SELECT count(*) FROM sentences s WHERE s.document_id = documents.id);
    `,
  },
];
