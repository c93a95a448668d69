// Reported (indirect) speech: "X said that …", "X stressed the need …", "… was underlined by lawmaker Y",
// "according to X, …". Each statement keeps its speaker, cue, content and evidence span.
import type { DateValue, QuoteRecord, SentenceRecord, Span, StatementRecord } from '../../model/index.js';
import type { ActorIndex } from '../actors/index.js';
import { CUES } from '../actors/lexicon.js';
import { type SpeakerContext, insideQuote, speakerText, subjectAfter, subjectBefore } from '../quotes/speaker.js';
import { escapeRegExp } from '../../text/regexp.js';
import { type WordStarts, findWordStarts, matchesAt, startWords, stickyCopy } from '../actors/word-starts.js';

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
const ADDED = /^add(?:ed|s)$/;
const ADDED_THING = /^(?:a|an|his|her|their|its|another|one|two|three|four|five|\d)\b/i;
/** "added smaller landers to the contract", "adds fuel to the debate": a thing put into another, not words. */
const ADDED_TO = /^\s*(?!that\b)[^,;:“”"«»]{1,60}?\bto\s+(?:the|a|an|its|their|his|her|our|this|that)\s/i;
const CALL = new RegExp(`\\b(${alt(CUES.callVerbs)})\\b\\s+`, 'g');
const PASSIVE = new RegExp(`\\b(${alt(CUES.passive)})\\s+`, 'g');
const ACCORDING = /\b[Aa]ccording to\s+/g;
/** What may follow the speaker of an inverted tag before the sentence ends: an appositive, no verb of its own. */
const INVERTED_TAIL = /^\s*(?:,[^,;:“”"]*)?[.!?]?\s*$/;
/** What may stand between the verb of an inverted tag and its speaker: a role or title of a few words. */
const INVERTED_LEAD = /^\s*(?:[\p{L}.'’-]+,?\s+){0,5}$/u;

// Running the cue patterns (long alternations behind a \b) over every sentence is slow, and few sentences hold a
// cue: each sentence is scanned once for the patterns' first words, and a sticky copy is tried only there.
const firstWord = (cue: string) => cue.split(' ')[0];
const PATTERNS: [RegExp, string[]][] = [
  [PASSIVE, CUES.passive.map(firstWord)],
  [ACCORDING, ['according', 'According']],
  [THAT, CUES.thatVerbs.map(firstWord)],
  [CALL, CUES.callVerbs.map(firstWord)],
  [BARE, BARE_VERBS],
];
const CUE = new Map(PATTERNS.map(([re], i) => [re, { sticky: stickyCopy(re), bit: 1 << i }]));
const CUE_WORDS = startWords(PATTERNS.flatMap(([, words], i) => words.map((w) => [w, 1 << i] as [string, number])));

/** Matches of a cue pattern in `sent`, in order, as a global search of `sent` finds them. */
function cueMatches(re: RegExp, sent: string, starts: WordStarts | null): Iterable<RegExpExecArray> {
  if (starts === null) return sent.matchAll(re);
  const { sticky, bit } = CUE.get(re)!;
  return matchesAt(sticky, sent, starts, bit);
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
  const ctx: SpeakerContext = { text: speakerText(text), index, sentences, quoted };
  const out: StatementRecord[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.repeatOf !== null) continue;
    const [ss, se] = s.span;
    const sent = text.slice(ss, se);
    const starts = CUE_WORDS.scannable ? findWordStarts(sent, CUE_WORDS) : null;
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
        const cue = re === CALL ? m[1] : m[1].split(/\s+/)[0];
        // "added a goal", "adds his seventh": something added, not words.
        if (re === BARE && ADDED.test(cue) && (ADDED_THING.test(text.slice(after, after + 12)) || ADDED_TO.test(text.slice(after, after + 80)))) continue;
        // "…, said study co-author Anezina Solomonidou, a research fellow.": a tag after a comma whose speaker
        // follows it and ends the sentence (an appositive at most) reports what came before the comma.
        if (re === BARE && /,\s*$/.test(text.slice(ss, pos))) {
          const inverted = subjectAfter(ctx, after, se);
          if (inverted?.actor != null && INVERTED_LEAD.test(text.slice(after, inverted.span[0])) && INVERTED_TAIL.test(text.slice(inverted.span[1], se))) {
            found(pos, cue, inverted, trimContent(text, ss, pos));
            continue;
          }
        }
        const hit = subjectBefore(ctx, pos, ss);
        const start = re === CALL ? pos : after;
        found(pos, cue, hit, trimContent(text, start, se));
      }
    }
  }
  return out;
}
