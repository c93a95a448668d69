// How a sentence refers to the profiled person: by name, alias, a description ("the French president"), a pronoun
// resolved to them, or a body acting for them ("the French government", "the Elysée", "his administration").
import { readFileSync } from 'node:fs';
import worldCountries from 'world-countries';
import type { PersonRef } from './person.js';
import { escapeRegExp } from '../text/regexp.js';
import { fullNameFirstGender } from '../extract/actors/lexicon.js';

interface BodyData {
  leaderRoles: string[];
  leaderBodies: string[];
  personalBodies: string[];
  seats: Record<string, string[]>;
}

interface CountryInfo {
  name: { common: string; official: string };
  demonyms?: { eng?: { m?: string } };
  unMember?: boolean;
}
// Sovereign states first: "French" is France before it is French Polynesia.
const countries = [...(worldCountries as unknown as CountryInfo[])].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));

const BODIES: BodyData = JSON.parse(readFileSync(new URL('../../data/acting-bodies.json', import.meta.url), 'utf8'));

export type RefKind = 'name' | 'alias' | 'description' | 'pronoun' | 'body';

export interface Referrer {
  /** Names and aliases (longest first). */
  names: RegExp;
  descriptions: RegExp | null;
  bodies: RegExp | null;
  /** Bodies written with his/her/their: count only when the pronoun is the person's. */
  possessiveBodies: RegExp | null;
  /** The person's country, when their roles give one. */
  country: { name: string; demonym: string } | null;
  /** Names of bodies acting for the person, for looking up their actor records. */
  bodyNames: string[];
  surname: string;
  firstName: string;
  /** The pronouns that stand for the person, learnt from the text (he or she); null while unknown. */
  gender: 'm' | 'f' | null;
  /** `gender`, else their first name's unless the text right after their full name says otherwise: for explicit marks of
   * the other gender ("Mrs. Lund" for a man) and for which pronouns may stand for them. */
  namedGender?: 'm' | 'f' | null;
}

const ROLE_WORDS =
  /\b(president|prime minister|premier|chancellor|minister|secretary|senator|ambassador|envoy|lawmaker|deputy|mp|governor|mayor|king|queen|commissioner|director|chair|chairman|chairwoman|head|leader|spokes\w*|general|chief|ceo|founder)\b/i;

const pattern = (alts: string[], flags = 'giu') => {
  const list = [...new Set(alts.filter((a) => a.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((a) => escapeRegExp(a).replace(/\\?['’]/g, "['’]?").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, flags);
};

/** The person's country and nationality adjective, from a role such as "French President" or "President of France". */
export function countryOf(roles: string[]): { name: string; demonym: string } | null {
  for (const role of roles) {
    for (const c of countries) {
      const demonym = c.demonyms?.eng?.m;
      const names = [c.name.common, c.name.official];
      const re = new RegExp(`\\b(${[demonym, ...names].filter(Boolean).map((n) => escapeRegExp(n!)).join('|')})\\b`);
      if (re.test(role)) return { name: c.name.common, demonym: demonym ?? c.name.common };
    }
  }
  return null;
}

/** Descriptions that stand for the person: their role titles, also rephrased ("President of France" ↔ "French president"). */
export function descriptionsOf(roles: string[], country: { name: string; demonym: string } | null): string[] {
  const out = new Set<string>();
  for (const raw of roles) {
    const role = raw.replace(/^(the|a|an)\s+/i, '').trim();
    if (!ROLE_WORDS.test(role) || role.split(/\s+/).length > 8) continue;
    // A bare title ("president", "minister") names no one in particular.
    if (role.split(/\s+/).length < 2) continue;
    out.add(role);
    if (country) {
      const m = role.match(new RegExp(`^${escapeRegExp(country.demonym)}\\s+(.+)$`, 'i'));
      const title = m ? m[1] : role.match(new RegExp(`^(.+?)\\s+of\\s+(?:the\\s+)?${escapeRegExp(country.name)}$`, 'i'))?.[1];
      if (title && ROLE_WORDS.test(title)) {
        out.add(`${country.demonym} ${title}`);
        out.add(`${title} of ${country.name}`);
        const official = countries.find((c) => c.name.common === country.name)?.name.official;
        if (official && official !== country.name) out.add(`${title} of the ${official}`);
      }
    }
  }
  return [...out];
}

export function referrer(person: PersonRef): Referrer {
  const isPerson = person.type === 'person';
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2 || /^[A-Z]{2}$/.test(n));
  const parts = person.name.split(/\s+/);
  const surname = isPerson && parts.length > 1 ? parts[parts.length - 1] : person.name;
  if (isPerson && surname.length > 2) names.push(surname);
  const country = isPerson ? countryOf(person.roles) : null;
  const descriptions = isPerson ? descriptionsOf(person.roles, country) : [];
  const leader = person.roles.some((r) => BODIES.leaderRoles.some((l) => new RegExp(`\\b${escapeRegExp(l)}\\b`, 'i').test(r)));
  const fill = (tpl: string) =>
    tpl
      .replace('{demonym}', country?.demonym ?? '\u0000')
      .replace('{country}', country?.name ?? '\u0000')
      .replace('{surname}', surname);
  const templates = [...(leader ? BODIES.leaderBodies : []), ...(isPerson ? BODIES.personalBodies : [])];
  const plain = templates.filter((t) => !t.includes('{poss}')).map(fill).filter((t) => !t.includes('\u0000'));
  const seats = leader && country ? (BODIES.seats[country.name] ?? []) : [];
  const poss = templates
    .filter((t) => t.includes('{poss}'))
    .flatMap((t) => ['his', 'her', 'their'].map((p) => fill(t.replace('{poss}', p))))
    .filter((t) => !t.includes('\u0000'));
  return {
    names: pattern(names)!,
    descriptions: pattern(descriptions),
    bodies: pattern([...plain, ...seats]),
    possessiveBodies: pattern(poss),
    country,
    bodyNames: [...new Set([...plain, ...seats])],
    surname,
    firstName: isPerson && parts.length > 1 ? parts[0] : '',
    gender: null,
  };
}

export interface SentenceRef {
  kind: RefKind;
  /** Offsets (in the sentence) of each reference. */
  at: { start: number; end: number; possessive: boolean; kind: RefKind }[];
}

const PRONOUN = /(?<![\p{L}])(he|she|his|her|him)(?![\p{L}])/giu;

const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|president|presidents|senator|sen|rep|representative|governor|gov|mayor|minister|chancellor|premier|secretary|ambassador|general|gen|judge|justice|prince|princess|king|queen|candidate|nominee|frontrunner|former|then|vice|prime|chairman|chairwoman|chair|leader|director|commissioner|professor|prof|rev|father|pope|sheikh|emir|comrade|madame|monsieur|mme|m|herr|frau|señor|señora)$/i;

/** "Lund's", "Lund’s", and after a name ending in s, "Jones' " (the apostrophe alone). */
const WEEKDAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const possessiveAt = (text: string, end: number) =>
  /^['’]s?\b/.test(text.slice(end, end + 2)) || (/s$/i.test(text.slice(end - 1, end)) && /^['’](?=\s)/.test(text.slice(end, end + 2)));

const TITLE_GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', mrs: 'f', ms: 'f', miss: 'f', madam: 'f', dame: 'f' };

/**
 * A bare surname the sentence gives the other gender, so someone else of that name ("Mrs. Clinton" or "Clinton said
 * she …" in a profile of Bill Clinton): a courtesy title of that gender before it, or a he/she of it as the subject of
 * what the name says right after ("Lund says she will", "Lund has said that he").
 */
export function surnameOfOtherGender(text: string, start: number, end: number, gender: 'm' | 'f'): boolean {
  const title = text.slice(Math.max(0, start - 8), start).match(/\b(Mr|Mrs|Ms|Miss|Sir|Madam|Dame)\.?\s+$/)?.[1];
  if (title) return TITLE_GENDER[title.toLowerCase()] !== gender;
  const said = text
    .slice(end, end + 60)
    .match(/^\s+(?:(?:has|had|also|again|later|then|now|\w+ly)\s+){0,2}(?:says|said|told\s+\w+|notes|noted|argues|argued|adds|added|insists|insisted|believes|believed|thinks|thought|wrote|writes|promised|vowed|pledged)\s+(?:that\s+)?(he|she)\b/i);
  return !!said && genderOf(said[1]) !== gender;
}

/**
 * A title the sentence gives a he or she of the other gender: "her record as secretary of state", "when she was
 * secretary of state", "her use of a private server as secretary of state" (up to six words between the nearest
 * pronoun and as/was).
 */
export function titleOfOtherGender(text: string, start: number, gender: 'm' | 'f'): boolean {
  const m = text
    .slice(Math.max(0, start - 70), start)
    .match(/\b(he|she|his|her)\s+(?:(?!(?:he|she|his|her|him)\s)[\p{L}'’-]+\s+){0,6}?(?:as|was|is|became|becomes)\s+(?:the\s+|a\s+)?$/iu);
  return !!m && genderOf(m[1]) !== gender;
}

/**
 * A title that, as written here, is another office of that name: a rank before it ("senior vice president", "deputy
 * director") or a portfolio after it ("vice president for sustainability", "director of communications").
 */
export function othersOffice(text: string, start: number, end: number): boolean {
  if (/\b(?:senior|executive|assistant|associate|deputy|regional|corporate)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /^\s+(?:for|of)\s+(?!(?:the|a|an)\b)\p{Ll}/u.test(text.slice(end, end + 24));
}

/** Direct references in one sentence (names, descriptions, bodies); pronouns are resolved by the caller. */
export function directRefs(r: Referrer, text: string): SentenceRef['at'] {
  const at: SentenceRef['at'] = [];
  const scan = (re: RegExp | null, kind: RefKind) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (at.some((a) => m!.index < a.end && end > a.start)) continue;
      at.push({ start: m.index, end, possessive: possessiveAt(text, end), kind });
    }
  };
  scan(r.names, 'name');
  // A bare surname after someone else's first name ("Bill Clinton" when the person is Hillary Clinton) is not them.
  for (let i = at.length - 1; i >= 0; i--) {
    const a = at[i];
    if (text.slice(a.start, a.end).toLowerCase() !== r.surname.toLowerCase()) continue;
    const prev = text.slice(Math.max(0, a.start - 30), a.start).match(/(\p{Lu}[\p{L}'’-]*)\.?\s+$/u)?.[1];
    if (prev && !HONORIFIC.test(prev) && prev.toLowerCase() !== r.firstName.toLowerCase()) at.splice(i, 1);
    else {
      const g = r.namedGender ?? r.gender;
      if (g && surnameOfOtherGender(text, a.start, a.end, g)) at.splice(i, 1);
    }
  }
  scan(r.bodies, 'body');
  const before = at.length;
  scan(r.descriptions, 'description');
  // A title followed by someone else's name ("Secretary of State John Kerry" in a profile of a former secretary of
  // state) is that person's title; so is one a pronoun of the other gender holds ("her record as secretary of state"
  // in a profile of a man who held the office too).
  for (let i = at.length - 1; i >= before; i--) {
    if (othersOffice(text, at[i].start, at[i].end)) {
      at.splice(i, 1);
      continue;
    }
    const g = r.namedGender ?? r.gender;
    if (g && titleOfOtherGender(text, at[i].start, g)) {
      at.splice(i, 1);
      continue;
    }
    const next = text.slice(at[i].end).match(/^\s+(\p{Lu}[\p{L}'’.-]*)/u);
    if (next && !WEEKDAY_OR_MONTH.test(next[1]) && !at.some((x) => x.kind === 'name' && x.start === at[i].end + next[0].length - next[1].length))
      at.splice(i, 1);
  }
  return at.sort((a, b) => a.start - b.start);
}

/** Pronoun references to a resolved antecedent, and his/her bodies ("his administration"). */
export function pronounRefs(r: Referrer, text: string): SentenceRef['at'] {
  const at: SentenceRef['at'] = [];
  if (r.possessiveBodies) {
    r.possessiveBodies.lastIndex = 0;
    for (let m = r.possessiveBodies.exec(text); m; m = r.possessiveBodies.exec(text))
      at.push({ start: m.index, end: m.index + m[0].length, possessive: false, kind: 'body' });
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    if (at.some((a) => m!.index >= a.start && m!.index < a.end)) continue;
    const p = m[1].toLowerCase();
    // (The first name's gender when the text taught none: "she" is not John Kerry.)
    const g = r.gender ?? r.namedGender;
    if (g && genderOf(p) !== g) continue;
    at.push({ start: m.index, end: m.index + m[0].length, possessive: p === 'his' || p === 'her', kind: 'pronoun' });
  }
  return at.sort((a, b) => a.start - b.start);
}

export const genderOf = (pronoun: string): 'm' | 'f' => (/^(he|his|him)$/i.test(pronoun) ? 'm' : 'f');

export const hasPronoun = (text: string, gender: 'm' | 'f' | null = null) => {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) if (!gender || genderOf(m[1]) === gender) return true;
  return false;
};

/**
 * The person's gender when the text taught none (learnGender, which counts every sentence after the surname and is
 * often undecided where a spouse shares it, "Clinton"): their first name's gender in the name list ("Bill"), unless
 * the sentences right after their full name lean the other way (a first name can be a man's in one country and a
 * woman's in another). Used for explicit marks ("Mrs. Lund", "her record as minister") and to keep a pronoun of the
 * other gender from standing for them.
 */
export function explicitGender(firstName: string, learned: 'm' | 'f' | null, afterFullName: string[]): 'm' | 'f' | null {
  if (learned) return learned;
  const byName = firstName ? fullNameFirstGender(firstName) : null;
  if (byName !== 'm' && byName !== 'f') return null;
  let same = 0;
  let other = 0;
  for (const t of afterFullName) {
    const w = t.trim().match(/^(?:\W*)(he|his|him|she|her)\b/i)?.[1];
    if (w) genderOf(w) === byName ? same++ : other++;
  }
  return other > same ? null : byName;
}

/**
 * He or she: the pronoun that most often opens the sentence right after one naming the person (same paragraph),
 * when at least two such sentences agree more than three to one.
 */
export function learnGender(follows: string[]): 'm' | 'f' | null {
  let m = 0;
  let f = 0;
  for (const t of follows) {
    const w = t.trim().match(/^(?:\W*)(he|his|him|she|her)\b/i)?.[1];
    if (!w) continue;
    if (genderOf(w) === 'm') m++;
    else f++;
  }
  if (m >= 2 && m > 3 * f) return 'm';
  if (f >= 2 && f > 3 * m) return 'f';
  return null;
}
