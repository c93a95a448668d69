// The event extractor's word tokenizer: a hand-written scanner for what the regex
//   /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*|['’](?:s|t)\b|[^\s\p{L}\p{N}]/gu
// matches (abbreviations like "U.S.", words joined by - or &, "'s"/"'t", any other single non-space character).
// Every sentence of every document is tokenised, and the regex's match objects cost more than the tokens;
// tokens.test.ts holds the regex and checks the scanner against it.
import type { Span } from '../../model/index.js';

export interface Token {
  text: string;
  lower: string;
  span: Span;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Made of ASCII letters and digits only: nothing inside it starts another word ("German" of "Franco-German"). */
  plain: boolean;
}

const SPACE = 1;
const LETTER_OR_DIGIT = 2;
const OTHER = 3;

/** Class of each UTF-16 unit outside the surrogate range, filled in on first sight (0 = not yet known). */
const UNIT_CLASS = new Uint8Array(0x10000);
// ASCII is known from the start: the loops below look it up without a call.
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = classify(String.fromCharCode(c));

function classify(ch: string): number {
  if (/^\s$/u.test(ch)) return SPACE;
  if (/^[\p{L}\p{N}]$/u.test(ch)) return LETTER_OR_DIGIT;
  return OTHER;
}

/** One-character strings of the ASCII characters, made once. */
const ASCII_CHARS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Length in UTF-16 units of the code point at i (a lone surrogate is a code point of its own). */
function codePointLength(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** SPACE, LETTER_OR_DIGIT or OTHER for the code point at i. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // A surrogate pair is one code point outside the Basic Multilingual Plane; a lone surrogate is no letter.
    return codePointLength(text, i) === 2 ? classify(text.slice(i, i + 2)) : OTHER;
  }
  let k = UNIT_CLASS[c];
  if (k === 0) k = UNIT_CLASS[c] = classify(String.fromCharCode(c));
  return k;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** \w without the u+i flags: the ASCII word characters that \b looks at. */
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** End of "U.S."-style letters-and-dots (two pairs or more) starting at i, or -1. */
function abbreviationEnd(text: string, i: number): number {
  let j = i;
  let pairs = 0;
  while (j + 1 < text.length && isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    j += 2;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of the run of letters and digits starting at i. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (UNIT_CLASS[c] !== LETTER_OR_DIGIT) return j;
      j++;
    } else if (classAt(text, j) === LETTER_OR_DIGIT) j += codePointLength(text, j);
    else return j;
  }
  return j;
}

/** End of a word starting at i (a letter or digit): runs joined by "-" or "&" ("Franco-German", "AT&T"). */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 45 || c === 38) && j + 1 < text.length && classAt(text, j + 1) === LETTER_OR_DIGIT) j = runEnd(text, j + 1);
    else return j;
  }
}

/** "'s" or "’t" at i followed by a word boundary: the end, else -1. */
function cliticEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 39 && c !== 0x2019) return -1;
  const n = text.charCodeAt(i + 1);
  if (n !== 115 && n !== 116) return -1;
  return i + 2 >= text.length || !isAsciiWordChar(text.charCodeAt(i + 2)) ? i + 2 : -1;
}

const ASCII_LOWER = 0;
const ASCII_UPPER = 1;
const NOT_ASCII = 2;

/** Whether text[from, to) is ASCII with no capital (ASCII_LOWER), ASCII with one (ASCII_UPPER), or neither. */
function asciiCase(text: string, from: number, to: number): number {
  let k = ASCII_LOWER;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    if (c >= 65 && c <= 90) k = ASCII_UPPER;
  }
  return k;
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * End of a word of ASCII letters and digits at i that the general path would end at the same place: not an
 * abbreviation ("U.S."), followed by an ASCII character that is no joiner ("-", "&"), or by the end. Else -1.
 */
function plainWordEnd(text: string, i: number): number {
  if (!isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i + 1) === 46) return -1;
  let j = i + 1;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === text.length) return j;
  const d = text.charCodeAt(j);
  return d < 128 && d !== 45 && d !== 38 ? j : -1;
}

function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAsciiAlnum(text.charCodeAt(i))) return false;
  return true;
}

function hasAsciiCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const startsUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};

/** Word tokens with exact offsets; apostrophes are normalised so "Macron’s" gives "macron" + "'s". */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // Lower-case forms come from the text lower-cased once: toLowerCase per token is slow on texts stored two bytes
  // a character (any text with a curly quote). Only for ASCII tokens, and only when lower-casing kept every
  // character's length (no "İ"), so that offsets still line up; other tokens are lower-cased alone.
  let lowerText: string | null | undefined;
  const lowerTextSlice = (from: number, to: number): string | null => {
    if (lowerText === undefined) {
      const l = text.toLowerCase();
      lowerText = l.length === text.length ? l : null;
    }
    return lowerText === null ? null : lowerText.slice(from, to);
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Most tokens are runs of ASCII letters and digits ended by an ASCII character that joins nothing: one pass.
    const plain = plainWordEnd(text, i);
    if (plain > 0) {
      const t = text.slice(i, plain);
      const lower = hasAsciiCapital(text, i, plain) ? (lowerTextSlice(i, plain) ?? t.toLowerCase()) : t;
      out.push({ text: t, lower, span: [offset + i, offset + plain], word: true, cap: c >= 65 && c <= 90, plain: true });
      i = plain;
      continue;
    }
    const cls = c < 128 ? UNIT_CLASS[c] : classAt(text, i);
    if (cls === SPACE) {
      i += c < 128 ? 1 : codePointLength(text, i);
      continue;
    }
    // An ASCII mark other than an apostrophe (which may start "'s") is a token of its own, neither word nor capital.
    if (c < 128 && cls === OTHER && c !== 39) {
      out.push({ text: ASCII_CHARS[c], lower: ASCII_CHARS[c], span: [offset + i, offset + i + 1], word: false, cap: false, plain: false });
      i++;
      continue;
    }
    // The regex's alternatives in its order: abbreviation, word, clitic, any other single code point.
    let end = c < 128 && isAsciiLetter(c) ? abbreviationEnd(text, i) : -1;
    let word = end >= 0;
    if (end < 0 && cls === LETTER_OR_DIGIT) {
      end = wordEnd(text, i);
      word = true;
    }
    if (end < 0) end = cliticEnd(text, i);
    if (end < 0) end = i + codePointLength(text, i);
    const t = text.slice(i, end);
    const ascii = asciiCase(text, i, end);
    let lower = ascii === ASCII_LOWER ? t : ascii === ASCII_UPPER ? lowerTextSlice(i, end) : null;
    if (lower === null) {
      const low = t.toLowerCase();
      // "’" is no letter: only a clitic or a lone mark can hold one.
      lower = !word && low.includes('’') ? low.replace(/’/g, "'") : low;
    }
    out.push({ text: t, lower, span: [offset + i, offset + end], word, cap: startsUpper(t), plain: isPlain(text, i, end) });
    i = end;
  }
  return out;
}
