// A light tokenizer with exact character spans: enough for proper-name runs and cue matching, and far faster
// than a full NLP pass over every sentence. It runs over every document's whole text, so each token is classified
// by the regex group that matched it and by character codes, not by further regexes.
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
  newline: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt',
  'adm', 'prof', 'rev', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'fla', 'calif', 'mass', 'ariz', 'wis',
]);

// Group 1: dotted initials (U.S.); group 2: a word, maybe with a full stop; no group: one other character.
const TOKEN = /((?:\p{Lu}\.){2,})|([\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.?)|\S/gu;

const token = (text: string, start: number, cap: boolean, word: boolean, possessive: boolean, newline: boolean): Token => ({
  text,
  span: [start, start + text.length],
  cap,
  word,
  possessive,
  newline,
});

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // Position of the first line break at or after the end of the previous token (-1: none left).
  let nextBreak = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const at = m.index;
    const t = m[0];
    const nl = nextBreak !== -1 && nextBreak < at;
    const end = at + t.length;
    if (nextBreak !== -1 && nextBreak < end) nextBreak = text.indexOf('\n', end);
    const start = at + offset;
    if (m[2] !== undefined && t.length > 1 && t.charCodeAt(t.length - 1) === 46 /* . */) {
      const bare = t.slice(0, -1);
      if (!ABBREVIATIONS.has(bare.toLowerCase()) && !isSingleCapital(bare)) {
        pushWord(out, bare, start, nl);
        out.push(token('.', start + bare.length, false, false, false, false));
        continue;
      }
    }
    if (m[1] !== undefined || m[2] !== undefined) pushWord(out, t, start, nl);
    else out.push(token(t, start, false, false, false, nl));
  }
  return out;
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const isSingleCapital = (s: string) => s.length <= 2 && SINGLE_CAPITAL.test(s);

const isApostrophe = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */;
/** Ends with 's or ’s after at least `min` other characters. */
const endsWithApostropheS = (t: string, min: number) => t.length >= min + 2 && t.charCodeAt(t.length - 1) === 115 /* s */ && isApostrophe(t.charCodeAt(t.length - 2));

const STARTS_UPPER = /^\p{Lu}/u;
const CODE = /^\p{N}*\p{Lu}{2,}\p{N}*$/u;
/** Capitalised, or an acronym/code (APT31, 2FA). ASCII letters are decided by their code alone. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return STARTS_UPPER.test(t) || CODE.test(t);
}

const POSSESSIVE_PLURAL = /^\p{Lu}.*s['’]$/u;
function pushWord(out: Token[], t: string, start: number, newline: boolean) {
  let possessive = false;
  if (endsWithApostropheS(t, 1) && !endsWithApostropheS(t.slice(0, -2), 0)) {
    possessive = true;
    t = t.slice(0, -2);
  } else if (isApostrophe(t.charCodeAt(t.length - 1)) && POSSESSIVE_PLURAL.test(t)) {
    possessive = true;
    t = t.slice(0, -1);
  }
  out.push(token(t, start, isCap(t), true, possessive, newline));
}
