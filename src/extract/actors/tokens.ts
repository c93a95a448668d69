// A light tokenizer with exact character spans: enough for proper-name runs and cue matching, and far faster
// than a full NLP pass over every sentence.
import type { Span } from '../../model/index.js';

export interface Token {
  text: string;
  span: Span;
  /** Starts with a capital letter or is an acronym/code such as APT31, G7. */
  cap: boolean;
  word: boolean;
  /** The token carried a possessive ending ('s / ’s) that was cut off. */
  possessive: boolean;
  /** A line break separates this token from the previous one (names never run across lines). */
  newline?: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt',
  'adm', 'prof', 'rev', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'fla', 'calif', 'mass', 'ariz', 'wis',
]);

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const nl = text.slice(lastEnd, m.index!).includes('\n');
    lastEnd = m.index! + m[0].length;
    const before = out.length;
    let t = m[0];
    const start = m.index! + offset;
    const dotted = /^(?:\p{Lu}\.){2,}$/u.test(t);
    if (!dotted && t.length > 1 && t.endsWith('.')) {
      const bare = t.slice(0, -1);
      if (!ABBREVIATIONS.has(bare.toLowerCase()) && !/^\p{Lu}$/u.test(bare)) {
        pushWord(out, bare, start);
        out.push({ text: '.', span: [start + bare.length, start + t.length], cap: false, word: false, possessive: false });
        if (nl) out[before].newline = true;
        continue;
      }
    }
    if (/^[\p{L}\p{N}]/u.test(t)) pushWord(out, t, start);
    else out.push({ text: t, span: [start, start + t.length], cap: false, word: false, possessive: false });
    if (nl && out[before]) out[before].newline = true;
  }
  return out;
}

function pushWord(out: Token[], t: string, start: number) {
  let possessive = false;
  const pm = /^(.+?)['’]s$/u.exec(t);
  if (pm && !/['’]s$/u.test(pm[1])) {
    possessive = true;
    t = pm[1];
  } else if (/^\p{Lu}.*s['’]$/u.test(t)) {
    possessive = true;
    t = t.slice(0, -1);
  }
  const cap = /^\p{Lu}/u.test(t) || /^\p{N}*\p{Lu}{2,}\p{N}*$/u.test(t);
  out.push({ text: t, span: [start, start + t.length], cap, word: true, possessive });
}
