// Marks sentences that repeat an earlier one (scraped twice) or a pull quote that repeats the article's own quote,
// so later stages count them once.
import type { SentenceRecord } from '../model/index.js';

const QUOTED = /[“"«‘]([^”"»’]{3,})(?:[”"»’]|$)/g;
const PULL_QUOTE = /^\s*[“"«][^”"»]+[”"»]?\s*[—–-]{1,2}\s*\p{Lu}/u;

export function wordsOf(s: string): string[] {
  const lower = s.toLowerCase();
  // Text of ASCII, no-break spaces and general punctuation (curly quotes, dashes) has no letters or digits beyond
  // a-z and 0-9, and NFKC turns none of those characters into one: the plain patterns give the same words, faster.
  if (!/[^\x00-\x7f\u00a0\u2000-\u206f]/.test(lower)) return lower.replace(/[’']/g, '').match(/[a-z0-9]+/g) ?? [];
  return lower.normalize('NFKC').replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

const NEAR_COPY = 0.8;

/**
 * Two sentences' word sets are near copies: alike in size and in words (Jaccard ≥ 0.8). Every sentence is compared
 * with every earlier one, so most pairs share few words; a pair is given up as soon as more of `a`'s words are
 * missing from `b` than a near copy can lack (it needs 0.8·|a ∪ b| ≥ 0.8·|a| of them in common).
 */
function isNearCopy(a: Set<string>, b: Set<string>): boolean {
  if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < NEAR_COPY) return false;
  const mayMiss = a.size - Math.floor(NEAR_COPY * a.size);
  let missing = 0;
  let inter = 0;
  for (const w of a) {
    if (b.has(w)) inter++;
    else if (++missing > mayMiss) return false;
  }
  return inter / (a.size + b.size - inter || 1) >= NEAR_COPY;
}

/**
 * For each sentence, the earlier sentences that may be its near copy, in order. Comparing every pair is quadratic, and
 * a long report has thousands of sentences; but two word sets with Jaccard ≥ 0.8 share at least ⌈0.8·|a|⌉ words, so
 * with the words of every set ranked the same way (rarest in the document first) their first |a| − ⌈0.8·|a|⌉ + 1
 * words already share one (prefix filtering). Only sentences sharing a word of those prefixes are candidates.
 */
function nearCopyCandidates(words: Set<string>[]): (i: number) => number[] {
  const df = new Map<string, number>();
  for (const w of words) for (const x of w) df.set(x, (df.get(x) ?? 0) + 1);
  const rank = (a: string, b: string) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  // (A floor, not a ceiling, makes the prefix one word longer where float rounding could make it one too short.)
  const prefixes = words.map((w) => [...w].sort(rank).slice(0, w.size - Math.floor(NEAR_COPY * w.size) + 1));
  const holders = new Map<string, number[]>();
  let indexed = 0;
  return (i) => {
    // Sentences before i enter the index in order, so each list stays sorted.
    for (; indexed < i; indexed++) for (const x of prefixes[indexed]) holders.get(x)?.push(indexed) ?? holders.set(x, [indexed]);
    const found = new Set<number>();
    for (const x of prefixes[i]) for (const j of holders.get(x) ?? []) found.add(j);
    return [...found].sort((a, b) => a - b);
  };
}

function quotedWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(QUOTED)) out.push(...wordsOf(m[1]));
  return out;
}

/** Sets `repeatOf` on sentences that restate another sentence of the same document. */
export function markRepeats(text: string, sentences: SentenceRecord[]): void {
  const texts = sentences.map((s) => text.slice(s.span[0], s.span[1]));
  const words = texts.map((t) => new Set(wordsOf(t)));
  const pullQuote = texts.map((t) => PULL_QUOTE.test(t));
  // Quoted words are only needed when the document has a pull quote, which is rare: computed on demand.
  const quoteCache = new Map<number, Set<string>>();
  const quotes = (i: number) => {
    let q = quoteCache.get(i);
    if (!q) quoteCache.set(i, (q = new Set(quotedWords(texts[i]))));
    return q;
  };
  // The quoted words of a sentence together with the next sentence of the same paragraph, so that a quote
  // split over two sentences ("…,” she said, “…”) can match a pull quote that gives it whole.
  const quotesWithNext = (i: number) => {
    const next = sentences[i + 1];
    if (!next || next.paragraph !== sentences[i].paragraph) return quotes(i);
    return new Set([...quotes(i), ...quotes(i + 1)]);
  };
  const earlierCopies = nearCopyCandidates(words);
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].repeatOf !== null || words[i].size < 6) continue;
    const pull = pullQuote[i] && quotes(i).size >= 6;
    if (!pull) {
      // The earliest near copy, among the earlier sentences that could be one.
      for (const j of earlierCopies(i)) {
        if (sentences[j].repeatOf === i || !isNearCopy(words[i], words[j])) continue;
        sentences[i].repeatOf = j;
        break;
      }
      continue;
    }
    for (let j = 0; j < sentences.length; j++) {
      if (i === j || sentences[j].repeatOf === i) continue;
      if (j < i && isNearCopy(words[i], words[j])) {
        sentences[i].repeatOf = j;
        break;
      }
      // A pull quote ("“…” — Name, role") repeats words quoted elsewhere in the article, before or after it.
      if (pull && !pullQuote[j] && jaccard(quotes(i), quotesWithNext(j)) >= 0.8) {
        sentences[i].repeatOf = j;
        break;
      }
    }
  }
}
