// Word knowledge for actor recognition: gazetteers and role titles (data/), first names and common words
// (compromise's lexicon), attribution cues. Loaded once; every lookup is a Map/Set access.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import countries from 'world-countries';
import type { ActorType } from '../../model/index.js';

const readData = (path: string) => JSON.parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8'));

export interface KnownActor {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
}

interface CueData {
  speech: string[];
  phrases: string[];
  thatVerbs: string[];
  callVerbs: string[];
  passive: string[];
  partial: string[];
}
export const CUES: CueData = readData('attribution-cues.json');
export const SPEECH_VERBS = new Set(CUES.speech);

const roles = readData('gazetteer/roles.json') as {
  titles: { text: string; gender: 'm' | 'f' | null }[];
  descriptions: string[];
};
/** Titles keyed by their words, longest first, so "Prime Minister" wins over "Minister". */
export const TITLES = roles.titles
  .map((t) => ({ words: t.text.split(' '), gender: t.gender }))
  .sort((a, b) => b.words.length - a.words.length);
export const DESCRIPTION_ROLES = new Set(roles.descriptions);
/**
 * Person role nouns a description or appositive may use ("a retired neurosurgeon", "the actress"):
 * data/speaker-roles.json, the list the quote stage resolves descriptions with.
 */
const PERSON_ROLE_GENDERS = new Map<string, 'm' | 'f' | null>(Object.entries(readData('speaker-roles.json').personRoles as Record<string, 'm' | 'f' | null>));
export const PERSON_ROLE_NOUNS = new Set<string>(PERSON_ROLE_GENDERS.keys());
/** The gender a role noun implies ("actress", "spokeswoman"), else null. */
export const roleNounGender = (noun: string): 'm' | 'f' | null => PERSON_ROLE_GENDERS.get(noun) ?? null;

const slugOf = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    // Letters of any script: a name in Cyrillic or Han has no a–z at all, and an empty slug would make every such
    // name one actor ("person:").
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
// Keys are made for every mention and the same names recur within and across documents: each name is slugged
// once (the memo is emptied when it grows large).
/**
 * A copy of `s` that holds on to nothing larger: V8 keeps a longer piece cut out of a text (13 characters or more) as
 * a view of the whole text, so a memo keyed by a word of a document would keep the whole document in memory.
 */
const ownCopy = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1));

const SLUGS = new Map<string, string>();
export function slug(s: string): string {
  let out = SLUGS.get(s);
  if (out === undefined) {
    if (SLUGS.size >= 20_000) SLUGS.clear();
    out = slugOf(s);
    SLUGS.set(ownCopy(s), out);
  }
  return out;
}

/** Known actors: data/gazetteer/actors.json plus every country (name, official name, capital) of world-countries. */
function buildKnown(): KnownActor[] {
  const listed = (readData('gazetteer/actors.json').actors as KnownActor[]).map((a) => ({ ...a, aliases: [...a.aliases] }));
  const byKey = new Map(listed.map((a) => [a.key, a]));
  for (const c of countries as unknown as any[]) {
    const name: string = c.name.common;
    const key = `state:${slug(name)}`;
    const aliases = [c.name.official, ...(c.altSpellings ?? []).filter((s: string) => s.length > 3)];
    const have = byKey.get(key);
    if (have) have.aliases.push(...aliases.filter((a) => !have.aliases.includes(a)));
    else {
      const a: KnownActor = { key, name, type: 'state', aliases };
      listed.push(a);
      byKey.set(key, a);
    }
  }
  return listed;
}
export const KNOWN: KnownActor[] = buildKnown();

/** Demonym (French, Russian, American …) → country key, for "the French president", "his Russian counterpart". */
export const DEMONYMS = new Map<string, string>();
/** Capital city → country key: "Moscow" standing for Russia in "Moscow has denied". */
export const CAPITALS = new Map<string, string>();
for (const c of countries as unknown as any[]) {
  const key = `state:${slug(c.name.common)}`;
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) DEMONYMS.set(d.toLowerCase(), key);
  for (const cap of c.capital ?? []) CAPITALS.set(cap, key);
}
DEMONYMS.set('u.s.', 'state:united-states');
DEMONYMS.set('us', 'state:united-states');
DEMONYMS.set('british', 'state:united-kingdom');
DEMONYMS.set('uk', 'state:united-kingdom');
DEMONYMS.set('u.k.', 'state:united-kingdom');
DEMONYMS.set('chinese', 'state:china');
DEMONYMS.set('russian', 'state:russia');
DEMONYMS.set('french', 'state:france');
DEMONYMS.set('german', 'state:germany');
DEMONYMS.set('american', 'state:united-states');
DEMONYMS.set('european', 'organisation:eu');

// Places that are not countries (US states, regions) and the members of groups (Democrats, Muslims): names of
// these are never people.
const places = readData('gazetteer/places.json') as { usStates: string[]; usPostalCodes: string[]; regions: string[]; features: string[]; featuresOf: string[]; featuresBefore: string[] };
/** "NY", "TX": the two-letter codes of the US states ("New York, NY"). */
export const US_POSTAL_CODES: ReadonlySet<string> = new Set(places.usPostalCodes);
/** "Sea", "Strait", "River": words after a place's name that make a feature of it ("Timor Sea"). */
export const FEATURE_WORDS: ReadonlySet<string> = new Set(places.features);
/** "Gulf", "Bay": features named "… of <place>" ("Gulf of Mexico"). */
export const FEATURES_OF: ReadonlySet<string> = new Set(places.featuresOf);
/** "Lake", "Mount": features named by a word right before the place ("Lake Chad"). */
export const FEATURES_BEFORE: ReadonlySet<string> = new Set(places.featuresBefore);
const PLACES = new Set([...places.usStates, ...places.regions].map((p) => p.toLowerCase()));
/** Listed places of several words, as written ("New Mexico", "Rhode Island"). */
export const MULTIWORD_PLACES: string[][] = [...places.usStates, ...places.regions].map((p) => p.split(' ')).filter((w) => w.length > 1);
const GROUP_MEMBERS = new Set((readData('gazetteer/groups.json').members as string[]).map((m) => m.toLowerCase()));
const partyData = readData('gazetteer/groups.json').partyAdjectives as { words: string[]; chambers: string[] };
/** "Democratic", "GOP": party words that may qualify a chamber ("the Democratic Senate"). */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(partyData.words);
/** "Senate", "Congress": chambers a party word may qualify. */
export const CHAMBERS: ReadonlySet<string> = new Set(partyData.chambers);
const NOT_SURNAMES = new Set((readData('gazetteer/groups.json').notSurnames.words as string[]).map((m) => m.toLowerCase()));

// compromise's lexicon gives first names with their gender and the tags of common words.
const lexicon: Record<string, string> = (nlp as any).world().model.one.lexicon;

/** What the lexicon says about one word, looked up once per distinct spelling (see wordInfo). */
export interface WordInfo {
  lower: string;
  /** Lower case with curly apostrophes made straight, as gazetteer names are keyed. */
  norm: string;
  tag: string | undefined;
  gender: 'm' | 'f' | 'x' | null;
  /** An ordinary (non-name) word: "However", "During", "Despite". */
  common: boolean;
  /** A grammatical word ("Despite", "However", "Will") that starts sentences but never names. */
  functionWord: boolean;
  lastName: boolean;
  /** What a caller works out from the spelling alone, kept with it so that it is worked out once (actors/index.ts). */
  facts: unknown;
}

const NAMEISH = /Name|Person|Place|Country|City|Organization|ProperNoun|Demonym/;
const FUNCTION_WORD = /Preposition|Conjunction|Determiner|Adverb|Pronoun|Modal|Question|Copula|Verb|Infinitive|PastTense|Gerund|Negative|Expression|Auxiliary/;

// First names the lexicon genders wrongly or that are given to men and women alike (data/gazetteer/first-names.json):
// a gender is only taken from a name that clearly carries it.
const firstNames = readData('gazetteer/first-names.json') as {
  male: string[];
  female: string[];
  either: string[];
  namesOverWords?: { male: string[]; either?: string[] };
  ordinaryWordNames?: { male: string[]; female: string[] };
};
const NAME_GENDER = new Map<string, 'm' | 'f' | 'x'>();
for (const n of firstNames.either) NAME_GENDER.set(n.toLowerCase(), 'x');
for (const n of firstNames.male) NAME_GENDER.set(n.toLowerCase(), 'm');
for (const n of firstNames.female) NAME_GENDER.set(n.toLowerCase(), 'f');
// Names whose name reading wins over the lexicon's word reading ("Bill"): see namesOverWords in the data file.
const NAMES_OVER_WORDS = new Set<string>();
for (const [names, gender] of [[firstNames.namesOverWords?.male, 'm'], [firstNames.namesOverWords?.either, 'x']] as const) {
  for (const n of names ?? []) {
    NAME_GENDER.set(n.toLowerCase(), gender);
    NAMES_OVER_WORDS.add(n.toLowerCase());
  }
}

function lookUp(word: string): WordInfo {
  const lower = word.toLowerCase();
  // "Élisabeth", "Agnès", "Sébastien": a name the lexicon knows only unaccented is still that name.
  const tag = lexicon[lower] ?? (/[^\x00-\x7f]/.test(lower) ? lexicon[lower.normalize('NFD').replace(/\p{M}/gu, '')] : undefined);
  const listed = NAME_GENDER.get(lower);
  // (Only for names: a listed name that is also an ordinary word, "Sandy", "Drew", keeps the lexicon's reading.
  // The lexicon's bare "Person" tag marks famous names, first names among them: "Taylor" is listed as either.)
  if (listed && (tag === undefined || /Name|^Person$/.test(String(tag)) || NAMES_OVER_WORDS.has(lower))) return { lower, norm: lower, tag: tag ?? 'FirstName', gender: listed, common: false, functionWord: false, lastName: false, facts: undefined };
  // "Jean-Yves", "Marie-Claire", "Hans-Georg": first names joined by a hyphen are a first name; its gender is the one
  // both parts agree on ("Jean-Marie" is a man, "Marie-France" a woman: a part alone does not say).
  if (tag === undefined && /^\p{L}{2,}-\p{L}{2,}$/u.test(lower)) {
    const parts = lower.split('-').map(lookUp);
    if (parts.every((p) => p.gender)) {
      const gender = parts[0].gender === parts[1].gender ? parts[0].gender : 'x';
      return { lower, norm: lower, tag: 'FirstName', gender, common: false, functionWord: false, lastName: false, facts: undefined };
    }
  }
  return {
    lower,
    norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    tag,
    gender: tag === 'MaleName' ? 'm' : tag === 'FemaleName' ? 'f' : tag === 'FirstName' ? 'x' : null,
    common: tag !== undefined && !NAMEISH.test(tag),
    functionWord: tag !== undefined && FUNCTION_WORD.test(tag),
    lastName: tag === 'LastName',
    facts: undefined,
  };
}

// The lookups run for most capitalised words of every document and the same words recur, so each spelling is
// looked up once; the memo is emptied when it grows large.
const INFO = new Map<string, WordInfo>();
const INFO_LIMIT = 20_000;
export function wordInfo(word: string): WordInfo {
  let info = INFO.get(word);
  if (info === undefined) {
    if (INFO.size >= INFO_LIMIT) INFO.clear();
    info = lookUp(word);
    INFO.set(ownCopy(word), info);
  }
  return info;
}

/** Lower case of a word. */
export const lower = (word: string) => wordInfo(word).lower;
/** The lexicon's tag for a word, if it knows one. */
export const lexiconTag = (word: string): string | undefined => wordInfo(word).tag;
export const firstNameGender = (word: string): 'm' | 'f' | 'x' | null => wordInfo(word).gender;

// First names that are also ordinary words ("Bill", "Hope"; ordinaryWordNames in the data file): the lexicon reads
// them as words, but the first word of a person's full name is a name.
const WORD_NAME_GENDER = new Map<string, 'm' | 'f'>();
for (const n of firstNames.ordinaryWordNames?.male ?? []) WORD_NAME_GENDER.set(n, 'm');
for (const n of firstNames.ordinaryWordNames?.female ?? []) WORD_NAME_GENDER.set(n, 'f');
/** The gender the first word of a person's full name gives, names that are also words included. */
export const fullNameFirstGender = (word: string): 'm' | 'f' | 'x' | null => WORD_NAME_GENDER.get(word) ?? firstNameGender(word);
/** True for grammatical words ("Despite", "However", "Will") that start sentences but never names. */
export const isFunctionWord = (word: string): boolean => wordInfo(word).functionWord;
/** True for words the lexicon knows as ordinary (non-name) words: "However", "During", "Despite". */
export const isCommonWord = (word: string): boolean => wordInfo(word).common;
export const isLastName = (word: string): boolean => wordInfo(word).lastName;

// (Not the lexicon's bare "Place": it holds towns that are common surnames too, such as Stafford.)
const PLACE_TAG = /Region|City|Country/;
/** A name that is a place: a listed US state or region, or a place the lexicon knows ("Cleveland", "Benghazi"). */
export function isPlaceName(name: string): boolean {
  const l = name.toLowerCase();
  return PLACES.has(l) || isPlaceTag(lexicon[l]);
}
function isPlaceTag(tag: unknown): boolean {
  return (typeof tag === 'string' || Array.isArray(tag)) && PLACE_TAG.test(String(tag));
}

/** Last words of the places of several words (listed or in the lexicon), lower case: a quick test before the full one. */
const PLACE_LAST_WORDS = new Set(
  [...PLACES, ...Object.keys(lexicon).filter((k) => k.includes(' ') && isPlaceTag(lexicon[k]))].filter((p) => p.includes(' ')).map((p) => p.slice(p.lastIndexOf(' ') + 1)),
);
/** False when no place of several words ends in this (lower-case) word. */
export const mayEndPlaceName = (lastWord: string) => PLACE_LAST_WORDS.has(lastWord);

/**
 * A plural naming the members of a group: a listed group ("Democrats", "Muslims", "Tories"), a demonym ("Saudis",
 * "Europeans"), also after a hyphen ("African-Americans").
 */
export function isGroupPlural(word: string): boolean {
  const l = word.toLowerCase();
  if (l.length < 4 || !l.endsWith('s')) return false;
  const singulars = l.endsWith('ies') ? [l.slice(0, -1), l.slice(0, -3) + 'y'] : [l.slice(0, -1)];
  for (const one of singulars) {
    const tail = one.slice(one.lastIndexOf('-') + 1);
    if (GROUP_MEMBERS.has(one) || DEMONYMS.has(one) || GROUP_MEMBERS.has(tail) || DEMONYMS.has(tail)) return true;
  }
  const tag = lexicon[l] as unknown;
  if ((typeof tag === 'string' || Array.isArray(tag)) && /Demonym/.test(String(tag))) return true;
  // The people of a listed state or region: "Ohioans", "Arizonans" (the place and "ns" or "ans").
  return l.endsWith('ns') && (PLACES.has(l.slice(0, -2)) || PLACES.has(l.slice(0, -3)));
}

/**
 * A word for a member of a group or its adjective ("Latino", "Democratic", "Texan", "Asian"): standing alone and
 * carried by no one named in full, it names no person.
 */
export function isMemberWord(word: string): boolean {
  const l = word.toLowerCase();
  if (NOT_SURNAMES.has(l)) return true;
  // (A plural, "Americans", names the group itself.)
  if (isGroupPlural(word)) return false;
  if (DEMONYMS.has(l)) return true;
  const tag = lexicon[l] as unknown;
  return (typeof tag === 'string' || Array.isArray(tag)) && /Demonym/.test(String(tag));
}

/** A party label's letter and any state initials right before `at` ("Lindsey Graham, R-S.|C.,", "R-W.|Va."). */
export const afterPartyLabel = (text: string, at: number): boolean => PARTY_LABEL_BEFORE.test(text.slice(Math.max(0, at - 8), at));
const PARTY_LABEL_BEFORE = /(?:^|[\s(,])[RDI]-(?:\p{Lu}\.\s?)*$/u;
