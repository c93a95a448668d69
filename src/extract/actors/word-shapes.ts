// Tests of one word's shape that run for most names or tokens of every document. Each is the pattern it names,
// with a quick look at one or two characters first that rules out most words without running the pattern
// (word-shapes.test.ts checks each against its pattern alone).
import { CHAR_SPACE, charKindAt } from './tokens.js';

const isApostrophe = (c: number) => c === 39 /* ' */ || c === 0x2019; /* ’ */

const CONTRACTION = /['’](?:m|ve|ll|re|d)$|n['’]t$/i;
/** A contraction ("I’m", "I’ve", "We’ll", "Don’t"): a pronoun or verb with its clitic, never part of a name. */
export function isContraction(word: string): boolean {
  // (Every form has its apostrophe second or third from the end.)
  return (isApostrophe(word.charCodeAt(word.length - 2)) || isApostrophe(word.charCodeAt(word.length - 3))) && CONTRACTION.test(word);
}

const ADJECTIVE_SUFFIX = /-(?:style|like|backed|led|era|based|esque|type|funded|linked|allied|aligned|compatible|friendly|enabled|powered|certified|approved|inspired|themed|branded|sponsored|affiliated|controlled|held|occupied|owned)$/i;
/** A name turned adjective by its suffix: "Warren-style", "Saudi-backed". */
export const hasAdjectiveSuffix = (word: string) => word.includes('-') && ADJECTIVE_SUFFIX.test(word);

const CODE = /^\p{Lu}{2,}\p{N}*$|^\p{Lu}+\p{N}+$/u;
/** Capitals, maybe then digits ("NATO", "APT28", "G7"), at most eight characters. */
export function isShortCode(word: string): boolean {
  // (Both forms want a capital or digit second: a lower-case ASCII letter there rules them out.)
  const c = word.charCodeAt(1);
  return word.length <= 8 && !(c >= 97 && c <= 122) && CODE.test(word);
}

const SUBJECT_VERBS = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'did', 'does']);
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
/** A verb a subject's name stands before: /^(?:\p{Ll}{3,}ed|has|had|is|was|will|would|can|could|did|does)$/u. */
export const isSubjectVerb = (word: string) => SUBJECT_VERBS.has(word) || (word.endsWith('ed') && PAST_TENSE.test(word));

/** One UTF-16 unit that /\s/ matches (all white space lies in the basic plane; a lone surrogate is none). */
export const isSpaceUnit = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (charKindAt(String.fromCharCode(c), 0) & CHAR_SPACE) !== 0);

/** "DES MOINES" → "Des Moines", "ST. LOUIS" → "St. Louis": a name set in capitals, as it is written in running text (else unchanged). */
export function titleCasedCapitals(name: string): string {
  if (name.toUpperCase() !== name || name.toLowerCase() === name) return name;
  return name.toLowerCase().replace(/(^|[\s\-.])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
