// The one storage interface. SQLite (embedded) and PostgreSQL (shared server) both implement it;
// the rest of onrecord never sees which one it talks to.
import type {
  ActorSummary,
  ActorType,
  DocumentRecord,
  DocumentSummary,
  EntityRecord,
  EventRecord,
  Extraction,
  QuoteRecord,
  SearchHit,
  StatementRecord,
  CyberOperationRecord,
} from '../model/index.js';

/** A record stored with the document it came from. */
export interface Sourced<T> {
  record: T;
  document: { id: string; path: string | null; title: string | null; published: string | null };
}

/** A document as written by the pipeline: the cleaned document and everything extracted from it. */
export interface DocumentWrite {
  document: DocumentRecord;
  extraction: Extraction;
}

/** An input that was recognised as a copy of a stored document and not stored again. */
export interface DuplicateRecord {
  path: string | null;
  rawHash: string;
  duplicateOf: string;
  similarity: number;
  kind: 'exact' | 'near';
}

export interface NearDuplicateCandidate {
  id: string;
  signature: Uint32Array;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or migrates the schema. */
  init(): Promise<void>;
  close(): Promise<void>;

  /** True when these exact bytes were already ingested from this path (null: stdin / HTTP), as a document or a duplicate. */
  hasRaw(rawHash: string, path: string | null): Promise<boolean>;
  /** The stored document whose cleaned text has this hash, if any. */
  findByContentHash(contentHash: string): Promise<string | null>;
  /** Documents sharing at least one MinHash band with the signature (locality-sensitive hashing). */
  nearDuplicateCandidates(bands: string[]): Promise<NearDuplicateCandidate[]>;

  /** Writes one document with its sentences, search index and extraction in one transaction. */
  putDocument(write: DocumentWrite, bands: string[], signature: Uint32Array): Promise<void>;
  /**
   * Groups the writes that follow, until the matching `endBatch`, into one commit where the backend gains from it
   * (SQLite's full-text index flushes once per commit). Each document stays atomic inside the batch: a failed
   * `putDocument` undoes only itself, and a crash loses whole documents, never parts of one.
   */
  beginBatch(): Promise<void>;
  endBatch(): Promise<void>;
  recordDuplicate(dup: DuplicateRecord): Promise<void>;

  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  getExtraction(id: string): Promise<Extraction>;
  countDocuments(): Promise<number>;

  /** Full-text search over sentences; any user text is a valid query. */
  search(query: string, limit: number): Promise<SearchHit[]>;

  actors(filter?: { type?: ActorType }): Promise<ActorSummary[]>;
  /** Actors known under any of these names (lower-cased full names, aliases, or a person's surname). */
  findActors(names: string[]): Promise<ActorSummary[]>;
  /** Per-document entity records of an actor (by global key), with the document they come from. */
  actorMentions(key: string): Promise<Sourced<EntityRecord>[]>;
  quotes(filter?: { speakerKey?: string; documentId?: string }): Promise<Sourced<QuoteRecord>[]>;
  statements(filter?: { speakerKey?: string; documentId?: string }): Promise<Sourced<StatementRecord>[]>;
  events(filter?: { actorKey?: string; category?: string; documentId?: string }): Promise<Sourced<EventRecord>[]>;
  operations(): Promise<Sourced<CyberOperationRecord>[]>;
}
