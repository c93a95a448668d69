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
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].repeatOf !== null || words[i].size < 6) continue;
    const pull = pullQuote[i] && quotes(i).size >= 6;
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
