// Paragraphs and sentences with character offsets into the cleaned text (wink-nlp does the sentence work).
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ParagraphRecord, Segmentation, SentenceRecord, Span } from '../model/index.js';
import { markRepeats } from './repeats.js';
import { alternation } from './regexp.js';

// Sentence boundaries need no part-of-speech tagging, so segmentation runs wink-nlp with 'sbd' alone;
// tagging is a separate, lazily built pipeline for the extractors that want it.
const sentenceNlp = winkNLP(model, ['sbd']);
let taggingNlp: ReturnType<typeof winkNLP> | null = null;
// Part of speech only (tagTokens): wink's tagger does not look at sentence boundaries, so it tags the same without them.
const tagger = () => (taggingNlp ??= winkNLP(model, ['pos']));

const ABBREVIATIONS = JSON.parse(readFileSync(new URL('../../data/abbreviations.json', import.meta.url), 'utf8')) as {
  titles: string[];
  beforeNumber: string[];
  sentenceStarters: string[];
  notSentenceEnds: string[];
};
const TITLE_AT_END = new RegExp(`(?:^|[\\s(“"'‘])(?:${alternation(ABBREVIATIONS.titles)})\\.$`);
const NUMBER_WORD_AT_END = new RegExp(`(?:^|[\\s(])(?:${alternation(ABBREVIATIONS.beforeNumber)})\\.$`);

/**
 * Whether the splitter's break between two sentences of a paragraph is false: after a title ("the Rev. | Al
 * Sharpton"), after a number word before its number ("No. | 5"), or before a lower-case word, which no sentence
 * starts with ("Ted Cruz (R-Tex.) | said", "“This is great.” | she said", "Yahoo! | in the accounting department"),
 * or before a comma or closing bracket, or after a list item's number ("3. | Avoid skipping meals"), or inside a
 * party-and-state tag ("R-W. | Va."), or after "vs." ("Smith vs. | The People").
 */
export function isFalseBreak(before: string, after: string): boolean {
  const head = before.trimEnd();
  const next = after.trimStart();
  if (/^\p{Ll}+(?=[\s,;:]|$)/u.test(next)) return true;
  // No sentence starts with a comma or a closing bracket: "Ted Cruz (R-Tex.) | , a Republican, said".
  if (/^[,;:)\]]/.test(next)) return true;
  // A list item's number alone is no sentence: "1. | Ditch the diet", "2) | The second point".
  if (head.length <= 4 && /^\(?\d{1,2}[.)]$/.test(head)) return true;
  if (TITLE_AT_END.test(head) && /^\p{Lu}/u.test(next)) return true;
  if (NUMBER_WORD_AT_END.test(head) && /^(?:\d|[IVXLC]+\b)/.test(next)) return true;
  // "Smith vs. | The People": the other party of a case or a match.
  if (/(?:^|\s)(?:vs|v)\.$/.test(head)) return true;
  // A party and a two-part state, written with a space: "Sen. Joe Marsh, R-W. | Va., said", "(D-N. | H.)".
  if (/(?:^|[\s(])[RDI]-\p{Lu}\.$/u.test(head) && /^\p{Lu}\p{L}?\./u.test(next)) return true;
  return false;
}

const TITLE_WORDS = new Set(ABBREVIATIONS.titles.map((t) => t.split(' ').pop()!));
const NOT_SENTENCE_ENDS = new Set(ABBREVIATIONS.notSentenceEnds);
// A full stop (and a closing quote mark), space, then an opening quote and a capital, a word that starts sentences,
// or another capital. (The word before the stop is checked in code: a title, an initial, a list number is no end.)
const MISSED_BREAK = new RegExp(`\\.["”’]?\\s+(?=["“‘]\\p{Lu}|(?:${alternation(ABBREVIATIONS.sentenceStarters)})\\b|(\\p{Lu}))`, 'gu');

/**
 * Where the splitter ran two sentences together after a word it took for an abbreviation: "…shaking his head
 * no. “But I do …”", "a student from Fresno, Calif. “I think …”", "… that Gore will miss. He wasn't there", "said
 * no. Rep. Ann Lee …". Returns the offsets in `sentence` where a new sentence starts. Not after a title ("Sen.
 * “Al” Lee"), an initial before a quote ("John F. “Jack” Kennedy") or a capital that is not a starter word ("Albert
 * I. Jones", "the U.S. Senate"), nor after an ellipsis, a number or "vs.".
 */
export function missedBreaks(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(MISSED_BREAK)) {
    const wordStart = sentence.lastIndexOf(' ', m.index!) + 1;
    const word = sentence.slice(wordStart, m.index!).replace(/^[(“"‘']+/, '');
    const at = m.index! + m[0].length;
    if (!word || /[.…]$/.test(word) || /^[\d.,]+$/.test(word) || TITLE_WORDS.has(word) || NOT_SENTENCE_ENDS.has(word.toLowerCase())) continue;
    if (m[1] !== undefined) {
      // Any capital only after a lower-case word the splitter took for an abbreviation ("no.", "miss."), and not
      // before a Roman numeral ("no. IV").
      if (!/^\p{Ll}{2,}$/u.test(word) || /^[IVXLC]+\b/.test(sentence.slice(at))) continue;
    } else if (/^["“‘]/.test(sentence.slice(at, at + 1)) && /^\p{Lu}$/u.test(word)) continue;
    out.push(at);
  }
  return out;
}

/** Splits sentences at the breaks the splitter missed (see missedBreaks). */
function splitMissedBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of spans) {
    let from = s;
    for (const at of missedBreaks(text.slice(s, e))) {
      out.push([from, s + text.slice(s, s + at).trimEnd().length]);
      from = s + at;
    }
    out.push([from, e]);
  }
  return out;
}

/** Joins sentences the splitter cut at a false break (see isFalseBreak). Spans must be adjacent and in order. */
export function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && isFalseBreak(text.slice(prev[0], prev[1]), text.slice(span[0], span[1]))) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** Paragraphs are runs of text between line breaks; blank lines carry no meaning beyond that. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push([m.index + lead, m.index + lead + body.length]);
  }
  return spans;
}

/** Sentence spans of one paragraph, as absolute offsets. Token offsets are found by scanning, so they are exact. */
export function splitSentences(text: string, [start, end]: Span): Span[] {
  const para = text.slice(start, end);
  const doc = sentenceNlp.readDoc(para);
  const out: Span[] = [];
  let cursor = 0;
  doc.sentences().each((s: any) => {
    const tokens: string[] = s.tokens().out();
    let first = -1;
    let last = -1;
    for (const tok of tokens) {
      const at = para.indexOf(tok, cursor);
      if (at < 0) continue; // wink normalised the token; its neighbours still anchor the sentence
      if (first < 0) first = at;
      cursor = at + tok.length;
      last = cursor;
    }
    if (first >= 0 && last > first) out.push([start + first, start + last]);
  });
  if (!out.length && para.trim()) out.push([start, end]);
  // Close gaps so every character of the paragraph belongs to a sentence (e.g. trailing quote marks).
  for (let i = 0; i < out.length; i++) {
    if (i + 1 < out.length) {
      const gap = text.slice(out[i][1], out[i + 1][0]);
      const trimmed = gap.trimEnd();
      out[i][1] += trimmed.length;
    } else {
      out[i][1] = end;
    }
  }
  if (out.length) out[0][0] = start;
  return splitMissedBreaks(text, mergeFalseBreaks(text, out));
}

export function segment(text: string): Segmentation {
  const paragraphs: ParagraphRecord[] = splitParagraphs(text).map((span, index) => ({ index, span }));
  const sentences: SentenceRecord[] = [];
  for (const p of paragraphs) {
    for (const span of splitSentences(text, p.span)) {
      sentences.push({ index: sentences.length, paragraph: p.index, span, repeatOf: null });
    }
  }
  markRepeats(text, sentences);
  return { paragraphs, sentences };
}

/** Part-of-speech tags with character spans for a piece of text (used by extraction). */
export function tagTokens(text: string): { text: string; pos: string; span: Span }[] {
  const nlp = tagger();
  const tokens = nlp.readDoc(text).tokens();
  const toks: string[] = tokens.out();
  const pos: string[] = tokens.out(nlp.its.pos);
  const out: { text: string; pos: string; span: Span }[] = [];
  let cursor = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const at = text.indexOf(t, cursor);
    if (at < 0) continue;
    cursor = at + t.length;
    out.push({ text: t, pos: pos[i], span: [at, cursor] });
  }
  return out;
}
