// Small text helpers for profiles: words, content words, term patterns, deletion-only compression, edit distance.
import { readFileSync } from 'node:fs';
import { fullNameFirstGender, isCommonWord, isFunctionWord } from '../extract/actors/lexicon.js';
import { escapeRegExp } from '../text/regexp.js';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves said says say told tell according one two also however which whose
  upon via per among amid within without towards toward onto mr mrs ms dr s t ll re ve d m don dont wont cant didnt
  isnt wasnt arent werent hasnt havent hadnt doesnt shouldnt wouldnt couldnt thats weve youre theyre its lets many much
  may might must shall new last first year years day days time recent recently week weekend monday tuesday wednesday
  thursday friday saturday sunday january february march april june july august september october november december`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lower-cased words with apostrophes and hyphen tails kept inside ("macron's" → "macron's"). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '').replace(/['’]/g, ''));
}

export const isStopword = (w: string) => STOPWORDS.has(w);

/** The words that carry meaning: no stopwords, no one-letter tokens. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** A crude stem so that "attacks"/"attacked"/"attacking" meet: strip common English endings. */
export function stem(w: string): string {
  let s = w;
  if (/ies$/.test(s) && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (/[^su]s$/.test(s) && s.length > 3) s = s.slice(0, -1);
  else if (/ing$/.test(s) && s.length > 5) s = s.slice(0, -3);
  else if (/ed$/.test(s) && s.length > 4) s = s.slice(0, -2);
  return s.slice(0, 8);
}

/** Share of a statement's content words (by stem) that occur in the passage. */
export function coverage(statement: string, passage: string): number {
  const want = [...new Set(contentWords(statement).map(stem))];
  if (!want.length) return 1;
  const have = new Set(contentWords(passage).map(stem));
  return want.filter((w) => have.has(w)).length / want.length;
}

/** Turns a lexicon term into a regular expression: `cyber*` = any word starting so; else word or phrase (+ plural). */
const COMPOUND_PREFIX = `(?:${(
  JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')).compoundPrefixes as string[]
).join('|')})`;

export function termPattern(term: string): RegExp {
  const prefix = term.endsWith('*');
  const raw = (prefix ? term.slice(0, -1) : term).trim();
  const parts = raw.split(/[\s-]+/);
  // Plurals: -s, -es, and consonant + y → -ies ("ferry", "ferries").
  const yPlural = !prefix && /[^aeiou]y$/i.test(raw);
  if (yPlural) parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
  // A closed compound is also written with a hyphen somewhere inside ("email" / "e-mail", "cooperation" /
  // "co-operation", "cybersecurity" / "cyber-security"): a one-word term of some length allows one between letters.
  // ("~" stands for up to two words between: "his ~ health" is "his health", "his failing health".)
  const word = (p: string) =>
    p === '~' ? "(?:[\\p{L}'’-]+\\s+){0,2}" : parts.length === 1 && /^\p{L}{5,}$/u.test(p) ? [...p].map(escapeRegExp).join('-?') : escapeRegExp(p);
  const body = parts.map(word).join('[\\s-]*');
  const tail = prefix ? '[\\p{L}\\p{N}-]*' : yPlural ? '(?:y|ies)' : '(?:s|es)?';
  // Acronyms (ICT, APT, WHO) are matched case-sensitively so "who" or "apt" in prose do not count.
  const acronym = /^[A-Z]{2,}\*?$/.test(term);
  // "trade-off" is not trade: a whole word ends at a space or punctuation, not inside a hyphenated compound; it
  // starts after one only behind a prefix that makes the compound about it ("anti-abortion", "pro-immigration").
  const start = `(?:(?<![\\p{L}\\p{N}])(?<!\\p{L}-)|(?<=(?<![\\p{L}\\p{N}])${COMPOUND_PREFIX}-))`;
  return new RegExp(`${start}${body}${tail}(?![\\p{L}\\p{N}]|-\\p{L})`, acronym ? 'gu' : 'giu');
}

/** One pattern for a list of cue terms (same syntax as termPattern), compiled once. */
export function cuePattern(terms: string[]): RegExp {
  const alts = terms.map((term) => {
    const prefix = term.endsWith('*');
    const body = (prefix ? term.slice(0, -1) : term)
      .trim()
      .split(/[\s-]+/)
      .map(escapeRegExp)
      .join('[\\s-]*');
    return body + (prefix ? '[\\p{L}\\p{N}-]*' : '(?:s|es)?');
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface WeightedTerm {
  term: string;
  weight: number;
  pattern: RegExp;
  /** Phrases in which the topic's words mean something else ("low-energy", "tear gas"): no term counts inside them. */
  mask?: RegExp;
}

/** `notIn`: phrases (cue syntax) in which a term of the topic means something else; one pattern shared by all terms. */
export function weightedTerms(list: { term: string; weight: number }[], notIn: string[] = []): WeightedTerm[] {
  const mask = notIn.length ? cuePattern(notIn) : undefined;
  return list.map((t) => ({ ...t, pattern: termPattern(t.term), ...(mask ? { mask } : {}) }));
}

/** The text with every match of `mask` blanked out (same length, so offsets hold). */
function masked(text: string, mask: RegExp): string {
  mask.lastIndex = 0;
  return text.replace(mask, (m) => ' '.repeat(m.length));
}

/** Topic score of a passage: the weights of the distinct terms it contains (diminishing with repetition). */
/** Weight of a topic's broad words: they count only next to a proper topic word. */
export const BROAD_WEIGHT = 0.2;

export function topicScore(text: string, terms: WeightedTerm[], opts: { broadAlone?: boolean } = {}): { score: number; matched: string[] } {
  let score = 0;
  let strong = false;
  const matched: string[] = [];
  // Terms of one topic share one mask: the text is blanked once.
  let maskUsed: RegExp | undefined;
  let blanked = text;
  for (const t of terms) {
    if (t.mask && t.mask !== maskUsed) {
      maskUsed = t.mask;
      blanked = masked(text, t.mask);
    }
    t.pattern.lastIndex = 0;
    const hay = t.mask ? blanked : text;
    const found = hay.match(t.pattern);
    let n = found?.length ?? 0;
    if (!n) continue;
    // A lower-case term met as part of a person's name ("Rich Beeson" for "rich", "Steve Jobs" for "jobs") is not
    // the word; checked only when a match is capitalised.
    if (found!.some((m) => m.charCodeAt(0) < 91 && m.charCodeAt(0) > 64) && !/\p{Lu}/u.test(t.term)) {
      t.pattern.lastIndex = 0;
      for (const m of hay.matchAll(t.pattern)) if (inPersonName(hay, m.index!, m[0].length)) n--;
      if (!n) continue;
    }
    matched.push(t.term);
    score += t.weight * (1 + Math.log(n));
    if (t.weight >= BROAD_WEIGHT * 2) strong = true;
  }
  // Broad words ("online", "digital") only add to a passage that names the topic otherwise.
  if (!strong && !opts.broadAlone) return { score: 0, matched: [] };
  return { score, matched };
}

/**
 * The capitalised word at `at` is part of a person's name: a first name before another name ("Rich Beeson", "Bill
 * Lund") or a surname after a first name ("Steve Jobs", "Tom Price").
 */
export function inPersonName(text: string, at: number, length: number): boolean {
  const word = text.slice(at, at + length);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const next = text.slice(at + length).match(/^ (\p{Lu}[\p{Ll}'’-]+)/u)?.[1];
  if (next && fullNameFirstGender(word) && !isFunctionWord(next) && !isCommonWord(next)) return true;
  const prev = text.slice(Math.max(0, at - 30), at).match(/(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+) $/u)?.[1];
  return !!prev && !!fullNameFirstGender(prev) && !isFunctionWord(prev) && !isCommonWord(prev);
}

// Openers and asides that can be deleted without changing what a sentence asserts.
const LEADING_CONNECTIVES =
  /^(?:but|and|yet|so|however|moreover|in addition|in fact|indeed|in turn|meanwhile|finally|therefore|thus|still|also|besides|furthermore|at the same time|at one point|in this context|by contrast|instead)\s*,\s*/i;

/** Compression that only deletes words: leading connectives, bracketed asides, surplus spaces. */
export function compress(sentence: string): string {
  let s = sentence.trim().replace(/^[•·▪►‣◦*–—-]+\s*/u, '');
  // A bullet set in a symbol font comes through as a lone letter before a capital ("l The first system …": Wingdings
  // l is a dot, n a square, q v u Ø § other marks); no English sentence opens that way.
  if (s.charCodeAt(1) === 32) s = s.replace(/^[lnoquvØ§]\s+(?=\p{Lu})/u, '');
  // "So far", "so long as", "so much" open the sentence's own words: only a connective "so" is deleted.
  s = s.replace(LEADING_CONNECTIVES, '').replace(/^(?:but|and|yet|so(?!\s+(?:far|long|much|many|few|little|often|too)\b))\s+(?=\p{L})/iu, '');
  // Markup a scraper left in the text (<tweet author="…">, </p>) is no one's words.
  if (s.includes('<')) s = s.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]{0,400})?\/?>/gi, ' ').trim();
  s = s.replace(/\s*\((?:[^()]{1,80})\)/g, '');
  s = s.replace(/\s*\[[^\][]{1,80}\]/g, '');
  s = s.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1');
  // A sentence that introduced a quote ends in a colon; standing alone it ends in a full stop.
  s = s.replace(/:\s*$/, '.');
  if (s && /^[a-z]/.test(s) && s !== sentence.trim()) s = s[0].toUpperCase() + s.slice(1);
  return s;
}

/** True when `short` could come from `long` by deleting words only (every word, in order). */
export function isDeletionOf(short: string, long: string): boolean {
  const a = words(short);
  const b = words(long);
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Cosine similarity of two bags of content-word stems (for MMR diversity and near-repeat checks). */
const bags = new Map<string, Map<string, number>>();
/** Stem counts of a text, cached: MMR compares the same sentences many times. */
function bag(s: string): Map<string, number> {
  let m = bags.get(s);
  if (m) return m;
  m = new Map<string, number>();
  for (const w of contentWords(s)) m.set(stem(w), (m.get(stem(w)) ?? 0) + 1);
  if (bags.size > 20_000) bags.clear();
  bags.set(s, m);
  return m;
}

export function similarity(a: string, b: string): number {
  const x = bag(a);
  const y = bag(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, v] of x) {
    nx += v * v;
    dot += v * (y.get(k) ?? 0);
  }
  for (const v of y.values()) ny += v * v;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

