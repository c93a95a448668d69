// Marks sentences that repeat an earlier one (scraped twice) or a pull quote that repeats the article's own quote,
// so later stages count them once.
import type { SentenceRecord } from '../model/index.js';

const QUOTED = /[“"«‘]([^”"»’]{3,})(?:[”"»’]|$)/g;
const PULL_QUOTE = /^\s*[“"«][^”"»]+[”"»]?\s*[—–-]{1,2}\s*\p{Lu}/u;

export function wordsOf(s: string): string[] {
  const lower = s.toLowerCase();
  // NFKC only matters for non-ASCII text (ligatures, full-width forms); skipping it for ASCII is much faster.
  const norm = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKC') : lower;
  return norm.replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
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
      if (j < i) {
        const lenRatio = Math.min(words[i].size, words[j].size) / Math.max(words[i].size, words[j].size);
        if (lenRatio >= 0.8 && jaccard(words[i], words[j]) >= 0.8) {
          sentences[i].repeatOf = j;
          break;
        }
      }
      // A pull quote ("“…” — Name, role") repeats words quoted elsewhere in the article, before or after it.
      if (pull && !pullQuote[j] && jaccard(quotes(i), quotesWithNext(j)) >= 0.8) {
        sentences[i].repeatOf = j;
        break;
      }
    }
  }
}
