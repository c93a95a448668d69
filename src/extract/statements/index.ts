// Reported (indirect) speech: "X said that …", "X stressed the need …", "… was underlined by lawmaker Y",
// "according to X, …". Each statement keeps its speaker, cue, content and evidence span.
import type { DateValue, QuoteRecord, SentenceRecord, Span, StatementRecord } from '../../model/index.js';
import type { ActorIndex } from '../actors/index.js';
import { CUES } from '../actors/lexicon.js';
import { type SpeakerContext, insideQuote, subjectAfter, subjectBefore } from '../quotes/speaker.js';
import { escapeRegExp } from '../../text/regexp.js';

export interface StatementInput {
  text: string;
  sentences: SentenceRecord[];
}

const esc = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const alt = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(esc).join('|');

const THAT = new RegExp(`\\b(${alt(CUES.thatVerbs)})\\b(?:\\s+(?!that\\b)[^\\s,.;:“”"]+){0,6}?,?\\s+that\\s+`, 'g');
// "X said the web …", "Y told reporters he …": a speech verb followed directly by its reported clause.
const BARE_VERBS = ['said', 'says', 'say', 'told', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'believes', 'believed', 'thinks', 'thought', 'explained', 'warned', 'warns', 'stressed', 'acknowledged', 'conceded', 'admitted', 'predicted', 'suggested', 'suggests', 'contended', 'maintained', 'declared', 'announced', 'tweeted', 'reported', 'estimated'];
const BARE = new RegExp(
  `\\b(${BARE_VERBS.map((v) => (v === 'told' ? "told\\s+(?:[\\p{L}.’']+\\s+){1,3}?" : v)).join('|')})\\s+(?![“"«‘'(]|(?:in|on|at|during|after|before|while|when|as|if|because|last|this|to|of|for|with|about|by|from|as|so|it|was|is|were|are|be|been|again|later|earlier|then|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|repeatedly|publicly|privately|previously|also|only|nothing|something|little|much|more|goodbye|hello|yes|no|and|or|but)\\b)(?=[\\p{L}\\p{N}$])`,
  'gu',
);
const CALL = new RegExp(`\\b(${alt(CUES.callVerbs)})\\b\\s+`, 'g');
const PASSIVE = new RegExp(`\\b(${alt(CUES.passive)})\\s+`, 'g');
const ACCORDING = /\b[Aa]ccording to\s+/g;

// ---------- where the cue patterns can match ----------
// Running the cue patterns (long alternations behind a \b) over every sentence is slow, and few sentences hold a
// cue. Every match starts with one of its pattern's first words as a whole run of ASCII letters after a word
// boundary, so each sentence is scanned once for such runs and a sticky copy of the pattern is tried only there.

interface CuePattern {
  re: RegExp;
  sticky: RegExp;
  /** Bit of this pattern in CUE_WORDS. */
  bit: number;
}
const firstWord = (cue: string) => cue.split(' ')[0];
const PATTERNS: [RegExp, string[]][] = [
  [PASSIVE, CUES.passive.map(firstWord)],
  [ACCORDING, ['according', 'According']],
  [THAT, CUES.thatVerbs.map(firstWord)],
  [CALL, CUES.callVerbs.map(firstWord)],
  [BARE, BARE_VERBS],
];
/** First word → bits of the patterns that may start with it. */
const CUE_WORDS = new Map<string, number>();
const CUE: Map<RegExp, CuePattern> = new Map();
PATTERNS.forEach(([re, words], i) => {
  CUE.set(re, { re, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), bit: 1 << i });
  for (const w of words) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | (1 << i));
});
/** Only words of ASCII letters can be found by the scan; with any other cue word the patterns run everywhere. */
const SCANNABLE = [...CUE_WORDS.keys()].every((w) => /^[A-Za-z]+$/.test(w));
/** Lengths (bit n: length n) of the cue words by their first letter: most words are ruled out before a lookup. */
const LENGTHS_BY_FIRST = new Uint32Array(128);
for (const w of CUE_WORDS.keys()) LENGTHS_BY_FIRST[w.charCodeAt(0) & 127] |= 1 << Math.min(w.length, 31);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** Positions in `sent` where a cue word starts, and the bits of the patterns it may start. */
function cueStarts(sent: string): { at: number[]; bits: number[] } {
  const at: number[] = [];
  const bits: number[] = [];
  const n = sent.length;
  for (let p = 0; p < n; p++) {
    if (!isAsciiLetter(sent.charCodeAt(p))) continue;
    const start = p;
    while (p + 1 < n && isAsciiLetter(sent.charCodeAt(p + 1))) p++;
    // A run inside a word (after a digit or _) or going on into one cannot be a cue word (patterns need \b around it).
    if ((start > 0 && isAsciiWordChar(sent.charCodeAt(start - 1))) || (p + 1 < n && isAsciiWordChar(sent.charCodeAt(p + 1)))) continue;
    const len = p + 1 - start;
    if (len > 31 || !(LENGTHS_BY_FIRST[sent.charCodeAt(start)] & (1 << len))) continue;
    const b = CUE_WORDS.get(sent.slice(start, p + 1));
    if (b === undefined) continue;
    at.push(start);
    bits.push(b);
  }
  return { at, bits };
}

/** Matches of a cue pattern in `sent`, in order, exactly as a global search of `sent` finds them. */
function* cueMatches(re: RegExp, sent: string, starts: { at: number[]; bits: number[] } | null): Generator<RegExpExecArray> {
  if (starts === null) {
    re.lastIndex = 0;
    for (let m = re.exec(sent); m; m = re.exec(sent)) yield m;
    return;
  }
  const { sticky, bit } = CUE.get(re)!;
  let from = 0;
  for (let k = 0; k < starts.at.length; k++) {
    const s = starts.at[k];
    if (s < from || !(starts.bits[k] & bit)) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(sent);
    if (!m) continue;
    from = s + m[0].length;
    yield m;
  }
}

function trimContent(text: string, a: number, b: number): Span | null {
  while (a < b && /[\s,:;]/.test(text[a])) a++;
  while (b > a && /[\s.,;:!?]/.test(text[b - 1])) b--;
  return b - a >= 8 ? [a, b] : null;
}

/** Indirect statements of a document; direct quotes are left to extractQuotes. */
export function extractStatements(
  input: StatementInput,
  index: ActorIndex,
  quotes: QuoteRecord[],
  dates: { sentence: number; date: DateValue }[] = [],
): StatementRecord[] {
  const { text, sentences } = input;
  const quoted: Span[] = quotes.map((q) => [Math.max(0, q.span[0] - 1), Math.min(text.length, q.span[1] + 1)] as Span);
  const ctx: SpeakerContext = { text, index, sentences, quoted };
  const out: StatementRecord[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.repeatOf !== null) continue;
    const [ss, se] = s.span;
    const sent = text.slice(ss, se);
    const starts = SCANNABLE ? cueStarts(sent) : null;
    if (starts?.at.length === 0) continue;
    const found = (cuePos: number, cue: string, hit: ReturnType<typeof subjectBefore>, content: Span | null) => {
      if (!hit || hit.actor === null || !content) return;
      if (insideQuote(ctx, [cuePos, cuePos + 1])) return;
      // Content that is all direct quote is a quote, not reported speech.
      const c = text.slice(content[0], content[1]);
      if (/^[“"«]/.test(c) && quotes.some((q) => q.span[0] <= content[0] + 1 && q.span[1] >= content[1] - 1)) return;
      if (out.some((o) => o.sentence === s.index && o.contentSpan[0] < content[1] && content[0] < o.contentSpan[1])) return;
      const actor = index.actors[hit.actor];
      out.push({
        speaker: actor.name,
        speakerKey: actor.key || null,
        cue: cue.replace(/\s+/g, ' ').trim(),
        text: c,
        span: [ss, se],
        contentSpan: content,
        sentence: s.index,
        date: dates.find((d) => d.sentence === s.index)?.date ?? null,
      });
    };
    for (const re of [PASSIVE]) {
      for (const m of cueMatches(re, sent, starts)) {
        const pos = ss + m.index;
        const hit = subjectAfter(ctx, pos + m[0].length, se);
        found(pos, m[1], hit, trimContent(text, ss, pos));
      }
    }
    for (const m of cueMatches(ACCORDING, sent, starts)) {
      const pos = ss + m.index;
      const comma = sent.indexOf(',', m.index + m[0].length);
      const hit = subjectAfter(ctx, pos + m[0].length, comma > 0 ? ss + comma : se);
      const content = m.index < 3 && comma > 0 ? trimContent(text, ss + comma + 1, se) : trimContent(text, ss, pos);
      found(pos, 'according to', hit, content);
    }
    for (const re of [THAT, CALL, BARE]) {
      for (const m of cueMatches(re, sent, starts)) {
        const pos = ss + m.index;
        const after = ss + m.index + m[0].length;
        if (/^\s*[“"«]/.test(text.slice(after, after + 3)) && re !== THAT) continue;
        // The frame of a direct quote ("…,” Macron said while …) is not reported speech.
        if (/[”"»]\s*,?\s*(?:\S+\s+){0,4}$/.test(text.slice(Math.max(ss, pos - 60), pos))) continue;
        const hit = subjectBefore(ctx, pos, ss);
        const cue = re === CALL ? m[1] : m[1].split(/\s+/)[0];
        const start = re === CALL ? pos : after;
        found(pos, cue, hit, trimContent(text, start, se));
      }
    }
  }
  return out;
}
