// "Is this word written in lower case somewhere in the document?" — the fallback actor scan asks it of a
// sentence's first capitalised word ("Officials said" is no name when "officials" occurs elsewhere).
//
// The answer is membership in the set of matches of /\b[a-z][a-z-]+\b/g over the whole text. Building that set
// makes a string of every word of every document, while only a few words per document are asked about: each
// question is answered from the word's occurrences instead, checking whether the regex's scan would match exactly
// there (lower-words.test.ts checks the answers against the set).

const LOWER_WORD = /^[a-z][a-z-]+$/;

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** [a-z-]: what a match is made of. */
const isLowerOrHyphen = (c: number): boolean => isLower(c) || c === 45;
/** \w without the u flag: the characters \b looks at (NaN, past either end, is none). */
const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || isLower(c) || (c >= 48 && c <= 57) || c === 95;

export class LowerWords {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** Whether `word` is one of the matches of /\b[a-z][a-z-]+\b/g in the text. */
  has(word: string): boolean {
    let v = this.known.get(word);
    if (v === undefined) this.known.set(word, (v = LOWER_WORD.test(word) && this.occursAsMatch(word)));
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
