// Reported (indirect) speech: "X said that …", "X stressed the need …", "… was underlined by lawmaker Y",
// "according to X, …". Each statement keeps its speaker, cue, content and evidence span.
import type { DateValue, QuoteRecord, SentenceRecord, Span, StatementRecord } from '../../model/index.js';
import type { ActorIndex } from '../actors/index.js';
import type { Token } from '../actors/tokens.js';
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
const BARE = /\b(said|says|say|told\s+(?:[\p{L}.’']+\s+){1,3}?|added|adds|noted|notes|wrote|writes|argued|argues|insisted|insists|claimed|claims|believes|believed|thinks|thought|explained|warned|warns|stressed|acknowledged|conceded|admitted|predicted|suggested|suggests|contended|maintained|declared|announced|tweeted|reported|estimated)\s+(?![“"«‘'(]|(?:in|on|at|during|after|before|while|when|as|if|because|last|this|to|of|for|with|about|by|from|as|so|it|was|is|were|are|be|been|again|later|earlier|then|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|repeatedly|publicly|privately|previously|also|only|nothing|something|little|much|more|goodbye|hello|yes|no|and|or|but)\b)(?=[\p{L}\p{N}$])/gu;
const CALL = new RegExp(`\\b(${alt(CUES.callVerbs)})\\b\\s+`, 'g');
const PASSIVE = new RegExp(`\\b(${alt(CUES.passive)})\\s+`, 'g');
const ACCORDING = /\b[Aa]ccording to\s+/g;

// Whole words that every match of a pattern contains, standing alone between spaces ("… said that …",
// "… was stressed by …"), so each is one token of the actor index. A sentence without such a token cannot match,
// and looking through the tokens once is far cheaper than running the pattern over every sentence.
const THAT_WORD = 'that';
/** "by", if every passive cue ends in the word "by" after another word, else null (no filter). */
const PASSIVE_WORD = CUES.passive.every((c) => / by$/.test(c)) ? 'by' : null;

/** For each word, marks (by position in `sentences`) the sentences holding a token so spelt; null: no filter. */
function sentencesWithTokens(tokens: Token[], sentences: SentenceRecord[], words: (string | null)[]): (Uint8Array | null)[] {
  for (let i = 1; i < sentences.length; i++) if (sentences[i].span[0] < sentences[i - 1].span[1]) return words.map(() => null);
  const marks = words.map((w) => (w === null ? null : new Uint8Array(sentences.length)));
  let j = 0;
  for (const t of tokens) {
    const w = words.indexOf(t.text);
    if (w < 0) continue;
    while (j < sentences.length && sentences[j].span[1] <= t.span[0]) j++;
    for (let k = j; k < sentences.length && sentences[k].span[0] < t.span[1]; k++) marks[w]![k] = 1;
  }
  return marks;
}
const may = (marks: Uint8Array | null, i: number) => marks === null || marks[i] === 1;

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
  // index.tokens are the tokens of this same text.
  const [mayThat, mayPassive] = sentencesWithTokens(index.tokens, sentences, [THAT_WORD, PASSIVE_WORD]);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.repeatOf !== null) continue;
    const [ss, se] = s.span;
    const sent = text.slice(ss, se);
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
    for (const re of may(mayPassive, si) ? [PASSIVE] : []) {
      re.lastIndex = 0;
      for (let m = re.exec(sent); m; m = re.exec(sent)) {
        const pos = ss + m.index;
        const hit = subjectAfter(ctx, pos + m[0].length, se);
        found(pos, m[1], hit, trimContent(text, ss, pos));
      }
    }
    ACCORDING.lastIndex = 0;
    for (let m = ACCORDING.exec(sent); m; m = ACCORDING.exec(sent)) {
      const pos = ss + m.index;
      const comma = sent.indexOf(',', m.index + m[0].length);
      const hit = subjectAfter(ctx, pos + m[0].length, comma > 0 ? ss + comma : se);
      const content = m.index < 3 && comma > 0 ? trimContent(text, ss + comma + 1, se) : trimContent(text, ss, pos);
      found(pos, 'according to', hit, content);
    }
    for (const re of [THAT, CALL, BARE]) {
      if (re === THAT && !may(mayThat, si)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(sent); m; m = re.exec(sent)) {
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
