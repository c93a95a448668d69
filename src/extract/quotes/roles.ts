// Descriptions that stand for a speaker: "the retired neurosurgeon", "the Vermont senator", "one voter".
// Role nouns, their gender and synonyms live in data/speaker-roles.json.
import { readFileSync } from 'node:fs';
import type { Gender } from '../actors/index.js';
import { SPEECH_VERBS, lexiconTag } from '../actors/lexicon.js';
import { CHAR_WORD, charKindBefore } from '../actors/tokens.js';
import { endWithoutSpace } from './scan.js';

interface RoleData {
  personRoles: Record<string, 'm' | 'f' | null>;
  roleSynonyms: Record<string, string[]>;
  indefiniteDeterminers: string[];
  capitalisedRoles: string[];
  genericPersons: string[];
  possessiveDeterminers: string[];
  residentNouns: Record<string, string[]>;
  sideGroups: { words: string[] };
}
const data = JSON.parse(readFileSync(new URL('../../../data/speaker-roles.json', import.meta.url), 'utf8')) as RoleData;
const PERSON_ROLES = new Map<string, Gender>(Object.entries(data.personRoles));
const INDEFINITE = new Set(data.indefiniteDeterminers);
/** Plural nouns for people on someone's side or against them ("critics of X"): unnamed people, not X. */
export const SIDE_GROUPS: ReadonlySet<string> = new Set(data.sideGroups.words);
/** Role nouns written capitalised ("a New Hampshire Republican"). */
const PARTY_MEMBERS = new Set(data.capitalisedRoles);
const POSSESSIVE = new Set(data.possessiveDeterminers);

export interface Description {
  /** Start of the phrase (its determiner) in the text. */
  start: number;
  /** End of the role noun in the text. */
  end: number;
  /** The role noun heading the phrase ("senator"). */
  head: string;
  /** Capitalised or other modifiers between determiner and head ("Vermont", "retired"). */
  modifiers: string[];
  gender: Gender;
  /** the …: refers back to someone the article named; a/one/another …: an unnamed source. */
  definite: boolean;
  /** his/her/Trump's …: someone else's aide or spokesman, not named here. */
  possessed: boolean;
  /** "the physicians", "the officials": a group, never one person. */
  plural: boolean;
}

const GENERIC = new Set(data.genericPersons);
/** "the woman", "the voter": a noun that could be any unnamed person just introduced. */
export const isGenericPerson = (head: string) => GENERIC.has(head);

export const isPersonRole = (word: string) => PERSON_ROLES.has(word.toLowerCase());
/** A person role noun, or its plural in -s ("spokesman", "prosecutors"). */
export const isPersonRoleOrPlural = (word: string) => isPersonRole(word) || isPersonRole(word.replace(/s$/, ''));

/** "a New Hampshire Republican", "one former GOP aide": an unnamed source the article places in a named group. */
export const namesGroup = (d: Description) => !d.definite && !d.possessed && d.modifiers.some((w) => /^\p{Lu}/u.test(w));

/** "the 56-year-old", "the 19-year-old's": an age standing for the person it describes (news style). */
const AGE_NOUN = /^\d{1,3}[-‑–]years?[-‑–]old$/;
export const isAgeNoun = (head: string) => AGE_NOUN.test(head);

/** Singular role noun for a plural one ("officials" → "official"), or null. */
function roleNoun(word: string): string | null {
  const w = word.toLowerCase();
  if (PERSON_ROLES.has(w) || AGE_NOUN.test(w)) return w;
  if (w.endsWith('s') && AGE_NOUN.test(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('s') && PERSON_ROLES.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('men') && PERSON_ROLES.has(`${w.slice(0, -3)}man`)) return `${w.slice(0, -3)}man`;
  return null;
}

const DETERMINERS = new Set(['the', ...INDEFINITE, ...POSSESSIVE]);
/** Words that end a noun phrase: clause words, prepositions, auxiliaries. */
const NP_BREAK = /^(?:who|whom|whose|which|that|and|or|but|nor|was|is|were|are|be|been|has|had|have|will|would|can|could|should|may|might|must|did|does|do|of|to|in|for|with|at|on|by|from|about|as|than|also|later|then|again|not|never|just|still)$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’\-]*/u;

const isDeterminer = (w: string) => DETERMINERS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}.\-]*['’]s?$/u.test(w);

/** A description from its words (determiner first) or null when the last word is no person role. */
function build(words: { w: string; at: number }[]): Description | null {
  if (words.length < 2 || words.length > 7) return null;
  const [det, ...rest] = words;
  const last = rest[rest.length - 1];
  const head = roleNoun(last.w);
  // A capitalised head is a name ("the Founding Fathers"), not a role.
  if (!head || (/^\p{Lu}/u.test(last.w) && !PARTY_MEMBERS.has(head))) return null;
  const modifiers = rest.slice(0, -1).map((x) => x.w);
  if (modifiers.some((w) => NP_BREAK.test(w) || SPEECH_VERBS.has(w))) return null;
  const d = det.w.toLowerCase();
  const definite = d === 'the';
  // "his spokesman", "Trump's aide", "the prime minister's spokesman": someone else's unnamed staff.
  const possessed = POSSESSIVE.has(d) || /['’]s?$/.test(det.w) || modifiers.some((w) => /['’]s?$/.test(w));
  if (!definite && !possessed && !INDEFINITE.has(d)) return null;
  const plural = head !== last.w.toLowerCase();
  return { start: det.at, end: last.at + last.w.length, head, modifiers, gender: PERSON_ROLES.get(head) ?? null, definite, possessed, plural };
}

/** /[\p{L}\p{N}.]\s*$/u.test(s), read from the end of s (s may be a long stretch of text). */
export function endsInWordOrDot(s: string): boolean {
  const e = endWithoutSpace(s);
  return e > 0 && (s.charCodeAt(e - 1) === 46 /* . */ || (charKindBefore(s, e) & CHAR_WORD) !== 0);
}

/** A short quoted title ("the “Avatar” star", 'the "Pose" actor'): one modifier word of the same length. */
const QUOTED_TITLE = /[“"‘][\p{Lu}\d][^“”"‘’\n]{0,40}?[”"’](?=\s+[\p{L}])/gu;
const maskTitles = (s: string) => (s.includes('“') || s.includes('"') || s.includes('‘') ? s.replace(QUOTED_TITLE, (m) => 'x'.repeat(m.length)) : s);

/** A lower-case adjective: one the lexicon knows, a participle it does not ("bespectacled"), or a compound ("71-year-old", "soft-spoken"). */
function isAdjective(w: string): boolean {
  if (!/^[\p{Ll}\p{N}][\p{Ll}\p{N}\-]*$/u.test(w)) return false;
  const tag = lexiconTag(w);
  return tag === 'Adjective' || (tag === undefined && (/\p{Ll}ed$/u.test(w) || /^[\p{Ll}\p{N}]+(?:-[\p{Ll}]+)+$/u.test(w)));
}

/** The description ending `s` ("… the Vermont senator"), with s's offset `at` in the text. */
export function descriptionEnding(s: string, at: number): Description | null {
  if (!endsInWordOrDot(s)) return null;
  // (Only the last words can hold the description: mask titles there alone.)
  if (s.length > 200) {
    at += s.length - 200;
    s = s.slice(-200);
  }
  s = maskTitles(s);
  const words = [...s.slice(-160).matchAll(new RegExp(WORD, 'gu'))].map((m) => ({ w: m[0].replace(/\.$/, ''), at: at + Math.max(0, s.length - 160) + m.index! }));
  for (let i = words.length - 2; i >= 0 && i >= words.length - 7; i--) {
    // Only spaces between the words of one phrase.
    const gap = s.slice(words[i].at - at + words[i].w.length, words[i + 1].at - at);
    // (…or a comma between two adjectives before the head: "the bespectacled, 71-year-old diplomat".)
    if (!/^\s+$/.test(gap) && !(/^,\s+$/.test(gap) && i + 1 < words.length - 1 && isAdjective(words[i].w) && isAdjective(words[i + 1].w))) return null;
    if (isDeterminer(words[i].w)) return build(words.slice(i));
  }
  return null;
}

/** The description opening `s` ("the Vermont senator, who …"). */
export function descriptionStarting(s: string, at: number): Description | null {
  s = maskTitles(s.length > 200 ? s.slice(0, 200) : s);
  const words: { w: string; at: number }[] = [];
  const re = new RegExp(WORD, 'gu');
  const lead = /^\s*/.exec(s)![0].length;
  for (let m = re.exec(s); m && words.length < 7; m = re.exec(s)) {
    if (words.length === 0 && m.index !== lead) return null;
    const w = m[0].replace(/\.$/, '');
    if (words.length && (NP_BREAK.test(w) || SPEECH_VERBS.has(w))) break;
    words.push({ w, at: at + m.index });
    const gap = s.slice(m.index + m[0].length).match(/^\s*/)![0];
    if (!/^\s+$/.test(gap) || /^[,.;:!?)—–]/.test(s.slice(m.index + m[0].length))) break;
  }
  if (!words.length || !isDeterminer(words[0].w)) return null;
  // The phrase's last word is its head: "one district GOP leader", not "one district".
  return build(words);
}

const RESIDENTS = new Map(Object.entries(data.residentNouns));
/** Place names (and abbreviations) of a noun for someone from there ("Texan" → Texas, Tex.), or undefined. */
export const residentPlaces = (word: string): string[] | undefined => RESIDENTS.get(word.toLowerCase());

/** Role words the description may be matched against: the head and its synonyms. */
export function roleForms(head: string): string[] {
  return [head, ...(data.roleSynonyms[head] ?? [])];
}

/** Does a person with these role words (titles "sen.", appositive roles) and role texts hold this role? */
export function holdsRole(roleWords: Iterable<string>, roleTexts: string[], head: string): boolean {
  const forms = new Set(roleForms(head));
  for (const raw of roleWords) {
    const w = raw.toLowerCase().replace(/\.$/, '');
    if (forms.has(w)) return true;
    for (const syn of data.roleSynonyms[w] ?? []) if (forms.has(syn)) return true;
  }
  const re = new RegExp(`\\b(?:${[...forms].map((f) => f.replace(/[-]/g, '\\-')).join('|')})s?\\b`, 'i');
  // (An owner's title is not the person's: "President Obama's former adviser" holds no presidency.)
  return roleTexts.some((t) => re.test(t.replace(/^.*['’]s\s+/, '')));
}
