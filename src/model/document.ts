// Records that cross pipeline stages: what ingest reads, what cleaning produces, what the store keeps.

/** A half-open character range [start, end) into a document's cleaned text. */
export type Span = [number, number];

export type Precision = 'day' | 'month' | 'year';

export interface DateValue {
  /** ISO prefix: YYYY-MM-DD, YYYY-MM or YYYY, matching `precision`. */
  value: string;
  precision: Precision;
}

export const DOCUMENT_KINDS = ['news', 'official', 'state-media', 'analysis', 'profile', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One input as read from disk, stdin, a JSON record or an HTTP body, before any cleaning. */
export interface RawInput {
  /** The path as given to ingest (for a JSONL record: `file.jsonl#3`), or null for stdin / HTTP. */
  path: string | null;
  /** Decoded text of the input (HTML, plain text, or text extracted from a PDF). */
  content: string;
  format: 'html' | 'text' | 'markdown' | 'pdf';
  /** Metadata supplied by the input itself (JSON records: title, url, published, outlet). */
  given?: { title?: string; url?: string; published?: string; outlet?: string };
  /** sha256 hex of the raw bytes (or of the JSON record), used to skip unchanged inputs quickly. */
  rawHash: string;
}

/** A piece of the input that cleaning took out, with why. Nothing is dropped silently. */
export interface RemovedText {
  text: string;
  reason: string;
}

/** What cleaning knows about a document beyond its text. */
export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: (DateValue & { source?: string }) | null;
  language: string | null;
  kind: DocumentKind;
  url: string | null;
}

/** The result of the cleaning stage: main text with the noise gone, plus its metadata. */
export interface CleanedDocument {
  text: string;
  removed: RemovedText[];
  meta: DocumentMeta;
}

export interface ParagraphRecord {
  index: number;
  span: Span;
}

export interface SentenceRecord {
  index: number;
  paragraph: number;
  span: Span;
  /** Index of an earlier sentence of the same document this one repeats (pull quote, scraped twice), else null. */
  repeatOf: number | null;
}

export interface Segmentation {
  paragraphs: ParagraphRecord[];
  sentences: SentenceRecord[];
}

/** A document as the store keeps it. `id` is derived from the cleaned text, so it is the same on every backend. */
export interface DocumentRecord extends DocumentMeta {
  id: string;
  path: string | null;
  text: string;
  removed: RemovedText[];
  raw: string;
  rawHash: string;
  contentHash: string;
  paragraphs: ParagraphRecord[];
  sentences: SentenceRecord[];
  /** Set when this document is a near-duplicate of an earlier one. */
  duplicateOf: string | null;
  similarity: number | null;
  ingestedAt: string;
}

/** The listing shape of `documents --json` (cli.md) plus a few extras. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  precision: Precision | null;
  path: string | null;
  url: string | null;
  kind: DocumentKind;
  language: string | null;
  sentences: number;
  byline: string | null;
  duplicateOf: string | null;
}

export interface SearchHit {
  document: { id: string; title: string | null; path: string | null; kind: DocumentKind };
  sentence: number;
  span: Span;
  text: string;
  snippet: string;
  /** Higher is better. */
  score: number;
}
