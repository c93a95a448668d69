// Where a pattern that opens with one of a few words can match: positions where such a word stands as a whole run of
// ASCII letters after a word boundary. Long alternations behind a \b are slow to search for through whole texts;
// one scan for their first words, then a sticky try at each place found, gives the same matches much faster.

/** Words a scan looks for, each with bits saying which patterns may start with it. */
export interface StartWords {
  bits: Map<string, number>;
  /** Per first letter, the lengths (bit n: length n) of the words: most runs are ruled out before a lookup. */
  lengths: Uint32Array;
  /** False when some word is not all ASCII letters: the scan cannot find those, so callers must search in full. */
  scannable: boolean;
}

export function startWords(words: Iterable<[string, number]>): StartWords {
  const bits = new Map<string, number>();
  const lengths = new Uint32Array(128);
  let scannable = true;
  for (const [w, b] of words) {
    bits.set(w, (bits.get(w) ?? 0) | b);
    if (!/^[A-Za-z]{1,31}$/.test(w)) scannable = false;
    else lengths[w.charCodeAt(0)] |= 1 << w.length;
  }
  return { bits, lengths, scannable };
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

export interface WordStarts {
  at: number[];
  bits: number[];
}

/**
 * Starts of the listed words in text[from, to), with their bits: runs of ASCII letters with no ASCII word character
 * (\w) right before or after them inside [from, to) — where a pattern /\b(word)\b…/ run over text.slice(from, to)
 * can start.
 */
export function findWordStarts(text: string, words: StartWords, from = 0, to = text.length): WordStarts {
  const at: number[] = [];
  const bits: number[] = [];
  for (let p = from; p < to; p++) {
    if (!isAsciiLetter(text.charCodeAt(p))) continue;
    const start = p;
    while (p + 1 < to && isAsciiLetter(text.charCodeAt(p + 1))) p++;
    if ((start > from && isAsciiWordChar(text.charCodeAt(start - 1))) || (p + 1 < to && isAsciiWordChar(text.charCodeAt(p + 1)))) continue;
    const len = p + 1 - start;
    if (len > 31 || !(words.lengths[text.charCodeAt(start)] & (1 << len))) continue;
    const b = words.bits.get(text.slice(start, p + 1));
    if (b === undefined) continue;
    at.push(start);
    bits.push(b);
  }
  return { at, bits };
}

/**
 * Matches of `sticky` (a sticky copy of a global pattern whose matches all start at a listed word with `bit`) in
 * `s`, in order, exactly as the global pattern's search of `s` finds them: the first place at or after the previous
 * match where the pattern matches is where the search would have found its next match.
 */
export function* matchesAt(sticky: RegExp, s: string, starts: WordStarts, bit: number, offset = 0): Generator<RegExpExecArray> {
  let next = 0;
  for (let k = 0; k < starts.at.length; k++) {
    const p = starts.at[k] - offset;
    if (p < next || !(starts.bits[k] & bit)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(s);
    if (!m) continue;
    next = p + m[0].length;
    yield m;
  }
}

/** A sticky copy of a global pattern. */
export const stickyCopy = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', '') + 'y');
