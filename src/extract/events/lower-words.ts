// "Is this word written in lower case somewhere in the document?" — the fallback actor scan asks it of a
// sentence's first capitalised word ("Officials said" is no name when "officials" occurs elsewhere).
//
// The answer is membership in the set of matches of /\b[a-z][a-z-]+\b/g over the whole text. Building that set
// makes a string of every word of every document, while only a few words per document are asked about: each
// question is answered from the word's occurrences instead, checking whether the regex's scan would match exactly
// there (lower-words.test.ts checks the answers against the set). In a long document many questions get past the
// shape test and each search may run through the whole text: once the searches have read the text a few times over,
// the set is built after all and answers the rest.

const LOWER_WORD = /^[a-z][a-z-]+$/;
/** The matches LowerWords answers for, all of them. */
const MATCH = /\b[a-z][a-z-]+\b/g;
/** How many times over the searches may read the text before the set of all matches is built instead. */
const SEARCH_BUDGET = 4;

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** [a-z-]: what a match is made of. */
const isLowerOrHyphen = (c: number): boolean => isLower(c) || c === 45;
/** \w without the u flag: the characters \b looks at (NaN, past either end, is none). */
const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || isLower(c) || (c >= 48 && c <= 57) || c === 95;

/** [a-z] as 0-25 and "-" as 26 (the letters after a match's first), else -1. */
const lowerOrHyphenCode = (c: number): number => (isLower(c) ? c - 97 : c === 45 ? 26 : -1);

export class LowerWords {
  private readonly known = new Map<string, boolean>();
  /**
   * What the match the regex would try at each place a match can start (a lower-case letter after no word
   * character) begins with and how long it is; built on the first question, so that most words are answered
   * without a search (see MatchShapes).
   */
  private shapes: MatchShapes | null = null;
  /** Characters the searches for occurrences have read so far (see SEARCH_BUDGET). */
  private searched = 0;
  /** Every match of MATCH in the text, once the searches have used up their budget. */
  private all: Set<string> | null = null;

  constructor(private readonly text: string) {}

  /** Whether `word` is one of the matches of /\b[a-z][a-z-]+\b/g in the text. */
  has(word: string): boolean {
    let v = this.known.get(word);
    if (v === undefined) this.known.set(word, (v = LOWER_WORD.test(word) && this.occursAsMatch(word)));
    return v;
  }

  private occursAsMatch(word: string): boolean {
    if (this.all) return this.all.has(word);
    if (!this.mayStartAMatch(word)) return false;
    if (this.searched > SEARCH_BUDGET * this.text.length) {
      this.all = new Set(this.text.match(MATCH));
      return this.all.has(word);
    }
    for (let p = this.text.indexOf(word); p >= 0; p = this.text.indexOf(word, p + 1)) {
      if (this.matchStartingAt(p) === p + word.length) {
        this.searched += p + word.length;
        return true;
      }
    }
    this.searched += this.text.length;
    return false;
  }

  /** Whether the regex tried at some place gives a match of the word's length and first characters. */
  private mayStartAMatch(word: string): boolean {
    if (!this.shapes?.current) this.shapes = new MatchShapes(this.text);
    return this.shapes.has(word);
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
    return matchEndAt(t, q);
  }
}

/** Table entry of a match's first two characters and third (NaN-free: -1 for a two-letter match). */
const shapeKey = (first: number, second: number, third: number): number =>
  ((first - 97) * 27 + lowerOrHyphenCode(second)) * 28 + (third < 0 ? 27 : lowerOrHyphenCode(third));
/** Per table entry: the build that last wrote it, and the match lengths seen (as bits; past 31 share a bit). */
const SHAPE_STAMPS = new Uint32Array(26 * 27 * 28);
const SHAPE_LENGTHS = new Uint32Array(26 * 27 * 28);
let builds = 0;

/**
 * For every place the regex's match can start at (a lower-case letter after no word character), the match tried
 * there alone: its first two letters when it is two long, else its first three and its length (lengths past 31
 * share a bit). The global scan's matches are among these (it skips the places inside an earlier match), so a word
 * with no such shape is no match.
 */
class MatchShapes {
  constructor(t: string) {
    // The tables are shared by all documents (no allocation per document): entries from another document's build
    // carry an older stamp and count as empty.
    this.stamp = ++builds;
    let p = 0;
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (!isWordChar(c)) {
        p++;
        continue;
      }
      // A run of word characters: only its first can start a match (\b), and only if it is a lower-case letter.
      if (isLower(c)) {
        let q = p + 1;
        while (q < t.length && isLower(t.charCodeAt(q))) q++;
        const next = t.charCodeAt(q);
        // Most words end in neither a hyphen nor another word character: the match is the letters, if two or more.
        if (!isWordChar(next) && next !== 45) {
          if (q - p >= 2) this.add(t, p, q - p);
          p = q;
          continue;
        }
        const end = matchEndAt(t, p);
        if (end > 0) this.add(t, p, end - p);
      }
      p++;
      while (p < t.length && isWordChar(t.charCodeAt(p))) p++;
    }
  }

  private readonly stamp: number;

  /** Whether the shared tables still hold this build (no other document was read since). */
  get current(): boolean {
    return this.stamp === builds;
  }

  private add(t: string, p: number, length: number): void {
    const k = shapeKey(t.charCodeAt(p), t.charCodeAt(p + 1), length === 2 ? -1 : t.charCodeAt(p + 2));
    const bits = SHAPE_STAMPS[k] === this.stamp ? SHAPE_LENGTHS[k] : 0;
    SHAPE_STAMPS[k] = this.stamp;
    SHAPE_LENGTHS[k] = bits | (1 << Math.min(length, 31));
  }

  /** Whether some match tried has the word's shape; `word` is made of [a-z-], starts with a letter, two or more long. */
  has(word: string): boolean {
    const k = shapeKey(word.charCodeAt(0), word.charCodeAt(1), word.length === 2 ? -1 : word.charCodeAt(2));
    return SHAPE_STAMPS[k] === this.stamp && ((SHAPE_LENGTHS[k] >>> Math.min(word.length, 31)) & 1) === 1;
  }
}

/**
 * End of the regex's match tried at q alone (greedy [a-z-]+ backing off to a word boundary), or -1; q holds a
 * lower-case letter after no word character.
 */
function matchEndAt(t: string, q: number): number {
  let run = q + 1;
  while (run < t.length && isLowerOrHyphen(t.charCodeAt(run))) run++;
  for (let e = run; e >= q + 2; e--) {
    if (isWordChar(t.charCodeAt(e - 1)) !== isWordChar(t.charCodeAt(e))) return e;
  }
  return -1;
}
