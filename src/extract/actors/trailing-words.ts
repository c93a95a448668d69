// The lower-case words just before a point, read backwards. The pattern this replaces,
// /(?:,?\s*\p{Ll}[\p{L}\-]*){1,3},?\s+$/u, is tried at every start position and backtracks: it was the single
// costliest step of actor finding. The scan gives the same words (property-tested against it).

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/** The code point ending just before `i` and its length in UTF-16 units. */
function before(s: string, i: number): [string, number] {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [s.slice(i - 2, i), 2];
  }
  return [s[i - 1], 1];
}

const isSpace = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch);
};
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 : LETTER.test(ch);
};
const isLower = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(ch);
};

/**
 * Up to `max` words of letters and hyphens, each starting with a lower-case letter, separated by white space or a
 * comma, that end `s` before white space (and an optional comma): nearest first. The farthest word may be the tail
 * of a longer token ("Xson" gives "son"). Empty when `s` does not end that way.
 */
export function trailingLowerWords(s: string, max = 3): string[] {
  let i = s.length;
  // `,?\s+$`
  let spaces = 0;
  while (i > 0) {
    const [ch, n] = before(s, i);
    if (!isSpace(ch)) break;
    i -= n;
    spaces++;
  }
  if (!spaces) return [];
  if (i > 0 && s[i - 1] === ',') i--;
  const words: string[] = [];
  while (words.length < max) {
    // The run of letters and hyphens ending at i; the word starts at its first lower-case letter.
    let start = i;
    let lowerAt = -1;
    while (start > 0) {
      const [ch, n] = before(s, start);
      if (!isWordChar(ch)) break;
      start -= n;
      if (isLower(ch)) lowerAt = start;
    }
    if (lowerAt < 0) break;
    words.push(s.slice(lowerAt, i));
    if (lowerAt !== start) break; // the word began mid-token: nothing before it can join
    // `,?\s*` between words: some white space, then an optional comma before it; at least one of them.
    let j = start;
    while (j > 0) {
      const [ch, n] = before(s, j);
      if (!isSpace(ch)) break;
      j -= n;
    }
    if (j > 0 && s[j - 1] === ',') j--;
    if (j === start) break;
    i = j;
  }
  return words;
}
