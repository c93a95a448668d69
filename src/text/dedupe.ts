// Duplicate detection: a content hash for exact copies, MinHash over word shingles for near-copies.
import { createHash } from 'node:crypto';
import { wordsOf } from './repeats.js';

export const MINHASH_SIZE = 64;
const ROWS_PER_BAND = 4; // 16 bands of 4 rows: pairs above ~0.7 Jaccard almost always share a band
const SHINGLE = 5;
/** Estimated Jaccard similarity at which a document counts as a near-duplicate of an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

export const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

/** Whitespace- and case-insensitive hash of the cleaned text (or of its words, when already split). */
export const contentHash = (text: string | string[]): string => sha256((typeof text === 'string' ? wordsOf(text) : text).join(' '));

// Deterministic seeds for the hash family (a fixed LCG, so signatures are the same on every machine).
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(MINHASH_SIZE * 2);
  let x = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x | 1;
  }
  return s;
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** FNV-1a continued over one more string. */
function fnv1aFeed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** FNV-1a of `words[from..from+n)` joined by single spaces, without building the joined string. */
function shingleHash(words: string[], from: number, n: number): number {
  let h = fnv1aFeed(FNV_OFFSET, words[from] ?? '');
  for (let i = from + 1; i < from + n && i < words.length; i++) {
    h = Math.imul(h ^ SPACE, FNV_PRIME);
    h = fnv1aFeed(h, words[i]);
  }
  return h >>> 0;
}

export function minhash(text: string | string[]): Uint32Array {
  const words = typeof text === 'string' ? wordsOf(text) : text;
  const n = Math.max(1, words.length - SHINGLE + 1);
  const hashes = new Int32Array(n);
  const mixes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = shingleHash(words, i, SHINGLE);
    hashes[i] = h;
    // The top bit is flipped here once for the comparisons below (see there).
    mixes[i] = (h >>> 13) ^ 0x80000000;
  }
  const sig = new Uint32Array(MINHASH_SIZE);
  // Four hash functions per pass over the shingles keep their seeds and running minima in registers (MINHASH_SIZE
  // is a multiple of 4). Values are compared as signed integers with the top bit flipped, whose order is the
  // unsigned order, so the loop stays in 32-bit integer arithmetic (an unsigned value above 2^31 would be a double
  // in V8). The signatures are the same as one hash at a time with unsigned minima.
  for (let k = 0; k < MINHASH_SIZE; k += 4) {
    const a0 = SEEDS[2 * k] | 0, b0 = SEEDS[2 * k + 1] | 0;
    const a1 = SEEDS[2 * k + 2] | 0, b1 = SEEDS[2 * k + 3] | 0;
    const a2 = SEEDS[2 * k + 4] | 0, b2 = SEEDS[2 * k + 5] | 0;
    const a3 = SEEDS[2 * k + 6] | 0, b3 = SEEDS[2 * k + 7] | 0;
    let low0 = 0x7fffffff, low1 = 0x7fffffff, low2 = 0x7fffffff, low3 = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const h = hashes[i];
      const m = mixes[i];
      const v0 = Math.imul(h ^ a0, b0) ^ m;
      const v1 = Math.imul(h ^ a1, b1) ^ m;
      const v2 = Math.imul(h ^ a2, b2) ^ m;
      const v3 = Math.imul(h ^ a3, b3) ^ m;
      if (v0 < low0) low0 = v0;
      if (v1 < low1) low1 = v1;
      if (v2 < low2) low2 = v2;
      if (v3 < low3) low3 = v3;
    }
    sig[k] = (low0 ^ 0x80000000) >>> 0;
    sig[k + 1] = (low1 ^ 0x80000000) >>> 0;
    sig[k + 2] = (low2 ^ 0x80000000) >>> 0;
    sig[k + 3] = (low3 ^ 0x80000000) >>> 0;
  }
  return sig;
}

export function bands(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < MINHASH_SIZE / ROWS_PER_BAND; b++) {
    const rows = Array.from(sig.subarray(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND));
    out.push(`${b}:${rows.map((r) => r.toString(36)).join('.')}`);
  }
  return out;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}
