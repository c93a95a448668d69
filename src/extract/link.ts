// Cross-document actor linking: a document's actors are matched to actors the corpus already knows.
import { readFileSync } from 'node:fs';
import { hasGenerationalSuffix, nameWords, type ActorSummary, type EntityRecord } from '../model/index.js';
import { firstNameGender } from './actors/lexicon.js';

const SHORT_FORMS = new Map<string, string[]>(
  Object.entries(JSON.parse(readFileSync(new URL('../../data/nicknames.json', import.meta.url), 'utf8')).shortForms as Record<string, string[]>),
);
/** Whether two lower-cased first names may name one person: the same, one a short form of the other ("Joe",
 * "Joseph"), or both short forms of one name ("Bill", "Will"). */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = SHORT_FORMS.get(a) ?? [a];
  const fb = SHORT_FORMS.get(b) ?? [b];
  return fa.some((x) => fb.includes(x));
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
// Names are normalised once each: every document compares its entities with the same known actors again and
// again (and the surname rules compare each entity with every known person). Emptied when it grows large.
const NORMED = new Map<string, string>();
const NORMED_LIMIT = 10_000;
function normOf(s: string): string {
  let n = NORMED.get(s);
  if (n === undefined) {
    if (NORMED.size >= NORMED_LIMIT) NORMED.clear();
    NORMED.set(s, (n = norm(s)));
  }
  return n;
}
/** First name, middle part and surname of a normalised person's name, without "Jr." or "III". */
type NameParts = { first: string; middle: string; surname: string; words: number; suffix: boolean };
function partsOf(normed: string): NameParts {
  const w = nameWords(normed);
  return { first: w[0] ?? '', middle: w.slice(1, -1).join(' '), surname: w[w.length - 1] ?? '', words: w.length, suffix: hasGenerationalSuffix(normed) };
}
/**
 * Whether a suffix on one name only still lets the two be one person: "Joseph R. Biden Jr." is the house style's
 * full form of "Joe Biden" (a middle name or initial comes with it), while "Donald Trump Jr." is the son of
 * "Donald Trump".
 */
const suffixesAgree = (a: { suffix: boolean; middle: string }, b: { suffix: boolean; middle: string }) =>
  a.suffix === b.suffix || !!(a.suffix ? a.middle : b.middle);
/** The courtesy title the document gives a person ("Ms. Trump" is no Donald) and the gender it says, or null. */
function courtesyTitle(e: EntityRecord): { word: string; gender: 'm' | 'f' } | null {
  let found: { word: string; gender: 'm' | 'f' } | null = null;
  for (const r of e.roles) {
    const t = /^(Mr|Mrs|Ms|Miss)\.?$/.exec(r.text.trim())?.[1];
    if (!t) continue;
    const gender = t === 'Mr' ? 'm' : 'f';
    if (found && found.gender !== gender) return null; // both: the document speaks of two namesakes
    found ??= { word: t.toLowerCase(), gender };
  }
  return found;
}
/** Whether a known person's first name says the other gender than the title did. */
const genderClash = (title: { gender: 'm' | 'f' } | null, first: string): boolean => {
  if (!title) return false;
  const g = firstNameGender(first);
  return (g === 'm' || g === 'f') && g !== title.gender;
};

/** How many times more mentions the best-known bearer of a surname needs to take a bare surname. */
const DOMINANCE = 5;

/**
 * Maps local entity keys to the keys of known actors when the match is unambiguous: the same key is kept as is;
 * otherwise the same type and the same name or alias; for people also a bare surname ("Macron", "President
 * Macron") that exactly one known person carries, or a full name whose surname and first name agree.
 */
export function linkToKnownActors(known: ActorSummary[], entities: EntityRecord[]): Map<string, string> {
  const links = new Map<string, string>();
  const byKey = new Set(known.map((k) => k.key));
  const names = new Map<string, Set<string>>(); // normalised name/alias → known keys (same type checked below)
  for (const k of known) {
    for (const n of [k.name, ...k.aliases]) {
      const key = normOf(n);
      if (!key) continue;
      const set = names.get(key) ?? new Set<string>();
      set.add(k.key);
      names.set(key, set);
    }
  }
  const typeOf = new Map(known.map((k) => [k.key, k.type]));
  // Known people by surname, in the order of `known`.
  // (With their names' parts, worked out once: every entity of the document compares with them.)
  const peopleBySurname = new Map<string, (ActorSummary & { parts: NameParts })[]>();
  for (const k of known) {
    if (k.type !== 'person') continue;
    const parts = partsOf(normOf(k.name));
    const list = peopleBySurname.get(parts.surname);
    if (list) list.push({ ...k, parts });
    else peopleBySurname.set(parts.surname, [{ ...k, parts }]);
  }
  for (const e of entities) {
    if (byKey.has(e.key)) continue;
    // 1. Same name or alias, same type. For people only full names count here: a bare surname ("Sanders") is
    // shared by relatives and namesakes, and is left to the stricter surname rules below.
    const hits = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      if (e.type === 'person' && !normOf(n).includes(' ')) continue;
      for (const key of names.get(normOf(n)) ?? []) if (typeOf.get(key) === e.type) hits.add(key);
    }
    if (hits.size === 1) {
      links.set(e.key, [...hits][0]);
      continue;
    }
    if (hits.size > 1 || e.type !== 'person') continue;
    // 2. People: a bare surname carried by exactly one known person with a full name, or by one who dominates
    // the corpus (a document that says only "Trump" in a corpus of thousands of "Donald Trump" mentions).
    const own = partsOf(normOf(e.name));
    const bySurname = peopleBySurname.get(own.surname) ?? [];
    if (own.words === 1) {
      if (own.suffix) continue; // "Donald Jr.": a first name, not a surname
      const byMentions = (pool: (ActorSummary & { parts: NameParts })[]) => pool.slice().sort((x, y) => y.mentions - x.mentions);
      const pick = (pool: (ActorSummary & { parts: NameParts })[]) =>
        pool.length === 1 || (pool.length > 1 && pool[0].mentions >= DOMINANCE * pool[1].mentions) ? pool[0] : null;
      const named = byMentions(bySurname.filter((k) => normOf(k.name).includes(' ')));
      const usual = pick(named.length ? named : bySurname);
      const title = courtesyTitle(e);
      if (usual && title && usual.parts.words > 1 && genderClash(title, usual.parts.first)) {
        // "Ms. Trump" where the surname's usual bearer is Donald Trump: only a full name of her gender may take
        // it; else the titled surname is an actor of its own, keyed with its title, so that it never takes the
        // untitled surname's mentions in other documents ("Trump" alone).
        const other = pick(named.filter((k) => !genderClash(title, k.parts.first)));
        links.set(e.key, other ? other.key : e.key.replace(/^person:/, `person:${title.word}-`));
        continue;
      }
      if (usual) links.set(e.key, usual.key);
      continue;
    }
    // 3. The same surname and first name (or a short form of it: "Joe" and "Joseph") where the middle parts agree
    // or one of the two names has none ("Donald J. Trump" and "Donald Trump", "Joe Biden" and "Joseph R. Biden
    // Jr."); two different middles ("George W. Bush", "George H. W. Bush") are two people.
    const sameEnds = bySurname.filter((k) => {
      const kp = k.parts;
      return kp.words > 1 && sameFirstName(kp.first, own.first) && (kp.middle === own.middle || !kp.middle || !own.middle) && suffixesAgree(kp, own);
    });
    if (sameEnds.length === 1) {
      links.set(e.key, sameEnds[0].key);
      continue;
    }
    // 4. A full name that extends a known surname-only person ("Donald Trump" after a document said only "Trump").
    const bare = bySurname.filter((k) => !normOf(k.name).includes(' '));
    const full = bySurname.filter((k) => normOf(k.name).includes(' '));
    if (bare.length === 1 && full.length === 0) links.set(e.key, bare[0].key);
  }
  return links;
}
