// The ingest pipeline: read → clean → deduplicate → segment → extract → link → store, one document at a time
// (streaming, so memory stays flat), each document in its own transaction.
import { emptyExtraction, type DocumentRecord, type Extraction, type RawInput } from '../model/index.js';
import { inlineAnalyser, startPool } from './pool.js';
import { extractDocument } from '../extract/index.js';
import { linkToKnownActors } from '../extract/link.js';
import { listInputs, readInput, type ReadItem, type Rejection } from '../ingest/read.js';
import type { Store } from '../store/store.js';
import { cleanDocument } from '../text/clean.js';
import { bands, contentHash, minhash, NEAR_DUPLICATE_THRESHOLD, similarity } from '../text/dedupe.js';
import { segment } from '../text/segment.js';
import { wordsOf } from '../text/repeats.js';
import { lookupNames } from '../store/rows.js';
import { applyLinks } from './link.js';

/** How many files are read ahead of the one being analysed. */
const READ_AHEAD = 8;
/**
 * Documents are committed in batches of at most this many documents or this much time: one commit per document
 * made SQLite flush its full-text index per document, a third of the store's cost. Each document stays atomic.
 */
const BATCH_DOCUMENTS = 64;
const BATCH_MS = 500;

export type Outcome =
  | { status: 'added'; id: string; path: string | null; duplicateOf?: string }
  | { status: 'unchanged'; path: string | null }
  | { status: 'duplicate'; path: string | null; duplicateOf: string }
  | { status: 'rejected'; path: string; reason: string };

export interface IngestSummary {
  added: number;
  unchanged: number;
  duplicates: number;
  nearDuplicates: number;
  rejected: number;
  warnings: number;
}

export interface IngestOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Called once per input with what happened to it. */
  onOutcome?: (o: Outcome) => void;
  /** Called for inputs that were read with a caveat (e.g. decoded as Windows-1252). */
  onWarning?: (path: string, message: string) => void;
  /** Called when the list of inputs is known (for a progress bar). */
  onTotal?: (n: number) => void;
  /** Store documents without extracting anything (benchmarks measure the stages apart). */
  skipExtraction?: boolean;
  /** Worker threads for cleaning and extraction (0 or 1: in this thread). */
  workers?: number;
}

export function newSummary(): IngestSummary {
  return { added: 0, unchanged: 0, duplicates: 0, nearDuplicates: 0, rejected: 0, warnings: 0 };
}

export function count(summary: IngestSummary, o: Outcome): void {
  if (o.status === 'added') {
    summary.added++;
    if (o.duplicateOf) summary.nearDuplicates++;
  } else if (o.status === 'unchanged') summary.unchanged++;
  else if (o.status === 'duplicate') summary.duplicates++;
  else summary.rejected++;
}

/** Ingests files, folders and '-' (stdin). Bad inputs are reported and skipped; the rest is stored. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary = newSummary();
  const report = (o: Outcome) => {
    count(summary, o);
    opts.onOutcome?.(o);
  };
  const files: string[] = [];
  for await (const item of listInputs(paths)) {
    if ('rejection' in item) report(rejected(item.rejection));
    else files.push(item.path);
  }
  opts.onTotal?.(files.length);
  const analyser = opts.workers && opts.workers > 1 && files.length > 8 ? await startPool(opts.workers) : inlineAnalyser;
  // Inputs are analysed ahead (in worker threads when there are several) but committed strictly in input order,
  // so "the first copy" of a duplicate is always the same one and ids never depend on timing.
  const pending: { input: RawInput; result: Promise<Analysis> }[] = [];
  const window = Math.max(4, (opts.workers ?? 1) * 4);
  // Outcomes are reported once their batch is committed, so "added" is never said of a document a crash would lose.
  let batch: Outcome[] | null = null;
  let batchStarted = 0;
  const endBatch = async () => {
    if (!batch) return;
    const done = batch;
    batch = null;
    await store.endBatch();
    done.forEach(report);
  };
  const commitHead = async () => {
    const head = pending.shift()!;
    const result = await head.result;
    if (!batch) {
      await store.beginBatch();
      batch = [];
      batchStarted = Date.now();
    }
    batch.push(await commitAnalysis(store, head.input, result));
    if (batch.length >= BATCH_DOCUMENTS || Date.now() - batchStarted >= BATCH_MS) await endBatch();
  };
  try {
    // Files are read a few ahead, so the disk is never what the pipeline waits for.
    const reads: { file: string; items: Promise<ReadItem[]> }[] = [];
    let nextFile = 0;
    const readAhead = () => {
      while (reads.length < READ_AHEAD && nextFile < files.length) {
        const file = files[nextFile++];
        reads.push({ file, items: readInput(file, { maxBytes: opts.maxBytes, stdin: opts.stdin }) });
      }
    };
    readAhead();
    while (reads.length) {
      const { file, items: pendingItems } = reads.shift()!;
      const items = await pendingItems;
      readAhead();
      for (const item of items) {
        if ('rejection' in item) {
          report(rejected(item.rejection));
          continue;
        }
        if (item.warning) {
          summary.warnings++;
          opts.onWarning?.(item.input.path ?? file, item.warning);
        }
        if (await store.hasRaw(item.input.rawHash, item.input.path)) {
          report({ status: 'unchanged', path: item.input.path });
          continue;
        }
        pending.push({ input: item.input, result: analyser.analyse(item.input, !!opts.skipExtraction) });
        while (pending.length >= window) await commitHead();
      }
    }
    while (pending.length) await commitHead();
  } finally {
    // What was committed so far stays, even when a later document failed.
    await endBatch();
    await analyser.close();
  }
  return summary;
}

const rejected = (r: Rejection): Outcome => ({ status: 'rejected', path: r.path, reason: r.reason });

/** Runs one raw input through every stage and stores it (or records it as a duplicate). */
export async function ingestInput(store: Store, input: RawInput, opts: { skipExtraction?: boolean } = {}): Promise<Outcome> {
  if (await store.hasRaw(input.rawHash, input.path)) return { status: 'unchanged', path: input.path };
  return commitAnalysis(store, input, await analyseInput(input, !!opts.skipExtraction));
}

/** What the store-free stages make of one input: the document and its extraction, or why there is none. */
export type Analysis = { document: DocumentRecord; signature: Uint32Array; extraction: Extraction } | { reason: string };

/** Clean, segment and extract one input. Needs no store, so it can run in a worker thread. */
export async function analyseInput(input: RawInput, skipExtraction = false): Promise<Analysis> {
  const prepared = await prepareDocument(input);
  if ('reason' in prepared) return prepared;
  const { document } = prepared;
  const extraction = skipExtraction
    ? emptyExtraction()
    : extractDocument({ text: document.text, paragraphs: document.paragraphs, sentences: document.sentences, meta: document });
  // A profile (onrecord's own kind of output, or one like it) restates others' reporting in a house style of
  // headings and bullets: its actors are worth knowing, but it is no witness of what was said or done.
  if (document.kind === 'profile') return { ...prepared, extraction: { ...emptyExtraction(), entities: extraction.entities } };
  return { ...prepared, extraction };
}

/** Deduplicates against the store, links actors to the ones the corpus knows, and stores, in one transaction. */
export async function commitAnalysis(store: Store, input: RawInput, analysis: Analysis): Promise<Outcome> {
  if ('reason' in analysis) return { status: 'rejected', path: input.path ?? '<stdin>', reason: analysis.reason };
  const { document, signature, extraction } = analysis;
  if (await store.hasRaw(input.rawHash, input.path)) return { status: 'unchanged', path: input.path };
  const same = await store.findByContentHash(document.contentHash);
  if (same) {
    await store.recordDuplicate({ path: input.path, rawHash: input.rawHash, duplicateOf: same, similarity: 1, kind: 'exact' });
    return { status: 'duplicate', path: input.path, duplicateOf: same };
  }
  const docBands = bands(signature);
  let best: { id: string; sim: number } | null = null;
  for (const c of await store.nearDuplicateCandidates(docBands)) {
    const sim = similarity(signature, c.signature);
    if (sim >= NEAR_DUPLICATE_THRESHOLD && (!best || sim > best.sim)) best = { id: c.id, sim };
  }
  if (best) {
    document.duplicateOf = best.id;
    document.similarity = best.sim;
  }
  const known = await store.findActors(extraction.entities.flatMap((e) => lookupNames(e)));
  applyLinks(extraction, linkToKnownActors(known, extraction.entities), known);
  await store.putDocument({ document, extraction }, docBands, signature);
  return { status: 'added', id: document.id, path: input.path, ...(best ? { duplicateOf: best.id } : {}) };
}

/** Clean and segment: the part of ingest that needs no store (and can run in a worker). */
export async function prepareDocument(
  input: RawInput,
): Promise<{ document: DocumentRecord; signature: Uint32Array } | { reason: string }> {
  let cleaned;
  try {
    cleaned = await cleanDocument(input);
  } catch (e: any) {
    return { reason: `could not clean (${String(e?.message ?? e).split('\n')[0]})` };
  }
  // Text without a single letter or digit (stray markup, punctuation) is no document.
  if (!/[\p{L}\p{N}]/u.test(cleaned.text)) return { reason: 'no readable text after cleaning' };
  const words = wordsOf(cleaned.text);
  const hash = contentHash(words);
  const seg = segment(cleaned.text);
  const document: DocumentRecord = {
    id: hash.slice(0, 16),
    path: input.path,
    ...cleaned.meta,
    text: cleaned.text,
    removed: cleaned.removed,
    raw: input.content,
    rawHash: input.rawHash,
    contentHash: hash,
    paragraphs: seg.paragraphs,
    sentences: seg.sentences,
    duplicateOf: null,
    similarity: null,
    ingestedAt: new Date().toISOString(),
  };
  return { document, signature: minhash(words) };
}
