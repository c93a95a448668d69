// A reporting verb that only tags a direct quotation (“…,” Dempsey said.) is not an event of its own:
// the quotation is already on record as that person's quote, and the tag carries no statement of position.
import type { EventRecord, SentenceRecord } from '../../model/index.js';
import type { QuoteSegment } from '../quotes/marks.js';

const REPORTING =
  /^(says?|said|saying|tells?|told|telling|explain(?:s|ed)?|add(?:s|ed)?|not(?:es|ed)|wr(?:ote|ites?)|ask(?:s|ed)|continu(?:es|ed)|recall(?:s|ed)|insist(?:s|ed)?|stress(?:es|ed)?|argu(?:es|ed)|repl(?:y|ies|ied)|tweet(?:s|ed)?|declar(?:es|ed))$/i;

/**
 * True for a Public statement whose trigger is a reporting verb outside the quotation it tags. `segmentsNear`
 * gives the document's quoted segments that may overlap a sentence (asked for only when needed).
 */
export function isQuoteTag(e: EventRecord, text: string, sentences: SentenceRecord[], segmentsNear: (s: SentenceRecord) => QuoteSegment[]): boolean {
  if (e.category !== 'Public statement' || !e.triggerSpan) return false;
  const [ts, te] = e.triggerSpan;
  if (!REPORTING.test(text.slice(ts, te).trim().split(/\s+/)[0] ?? '')) return false;
  const sentence = sentences[e.sentence];
  if (!sentence) return false;
  // “… .” / Heyward said. — the tag split off as a sentence of its own after a quotation that ends the one before.
  const previous = sentences[e.sentence - 1];
  const words = () => text.slice(sentence.span[0], sentence.span[1]).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (previous && previous.paragraph === sentence.paragraph && /[”"»]\s*$/.test(text.slice(previous.span[0], previous.span[1])) && words() <= 8) {
    return true;
  }
  // The document's quoted segments (findQuoteSegments), cut to this sentence: a quotation opened in an earlier
  // sentence of the paragraph counts from the sentence's start.
  const [ss, se] = sentence.span;
  const quotes = segmentsNear(sentence).filter((q) => q.open < se && q.close > ss).map(({ open, close }) => [Math.max(open, ss), Math.min(close, se)]);
  if (quotes.some(([qs, qe]) => ts >= qs && te <= qe)) return false; // the verb is inside someone's quotation
  const quoted = quotes.reduce((n, [qs, qe]) => n + (qe - qs), 0);
  // Most of the sentence is quotation: what is left around the verb is the tag.
  return quoted > 0 && quoted >= (sentence.span[1] - sentence.span[0]) * 0.4;
}
