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
  const quotes = texts.map((t) => new Set(quotedWords(t)));
  // The quoted words of a sentence together with the next sentence of the same paragraph, so that a quote
  // split over two sentences ("…,” she said, “…”) can match a pull quote that gives it whole.
  const quotesWithNext = sentences.map((s, i) => {
    const next = sentences[i + 1];
    if (!next || next.paragraph !== s.paragraph) return quotes[i];
    return new Set([...quotes[i], ...quotes[i + 1]]);
  });
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].repeatOf !== null || words[i].size < 6) continue;
    for (let j = 0; j < sentences.length; j++) {
      if (i === j || sentences[j].repeatOf === i) continue;
      const lenRatio = Math.min(words[i].size, words[j].size) / Math.max(words[i].size, words[j].size);
      const sameSentence = lenRatio >= 0.8 && jaccard(words[i], words[j]) >= 0.8;
      if (sameSentence && j < i) {
        sentences[i].repeatOf = j;
        break;
      }
      // A pull quote ("“…” — Name, role") repeats words quoted elsewhere in the article, before or after it.
      if (quotes[i].size >= 6 && PULL_QUOTE.test(texts[i]) && !PULL_QUOTE.test(texts[j])) {
        if (jaccard(quotes[i], quotesWithNext[j]) >= 0.8) {
          sentences[i].repeatOf = j;
          break;
        }
      }
    }
  }
}
