// Hand scans that stand in for regexes the quote stage ran over long strings: each gives exactly what its regex
// gives (scan.test.ts checks them against the regexes), reading characters' kinds from the tokenizer's table.
import { CHAR_LETTER, CHAR_SPACE, CHAR_WORD, charKindAt, charKindBefore, charLengthAt, charLengthBefore } from '../actors/tokens.js';

/**
 * Words of s, as many as s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) finds: counted by a scan of character kinds
 * instead of building every match (this runs over quotes, frames and whole gaps between quotes).
 */
export function wordCount(s: string): number {
  let n = 0;
  let p = 0;
  while (p < s.length) {
    if (!(charKindAt(s, p) & CHAR_WORD)) {
      p += charLengthAt(s, p);
      continue;
    }
    n++;
    while (p < s.length && charKindAt(s, p) & CHAR_WORD) p += charLengthAt(s, p);
    const c = s.charCodeAt(p);
    if ((c === 39 || c === 0x2019) && p + 1 < s.length && charKindAt(s, p + 1) & CHAR_LETTER) {
      p++;
      while (p < s.length && charKindAt(s, p) & CHAR_LETTER) p += charLengthAt(s, p);
    }
  }
  return n;
}

/** End of s without its trailing white space. */
export function endWithoutSpace(s: string): number {
  let e = s.length;
  while (e > 0 && charKindBefore(s, e) & CHAR_SPACE) e -= charLengthBefore(s, e);
  return e;
}
/** The letters ending s before its trailing white space: /(\p{L}+)\s*$/u's group, scanned from the end ('' if none). */
export function lastLetters(s: string): string {
  const e = endWithoutSpace(s);
  let b = e;
  while (b > 0 && charKindBefore(s, b) & CHAR_LETTER) b -= charLengthBefore(s, b);
  return s.slice(b, e);
}
const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** /[:,]\s*$|^\s*$|\bthat\s*$/.test(s), read from the end: the writer's clause hands over to what follows. */
export function endsLeadingIn(s: string): boolean {
  const e = endWithoutSpace(s);
  if (e === 0) return true;
  const c = s.charCodeAt(e - 1);
  if (c === 58 /* : */ || c === 44 /* , */) return true;
  return e >= 4 && s.startsWith('that', e - 4) && (e === 4 || !isAsciiWordChar(s.charCodeAt(e - 5)));
}
