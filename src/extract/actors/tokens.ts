// A light tokenizer with exact character spans: enough for proper-name runs and cue matching, and far faster
// than a full NLP pass over every sentence. It runs over every document's whole text, so it scans character codes
// (each character's classes looked up once in a table) instead of running regexes per token.
import { readFileSync } from 'node:fs';
import type { WordInfo } from './lexicon.js';

export interface Token {
  text: string;
  /** Where the token starts and ends in the text (its span, kept as two numbers: one object less per token). */
  start: number;
  end: number;
  /** Starts with a capital letter or is an acronym/code such as APT31, G7. */
  cap: boolean;
  word: boolean;
  /** The token carried a possessive ending ('s / ’s) that was cut off. */
  possessive: boolean;
  /** A line break separates this token from the previous one (names never run across lines). */
  newline: boolean;
  /** The lexicon's facts about the word, filled in on first use (actors/index.ts wordOf). */
  info: WordInfo | undefined;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'st', 'jr', 'sr', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt',
  'adm', 'prof', 'rev', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'fla', 'calif', 'mass', 'ariz', 'wis',
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const token = (text: string, start: number, cap: boolean, word: boolean, possessive: boolean, newline: boolean): Token => ({
  text,
  start,
  end: start + text.length,
  cap,
  word,
  possessive,
  newline,
  info: undefined,
});

/**
 * Tokens of `text` (but for a listed collective noun's possessive before a capitalised word, "People's Liberation
 * Army", kept whole as a word of the name), exactly as the regex /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.?|\S/gu
 * would match them (dotted initials; words with inner apostrophes, hyphens, ampersands and maybe a full stop;
 * any other single character), scanned by hand because per-match regex results cost more than the scan.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let nl = false;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    const k = c < 128 ? ASCII_KINDS[c] : kindAt(text, p, c);
    if (k & SPACE) {
      if (c === 10) nl = true;
      p++; // no whitespace character lies outside the BMP
      continue;
    }
    const start = p + offset;
    if (k & WORDCHAR) {
      const dotted = k & UPPER ? dottedEnd(text, p) : 0;
      if (dotted > 0) {
        pushWord(out, text.slice(p, dotted), start, nl, text, dotted);
        p = dotted;
      } else {
        const e = wordEnd(text, p);
        const t = text.slice(p, e);
        p = e;
        if (t.length > 1 && t.charCodeAt(t.length - 1) === 46 /* . */) {
          const bare = t.slice(0, -1);
          if (!(bare.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(bare.toLowerCase())) && !isSingleCapital(bare)) {
            pushWord(out, bare, start, nl, text, p - 1);
            out.push(token('.', start + bare.length, false, false, false, false));
            nl = false;
            continue;
          }
        }
        // "Workers' Party": a collective noun's possessive inside a name is a word of it (the apostrophe checked first).
        if (t.charCodeAt(t.length - 1) === 115 /* s */ && isApostrophe(text.charCodeAt(p)) && NAME_POSSESSIVES.has(t) && capitalFollows(text, p + 1)) {
          out.push(token(text.slice(start - offset, p + 1), start, true, true, false, nl));
          p++;
        } else pushWord(out, t, start, nl, text, p);
      }
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && p + 1 < n && isLowSurrogate(text.charCodeAt(p + 1)) ? 2 : 1;
      out.push(token(text.slice(p, p + len), start, false, false, false, nl));
      p += len;
    }
    nl = false;
  }
  return out;
}

// Character kinds, as bit flags: the regex classes the token pattern uses.
const SPACE = 1; // \s
const LETTER = 2; // \p{L}
const UPPER = 4; // \p{Lu}
const WORDCHAR = 8; // [\p{L}\p{N}]
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Kinds of the BMP characters, decided once each by the same regex classes (0: not yet seen). */
const BMP_KINDS = new Uint8Array(0x10000);
const KNOWN = 16;
function classify(ch: string): number {
  let k = KNOWN;
  if (/^\s$/u.test(ch)) k |= SPACE;
  if (/^\p{L}$/u.test(ch)) k |= LETTER | WORDCHAR;
  if (/^\p{Lu}$/u.test(ch)) k |= UPPER;
  if (/^\p{N}$/u.test(ch)) k |= WORDCHAR;
  return k;
}
/** Kinds of the ASCII characters, decided up front: most text is ASCII. */
const ASCII_KINDS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KINDS[c] = BMP_KINDS[c] = classify(String.fromCharCode(c));
/** Kinds of the code point at p (c = its first code unit); a surrogate pair is classified as one character. */
function kindAt(text: string, p: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < text.length && isLowSurrogate(text.charCodeAt(p + 1))) return classify(text.slice(p, p + 2));
  let k = BMP_KINDS[c];
  if (k === 0) k = BMP_KINDS[c] = classify(String.fromCharCode(c));
  return k;
}
/** Length in code units of the code point at p. */
const cpLength = (text: string, p: number) => {
  const c = text.charCodeAt(p);
  return c >= 0xd800 && c <= 0xdbff && p + 1 < text.length && isLowSurrogate(text.charCodeAt(p + 1)) ? 2 : 1;
};
const isWordChar = (text: string, p: number) => p < text.length && (kindAt(text, p, text.charCodeAt(p)) & WORDCHAR) !== 0;

/** Character classes for hand scans elsewhere (quotes, statements): bit flags of charKindAt/charKindBefore. */
export const CHAR_SPACE = SPACE;
export const CHAR_LETTER = LETTER;
export const CHAR_WORD = WORDCHAR;
/** Kinds (CHAR_* flags) of the code point starting at p (p < text.length). */
export const charKindAt = (text: string, p: number) => kindAt(text, p, text.charCodeAt(p));
/** Length in code units of the code point starting at p. */
export const charLengthAt = cpLength;
/** Length in code units of the code point ending at p (p > 0): 2 for a surrogate pair. */
export function charLengthBefore(text: string, p: number): number {
  return p >= 2 && isLowSurrogate(text.charCodeAt(p - 1)) && isHighSurrogate(text.charCodeAt(p - 2)) ? 2 : 1;
}
/** Kinds of the code point ending at p (p > 0). */
export const charKindBefore = (text: string, p: number) => {
  const q = p - charLengthBefore(text, p);
  return q === p - 1 ? kindOfUnit(text.charCodeAt(q)) : kindAt(text, q, text.charCodeAt(q));
};
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** Kinds of one code unit taken alone (a lone surrogate is no letter, digit or space). */
function kindOfUnit(c: number): number {
  let k = BMP_KINDS[c];
  if (k === 0) k = BMP_KINDS[c] = classify(String.fromCharCode(c));
  return k;
}

/** End of dotted initials ((?:\p{Lu}\.){2,}) starting at p, or 0 when there are fewer than two. */
function dottedEnd(text: string, p: number): number {
  let reps = 0;
  while (p < text.length && kindAt(text, p, text.charCodeAt(p)) & UPPER) {
    const q = p + cpLength(text, p);
    if (text.charCodeAt(q) !== 46) break;
    p = q + 1;
    reps++;
  }
  return reps >= 2 ? p : 0;
}

const isJoiner = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */ || c === 38; /* & */
/** End of [\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.? starting at p (which holds a letter or digit). */
function wordEnd(text: string, p: number): number {
  const n = text.length;
  for (;;) {
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (!(ASCII_KINDS[c] & WORDCHAR)) break;
        p++;
      } else if (kindAt(text, p, c) & WORDCHAR) p += cpLength(text, p);
      else break;
    }
    if (isJoiner(text.charCodeAt(p)) && isWordChar(text, p + 1)) p++;
    else break;
  }
  return text.charCodeAt(p) === 46 ? p + 1 : p;
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const isSingleCapital = (s: string) => s.length <= 2 && SINGLE_CAPITAL.test(s);

const isApostrophe = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */;
/** Ends with 's or ’s after at least `min` other characters. */
const endsWithApostropheS = (t: string, min: number) => t.length >= min + 2 && t.charCodeAt(t.length - 1) === 115 /* s */ && isApostrophe(t.charCodeAt(t.length - 2));

const STARTS_UPPER = /^\p{Lu}/u;
/** Only ASCII digits ("2020", "45"): neither capitalised nor a code. */
function isAsciiDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const CODE = /^\p{N}*\p{Lu}{2,}\p{N}*$/u;
/** Capitalised, or an acronym/code (APT31, 2FA). ASCII letters are decided by their code alone. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  if (c >= 48 && c <= 57 && isAsciiDigits(t)) return false;
  return STARTS_UPPER.test(t) || CODE.test(t);
}

/** Collective nouns whose possessive opens or continues a name (data/gazetteer/name-possessives.json). */
const NAME_POSSESSIVES = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../../data/gazetteer/name-possessives.json', import.meta.url), 'utf8')) as { words: string[] }).words,
);

const POSSESSIVE_PLURAL = /^\p{Lu}.*s['’]$/u;
/** The word before is a saint's title ("St.", "Saint"), so a possessive after it names a place or a body. */
const afterSaint = (out: Token[]) => {
  const prev = out[out.length - 1]?.text;
  return prev === 'St.' || prev === 'Saint' || prev === 'St';
};
/** A space and a capital letter at p: the next word is capitalised. */
const capitalFollows = (text: string, p: number) => text.charCodeAt(p) === 32 && p + 1 < text.length && (kindAt(text, p + 1, text.charCodeAt(p + 1)) & UPPER) !== 0;
/** Pushes the word t; `end` is where it ends in `text` (given where a possessive inside a name may follow). */
function pushWord(out: Token[], t: string, start: number, newline: boolean, text: string, end: number) {
  let possessive = false;
  if (endsWithApostropheS(t, 1) && !endsWithApostropheS(t.slice(0, -2), 0)) {
    // "People's Liberation Army": a collective noun's possessive before a capitalised word stays a word of the name.
    // ("St. Anselm's College", "Saint Mary's Hospital": so is a saint's.)
    if (((t.length >= 5 && NAME_POSSESSIVES.has(t.slice(0, -2))) || afterSaint(out)) && capitalFollows(text, end)) {
      out.push(token(t, start, true, true, false, newline));
      return;
    }
    possessive = true;
    t = t.slice(0, -2);
  } else if (isApostrophe(t.charCodeAt(t.length - 1)) && POSSESSIVE_PLURAL.test(t)) {
    possessive = true;
    t = t.slice(0, -1);
  }
  out.push(token(t, start, isCap(t), true, possessive, newline));
}
