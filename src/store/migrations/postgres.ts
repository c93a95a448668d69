// Versioned schema migrations for the PostgreSQL store. Append new versions; never edit a released one.
// Mirrors the SQLite schema: `seq` serial columns give the same insertion order SQLite's rowids give, JSON
// payloads stay `text` (jsonb would reorder keys, and outputs must be identical across backends), and the
// sentence search index is a tsvector with a GIN index instead of FTS5.
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE EXTENSION IF NOT EXISTS unaccent;
      -- English stemming (like FTS5's porter) after folding diacritics (like remove_diacritics), and, like
      -- FTS5, no stop words: "the" and "of" stay searchable, and phrases keep every word.
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'onrecord_stem') THEN
          CREATE TEXT SEARCH DICTIONARY onrecord_stem (TEMPLATE = snowball, Language = english);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'onrecord') THEN
          CREATE TEXT SEARCH CONFIGURATION onrecord (COPY = english);
          ALTER TEXT SEARCH CONFIGURATION onrecord
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, onrecord_stem;
          ALTER TEXT SEARCH CONFIGURATION onrecord
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH onrecord_stem;
        END IF;
      END $$;
      CREATE TABLE documents (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT, url TEXT, title TEXT, outlet TEXT, byline TEXT,
        published TEXT, precision TEXT, published_source TEXT,
        language TEXT, kind TEXT NOT NULL,
        text TEXT NOT NULL, raw TEXT NOT NULL,
        raw_hash TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
        removed TEXT NOT NULL, paragraphs TEXT NOT NULL,
        duplicate_of TEXT REFERENCES documents(id), similarity DOUBLE PRECISION,
        signature BYTEA, ingested_at TEXT NOT NULL
      );
      -- Every input seen: its bytes' hash and where it came from ('' for stdin / HTTP), and the document it gave.
      -- lz4 compresses the large text columns several times faster than the default pglz (where available).
      DO $$ BEGIN
        ALTER TABLE documents ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4;
      EXCEPTION WHEN others THEN NULL;
      END $$;
      CREATE TABLE raw_inputs (raw_hash TEXT NOT NULL, path TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id), PRIMARY KEY (raw_hash, path));
      CREATE TABLE duplicates (
        raw_hash TEXT NOT NULL, path TEXT NOT NULL, duplicate_of TEXT NOT NULL REFERENCES documents(id),
        similarity DOUBLE PRECISION NOT NULL, kind TEXT NOT NULL, recorded_at TEXT NOT NULL,
        PRIMARY KEY (raw_hash, path)
      );
      CREATE TABLE sentences (
        seq BIGSERIAL PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, repeat_of INTEGER,
        -- only sentences that are not repeats are searchable (as in SQLite's FTS table)
        text TEXT, tsv TSVECTOR,
        UNIQUE (document_id, idx)
      );
      CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
      CREATE TABLE minhash_bands (band TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (band, document_id));
      CREATE TABLE actors (
        key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL,
        mentions INTEGER NOT NULL, documents INTEGER NOT NULL
      );
      CREATE INDEX actors_type ON actors(type);
      CREATE TABLE actor_names (name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (name, key));
      -- Trigram index for "did you mean" lookups. On lower(name) (names are stored lower-cased already) so the
      -- planner cannot pick it for the exact lookups by name, which the primary key serves far better.
      CREATE INDEX actor_names_trgm ON actor_names USING GIN (lower(name) gin_trgm_ops);
      CREATE TABLE entities (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE INDEX entities_key ON entities(key);
      CREATE INDEX entities_doc ON entities(document_id);
      CREATE TABLE quotes (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL, speaker_key TEXT, speaker TEXT, data TEXT NOT NULL);
      CREATE INDEX quotes_speaker ON quotes(speaker_key);
      CREATE INDEX quotes_doc ON quotes(document_id);
      CREATE TABLE statements (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL, speaker_key TEXT, data TEXT NOT NULL);
      CREATE INDEX statements_speaker ON statements(speaker_key);
      CREATE INDEX statements_doc ON statements(document_id);
      CREATE TABLE events (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL, category TEXT NOT NULL, actor_key TEXT, target_key TEXT, date_value TEXT,
        data TEXT NOT NULL);
      CREATE INDEX events_actor ON events(actor_key);
      CREATE INDEX events_target ON events(target_key);
      CREATE INDEX events_doc ON events(document_id);
      CREATE INDEX events_category ON events(category);
      CREATE TABLE operations (seq BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE extra (document_id TEXT PRIMARY KEY REFERENCES documents(id), dates TEXT NOT NULL);
    `,
  },
];
