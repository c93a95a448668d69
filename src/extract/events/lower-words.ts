// "Is this word written in lower case somewhere in the document?" — the fallback actor scan asks it of a
// sentence's first capitalised word ("Officials said" is no name when "officials" occurs elsewhere).
//
// The answer is membership in the set of matches of /\b[a-z][a-z-]+\b/g over the whole text. Building that set
// makes a string of every word of every document, while only a few words per document are asked about. Instead,
// one pass replays the regex's scan and marks a hash of each match in a bit table: a word whose bit is clear is not
// a match; one whose bit is set is checked against its occurrences in the text (lower-words.test.ts checks the
// answers against the set).

const LOWER_WORD = /^[a-z][a-z-]+$/;
/** Bits in the table: a few hundred distinct words per document leave most clear. */
const TABLE_BITS = 1 << 15;

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** [a-z-]: what a match is made of. */
const isLowerOrHyphen = (c: number): boolean => isLower(c) || c === 45;
/** \w without the u flag: the characters \b looks at (NaN, past either end, is none). */
const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || isLower(c) || (c >= 48 && c <= 57) || c === 95;

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const fold = (h: number): number => (h ^ (h >>> 15)) & (TABLE_BITS - 1);

/** FNV-1a of text[from, to), folded to a bit index of the table. */
function slotOf(text: string, from: number, to: number): number {
  let h = FNV_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return fold(h);
}

export class LowerWords {
  private readonly table = new Uint32Array(TABLE_BITS >>> 5);
  private readonly known = new Map<string, boolean>();

  private mark(slot: number): void {
    this.table[slot >>> 5] |= 1 << (slot & 31);
  }

  constructor(private readonly text: string) {
    // The regex's own scan: try a match at each position, after one go on from its end. A match starts only where
    // a run of word characters does, so the rest of a run is stepped over.
    const n = text.length;
    let q = 0;
    while (q < n) {
      const c = text.charCodeAt(q);
      if (!isWordChar(c)) {
        q++;
        continue;
      }
      if (isLower(c)) {
        // Greedy [a-z-]+, hashing as it goes; a boundary right at its end is the usual case.
        let h = Math.imul(FNV_SEED ^ c, FNV_PRIME);
        let run = q + 1;
        for (let d = text.charCodeAt(run); run < n && isLowerOrHyphen(d); d = text.charCodeAt(++run)) h = Math.imul(h ^ d, FNV_PRIME);
        const end = run >= q + 2 && isWordChar(text.charCodeAt(run - 1)) !== isWordChar(text.charCodeAt(run)) ? run : this.matchAt(q);
        if (end >= 0) {
          this.mark(end === run ? fold(h) : slotOf(text, q, end));
          q = end;
          continue;
        }
      }
      q++;
      while (q < n && isWordChar(text.charCodeAt(q))) q++;
    }
  }

  /** Whether `word` is one of the matches of /\b[a-z][a-z-]+\b/g in the text. */
  has(word: string): boolean {
    if (!LOWER_WORD.test(word)) return false;
    const slot = slotOf(word, 0, word.length);
    if ((this.table[slot >>> 5] & (1 << (slot & 31))) === 0) return false;
    let v = this.known.get(word);
    if (v === undefined) this.known.set(word, (v = this.occursAsMatch(word)));
    return v;
  }

  private occursAsMatch(word: string): boolean {
    for (let p = this.text.indexOf(word); p >= 0; p = this.text.indexOf(word, p + 1)) {
      if (this.matchStartingAt(p) === p + word.length) return true;
    }
    return false;
  }

  /**
   * End of the match the global scan finds starting at p, or -1 when it finds none there. A match is made of
   * [a-z-] only, so the matches before p that could cover it lie in the run of such characters around p: the scan
   * enters that run at its start, and is replayed from there.
   */
  private matchStartingAt(p: number): number {
    const t = this.text;
    let q = p;
    while (q > 0 && isLowerOrHyphen(t.charCodeAt(q - 1))) q--;
    while (q < p) {
      const end = this.matchAt(q);
      q = end >= 0 ? end : q + 1;
    }
    return q === p ? this.matchAt(p) : -1;
  }

  /** End of the regex's match tried at q alone (greedy [a-z-]+ backing off to a word boundary), or -1. */
  private matchAt(q: number): number {
    const t = this.text;
    if (!isLower(t.charCodeAt(q)) || (q > 0 && isWordChar(t.charCodeAt(q - 1)))) return -1;
    let run = q + 1;
    while (run < t.length && isLowerOrHyphen(t.charCodeAt(run))) run++;
    for (let e = run; e >= q + 2; e--) {
      if (isWordChar(t.charCodeAt(e - 1)) !== isWordChar(t.charCodeAt(e))) return e;
    }
    return -1;
  }
}
