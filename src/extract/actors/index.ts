// Actors of one document: gazetteer matches, proper-name runs typed by titles, first names and head words,
// merged so that "Emmanuel Macron", "Macron", "President Macron", "Macrons" and "the French president" are one.
import { readFileSync } from 'node:fs';
import type { ActorType, EntityRecord, MentionRecord, RoleRecord, SentenceRecord, Span } from '../../model/index.js';
import { trailingLowerWords } from './trailing-words.js';
import {
  CAPITALS,
  CHAMBERS,
  DEMONYMS,
  FEATURE_WORDS,
  FEATURES_BEFORE,
  FEATURES_OF,
  DESCRIPTION_ROLES,
  KNOWN,
  PERSON_ROLE_NOUNS,
  roleNounGender,
  type KnownActor,
  MULTIWORD_PLACES,
  PARTY_ADJECTIVES,
  SPEECH_VERBS,
  TITLES,
  US_POSTAL_CODES,
  firstNameGender,
  isCommonWord,
  isGroupPlural,
  isMemberWord,
  isLastName,
  isPlaceName,
  lexiconTag,
  mayEndPlaceName,
  slug,
  wordInfo,
  afterPartyLabel,
  type WordInfo,
} from './lexicon.js';
import { type Token, tokenize } from './tokens.js';
import { COMPANY_SUFFIXES, MAKER_NOUNS_BEFORE_OF, isCommonCode, isOutletWord, isUnnamedPlural } from './lone-names.js';
import { hasAdjectiveSuffix, isContraction, isShortCode, isSpaceUnit, isSubjectVerb, titleCasedCapitals } from './word-shapes.js';
import { partitionPoint } from '../search.js';

export type Gender = 'm' | 'f' | null;

export interface Actor {
  key: string;
  name: string;
  type: ActorType;
  aliases: Set<string>;
  roles: RoleRecord[];
  gender: Gender;
  /** Country keys this actor is tied to by a demonym or country name in a title ("French President …"). */
  countries: Set<string>;
  /** Role words in lower case ("president", "ambassador") for descriptions such as "the president". */
  roleWords: Set<string>;
  mentions: ActorMention[];
}

export interface ActorMention {
  actor: number;
  span: Span;
  text: string;
  sentence: number;
  via: MentionRecord['via'];
  possessive: boolean;
}

export interface ActorIndex {
  actors: Actor[];
  /** All mentions by position. */
  mentions: ActorMention[];
  tokens: Token[];
  sentenceOf: (pos: number) => number;
}

// ---------- gazetteer matching ----------

interface GazEntry {
  words: string[];
  /** Which words the listed name writes with a capital ("The Hill": after its article, the text must too). */
  caps: boolean[];
  actor: KnownActor;
  exact: boolean;
}
const normWord = (w: string) => wordInfo(w).norm;
/** The lexicon's facts about a token's word, looked up once per token. */
const wordOf = (t: Token): WordInfo => t.info ?? (t.info = wordInfo(t.text));
const GAZ = new Map<string, GazEntry[]>();
/** "FBI" → "F.B.I.": an acronym as papers that put full stops between its letters write it. */
const DOTTED_ACRONYM = /^\p{Lu}{2,6}$/u;
const dottedForm = (alias: string) => (DOTTED_ACRONYM.test(alias) ? `${[...alias].join('.')}.` : undefined);
/** The dotted forms of listed acronyms, each with the acronym it stands for (aliasSurface). */
const DOTTED = new Map<string, string>();
for (const a of KNOWN) {
  const aliases = new Set([a.name, ...a.aliases]);
  for (const alias of [...aliases]) {
    const dotted = dottedForm(alias);
    if (dotted && !aliases.has(dotted)) {
      aliases.add(dotted);
      DOTTED.set(normWord(dotted), alias);
    }
  }
  for (const alias of aliases) {
    const toks = tokenize(alias).filter((t) => t.word || t.text === '&' || t.text === ',');
    const words = toks.map((t) => normWord(t.text));
    if (!words.length) continue;
    const bare = alias.replace(/^the /i, '');
    const exact = /^[\p{Lu}\p{N}.\-]+$/u.test(bare) && bare.length <= 6;
    const list = GAZ.get(words[0]) ?? [];
    list.push({ words, caps: toks.map((t) => t.cap), actor: a, exact });
    GAZ.set(words[0], list);
  }
}
for (const list of GAZ.values()) list.sort((x, y) => y.words.length - x.words.length);
/**
 * Long lists of names sharing a first word ("the", "united", "new") by their second word, each followed by the
 * list's one-word names: only those can match, in the same order as in the whole list. (A "The" opens many
 * sentences; without this each tried every listed "The …".)
 */
const GAZ_BY_SECOND = new Map<GazEntry[], Map<string, GazEntry[]>>();
for (const list of GAZ.values()) {
  if (list.length < 6) continue;
  const singles = list.filter((e) => e.words.length === 1);
  const bySecond = new Map<string, GazEntry[]>();
  for (const e of list) if (e.words.length > 1 && !bySecond.has(e.words[1])) bySecond.set(e.words[1], [...list.filter((x) => x.words.length > 1 && x.words[1] === e.words[1]), ...singles]);
  bySecond.set('', singles);
  GAZ_BY_SECOND.set(list, bySecond);
}

function matchGazetteer(tokens: Token[], i: number): { entry: GazEntry; end: number } | null {
  const t = tokens[i];
  if (!t.word || !t.cap) return null;
  const all = factsOf(t).gaz;
  if (!all) return null;
  const bySecond = GAZ_BY_SECOND.get(all);
  const next = tokens[i + 1];
  const list = bySecond ? (bySecond.get(next ? wordOf(next).norm : '') ?? bySecond.get('')!) : all;
  for (const entry of list) {
    let j = i;
    let ok = true;
    for (let w = 0; w < entry.words.length; w++, j++) {
      const tok = tokens[j];
      if (!tok || wordOf(tok).norm !== entry.words[w]) {
        ok = false;
        break;
      }
      if (entry.exact && tok.text.includes('’')) ok = false;
      // ("The economist Robert J. Shapiro", "The hill might be steeper": an article and a lower-case word name no paper.)
      if (w === 1 && entry.words[0] === 'the' && entry.caps[1] && !tok.cap) ok = false;
      if (w > 0 && (tok.start - tokens[j - 1].end > 1 || tok.newline)) ok = false;
      if (w < entry.words.length - 1 && tok.possessive) ok = false;
    }
    if (!ok) continue;
    // "The Bureau of Prisons", "the Department of Labor": a listed short name ending in a body's head word ("the
    // Bureau" for the FBI) with "of" and a capitalised word after it is the start of a longer name, not the listed one.
    if (j - i >= 1 && HEAD_TYPE.has(tokens[j - 1].text) && tokens[j]?.text === 'of' && tokens[j + 1]?.cap && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1])) continue;
    if (entry.exact) {
      const written = tokens.slice(i, j).map((x) => x.text).join(' ');
      const want = entry.words.length === 1 ? aliasSurface(entry) : written;
      if (written !== want && entry.words.length === 1) continue;
    }
    return { entry, end: j };
  }
  return null;
}
/**
 * The word at i and the part before the hyphen of the next word ("Washington" + "Post-ABC") spell a listed name of two
 * words: the pair is that name joined to another, as polls are named ("Washington Post-ABC News", "NBC News-Wall Street
 * Journal").
 */
function hyphenJoinsListedName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !next.cap || !adjacent(tokens[i], next)) return false;
  const hyphen = next.text.indexOf('-');
  if (hyphen <= 0) return false;
  const second = normWord(next.text.slice(0, hyphen));
  return (factsOf(tokens[i]).gaz ?? NONE).some((e) => e.words.length === 2 && e.words[1] === second);
}
function aliasSurface(entry: GazEntry): string {
  const a = entry.actor;
  const dotted = DOTTED.get(entry.words[0]);
  if (dotted !== undefined && (a.name === dotted || a.aliases.includes(dotted))) return `${[...dotted].join('.')}.`;
  for (const s of [a.name, ...a.aliases]) if (normWord(s) === entry.words[0]) return s;
  return entry.words[0];
}

/**
 * One-word names of listed actors that the document uses as a person's surname ("Dana Fox" is no Fox News,
 * "Michael Jordan" no Jordan): the word right after a first name. Every use of it in the document is then left
 * to the name pass, so "Fox said" finds the person.
 */
function surnamesSpeltLikeActors(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t.cap || !t.word || !prev.cap || !prev.word || prev.possessive || !adjacent(prev, t)) continue;
    const g = wordOf(prev).gender;
    if (!g || g === 'x' && wordOf(prev).common) continue;
    const hit = matchGazetteer(tokens, i);
    if (!hit || hit.end - i !== 1 || hit.entry.actor.type === 'person') continue;
    // The first name must not itself start a listed name ("Jordan", "Georgia"), nor a name go on after it.
    if (matchGazetteer(tokens, i - 1) || capWordNextTo(t, tokens[i + 1])) continue;
    out.add(wordOf(t).norm);
  }
  return out;
}

// ---------- places of several words ----------

const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Central']);
/**
 * The tokens [from, to) of a feature named by the listed place at [i, end): "Timor Sea", "South Timor Sea",
 * "Gulf of Mexico", "Lake Chad"; else null.
 */
function featureAround(tokens: Token[], i: number, end: number): [number, number] | null {
  const next = tokens[end];
  if (next && FEATURE_WORDS.has(next.text) && !tokens[end - 1].possessive && adjacent(tokens[end - 1], next)) {
    const prev = tokens[i - 1];
    return [prev && DIRECTIONS.has(prev.text) && !prev.possessive && adjacent(prev, tokens[i]) ? i - 1 : i, end + 1];
  }
  const before = tokens[i - 1];
  if (!before || !adjacent(before, tokens[i])) return null;
  if (FEATURES_BEFORE.has(before.text)) return [i - 1, end];
  const head = tokens[i - 2];
  if (before.text === 'of' && head && FEATURES_OF.has(head.text) && adjacent(head, before)) return [i - 2, end];
  return null;
}

/** Listed places of several words by their first word, longest first. */
const PLACES_BY_FIRST = new Map<string, string[][]>();
for (const words of [...MULTIWORD_PLACES].sort((a, b) => b.length - a.length)) PLACES_BY_FIRST.set(words[0], [...(PLACES_BY_FIRST.get(words[0]) ?? []), words]);
const capWordNextTo = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.word && b.word && a.cap && b.cap && !a.possessive && adjacent(a, b);

/**
 * Token i follows "of"/"for the" after a capitalised name with an organisation head word: "Federal Reserve Bank of
 * New York", "Attorney's Office for the Western District of New York" (not "Lena Ortiz of New York").
 */
function endsOrganisationName(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (!tokens[k] || !ORG_CONNECTORS.has(tokens[k].text)) return false;
  // (Through "of", "for" or "on": "the Korea Strait and the Taiwan Strait" are two places.)
  let linked = false;
  for (let seen = 0; k >= 0 && seen < 10 && (ORG_CONNECTORS.has(tokens[k].text) || (tokens[k].word && tokens[k].cap)); k--, seen++) {
    const w = tokens[k].text;
    if (w === 'of' || w === 'for' || w === 'on') linked = true;
    const type = HEAD_TYPE.get(w);
    if (type && type !== 'place') return linked;
  }
  return false;
}

/** Organisation heads that a place's name may open (not "Senate", "Court", "Party": "the U.S. Senate" is the Senate). */
const INSTITUTION_HEADS = new Set(['University', 'College', 'Institute', 'School', 'Academy', 'Hospital', 'Clinic', 'Airport', 'Museum', 'Library', 'Zoo', 'Club', 'Foundation', 'Society']);
const isInstitutionHead = (t: Token) => INSTITUTION_HEADS.has(t.text) || factsOf(t).head === 'company' || factsOf(t).head === 'media';
/** Token i is an institution's head word ending a name ("Washington University in …", not "Energy Secretary"). */
function institutionHeadAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.word && t.cap && adjacent(tokens[i - 1], t) && !tokens[i - 1].possessive && isInstitutionHead(t) && !capWordNextTo(t, tokens[i + 1]);
}
/** Token i follows "of" (or "of the") right after a capitalised name with an institution head: "University of Iowa". */
function afterInstitutionOf(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'of' || !tokens[k - 1]?.cap) return false;
  for (let x = k - 1; x >= 0 && x >= k - 4 && tokens[x].word && tokens[x].cap && adjacent(tokens[x], tokens[x + 1]); x--) if (isInstitutionHead(tokens[x])) return true;
  return false;
}

/**
 * End of a listed place of several words that is a whole name at token i ("New Mexico", "Rhode Island"), else 0.
 * Matched before the gazetteer, which would read "Mexico" or the "Island" of Iceland in them; not inside a longer
 * name ("New York Times").
 */
function placeAt(tokens: Token[], i: number): number {
  const list = factsOf(tokens[i]).places;
  if (!list) return 0;
  for (const words of list) {
    let j = i;
    while (j - i < words.length && tokens[j]?.text === words[j - i] && (j === i || (adjacent(tokens[j - 1], tokens[j]) && !tokens[j - 1].possessive))) j++;
    if (j - i < words.length) continue;
    if (capWordNextTo(tokens[j - 1], tokens[j])) continue;
    const prev = tokens[i - 1];
    if (capWordNextTo(prev, tokens[i]) && !START_STOP.has(wordOf(prev).lower)) continue;
    if (endsOrganisationName(tokens, i)) continue;
    return j;
  }
  return 0;
}

/** Length of a listed place of several words starting at token i and ending by `end` ("South Carolina"), else 0. */
function placeWordsAt(tokens: Token[], i: number, end: number): number {
  const t = tokens[i];
  for (const words of (t && factsOf(t).places) ?? NONE) {
    if (i + words.length > end) continue;
    let j = 1;
    while (j < words.length && tokens[i + j].text === words[j] && !tokens[i + j - 1].possessive) j++;
    if (j === words.length) return j;
  }
  return 0;
}
/**
 * Token x is inside a listed place of several words that starts before it and that ends the name there: before a
 * lower-case word or a title, or with a possessive ("New Jersey Gov.", "Remember New Jersey’s").
 */
function endsListedPlace(tokens: Token[], x: number): boolean {
  for (let y = Math.max(0, x - 3); y < x; y++) {
    const len = placeWordsAt(tokens, y, tokens.length);
    if (len <= x - y) continue;
    const last = tokens[y + len - 1];
    const after = tokens[y + len];
    return last.possessive || !capWordNextTo(last, after) || !!factsOf(after).titles;
  }
  return false;
}
/**
 * Token i is followed by a capitalised surname the lexicon knows that ends the name, no head word nor title: "Jordan
 * Reynolds" (not "the ambassador to Britain Liu Xiaming", where the surname opens a name); after a word the lexicon
 * also knows as a first name, any word it does not know: "Chad Connelly".
 */
function beforeSurname(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!next && !t.possessive && next.word && next.cap && adjacent(t, next) && (wordOf(next).lastName || (!!wordOf(t).gender && wordOf(next).tag === undefined && !ACRONYM.test(next.text))) && !HEAD_TYPE.has(next.text) && !factsOf(next).titles && !capWordNextTo(next, tokens[i + 2]);
}
/** Token x lies inside a listed place of several words that starts before it among tokens [from, x]. */
function insidePlace(tokens: Token[], from: number, x: number): boolean {
  for (let y = Math.max(from, x - 3); y < x; y++) if (placeWordsAt(tokens, y, tokens.length) > x - y) return true;
  // (Or a place the lexicon knows that ends at x: the "Francisco" of "San Francisco Chronicle" is no first name.)
  for (let y = Math.max(from, x - 3); y < x; y++) if (isPlaceName(nameOf(tokens, y, x + 1))) return true;
  return false;
}

// ---------- proper-name runs ----------

const PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'del', 'ter']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', '&']);
const START_STOP = new Set(
  'the a an but and or so if in on at for of to by with from as while when after before since during despite however although though this that these those it its he she they we i you his her their our my your there here what who why how where which yet still also then now today yesterday tomorrow according meanwhile unlike like even only just not no nor both each every many much more most some such'.split(
    ' ',
  ),
);
const WEEKDAYS_MONTHS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
// Short forms of days and months that are also surnames ("Jun", "Sun", "Mar"): written as dates, they take a full
// stop or a number ("Jun. 5", "Jun 5"); bare and followed by neither, they are a name ("columnist Ai Jun … Jun wrote").
const DATE_ABBREVIATIONS = new Set('mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
export function surnameNotDate(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!DATE_ABBREVIATIONS.has(wordOf(t).lower) || t.text !== t.text[0] + t.text.slice(1).toLowerCase()) return false;
  const next = tokens[i + 1];
  if (text.charCodeAt(t.end) === 46 /* . */ || (next && /^\d/.test(next.text))) return false;
  // "The Sun", "the Wed meeting": after an article it is no one's name.
  return wordOf(tokens[i - 1] ?? t).lower !== 'the' || i === 0;
}

// (Only right after a lower-case or grammatical word on the same line, "told The Post", "As The Hill": after a
// quotation mark, a dash or a comma the capital may open a sentence or a list item.)
const afterLowerWord = (tokens: Token[], i: number) => {
  const p = tokens[i - 1];
  return !!p && p.word && (!p.cap || wordOf(p).functionWord) && adjacent(p, tokens[i]) && !tokens[i].newline;
};
const OUTLET_NOUNS = new Set(['newspaper', 'magazine', 'website', 'site', 'broadcaster', 'tabloid', 'outlet', 'blog', 'publisher', 'journal']);
const REPORT_VERBS = new Set(['reported', 'reports', 'wrote', 'writes', 'revealed', 'reveals', 'published', 'publishes', 'pointed', 'found']);
// "told The Wrap", "according to The Hill", "in an interview with The Atlantic": words before a paper's title.
const OUTLET_LEADS = new Set(['told', 'tells', 'to', 'with', 'by']);
const precededByOutletWord = (tokens: Token[], i: number) => OUTLET_LEADS.has(tokens[i - 1]?.text ?? '') && (tokens[i - 1].text !== 'to' || /^(?:told|according|spoke|talked|said)$/.test(tokens[i - 2]?.text ?? ''));

// Head words by the actor type they give a name (data/gazetteer/heads.json); in file order, a later type wins.
const HEADS = Object.entries(
  (JSON.parse(readFileSync(new URL('../../../data/gazetteer/heads.json', import.meta.url), 'utf8')) as { heads: Record<string, string[]> }).heads,
) as [ActorType, string[]][];
const HEAD_TYPE = new Map<string, ActorType>();
for (const [type, words] of HEADS) for (const w of words) HEAD_TYPE.set(w, type);
/** Last words of names of shows, prizes and contests ("… Show", "… Award", "… Cup"): things, no actors. */
const THING_HEADS = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../../data/gazetteer/heads.json', import.meta.url), 'utf8')) as { thingHeads: { words: string[] } }).thingHeads.words,
);
/** Words that make an army's name a non-state armed group's (data/gazetteer/heads.json armedGroupWords). */
const ARMED_GROUP_WORDS = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../../data/gazetteer/heads.json', import.meta.url), 'utf8')) as { armedGroupWords: { words: string[] } }).armedGroupWords.words,
);
/** The actor type a head word gives a name ("Bank" → company, "University" → organisation), if it is one. */
export const headWordType = (word: string): ActorType | undefined => HEAD_TYPE.get(word);

/** TITLES by their first word, longest first as in TITLES: titleAt runs for most capitalised words. */
const TITLES_BY_FIRST = new Map<string, typeof TITLES>();
for (const t of TITLES) TITLES_BY_FIRST.set(t.words[0], [...(TITLES_BY_FIRST.get(t.words[0]) ?? []), t]);

/**
 * What the passes ask of a spelling again and again, worked out once per spelling and kept with its lexicon facts:
 * each token then costs one lookup, not one per list.
 */
interface SpellingFacts {
  /** Listed names whose first word this is (GAZ by the normalised word). */
  gaz: GazEntry[] | undefined;
  /** Listed places of several words opening with it. */
  places: string[][] | undefined;
  /** Titles opening with it. */
  titles: typeof TITLES | undefined;
  /** The organisation type it heads ("Ministry", "Times"). */
  head: ActorType | undefined;
  /** A word that opens no name (START_STOP), a weekday or a month, in lower case. */
  stopOrDate: boolean;
  /** The country key of the demonym it is in lower case. */
  demonym: string | undefined;
}
const NONE: never[] = [];
function factsOf(t: Token): SpellingFacts {
  const w = wordOf(t);
  return (w.facts as SpellingFacts | undefined) ?? (w.facts = spellingFacts(t.text, w));
}
function spellingFacts(text: string, w: WordInfo): SpellingFacts {
  return {
    gaz: GAZ.get(w.norm),
    places: PLACES_BY_FIRST.get(text),
    titles: TITLES_BY_FIRST.get(text),
    head: HEAD_TYPE.get(text),
    stopOrDate: START_STOP.has(w.lower) || WEEKDAYS_MONTHS.has(w.lower),
    demonym: DEMONYMS.get(w.lower),
  };
}

/**
 * A role noun written with a capital in a title-case headline, "Republican Donor Adelson and Trump …": a title
 * there, before the surname (not a first name or surname itself: "Baker", "Judge").
 */
function headlineRoleAt(tokens: Token[], i: number, headline: boolean): { len: number; gender: Gender } | null {
  const t = tokens[i];
  const w = wordOf(t);
  // (Title case only, "Donor", not "DONOR": in a line in capitals nothing tells a name; and a name must follow.)
  const c = t.text.charCodeAt(1);
  if (!(c >= 97 && c <= 122) || w.gender || w.lastName || !PERSON_ROLE_NOUNS.has(w.lower) || factsOf(t).head) return null;
  // (A first name or a lone surname must follow: "Donor Adelson and …", not "Populist Economic Speech".)
  const next = tokens[i + 1];
  if (!next || !next.cap || !isNameLikeWord(next) || factsOf(next).head || factsOf(next).titles) return null;
  if (!isGenderedFirstName(next) && capWordNextTo(next, tokens[i + 2])) return null;
  // (A title with a full stop, as some corpora write them, is still a title-case first line.)
  if (!headline && !inTitleCaseFirstLine(tokens, i)) return null;
  return { len: 1, gender: genderOf(roleNounGender(w.lower)) };
}
/** Token i lies on the document's first line, of four to forty words, most of them capitalised. */
function inTitleCaseFirstLine(tokens: Token[], i: number): boolean {
  if (i >= 40) return false;
  for (let a = i; a > 0; a--) if (tokens[a].newline) return false;
  const a = 0;
  let b = i + 1;
  while (b < tokens.length && !tokens[b].newline && b - i < 40) b++;
  if (b < tokens.length && !tokens[b].newline) return false;
  let words = 0;
  let caps = 0;
  for (let x = a; x < b; x++) if (tokens[x].word) (words++, tokens[x].cap && caps++);
  return words >= 4 && caps / words > 0.6;
}

function titleAt(tokens: Token[], i: number, end: number): { len: number; gender: Gender } | null {
  if (i >= end) return null;
  for (const t of factsOf(tokens[i]).titles ?? NONE) {
    if (i + t.words.length > end) continue;
    let ok = true;
    // ("Chief Of Staff Rahm Emanuel": a title-case line capitalises the title's "of" too.)
    for (let k = 1; k < t.words.length && ok; k++) {
      const w = tokens[i + k].text;
      if (w !== t.words[k] && !(w.length === t.words[k].length && ORG_CONNECTORS.has(t.words[k]) && w.toLowerCase() === t.words[k])) ok = false;
    }
    if (ok) return { len: t.words.length, gender: t.gender };
  }
  return null;
}

/**
 * "Clinton Chief of Staff Cheryl Mills", "the Secretary of State John Kerry": a title whose "of" or "for" ended the
 * capitalised run before run [s, e) and that ends inside it; where the title starts and ends, or null.
 */
function titleAcrossOf(tokens: Token[], s: number, e: number): { from: number; to: number; gender: Gender } | null {
  const of = tokens[s - 1];
  if (!of || (of.text !== 'of' && of.text !== 'for') || !adjacent(of, tokens[s])) return null;
  for (let b = s - 2; b >= 0 && b >= s - 4 && tokens[b].cap && tokens[b].word && adjacent(tokens[b], tokens[b + 1]); b--) {
    const t = titleAt(tokens, b, e - 1);
    if (t && b + t.len > s) return { from: b, to: b + t.len, gender: t.gender };
  }
  return null;
}

interface Candidate {
  start: number; // token index
  end: number;
  type: ActorType | 'maybe-person' | 'surname';
  known?: KnownActor;
  title?: { text: string; span: Span; gender: Gender; countries: string[]; words: string[] };
  gender?: Gender;
  /** A maybe-person whose first word is an ordinary word too: needs a speech verb or apposition. */
  weak?: boolean;
  /** A surname candidate with a speech verb or apposition next to it (found once, on demand). */
  cue?: boolean;
  /** First names sharing the surname of the name after "and": "Charles G." in "Charles G. and David H. Koch". */
  sharedSurname?: string;
  /** A body's name opening with a demonym ("Russian Defense Ministry"). */
  demonym?: boolean;
}

const isWordTok = (t: Token | undefined) => !!t && t.word;
const adjacent = (a: Token, b: Token) => b.start - a.end <= 1 && !b.newline;
/** Plural nouns spelt like speech verbs ("several African states"): not evidence that a name speaks. */
const NOUN_LIKE_CUES = new Set(['states', 'claims', 'notes', 'remarks', 'answers', 'replies', 'promises', 'pledges', 'vows', 'calls', 'points', 'charges', 'reports', 'tells', 'says', 'writes', 'tweets', 'comments', 'concludes', 'continues', 'agrees', 'thinks', 'believes', 'admits', 'denies', 'asks']);

// (isContraction, the test for "I’m", "We’ll", "Don’t", lives in word-shapes.ts; still exported from here.)
export { isContraction };

/** Token runs of capitalised words (with name particles inside), as [start, end) token indices. */
const ARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-\p{Lu}/u;

function capRuns(tokens: Token[], taken: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken[i] || !tokens[i].cap || !tokens[i].word || isContraction(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !taken[j] && !tokens[j - 1].possessive && adjacent(tokens[j - 1], tokens[j])) {
      const t = tokens[j];
      // (A contraction goes on the run, so a long title-case line stays one run, but is cut off its end below.)
      if (t.word && t.cap) j++;
      // "Bashar al-Assad", "Ayman al-Zawahiri": an Arabic article joined to a capitalised name.
      else if (t.word && ARTICLE_JOINED.test(t.text)) j++;
      else if (t.word && PARTICLES.has(t.text)) {
        // Name particles, possibly several ("von der Leyen", "de la Fuente"), then a capitalised word.
        let k = j;
        while (k < tokens.length && tokens[k].word && PARTICLES.has(tokens[k].text) && adjacent(tokens[k - 1], tokens[k]) && k - j < 3) k++;
        if (tokens[k]?.cap && tokens[k].word && adjacent(tokens[k - 1], tokens[k]) && !taken[k]) j = k + 1;
        else break;
      } else break;
    }
    const end = j;
    while (j > i + 1 && isContraction(tokens[j - 1].text)) j--;
    runs.push([i, j]);
    i = end;
  }
  return runs;
}

const CLOSING_QUOTES = new Set(['”', '"', '’']);
const MID_SENTENCE_ENDS = new Set([',', '?', '!', '—']);
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', '«', '‘', ':', ';', '—', '–', '-', '(', '[']);
const isSentenceStart = (tokens: Token[], i: number, text: string) => {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  // Right after a quote closed by a comma ("…,” Bright said) the sentence goes on: a capital there is a name.
  if (CLOSING_QUOTES.has(prev.text) && i >= 2 && MID_SENTENCE_ENDS.has(tokens[i - 2].text)) return false;
  if (SENTENCE_OPENERS.has(prev.text)) return true;
  return hasLineBreak(text, prev.end, tokens[i].start);
};
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

/** Lower-case role words just before a name: "lawmaker Constance Le Grip", "expert … Yannick Harrel". */
/** Lower-case role nouns of the titles list ("pollster", "strategist", "spokeswoman"). */
const LOWER_TITLES = new Set(TITLES.filter((t) => t.words.length === 1 && /^\p{Ll}/u.test(t.words[0])).map((t) => t.words[0]));
function roleBefore(tokens: Token[], i: number): string[] {
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = tokens[k];
    if (!t.word || t.cap) break;
    if (DESCRIPTION_ROLES.has(wordOf(t).lower) || PERSON_ROLE_NOUNS.has(wordOf(t).lower) || LOWER_TITLES.has(t.text)) words.unshift(wordOf(t).lower);
    else break;
  }
  return words;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/;
/** Verbs of headlines written in title case after a name ("Ana Ruiz Slams …"), besides the speech verbs. */
const HEADLINE_VERBS = new Set(['resigns', 'hires', 'drops', 'announces', 'slams', 'blasts', 'rips', 'hits', 'urges', 'vows', 'backs', 'endorses', 'defends', 'attacks', 'mocks', 'accuses', 'rejects', 'unveils', 'wins', 'loses', 'leads', 'quits', 'signs', 'visits', 'meets', 'joins', 'launches', 'fires', 'picks', 'sues', 'wants', 'plans', 'faces', 'takes', 'gets', 'makes', 'gives', 'tells', 'asks']);

/**
 * Capitalised auxiliaries and prepositions of title-case lines that no name has inside it ("With", "Is", "Into"),
 * unlike "of", "for", "and", "the" ("Bank Of America"); not "Will", "May", "To" (first names, surnames).
 */
/** Prepositions of title-case lines that, unlike "Of" ("Chief Of Staff"), no title runs on through. */
const LINE_PREPOSITIONS = new Set(['On', 'In', 'At', 'Over', 'Vs.']);
const HEADLINE_BREAKS = new Set(['With', 'Without', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Would', 'Could', 'Should', 'Must', 'Does', 'Did', 'Into', 'From', 'After', 'Before', 'Against', 'About', 'Amid', 'As', 'Than', 'Versus', 'Vs', 'Despite', 'During']);
/** A word that ends a place's name: "County", or a place head ("Street", "Square"). */
const isPlaceEnd = (t: Token) => t.text === 'County' || factsOf(t).head === 'place';
/** An adverb, determiner, pronoun or past tense, capitalised as title-case lines write every word ("Just", "Some", "Gave"). */
const LINE_WORD_TAGS = /Adverb|Determiner|Pronoun|PastTense|Negative|Copula|Modal/;
const isLineWord = (t: Token) => {
  const w = wordOf(t);
  return w.functionWord && w.lower !== 'the' && !PARTICLES.has(w.lower) && LINE_WORD_TAGS.test(String(w.tag));
};
/** A word a name may hold after its first: no ordinary word, unless a title, a head word or a listed name. */
const isNameLikeWord = (t: Token) => {
  const w = wordOf(t);
  return !w.common || !!w.gender || w.lastName || !!factsOf(t).titles || !!factsOf(t).head;
};
/**
 * A title-case headline's auxiliary or preposition ends the name before it: "Pence Backs Paul Ryan With Trump’s
 * Blessing", "Why Donald Trump Is Wrong". Only after two to four name-like words: in "Ana Ruiz Sides With …" the line's own
 * words come first. The new end of the run [s, e).
 */
function endBeforeHeadlineBreak(tokens: Token[], s: number, e: number): number {
  for (let x = s + 2; x < e && x - s <= 4; x++) {
    if (!HEADLINE_BREAKS.has(tokens[x].text)) continue;
    for (let y = s + 1; y < x; y++) if (!isNameLikeWord(tokens[y])) return e;
    return x;
  }
  return e;
}
/**
 * Any other verb in the present tense after a name of name-like words ("Ana Ruiz Receives More Bad News"): a name
 * holds no such verb, so it ends there. (The lexicon's tag, "Issues" or "Times" are plural nouns; no head word.)
 */
function isVerbAfterName(tokens: Token[], s: number, x: number, e: number): boolean {
  const tag = wordOf(tokens[x]).tag;
  if ((tag !== 'PresentTense' && tag !== 'Plural') || HEAD_TYPE.has(tokens[x].text) || factsOf(tokens[x]).titles) return false;
  for (let y = s; y < x; y++) if (!isNameLikeWord(tokens[y]) || tokens[y].possessive) return false;
  // ("Ana Ruiz Refuses to …": the verb ends the run after a full name, and "to" follows; the lexicon may read the
  // verb as a plural noun.)
  const after = tokens[e];
  if (x === e - 1 && x - s >= 2 && isGenderedFirstName(tokens[s]) && after?.text === 'to' && adjacent(tokens[x], after)) return true;
  if (tag !== 'PresentTense') return false;
  // (Only on a title-case line, which a preposition or auxiliary further on shows: "Capital Markets", "Awards Fund"
  // are nouns that the lexicon also reads as verbs.)
  for (let y = x + 2; y < e; y++) if (HEADLINE_BREAKS.has(tokens[y].text)) return true;
  return false;
}
/**
 * "Liu Xiaming", "Wang Yi": two words, a listed family name that is no first name, then a given name no list knows
 * (not a surname, first name or ordinary word): written family name first, as in Chinese, so the bare first word
 * names the person again.
 */
function familyNameFirst(tokens: Token[], s: number, e: number): boolean {
  if (e - s !== 2) return false;
  const family = wordOf(tokens[s]);
  const given = wordOf(tokens[s + 1]);
  return family.lastName && !family.gender && !family.common && !given.lastName && !given.gender && !given.common && !tokens[s + 1].text.includes('.');
}
/** Endings of adverbs made from adjectives and participles ("Interestingly", "Unsurprisingly"), which no name has. */
const ADVERB_ENDING = /.{3}(?:ingly|ally|ately|ously|ably|ibly|ently|antly|edly|ively|fully|lessly)$/;
/** A surname (no ordinary word) at y, then at x an ordinary word that is no surname, first name, title or head word. */
function isHeadlineNounAfterName(tokens: Token[], y: number, x: number): boolean {
  const sur = wordOf(tokens[y]);
  if ((sur.common && !sur.lastName) || tokens[y].possessive || hasAdjectiveSuffix(tokens[y].text)) return false;
  const w = wordOf(tokens[x]);
  if (w.lastName || w.gender || HEAD_TYPE.has(tokens[x].text) || THING_HEADS.has(tokens[x].text) || factsOf(tokens[x]).titles) return false;
  return w.common || ABSTRACT_NOUN_END.test(w.lower);
}
/** Endings of abstract nouns, which no surname has ("Endorsement", "Nomination", "Leadership"). */
const ABSTRACT_NOUN_END = /.{3}(?:ment|tion|sion|ness|ship|ance|ence|ity|ism)$/;
const isHeadlineVerb = (lw: string) => lw.endsWith('s') && (HEADLINE_VERBS.has(lw) || SPEECH_VERBS.has(lw));

/**
 * A lone capitalised ordinary word opening a sentence, then a comma or a verb: "Young, in his testimony, …",
 * "Brown said": it may be the surname of someone named in full (Tom Young), so it stays a surname candidate,
 * which joins a person only if the document names one with that surname (or it speaks).
 */
function surnameSlot(tokens: Token[], s: number, e: number): boolean {
  if (e - s !== 1 || wordOf(tokens[s]).functionWord) return false;
  const next = tokens[e]?.text ?? '';
  return next === ',' || SPEECH_VERBS.has(next) || /^(?:has|had|is|was|will|would|did|does)$/.test(next);
}


function classifyRun(tokens: Token[], s: number, e: number, text: string, headline: boolean, speakers: () => Set<string> = () => new Set()): Candidate[] {
  const runStart = s;
  // "DES MOINES, Iowa —", "EL PASO (AP) —": words in capitals opening a line before a comma, a bracket or a dash
  // are a dateline's place, its article or particle included.
  // (Not "BREAKING NEWS, as …" nor a byline, "ANA RUIZ, REUTERS": the place's last word is no ordinary word, and
  // after a comma comes a state in title case or abbreviated, "Iowa", "S.C.".)
  if (e - s >= 2 && e - s <= 3 && (s === 0 || tokens[s].newline) && DATELINE_NEXT.has(tokens[e]?.text ?? '') && (tokens[e].text !== ',' || isStateAfterDateline(tokens[e + 1])) && !wordOf(tokens[e - 1]).common && allInCapitals(tokens, s, e)) {
    return [{ start: s, end: e, type: 'place' }];
  }
  // "Group D", "Pool A", "Section B": a head word before a single letter is a label in a draw or a list, no body
  // (the words around it may hold names of their own: "… win Group D. England …").
  for (let x = s; x + 1 < e; x++) {
    if (HEAD_TYPE.has(tokens[x].text) && /^\p{Lu}\.?$/u.test(tokens[x + 1].text)) return [...classifyRun(tokens, s, x, text, headline, speakers), ...classifyRun(tokens, x + 2, e, text, headline, speakers)];
  }
  // Drop sentence-initial ordinary words ("However", "The"), weekdays and months.
  while (s < e) {
    const w = tokens[s].text;
    const lw = wordOf(tokens[s]).lower;
    // "Jan Novak": a first name that is also a month abbreviation, when a surname follows.
    if (lw === 'jan' && e - s >= 2) break;
    if (factsOf(tokens[s]).stopOrDate && !surnameNotDate(tokens, s, text)) s++;
    // "Against Clinton, the governor earned 51 percent": a preposition the lexicon mistypes opens the sentence.
    else if (e - s > 1 && HEADLINE_BREAKS.has(w) && !wordOf(tokens[s]).gender && isSentenceStart(tokens, s, text)) s++;
    else if (isSentenceStart(tokens, s, text) && !wordOf(tokens[s]).gender && !titleAt(tokens, s, e) && (e - s === 1 ? wordOf(tokens[s]).common && !surnameSlot(tokens, s, e) : wordOf(tokens[s]).functionWord)) s++;
    // "Interestingly Blocher, a wealthy industrialist, …": a sentence adverb the lexicon does not know opens the
    // sentence, not the name.
    // ("Previously, a man who …": alone, before a comma.)
    else if ((e - s > 1 || tokens[e]?.text === ',') && lw.length >= 7 && lw.charCodeAt(lw.length - 1) === 121 /* y */ && ADVERB_ENDING.test(lw) && !wordOf(tokens[s]).gender && !wordOf(tokens[s]).lastName && isSentenceStart(tokens, s, text)) s++;
    // "Day-by-day Schiff's …", "Long-time Ohio …": a compound of ordinary words opening the sentence is no name.
    else if (e - s > 1 && w.includes('-') && ordinaryCompound(w) && isSentenceStart(tokens, s, text)) s++;
    else break;
  }
  while (e > s && factsOf(tokens[e - 1]).stopOrDate && !surnameNotDate(tokens, e - 1, text)) e--;
  // A headline's capitalised verb after a name is no part of it: "Donald Trump Praises …", "Ana Ruiz Says …".
  // (Not in a paper's name a noun introduces: "the journal BMJ Case Reports".)
  const introducedPaper = OUTLET_NOUNS.has(tokens[s - 1]?.text ?? '') && !headline;
  for (let x = s + 2; x < e && !introducedPaper; x++) {
    const w = wordOf(tokens[x]);
    if (w.lower.endsWith('s') && !w.lastName && !w.gender && (SPEECH_VERBS.has(w.lower) || HEADLINE_VERBS.has(w.lower) || isVerbAfterName(tokens, s, x, e))) {
      e = x;
      break;
    }
  }
  // "Cruz Refuses to Disavow Lindsey Graham Endorsement", "Rudy Giuliani Wear … Hats": on a headline, an ordinary
  // word after a first name and a surname is the headline's word, no part of the name.
  if (e - s >= 3 && (headline || inTitleCaseFirstLine(tokens, s))) {
    for (let p = s; p + 2 < e; p++) {
      if (wordOf(tokens[p]).gender && isHeadlineNounAfterName(tokens, p + 1, p + 2)) {
        e = p + 2;
        break;
      }
    }
  }
  // (The words after the break may hold a name of their own: "Talks Amid Xi Jinping’s Visit".)
  const cut = endBeforeHeadlineBreak(tokens, s, e);
  if (cut < e) return [...classifyRun(tokens, s, cut, text, headline, speakers), ...classifyRun(tokens, cut + 1, e, text, headline, speakers)];
  if (s >= e) return [];
  // "a Warren-style progressive", "Saudi-backed forces": a name turned adjective by its suffix names no one.
  if (hasAdjectiveSuffix(tokens[e - 1].text)) return [];
  // "the Donald Trump-led Republican Party", "the Kremlin-backed Rossiya Bank": the name made a modifier is no part of
  // the name after it (a name of its own only where the text names it so elsewhere).
  for (let x = e - 2; x >= s; x--) if (hasAdjectiveSuffix(tokens[x].text)) return classifyRun(tokens, x + 1, e, text, headline, speakers);
  // Title words, possibly after a demonym or country: "French President Emmanuel Macron", "Senator Olivier Cadic".
  let k = s;
  // Where the role starts: after words before the name that say no role ("Claim That Donald Trump").
  let roleFrom = s;
  const countries: string[] = [];
  const roleWords: string[] = [];
  let gender: Gender = null;
  let titled = false;
  // (The title's words before its "of" count as the role's, though they lie before the run.)
  const splitTitle = titleAcrossOf(tokens, s, e);
  if (splitTitle) {
    titled = true;
    gender = splitTitle.gender;
    for (let x = splitTitle.from; x < splitTitle.to; x++) roleWords.push(tokens[x].text.toLowerCase().replace(/\.$/, ''));
    k = splitTitle.to;
  }
  for (;;) {
    const demonym = tokens[k] && factsOf(tokens[k]).demonym;
    // ("German Ortega": a demonym right before a lone surname the lexicon knows is a first name; English puts no
    // demonym before a bare surname, "German Chancellor Merkel".)
    if (k < e - 1 && demonym !== undefined && !(e - k === 2 && !/^(?:the|a|an)$/i.test(tokens[k - 1]?.text ?? '') && wordOf(tokens[k + 1]).lastName && !HEAD_TYPE.has(tokens[k + 1].text) && !factsOf(tokens[k + 1]).titles)) {
      countries.push(demonym);
      k++;
      continue;
    }
    // An organisation's acronym before a title belongs to the role: "CBC Chairman G.K. Butterfield".
    if (k === s && k < e - 2 && titleAt(tokens, k + 1, e - 1) && ACRONYM.test(tokens[k].text)) {
      roleWords.push(wordOf(tokens[k]).lower);
      k++;
      continue;
    }
    // A place of several words between titles or before one: "Republican South Carolina Sen. Lindsey Graham".
    const placeLen = k < e - 2 ? placeWordsAt(tokens, k, e - 1) : 0;
    if (placeLen && titleAt(tokens, k + placeLen, e - 1)) {
      for (let x = k; x < k + placeLen; x++) roleWords.push(wordOf(tokens[x]).lower);
      k += placeLen;
      continue;
    }
    const t = k < e - 1 ? (titleAt(tokens, k, e - 1) ?? headlineRoleAt(tokens, k, headline)) : null;
    if (t) {
      titled = true;
      gender = gender ?? t.gender;
      for (let x = k; x < k + t.len; x++) roleWords.push(tokens[x].text.toLowerCase().replace(/\.$/, ''));
      k += t.len;
      continue;
    }
    break;
  }
  // "CNN President On Trump:": a preposition after the title in a title-case line; the title is someone else's and
  // the name, if any, comes after the preposition.
  if (titled && k < e - 1 && (HEADLINE_BREAKS.has(tokens[k].text) || LINE_PREPOSITIONS.has(tokens[k].text))) return classifyRun(tokens, k + 1, e, text, headline, speakers);
  // A long office title ending in a title word before a name: "Senate Majority Whip John Cornyn", "House
  // Judiciary Committee Chairman Bob Goodlatte": all up to the title is the role, the one to three name-like
  // words after it the person.
  // (Also after a party word read as a title: "Republican National Committee Chairman Reince Priebus".)
  if (e - k >= 3) {
    for (let x = e - 2; x > k; x--) {
      // (A role noun only after at most two words: "Republican Donor Adelson", not a whole headline before "Wife".)
      const t = titleAt(tokens, x, e - 1) ?? (x - k <= 2 && !titled ? headlineRoleAt(tokens, x, headline) : null);
      if (!t) continue;
      const nameStart = x + t.len;
      const rest = tokens.slice(nameStart, e);
      // (A first name the lexicon reads as a word is one before a surname: "Senate Minority Whip Dick Durbin".)
      const nameWord = (r: Token, i: number) => !wordOf(r).common || !!wordOf(r).gender || wordOf(r).lastName || (i === 0 && rest.length === 2 && !wordOf(r).functionWord && !wordOf(rest[1]).common);
      const nameLike = rest.length >= 1 && rest.length <= 3 && rest.every((r, i) => !HEAD_TYPE.has(r.text) && nameWord(r, i));
      if (nameLike) {
        // An honorific takes no words before it: "#Franceisstrong Mr. Trump", "the Manhattan-made Mr. Trump".
        if (HONORIFIC.test(tokens[x].text)) roleFrom = x;
        for (let y = roleFrom; y < nameStart; y++) {
          const lw = wordOf(tokens[y]).lower;
          if (DEMONYMS.has(lw)) countries.push(DEMONYMS.get(lw)!);
          else roleWords.push(lw.replace(/\.$/, ''));
        }
        gender = gender ?? t.gender;
        titled = true;
        k = nameStart;
      }
      break;
    }
  }
  // "Reporter Jomana Karadsheh says": a role noun written with a capital (opening the sentence) before two words that
  // are no ordinary words is a role and a person, whatever the first name.
  // (Not on a title-case line, "Populist Economic Speech", nor a member word, "Liberal Oscar-winner Sarandon"; the two
  // words shaped as names.)
  if (!titled && k === s && e - k === 3 && !headline && isRoleNoun(wordOf(tokens[k]).lower) && !isMemberWord(tokens[k].text) && !isPartyWord(tokens[k].text) && !factsOf(tokens[k]).head && !inTitleCaseFirstLine(tokens, k) && tokens.slice(k + 1, e).every((r) => !HEAD_TYPE.has(r.text) && !wordOf(r).common && NAME_SHAPE.test(r.text))) {
    roleWords.push(wordOf(tokens[k]).lower);
    titled = true;
    k++;
  }
  // A role phrase glued before a first name: "Digital Affairs Henri Verdier" → role + person.
  if (!titled && e - k >= 3) {
    for (let x = k + 1; x < e - 1; x++) {
      // (Not the second word of a place: "South Carolina Republican Party" has no "Carolina".)
      if (wordOf(tokens[x]).gender && !wordOf(tokens[k]).gender && !HEAD_TYPE.has(tokens[x - 1].text) && !insidePlace(tokens, k, x)) {
        // "Navy Capt. Jeff Davis": a title right before the first name makes the rest a role, head word or not.
        // ("the Trayvon Martin Foundation": nor is a body named after someone, its head word ending the run.)
        // ("Navy SEAL Chris Kyle": so does a code right before it, a unit's or a body's, whose member the person is.)
        const hasHead = !titleAt(tokens, x - 1, x) && (tokens.slice(k, x).some((t) => HEAD_TYPE.has(t.text)) && !ACRONYM.test(tokens[x - 1].text) || HEAD_TYPE.has(tokens[e - 1].text));
        if (!hasHead) {
          // (Only words ending in a role are one: "Digital Affairs", "NASA Administrator"; not a headline's "Claim
          // That", "Attacks On" or a sentence's "Certainly".)
          if (endsInRoleWord(tokens, k, x)) for (let y = k; y < x; y++) roleWords.push(wordOf(tokens[y]).lower);
          else roleFrom = x;
          titled = true;
          k = x;
        }
        break;
      }
    }
  }
  // A title broken by "for"/"of" ("French Ambassador for Digital Affairs Henri Verdier"): the role starts at the title.
  let roleStart = splitTitle ? splitTitle.from : roleFrom;
  if (k > s && !splitTitle && /^(?:for|of)$/.test(tokens[s - 1]?.text ?? '') && tokens[s - 2]?.cap) {
    let b = s - 2;
    while (b > 0 && tokens[b - 1].cap && tokens[b - 1].word && adjacent(tokens[b - 1], tokens[b])) b--;
    for (let x = b; x < s - 1; x++) {
      if (titleAt(tokens, x, s - 1)) {
        roleStart = b;
        for (let y = b; y < s - 1; y++) {
          const lw = wordOf(tokens[y]).lower;
          if (DEMONYMS.has(lw)) countries.push(DEMONYMS.get(lw)!);
          else roleWords.push(lw);
        }
        break;
      }
    }
  }
  const title =
    k > roleStart
      ? {
          text: text.slice(tokens[roleStart].start, tokens[k - 1].end),
          span: [tokens[roleStart].start, tokens[k - 1].end] as Span,
          gender,
          countries,
          words: roleWords,
        }
      : undefined;
  // (Again after a role glued before the name: "Pence Backs Paul Ryan With …".)
  if (k > s) e = endBeforeHeadlineBreak(tokens, k, e);
  // "the Palm Beach County Supervisor": an office of a place names no one; the place is the name.
  if (e - k >= 3 && factsOf(tokens[e - 1]).titles && isPlaceEnd(tokens[e - 2])) e--;
  const nameToks = tokens.slice(k, e);
  if (!nameToks.length) return [];
  // (Role words before the name are wanted only for some kinds of name: looked for on demand.)
  let roleWordsBefore: string[] | undefined;
  const before = () => (roleWordsBefore ??= roleBefore(tokens, s));
  const head = headType(nameToks);
  // "Steven Law", "Emily Post": a first name and a surname spelt like a head word, when the surname speaks
  // ("Law said") or an apposition or speech verb follows the name.
  // (Not a plural head, which no surname is: "Harmony Enterprises, a business in …"; "Bill Press" has its double s.)
  // (Nor a law's or a plan's head, which no surname is but "Law": "the Logan Act, the emoluments clause".)
  if (head && !titled && nameToks.length === 2 && HEAD_TYPE.has(nameToks[1].text) && !isPluralHead(nameToks[1].text) && (HEAD_TYPE.get(nameToks[1].text) !== 'initiative' || nameToks[1].text === 'Law') && isGenderedFirstName(nameToks[0]) && (nameThenCue(tokens, k, e) || speakers().has(nameToks[1].text))) {
    return [{ start: k, end: e, type: 'person', gender: genderOf(wordOf(nameToks[0]).gender) }];
  }
  // "As The Hill reported", "Lee Wang of The Wrap": a capital "The" after a lower-case word opens the title of a
  // paper, a body or a work, never a person's name (a paper when it reports or is told; a name with a head word is
  // typed by it below, without the article, as before).
  if (!head && !titled && !headline && k === s && s > runStart && tokens[s - 1].text === 'The' && afterLowerWord(tokens, s - 1) && !wordOf(nameToks[0]).gender && !isGroupPlural(nameToks[nameToks.length - 1].text) && !DEMONYMS.has(wordOf(nameToks[0]).lower) && !isMemberWord(nameToks[0].text)) {
    const place = isPlaceName(text.slice(tokens[s - 1].start, tokens[e - 1].end)) || /Place|City|Country|Region/.test(lexiconTag(nameToks[nameToks.length - 1].text) ?? '');
    const type = place ? 'place' : (REPORT_VERBS.has(wordOf(tokens[e] ?? tokens[e - 1]).lower) || SPEECH_VERBS.has(wordOf(tokens[e] ?? tokens[e - 1]).lower)) || precededByOutletWord(tokens, s - 1) ? 'media' : undefined;
    // (With no head word and no sign of a paper, it is the title of a book or a show: no actor.)
    return type ? [{ start: s - 1, end: e, type }] : [];
  }
  // "the Democratic Senate", "a GOP-controlled Congress", "Senate Republican leaders": the chamber, qualified.
  // "Judge Just Gave Her Some Of The Worst News": a title-case line's adverb, determiner, pronoun or past tense before
  // a head word makes no name of it (prepositions and conjunctions may: "Doctors Without Borders").
  // (Nor a shorter run ending in one: "Campaign Slogan Might as Well Be …".)
  if (head && ((nameToks.length >= 4 && nameToks.some(isLineWord)) || (nameToks.length >= 2 && isLineWord(nameToks[nameToks.length - 1])))) return [];
  // "her super PAC": a head word alone that is also a common code names any such body, not one.
  if (head && nameToks.length === 1 && isShortCode(nameToks[0].text) && isCommonCode(nameToks[0].text)) return [];
  // "… Firing Of Campaign Manager": on a headline, a run ending in a role noun after its head word is a role, no body.
  if (head && nameToks.length >= 2 && !HEAD_TYPE.has(nameToks[nameToks.length - 1].text) && ROLE_WORDS.has(wordOf(nameToks[nameToks.length - 1]).lower) && (headline || inTitleCaseFirstLine(tokens, k))) return [];
  if (head && nameToks.length === 1 && k === s && isTitleOfAThing(tokens, s)) return [];
  const chamber = head && !titled ? chamberQualifiedByParty(tokens, k, e) : -1;
  if (chamber >= 0) return [{ start: chamber, end: chamber + 1, type: head! }];
  // "the European Central Bank", "the Russian Defence Ministry": a demonym before a body's name is part of it (a body
  // named without it, "Central Bank", is another country's or none in particular).
  // (Not a place's: "the American New Silk Road" is a plan for that road.)
  if (head && !titled) {
    const withDemonym = k > s && countries.length === k - s && head !== 'place';
    return [withDemonym ? { start: s, end: e, type: head, demonym: true } : { start: k, end: e, type: head }];
  }
  // "General Assembly", "Chief Justice Office": title words heading an institution, not a person.
  if (head && !nameToks.some((t) => wordOf(t).gender)) {
    // ("Republican Congress": the party word read as a title qualifies the chamber.)
    const chamberAt = chamberQualifiedByParty(tokens, s, e);
    return [chamberAt >= 0 ? { start: chamberAt, end: chamberAt + 1, type: head } : { start: s, end: e, type: head }];
  }
  // "The Rachel Maddow Show", "the Philip K. Dick Award", "the Stanley Cup": a show, a prize or a contest named after
  // someone is no one.
  if (!head && nameToks.length >= 2 && THING_HEADS.has(nameToks[nameToks.length - 1].text)) return [];
  // "South Florida", "West Texas", "Northern California": a direction before a listed place is a part of it, no one's name.
  if (!titled && nameToks.length >= 2 && DIRECTIONS.has(nameToks[0].text) && isPlaceName(nameOf(tokens, k + 1, e))) return [{ start: k, end: e, type: 'place' }];
  // "the news site RTL Info reported", "the Israeli newspaper Haaretz": a name right after a noun for a paper or a
  // site is that outlet.
  if (!titled && k === s && !wordOf(nameToks[0]).gender && OUTLET_NOUNS.has(tokens[s - 1]?.text ?? '') && adjacent(tokens[s - 1], tokens[s])) return [{ start: k, end: e, type: 'media' }];
  // (After Mr/Mrs/Ms, whose gender says a person follows, an ordinary word is a surname: "Mrs. Tan", "Ms. Rice".)
  if (titled && !(HONORIFIC.test(tokens[k - 1]?.text ?? '') && nameToks.length <= 2) && nameToks.every((t) => wordOf(t).common && !wordOf(t).gender && !wordOf(t).lastName)) return [];
  // "Maricopa County", "Bartholomew County": a county is a place, whatever its first word (not a head word:
  // "Polk County GOP Chairman Ann Lee" is a person with a long role).
  if (!titled && nameToks.length > 1 && nameToks[nameToks.length - 1].text === 'County') return [{ start: k, end: e, type: 'place' }];
  const first = wordOf(nameToks[0]).gender;
  // ("Mayor Denies Fraud": a headline's verb after a title starts no name.)
  if (titled && isHeadlineVerb(wordOf(nameToks[0]).lower) && !wordOf(nameToks[0]).gender && !wordOf(nameToks[0]).lastName) return [];
  // "President Ascom North America": a listed place ending the words after a title, with no first name before it,
  // makes them a body's name, not a person's.
  if (titled && nameToks.length >= 3 && !first && insidePlace(tokens, k, e - 1) && !insidePlace(tokens, k, k + 1)) return [];
  // "St. Jude Children's Research Hospital", "St. Olaf College": an institution's head word ends the name, the title
  // word before it is part of the body's name.
  // (Not a headline's words before one: "Judge Just Gave Her Some Of The Worst News".)
  // (Nor a first name and a surname spelt like a paper's or a firm's head word: "Mayor Don Guardian".)
  if (titled && head && nameToks.length >= 2 && nameToks.length <= 5 && INSTITUTION_HEADS.has(nameToks[nameToks.length - 1].text) && (nameToks.length >= 3 || !wordOf(nameToks[0]).gender) && nameToks.every((t, i) => i === nameToks.length - 1 || !wordOf(t).functionWord || ORG_CONNECTORS.has(t.text))) {
    return [{ start: s, end: e, type: head }];
  }
  if (titled && nameToks.length <= 4) {
    return [{ start: k, end: e, type: 'person', title, gender: gender ?? genderOf(first) }];
  }
  // "the Virginia-based firm Billy Casper Golf": a name right after a noun for a body, ending in an ordinary word, is
  // that body ("the firm Ann Lee founded" ends in a surname).
  const bodyKind = !titled && k === s && nameToks.length >= 2 && tokens[s - 1] && adjacent(tokens[s - 1], tokens[s]) ? APPOSITIVE_KINDS[tokens[s - 1].text] : undefined;
  if (bodyKind && bodyKind !== 'thing') {
    const last = wordOf(nameToks[nameToks.length - 1]);
    // (Or one opening with an acronym, "the firm JP Morgan", which no person's name does.)
    if ((last.common && !last.lastName && !last.gender) || ACRONYM.test(nameToks[0].text)) return [{ start: k, end: e, type: bodyKind }];
  }
  // "said a New Hampshire Republican", "a moderate Indiana Democrat": a place, or words with no first name, before a
  // party's or a side's member word describe someone unnamed.
  if (!titled && nameToks.length >= 2 && isMemberWord(nameToks[nameToks.length - 1].text) && (!first || isPlaceName(nameOf(tokens, k, e - 1)))) return [];
  // A role word just before ("counterpart Jan Novak", "lawmaker Constance Le Grip") marks a person too.
  if (nameToks.length >= 2 && nameToks.length <= 4 && (first || before().length)) {
    return [{ start: k, end: e, type: 'person', gender: genderOf(first), title: before().length ? roleTitle(tokens, s, before()) : undefined }];
  }
  if (headline) return [];
  // "North Carolina", "Rhode Island": a place, kept as one so that "Butterfield of North Carolina said" reads as
  // Butterfield speaking. (A one-word place stays a surname candidate: it may be the surname of someone the
  // document names in full; findActors makes it a place otherwise.)
  if (!titled && nameToks.length > 1 && mayEndPlaceName(wordOf(nameToks[nameToks.length - 1]).lower) && isPlaceName(nameToks.map((t) => t.text).join(' '))) {
    return [{ start: k, end: e, type: 'place' }];
  }

  if (nameToks.length === 1) {
    const w = nameToks[0].text;
    // (A role spelt in capitals, "CEO", "MP", is no organisation: "Ann Lee, CEO of Acme, said".)
    // (Nor is a thing's code, "an all-new SUV", or a word set in capitals, "LETTERS", unless it opens a dateline:
    // "PURCHASE, N.Y. —" is a town.)
    // (Nor a market code after a full stop, ".DJI", ".SPX": an index or a share, no body.)
    if (isShortCode(w)) {
      // "New York, NY –", "Austin, TX": a state's code after a town and a comma is the town's state, no body.
      if (US_POSTAL_CODES.has(w) && tokens[k - 1]?.text === ',' && tokens[k - 2]?.cap && tokens[k - 2].word && adjacent(tokens[k - 2], tokens[k - 1])) return [];
      if (titleAt(tokens, k, e) || (isCommonCode(w) && !opensDateline(tokens, k)) || isTickerCode(tokens, k, text)) return [];
      if (w.length === 3 && isShoutedWord(tokens, k)) return [];
      // "the RAV4", "a PS4", "the A350 order", "in Q3": a code with a digit is a thing's or a time's, unless a noun for
      // a body stands next to it ("the data outfit L2", "the Future45 group"), it speaks, or it is a hacking group's.
      if (hasDigit(w) && !THREAT_GROUP_CODE.test(w) && !bodyNounNextTo(tokens, k, e) && !speaksNext(tokens, e)) return [];
      return [{ start: k, end: e, type: 'organisation' }];
    }
    // An ordinary word kept at a sentence start only for its comma or verb (surnameSlot) may join a person named
    // in full, but is no name of its own ("Critics say …").
    const ordinary = wordOf(nameToks[0]).common && isSentenceStart(tokens, k, text);
    return [{ start: k, end: e, type: 'surname', ...(ordinary ? { weak: true } : {}) }];
  }
  // "Big Machine says", "The label that owns them, Big Machine, says": a name opening with an ordinary word, with
  // no first name or surname in it, that speaks or that a body noun before it introduces, is a body.
  // (Not with a title inside: "Former President Bill Clinton agreed".)
  if (!titled && !headline && nameToks.length >= 2 && nameToks.length <= 4 && isBodyNameStart(nameToks[0]) && nameToks.every((t) => !wordOf(t).gender && !wordOf(t).lastName && !DEMONYMS.has(wordOf(t).lower) && !PARTICLES.has(wordOf(t).lower) && !factsOf(t).titles) && !isGroupPlural(nameToks[nameToks.length - 1].text) && (speaksNext(tokens, e) || bodyNounBefore(tokens, k))) {
    return [{ start: k, end: e, type: 'organisation' }];
  }
  // A title-case headline's verb before a name ("…, Calls Trump’s Remarks …"): only the second word may be a name.
  if (nameToks.length === 2 && isHeadlineVerb(wordOf(nameToks[0]).lower) && !wordOf(nameToks[0]).gender && !wordOf(nameToks[0]).lastName) return [{ start: k + 1, end: e, type: 'surname' }];
  if (nameToks.length <= 3 && nameToks.every((t) => !wordOf(t).common || wordOf(t).lastName || wordOf(t).gender)) {
    return [{ start: k, end: e, type: 'maybe-person', title: before().length ? roleTitle(tokens, s, before()) : undefined }];
  }
  // A first name that is also an ordinary word ("Sandy Phillips", "Rich Lowry"): a person only where a speech
  // verb or an apposition says so (findActors checks).
  const [a, b] = nameToks;
  if (nameToks.length === 2 && !wordOf(a).functionWord && !START_STOP.has(wordOf(a).lower) && !DEMONYMS.has(wordOf(a).lower) && (!wordOf(b).common || wordOf(b).lastName)) {
    // At a sentence start the word may be an adverb ("Later Okafor said"): only an apposition makes it a name there.
    if (isSentenceStart(tokens, k, text) && !(tokens[e]?.text === ',' && nameThenCue(tokens, k, e))) return [{ start: k + 1, end: e, type: 'surname' }];
    return [{ start: k, end: e, type: 'maybe-person', weak: true, title: before().length ? roleTitle(tokens, s, before()) : undefined }];
  }
  return [];
}
/**
 * "you DID download it", "make us ALL safer", "WHAT SAY YOU", "VERIZON TO BUY YAHOO": a short ordinary word in
 * capitals is stressed or shouted, no body's code, when it is a verb, determiner or adjective, or stands next to
 * another word in capitals (not a noun alone: "ICE agents", "aired on BET").
 */
function isShoutedWord(tokens: Token[], k: number): boolean {
  const w = wordOf(tokens[k]);
  if (!w.common) return false;
  // (Not an interjection's spelling, which a code may share: "PFF said".)
  if ((w.functionWord && w.tag !== 'Expression') || w.tag === 'Adjective') return true;
  const capsWord = (t: Token | undefined) => !!t && t.word && t.text.length >= 2 && !t.newline && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
  return (capsWord(tokens[k - 1]) && adjacent(tokens[k - 1], tokens[k]) && wordOf(tokens[k - 1]).common) || (capsWord(tokens[k + 1]) && adjacent(tokens[k], tokens[k + 1]) && wordOf(tokens[k + 1]).common);
}
const hasDigit = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 48 && w.charCodeAt(i) <= 57) return true;
  return false;
};
/** Codes hacking groups go by ("APT41", "UNC2452", "FIN7", "TA505"), named as bodies with no noun to introduce them. */
const THREAT_GROUP_CODE = /^(?:APT|UNC|FIN|TA|DEV|UAC|TAG)-?\d+$/;
/** A noun for a body (not a thing) right before or after tokens [k, e): "the channel NY1", "the Future45 group". */
function bodyNounNextTo(tokens: Token[], k: number, e: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[e];
  const kindOf = (t: Token | undefined) => (t && t.word && !t.cap ? APPOSITIVE_KINDS[t.text] : undefined);
  const a = kindOf(before);
  const b = kindOf(after);
  return (!!a && a !== 'thing') || (!!b && b !== 'thing');
}
/** A code written right after a full stop that follows a space: " .DJI", " .SPX" (wire services' market codes). */
const isTickerCode = (tokens: Token[], k: number, text: string) => {
  const dot = tokens[k - 1];
  return !!dot && dot.text === '.' && dot.end === tokens[k].start && (dot.start === 0 || isSpaceUnit(text.charCodeAt(dot.start - 1)));
};
/** Token k opens its line and a comma follows: the place of a dateline ("PURCHASE, N.Y. —"). */
const opensDateline = (tokens: Token[], k: number) => (k === 0 || !!tokens[k].newline) && tokens[k + 1]?.text === ',';
/** A party word, also hyphened ("Republican-controlled", "GOP-led"). */
const isPartyWord = (w: string) => PARTY_ADJECTIVES.has(w) || (w.includes('-') && PARTY_ADJECTIVES.has(w.slice(0, w.indexOf('-'))));
/**
 * The token of the chamber in a name that is only a chamber and party words, before it ("Democratic Senate",
 * "Republican-held Senate") or one after it before a lower-case word ("Senate Republican leaders"); else -1.
 */
function chamberQualifiedByParty(tokens: Token[], k: number, e: number): number {
  if (e - k < 2) return -1;
  if (CHAMBERS.has(tokens[e - 1].text)) {
    for (let x = k; x < e - 1; x++) if (!isPartyWord(tokens[x].text)) return -1;
    return e - 1;
  }
  const next = tokens[e];
  return e - k === 2 && CHAMBERS.has(tokens[k].text) && PARTY_ADJECTIVES.has(tokens[k + 1].text) && next?.word && !next.cap ? k : -1;
}
const DATELINE_NEXT = new Set([',', '(', '—', '–', '-']);
const isStateAfterDateline = (t: Token | undefined) => !!t && t.cap && (t.text.includes('.') || t.text.toUpperCase() !== t.text);
/** Every token of [s, e) is a word in capitals ("DES MOINES"): a second letter that is no lower-case one. */
function allInCapitals(tokens: Token[], s: number, e: number): boolean {
  for (let x = s; x < e; x++) {
    const w = tokens[x].text;
    if (!tokens[x].word || tokens[x].possessive || w.length < 2 || w.toUpperCase() !== w || w.toLowerCase() === w || w.includes('’') || w.includes("'")) return false;
  }
  return true;
}
const isPluralHead = (w: string) => w.endsWith('s') && !w.endsWith('ss');
const isGenderedFirstName = (t: Token) => wordOf(t).gender === 'm' || wordOf(t).gender === 'f';

/** Capitalised words right before a speech verb ("Law said"): surnames in use, whatever else they spell. */
function wordsBeforeSpeechVerbs(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (p.cap && p.word && t.word && !t.cap && SPEECH_VERBS.has(t.text) && !NOUN_LIKE_CUES.has(t.text)) {
      if (!p.possessive && !(i >= 2 && tokens[i - 2].word && tokens[i - 2].cap && adjacent(tokens[i - 2], p))) out.add(p.text);
    }
  }
  return out;
}

/** The type of the first organisation head word among the tokens ("Ministry", "Times", "Group"). */
function headType(toks: Token[]): ActorType | undefined {
  // English names end in their head ("Bridge Street Bank", "Securities and Exchange Commission", "Times Square"),
  // unless a preposition follows it ("Bank of America", "Council on Foreign Relations"): the last head word before
  // the first of/for/on.
  let type: ActorType | undefined;
  let armedGroup = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (type && (t.text === 'of' || t.text === 'for' || t.text === 'on')) break;
    // ("Free Syrian Army", "Kosovo Liberation Army": a word before the army's head makes it no state's.)
    if (ARMED_GROUP_WORDS.has(t.text)) armedGroup = true;
    const head = factsOf(t).head;
    // ("Law Enforcement", "Amendment Democrats", "Convention Relating": a law's or a plan's head word ends its name or
    // comes before its of/for/on; with another word after it, it heads no law.)
    if (head === 'initiative' && i + 1 < toks.length && !/^(?:of|for|on)$/i.test(toks[i + 1].text)) continue;
    if (head) type = head === 'agency' && armedGroup && ARMY_HEADS.has(t.text) ? 'organisation' : head;
  }
  return type;
}
const ARMY_HEADS = new Set(['Army', 'Forces']);
const genderOf = (g: ReturnType<typeof firstNameGender>): Gender => (g === 'm' || g === 'f' ? g : null);
/**
 * A capitalised word right before another that qualifies a role with it: not a sentence's or clause's opener, nor
 * an abbreviation's full stop, which may end a sentence ("… Shaw & Co. Obama adviser David Plouffe").
 */
const isQualifierWord = (q: Token | undefined, next: Token) =>
  !!q && q.cap && q.word && !q.possessive && !q.text.endsWith('.') && adjacent(q, next) && !START_STOP.has(wordOf(q).lower) && !wordOf(q).functionWord && !titleAt([q], 0, 1);
function roleTitle(tokens: Token[], s: number, words: string[]) {
  let first = s - words.length;
  // One capitalised qualifier before the role noun belongs to it: "Republican front-runner", "Vermont senator".
  const q = tokens[first - 1];
  if (q?.cap && q.word && adjacent(q, tokens[first]) && !START_STOP.has(wordOf(q).lower) && !wordOf(q).functionWord) {
    first--;
    // (A place of two or three words is one qualifier: "New York businessman", not "York businessman".)
    let place = false;
    for (let len = 3; len >= 2; len--) {
      if (first - len + 1 >= 0 && placeWordsAt(tokens, first - len + 1, first + 1) === len) {
        first -= len - 1;
        place = true;
        break;
      }
    }
    // (Nor is a body's name of two or three words cut: "Fox News anchor", "Amnesty International spokesman", not
    // "News anchor".)
    for (let n = 0; !place && n < 2 && isQualifierWord(tokens[first - 1], tokens[first]); n++) first--;
  }
  const from = tokens[first];
  const to = tokens[s - 1];
  const countries = first < s - words.length && DEMONYMS.has(q!.text.toLowerCase()) ? [DEMONYMS.get(q!.text.toLowerCase())!] : [];
  const text = tokens.slice(first, s).map((t) => t.text).join(' ');
  return { text, span: [from.start, to.end] as Span, gender: null, countries, words };
}

/**
 * "the State of the Union address": a head word alone after a capitalised thing's word and "of the" ends the name of
 * a thing, no body (not after a title, role or head word: "Chairman of the Committee", "Ministry of the Interior",
 * nor after a plural or a name: "Members of the Council", "David Dorn of the University of Zurich").
 */
function isTitleOfAThing(tokens: Token[], s: number): boolean {
  if (s < 3 || tokens[s - 1].text.toLowerCase() !== 'the' || tokens[s - 2].text.toLowerCase() !== 'of') return false;
  const w = tokens[s - 3];
  if (!w.cap || !w.word || w.text.endsWith('s') || HEAD_TYPE.has(w.text) || titleAt(tokens, s - 3, s - 2)) return false;
  // (An ordinary word, alone: not a surname, "David Dorn of the University …", "Thomas Covert of the …".)
  const info = wordOf(w);
  if (!info.common || info.gender || info.lastName || (s > 3 && tokens[s - 4].cap)) return false;
  return !ROLE_WORDS.has(info.lower);
}

/** Role nouns and one-word titles (not "State" of "Secretary of State"), lower case: the last word of a role glued before a name is one of them. */
const ROLE_WORDS = new Set<string>([...DESCRIPTION_ROLES, ...PERSON_ROLE_NOUNS, ...TITLES.filter((t) => t.words.length === 1).map((t) => t.words[0].toLowerCase().replace(/\.$/, ''))]);
/** Endings of nouns for people ("Administrator", "Ombudsman", "Recorder", "Kentuckian"), not of ordinary words. */
const PERSON_NOUN_END = /(?:man|men|woman|women|person|or|ors|ist|ists|ian|ians|er|ers|ee|ees)$/;
const NOT_PERSON_NOUNS = new Set(['former', 'latter', 'later', 'other', 'others', 'either', 'neither', 'rather', 'however', 'whatever', 'ever', 'never', 'together', 'better', 'super', 'power', 'powers', 'number', 'center', 'paper', 'water', 'order', 'answer', 'major', 'minor', 'color', 'honor', 'letter', 'matter', 'terror', 'error', 'favor', 'labor', 'murder', 'border', 'poster', 'chamber', 'corner', 'november', 'october', 'december', 'september', 'summer', 'winter', 'dinner', 'cancer', 'remember', 'consider', 'deliver', 'discover', 'offer', 'suffer', 'wonder', 'cover', 'enter', 'gather', 'register', 'counter', 'after', 'over', 'under', 'per', 'her', 'german', 'roman', 'woman']);
/**
 * The words from..to-1 before a first name end in a role: a title word, a listed role noun or its plural, or a noun
 * for a person by its ending ("Public Ombudsman", "NASA Administrator"; a code such as "Browns DL" is missed).
 */
function endsInRoleWord(tokens: Token[], from: number, to: number): boolean {
  // (The head of a compound: "Co-anchor", "Singer-guitarists".)
  const w = wordOf(tokens[to - 1]).lower.replace(/\.$/, '').replace(/^.*-/, '');
  if (ROLE_WORDS.has(w) || (w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1)))) return true;
  if (w.length < 5 || NOT_PERSON_NOUNS.has(w) || !PERSON_NOUN_END.test(w)) return false;
  // (One unknown word alone may be a first name of the same shape: "Tracee Ellis Ross", "Moner Mohammad …".)
  const info = wordOf(tokens[to - 1]);
  return !info.functionWord && (to - from > 1 || info.tag === 'Actor');
}

/** Extends an organisation name over "of/for/on/and" + capitalised words: "Ministry of Foreign Affairs". */
function extendOrg(tokens: Token[], taken: Uint8Array, e: number): number {
  let j = e;
  let ofPart = false;
  for (;;) {
    let k = j;
    let sawConn = false;
    while (k < tokens.length && ORG_CONNECTORS.has(tokens[k].text) && adjacent(tokens[k - 1], tokens[k])) {
      k++;
      sawConn = true;
      // ("Committee for a Responsible Federal Budget", "Campaign for an Independent …": an article after "for".)
      if (tokens[k - 1].text === 'for' && (tokens[k]?.text === 'a' || tokens[k]?.text === 'an') && adjacent(tokens[k - 1], tokens[k])) k++;
    }
    if (!sawConn || !tokens[k]?.cap || taken[k] || !adjacent(tokens[k - 1], tokens[k])) return j;
    // "the Second Amendment the Founding Fathers wrote": "the" alone joins no two names ("of the" does).
    if (k === j + 1 && tokens[j].text === 'the') return j;
    // "… Party on Monday": a day or month is a time, not more of the name.
    if (WEEKDAYS_MONTHS.has(wordOf(tokens[k]).lower)) return j;
    // "… Caucus and Sen. Chuck Schumer", "… Foundation and Maria Lopez": a title or a first name starts a person.
    if (startsPerson(tokens, k)) return j;
    let m = k;
    while (m < tokens.length && tokens[m].cap && tokens[m].word && !taken[m] && adjacent(tokens[m - 1], tokens[m])) {
      // "Council on Foreign Relations President Ana Ruiz": a title then a name ends the body's name.
      if (m > k && factsOf(tokens[m]).titles && startsPerson(tokens, m)) return m;
      m++;
    }
    // "the RNC and Trump’s campaign", "the Acme Group and Zorb": after a whole name (an acronym, a head word)
    // "and" joins a second actor, unless a head word ends what follows ("Securities and Exchange Commission") or
    // the name is in its "of" part ("Office of Strategy and Outreach").
    // (After an acronym, "and" always joins a second body: "SBI and ICICI Bank", "the FBI and Justice Department"; no
    // body's name holds an acronym of its own before "and".)
    if (k === j + 1 && tokens[j].text === 'and' && !ofPart && ((HEAD_TYPE.has(tokens[j - 1].text) && !HEAD_TYPE.has(tokens[m - 1].text)) || ACRONYM.test(tokens[j - 1].text))) return j;
    // "Ithaca College and Cornell University": an institution's name, "and", then a name with a head of its own
    // after a word that is no ordinary one are two bodies (not "Securities and Exchange Commission"); so are two
    // names of several words ending in head words ("Halvard Records and Langley Park Productions").
    // (Not a country's before the first head: "U.S. Securities and Exchange Commission".)
    const longNameBeforeAnd = HEAD_TYPE.has(tokens[j - 1].text) && j >= 2 && capWordNextTo(tokens[j - 2], tokens[j - 1]) && !taken[j - 2] && factsOf(tokens[j - 2]).demonym === undefined && !wordOf(tokens[j - 2]).functionWord && !factsOf(tokens[j - 2]).stopOrDate;
    if (k === j + 1 && tokens[j].text === 'and' && !ofPart && (INSTITUTION_HEADS.has(tokens[j - 1].text) || longNameBeforeAnd) && m - k >= 2 && HEAD_TYPE.has(tokens[m - 1].text) && (longNameBeforeAnd || !wordOf(tokens[k]).common)) return j;
    // "the Trans-Pacific Partnership and the Affordable Care Act", "the DNC and the DCCC": "and the" after a whole name
    // (a head word, an acronym) starts a second one.
    if (k === j + 2 && tokens[j].text === 'and' && tokens[j + 1].text === 'the' && !ofPart && (HEAD_TYPE.has(tokens[j - 1].text) || ACRONYM.test(tokens[j - 1].text))) return j;
    // ("the Department of Public Safety and the University of …": in the "of" part, "and the" before a head word of
    // its own starts a second body.)
    if (k === j + 2 && tokens[j].text === 'and' && tokens[j + 1].text === 'the' && ofPart && HEAD_TYPE.has(tokens[m - 1].text) && HEAD_TYPE.get(tokens[m - 1].text) !== 'place') return j;
    if (tokens[j].text !== 'and') ofPart = true;
    j = m;
  }
}

/**
 * "the University of California, San Francisco": a university named for a state or a system, then a comma and the
 * place of its campus, ending there, is one name. The new end of the name [s, e).
 */
function campusAfter(tokens: Token[], taken: Uint8Array, s: number, e: number): number {
  if (tokens[s].text !== 'University' || tokens[s + 1]?.text !== 'of' || tokens[e]?.text !== ',' || !adjacent(tokens[e - 1], tokens[e])) return e;
  let m = e + 1;
  while (m < tokens.length && m - e <= 3 && tokens[m].cap && tokens[m].word && !taken[m] && (m === e + 1 || adjacent(tokens[m - 1], tokens[m]))) m++;
  if (m === e + 1 || capWordNextTo(tokens[m - 1], tokens[m]) || tokens[m - 1].possessive) return e;
  // (Not a list's next name: "the University of Iowa, Iowa City and Drake".)
  if (tokens[m]?.text === 'and' || tokens[m]?.text === 'or') return e;
  return isPlaceName(nameOf(tokens, e + 1, m)) ? m : e;
}
/** "Walter Reed hospital", "Reagan airport": a lower-case noun for a place or an institution right after a name. */
const FACILITY_AFTER = /^\s+(?:(hospital|medical center|medical centre|university|college|school|library|museum|clinic)|(airport|stadium|arena|bridge|tower|building|park|street|avenue|station))\b/;
/**
 * "a trip to Walter Reed hospital … Walter Reed on Saturday": a name written before a noun for a hospital, an
 * airport or a building, and nowhere said to be someone (no role or title, no speech verb after it), names that
 * place or institution, no person.
 */
function retypeFacilitiesNamedAfterPeople(text: string, actors: Actor[]) {
  for (const a of actors) {
    // (Only a name always written the same, never by a surname alone: "Donald Trump … Trump University" is a person.)
    if (!a.key || a.type !== 'person' || a.roles.length || !a.mentions.length || a.aliases.size || a.mentions.length > 3) continue;
    let kind: ActorType | undefined;
    for (const m of a.mentions) {
      if (m.possessive) continue;
      const f = FACILITY_AFTER.exec(text.slice(m.span[1], m.span[1] + 24));
      if (f) kind ??= f[1] ? 'organisation' : 'place';
    }
    if (!kind) continue;
    if (a.mentions.some((m) => m.via !== 'name' || SPEECH_AFTER.test(text.slice(m.span[1], m.span[1] + 16)))) continue;
    const key = `${kind}:${slug(a.name)}`;
    if (actors.some((b) => b.key === key)) continue;
    a.type = kind;
    a.key = key;
    a.gender = null;
  }
}
const KNOWN_KEYS = new Set(KNOWN.map((a) => a.key));
/** Fewest words of a body's name on a title-case first line that must recur below it to be believed. */
const HEADLINE_RUN_WORDS = 4;
/**
 * "Democrats Call For Action While Republicans Tweet …", "Board Of Election Finds": on a title-case first line, where
 * every word has a capital, a head word ("Call", "Board") draws the headline's words around it into a body's name. A
 * name of four words or more that is no person's nor a listed one, named only on that line and nowhere below it in
 * any case, is the headline's words, no actor.
 */
function dropHeadlineWordRuns(text: string, tokens: Token[], actors: Actor[], mentions: ActorMention[]) {
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd < 0) return;
  let below: string | undefined;
  for (const a of actors) {
    if (!a.key || a.type === 'person' || KNOWN_KEYS.has(a.key) || !a.mentions.length || a.name.split(' ').length < HEADLINE_RUN_WORDS) continue;
    if (!a.mentions.every((m) => m.span[1] <= firstLineEnd && inTitleCaseFirstLine(tokens, firstTokenFrom(tokens, m.span[0])))) continue;
    if ((below ??= text.slice(firstLineEnd).toLowerCase()).includes(a.name.toLowerCase())) continue;
    for (let i = mentions.length - 1; i >= 0; i--) if (actors[mentions[i].actor] === a) mentions.splice(i, 1);
    a.mentions = [];
    a.key = '';
  }
}
const SPEECH_AFTER = /^,?\s+(?:said|says|told|tells|added|wrote|asked|argued|explained)\b/;
/** A game's result: "beat", "rolled past", "improved to" right after a team, or "beat", "past", "over" before one. */
const RESULT_AFTER = /^\s+(?:beat|beats|defeated|defeats|edged|edges|routed|routs|topped|tops|blanked|blanks|downed|downs|rallied|rolled|outlasted|outscored|improved to|fell to|lost to|lost at|won at|won \d)/;
const RESULT_BEFORE = /\b(?:beat|beats|defeated|defeats|edged|edges|routed|routs|topped|tops|blanked|blanks|downed|downs|past|over|outlasted|outscored|lost to|fell to)\s+$/;
const SCORE = /\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\b/;
/**
 * "Eastern Michigan rolled past Northern Illinois, 45-17", "New York improved to 14-0-1": a place (not a country,
 * whose team the state stands for) named as the side in a game's result, with a score in the sentence, is a team.
 */
function retypeTeamsNamedByPlace(text: string, sentences: SentenceRecord[], actors: Actor[]) {
  for (const a of actors) {
    if (!a.key || a.type !== 'place' || !a.mentions.length) continue;
    const team = a.mentions.some((m) => {
      const span = sentences[m.sentence]?.span;
      if (!span || !SCORE.test(text.slice(span[0], span[1]))) return false;
      return RESULT_AFTER.test(text.slice(m.span[1], m.span[1] + 16)) || RESULT_BEFORE.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0]));
    });
    // (Not a place the document also sets things in: "He lives in New York".)
    if (!team || a.mentions.some((m) => /\b(?:in|from|near|of)\s+$/.test(text.slice(Math.max(0, m.span[0] - 6), m.span[0])))) continue;
    const key = `organisation:${slug(a.name)}`;
    if (actors.some((b) => b.key === key)) continue;
    a.type = 'organisation';
    a.key = key;
  }
}
/** The text [from, to) stands alone between quotation marks (a comma or a stop may close it inside them). */
const quotedAlone = (text: string, from: number, to: number) => /[“"]$/.test(text.slice(Math.max(0, from - 1), from)) && /^[,.]?[”"]/.test(text.slice(to, to + 2));
/** "Music", "Arts": words that, before "Center", make the name a hall's ("Blossom Music Center"). */
const VENUE_WORDS = new Set(['Music', 'Arts', 'Convention', 'Events', 'Event', 'Sports', 'Exhibition', 'Civic', 'Entertainment', 'Aquatic', 'Conference', 'Performing']);
/**
 * "Staples Center", "PNC Bank Arts Center", "the Moscone Center": a hall or an arena where games, concerts and
 * shows are held, a place, not a body: a name ending in Center or Centre after a word for shows, after a sponsor's
 * code ("PPL Center", "KeyBank Center"), or of two words written after "at" or "in" with no article ("at Staples
 * Center"; a body takes one: "a fellow at the Carter Center").
 */
function isVenue(tokens: Token[], s: number, e: number): boolean {
  const last = tokens[e - 1].text;
  // ("Coastal Credit Union Music Park": a park or a hall for shows, whatever head word comes before.)
  if (e - s >= 2 && (last === 'Park' || last === 'Hall') && VENUE_WORDS.has(tokens[e - 2].text)) return true;
  if ((last !== 'Center' && last !== 'Centre') || e - s < 2) return false;
  const before = tokens[e - 2].text;
  if (VENUE_WORDS.has(before)) return true;
  if (e - s !== 2) return false;
  if (/^\p{Lu}{2,5}$/u.test(before) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(before)) return true;
  const prev = tokens[s - 1]?.text;
  return (prev === 'at' || prev === 'in') && !wordOf(tokens[s]).lastName && !wordOf(tokens[s]).gender;
}
/**
 * "the Freedom of Information Act", "the Ways and Means Committee": one capitalised word after a lower-case one, then
 * "of" or "and", before a name [s, e) ending in its head word opens that name; where the name starts.
 */
function wordJoinedBefore(tokens: Token[], taken: Uint8Array, s: number, e: number): number {
  const joint = tokens[s - 1];
  if (!joint || (joint.text !== 'of' && joint.text !== 'and') || !adjacent(joint, tokens[s]) || !HEAD_TYPE.has(tokens[e - 1].text)) return s;
  // One or two such words ("the Transatlantic Trade and Investment Partnership"), after a lower-case word ("the",
  // "under"): not a sentence's first word, "Shares of Bridge Street Bank".
  // (Two only before "and": "Kaveh Majlesi of Lund University" is a person of a body.)
  for (let from = s - 2; from >= (joint.text === 'and' ? s - 3 : s - 2) && from >= 1; from--) {
    const w = tokens[from];
    if (!w.cap || !w.word || taken[from] || w.possessive || !adjacent(w, tokens[from + 1])) return s;
    const info = wordOf(w);
    if (HEAD_TYPE.has(w.text) || info.gender || info.functionWord || factsOf(w).stopOrDate || factsOf(w).titles || factsOf(w).demonym !== undefined || isGroupPlural(w.text) || ACRONYM.test(w.text)) return s;
    const before = tokens[from - 1];
    if (before.word && !before.cap && adjacent(before, w)) return from;
  }
  return s;
}
/** A title ("Sen.", "Gov.") or a first name followed by a capitalised word starts at token k. */
function startsPerson(tokens: Token[], k: number): boolean {
  let m = k;
  while (m < tokens.length && tokens[m].cap && tokens[m].word && (m === k || adjacent(tokens[m - 1], tokens[m]))) m++;
  if (titleAt(tokens, k, m - 1)) return true;
  const g = wordOf(tokens[k]).gender;
  return !!g && g !== 'x' && m - k >= 2 && m - k <= 3 && !tokens.slice(k, m).some((t) => HEAD_TYPE.has(t.text));
}

// ---------- building the index ----------

const isSentenceEnd = (c: string | undefined) => c === '.' || c === '!' || c === '?';
const isClosingQuote = (c: string | undefined) => c === '"' || c === '”' || c === '’';

/** Title-case lines (headlines, section labels): no closing full stop and mostly capitalised words. */
function headlineSentences(text: string, sentences: SentenceRecord[], tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    let [a, b] = s.span;
    while (a < b && isSpaceUnit(text.charCodeAt(a))) a++;
    while (b > a && isSpaceUnit(text.charCodeAt(b - 1))) b--;
    if (isSentenceEnd(text[b - 1]) || (b - a >= 2 && isClosingQuote(text[b - 1]) && isSentenceEnd(text[b - 2]))) continue;
    const [words, caps] = wordCounts(text, tokens, a, b);
    if (words >= 4 && caps / words > 0.6) out.add(s.index);
  }
  return out;
}

/** Words and capitalised words of text[a, b), as tokenize(text.slice(a, b)) would find them. */
function wordCounts(text: string, tokens: Token[], a: number, b: number): [number, number] {
  let words = 0;
  let caps = 0;
  // The document's tokens inside [a, b) are the same tokens when no token crosses either edge.
  let i = firstTokenFrom(tokens, a);
  const aligned = a >= b || (i < tokens.length && tokens[i].start === a);
  for (; aligned && i < tokens.length && tokens[i].start < b; i++) {
    if (tokens[i].end > b) break;
    if (tokens[i].word) words++;
    if (tokens[i].word && tokens[i].cap) caps++;
  }
  if (aligned && (i === tokens.length || tokens[i].start >= b)) return [words, caps];
  const own = tokenize(text.slice(a, b)).filter((t) => t.word);
  return [own.length, own.filter((t) => t.cap).length];
}

/** Index of the first token starting at or after `pos`. */
function firstTokenFrom(tokens: Token[], pos: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].start < pos);
}

export function findActors(text: string, sentences: SentenceRecord[]): ActorIndex {
  const tokens = tokenize(text);
  const sentStarts = sentences.map((s) => s.span[0]);
  // The last sentence starting at or before pos (the first when none does).
  const sentenceOf = (pos: number) => Math.max(0, partitionPoint(sentStarts.length, (i) => sentStarts[i] <= pos) - 1);
  const actors: Actor[] = [];
  const byKey = new Map<string, number>();
  const mentions: ActorMention[] = [];
  const taken = new Uint8Array(tokens.length);
  /** Whether a body named with a demonym ("European Union", "Russian Defense Ministry") was found. */
  let demonymBodies = false;

  const addActor = (key: string, name: string, type: ActorType): number => {
    const have = byKey.get(key);
    if (have !== undefined) return have;
    actors.push({ key, name, type, aliases: new Set(), roles: [], gender: null, countries: new Set(), roleWords: new Set(), mentions: [] });
    byKey.set(key, actors.length - 1);
    return actors.length - 1;
  };
  const mention = (actor: number, s: number, e: number, via: ActorMention['via']) => {
    const span: Span = [tokens[s].start, tokens[e - 1].end];
    const m: ActorMention = { actor, span, text: text.slice(span[0], span[1]), sentence: sentenceOf(span[0]), via, possessive: tokens[e - 1].possessive };
    mentions.push(m);
    actors[actor].mentions.push(m);
    if (m.text !== actors[actor].name) actors[actor].aliases.add(m.text);
  };

  // 1. Gazetteer, after places of several words.
  const surnamesNotActors = surnamesSpeltLikeActors(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // (A place of several words needs a word next: "New Mexico", "District of Columbia".)
    const placeEnd = tokens[i].cap && tokens[i + 1]?.word ? placeAt(tokens, i) : 0;
    if (placeEnd) {
      const name = nameOf(tokens, i, placeEnd);
      const idx = addActor(`place:${slug(name)}`, name, 'place');
      for (let k = i; k < placeEnd; k++) taken[k] = 1;
      mention(idx, i, placeEnd, 'name');
      i = placeEnd - 1;
      continue;
    }
    const hit = matchGazetteer(tokens, i);
    if (!hit) continue;
    if (hit.end - i === 1 && surnamesNotActors.has(wordOf(tokens[i]).norm)) continue;
    // "The UN Security Council": a listed name with its article ("the UN") gives way to a longer one after the article.
    if (hit.entry.words[0] === 'the' && (matchGazetteer(tokens, i + 1)?.end ?? 0) > hit.end) continue;
    // A place that names an institution is part of its name: "Washington University", "Emirates Airline",
    // "University of California" (the name pass takes the whole).
    if ((hit.entry.actor.type === 'state' || hit.entry.actor.type === 'place') && (institutionHeadAt(tokens, hit.end) || afterInstitutionOf(tokens, i))) continue;
    // "New Jersey Gov. Chris Christie": the last word of a listed place of several words, left whole for the name
    // pass by a title after it, is not the country Jersey.
    // (Only where the place ends there, with a possessive, or before a title: "South China Sea Row" is left as it was.)
    if ((hit.entry.actor.type === 'state' || hit.entry.actor.type === 'place') && i > 0 && endsListedPlace(tokens, i)) continue;
    // "Jordan Reynolds", "Chad Smith": a one-word state or place right before a surname the lexicon knows is a first
    // name (the name pass reads the whole, with no gender from the first name).
    if ((hit.entry.actor.type === 'state' || hit.entry.actor.type === 'place') && hit.end - i === 1 && beforeSurname(tokens, i)) continue;
    // "a Washington Post-ABC News poll": a listed name of two words joined by a hyphen to another is no place.
    if ((hit.entry.actor.type === 'state' || hit.entry.actor.type === 'place') && hit.end - i === 1 && hyphenJoinsListedName(tokens, i)) continue;
    // "Timor Sea", "Gulf of Mexico", "Lake Chad": a country or place naming a feature is part of the feature's name.
    const feature = hit.entry.actor.type === 'state' || hit.entry.actor.type === 'place' ? featureAround(tokens, i, hit.end) : null;
    if (feature) {
      const name = nameOf(tokens, feature[0], feature[1]);
      const idx = addActor(`place:${slug(name)}`, name, 'place');
      for (let k = feature[0]; k < feature[1]; k++) taken[k] = 1;
      mention(idx, feature[0], feature[1], 'name');
      i = feature[1] - 1;
      continue;
    }
    // A capital standing alone is the place, not the state, unless used as a subject ("Moscow denied").
    const a = hit.entry.actor;
    const idx = addActor(a.key, a.name, a.type);
    if (DEMONYM_NAMED.has(a.key)) demonymBodies = true;
    for (let k = i; k < hit.end; k++) taken[k] = 1;
    mention(idx, i, hit.end, hit.entry.words.join(' ') === normWord(a.name) ? 'name' : 'alias');
    i = hit.end - 1;
  }

  // 2. Proper-name runs.
  const headlineParas = headlineSentences(text, sentences, tokens);
  // Wanted only for the rare name whose surname is a head word ("Steven Law"): found once, on demand.
  let speaking: Set<string> | undefined;
  const speakingWords = () => (speaking ??= wordsBeforeSpeechVerbs(tokens));
  const people: Candidate[] = [];
  const surnames: Candidate[] = [];
  const leadSurnames: Candidate[] = [];
  const maybes: Candidate[] = [];
  for (const [s0, e0] of capRuns(tokens, taken)) {
    // A state in a party label ("Lindsey Graham, R-S.C., a long-shot candidate", "R-W.Va.") is no name of its own.
    if (afterPartyLabel(text, tokens[s0].start)) continue;
    const headline = headlineParas.has(sentenceOf(tokens[s0].start));
    for (let c of classifyRun(tokens, s0, e0, text, headline, speakingWords)) {
      // (A run an earlier name took in whole, "Foreign Affairs" in "Ministry of Foreign Affairs", or "British
      // Columbia" in "Business Council of British Columbia", is no name of its own.)
      if (taken[c.start]) continue;
      // “Mary Poppins”, “Jerry Maguire.”: a name of several words set alone in quotation marks is a work's title.
      if ((c.type === 'person' || c.type === 'maybe-person') && c.end - c.start >= 2 && quotedAlone(text, tokens[c.start].start, tokens[c.end - 1].end)) continue;
      if (c.type === 'person') people.push(c);
      else if (c.type === 'surname') (c.weak ? leadSurnames : surnames).push(c);
      else if (c.type === 'maybe-person') maybes.push(c);
      else {
        // A place ends with its name: "Iowa and Nevada" are two places.
        const end = c.type === 'place' ? c.end : campusAfter(tokens, taken, c.start, extendOrg(tokens, taken, c.end));
        const start = c.type === 'place' ? c.start : wordJoinedBefore(tokens, taken, c.start, end);
        if (start < c.start) {
          // (The word was read as a name of its own, "Freedom", "Ways": it is this one's first word.)
          for (const list of [people, surnames, leadSurnames, maybes]) for (let x = list.length - 1; x >= 0; x--) if (list[x].start >= start && list[x].start < c.start) list.splice(x, 1);
          c = { ...c, start };
        }
        // ("DES MOINES —": a dateline's place in capitals is named as the place is written elsewhere.)
        const written = text.slice(tokens[c.start].start, tokens[end - 1].end);
        const name = c.type === 'place' ? titleCasedCapitals(written) : written;
        // (One word alone is kept for an organisation, or for a paper a noun introduces: "the newspaper Haaretz".)
        if (end - c.start === 1 && c.type !== 'organisation' && !(c.type === 'media' && OUTLET_NOUNS.has(tokens[c.start - 1]?.text ?? ''))) continue;
        // (Not a head word alone with no article, a noun with a capital: "Campaign donations are vetted", "Foundation
        // officials said"; "the Committee" is one body, and a chamber alone the country's own, "Congress".)
        if (end - c.start === 1 && HEAD_TYPE.has(tokens[c.start].text) && !CHAMBERS.has(tokens[c.start].text) && !/^the$/i.test(tokens[c.start - 1]?.text ?? '')) continue;
        // The longer name has its own head: "Securities" + "and Exchange Commission" is a commission.
        // (Not a paper a noun introduces: "the journal Monthly Notices of the Royal Astronomical Society".)
        const introduced = c.type === 'media' && OUTLET_NOUNS.has(tokens[c.start - 1]?.text ?? '');
        const named = (end > c.end && !introduced && headType(tokens.slice(c.start, end))) || (c.type as ActorType);
        // (A hall named before keeps its type: "at Staples Center … the Staples Center".)
        const type = named === 'organisation' && (byKey.has(`place:${slug(name)}`) || isVenue(tokens, c.start, end)) ? 'place' : named;
        const idx = addActor(`${type}:${slug(name)}`, name, type);
        for (let k = c.start; k < end; k++) taken[k] = 1;
        mention(idx, c.start, end, 'name');
        if (c.demonym) demonymBodies = true;
      }
    }
  }

  if (people.length) shareSurnamesOverAnd(tokens, people, [surnames, leadSurnames, maybes]);

  // "the Advocate, a magazine …", "GateHouse, the company that …", "Acme’s chief executive": what the name is.
  const kindOf = new Map<string, ActorType | 'thing'>();
  for (const c of [...surnames, ...maybes]) {
    // (A first name is a person whatever follows: "his wife, Sarah, the group’s founder".)
    if (isGenderedFirstName(tokens[c.start])) continue;
    const kind = appositiveKind(tokens, c.end) ?? ((tokens[c.end - 1].possessive && companyAfterPossessive(tokens, c.end)) || companySuffixAfter(tokens, c.end) ? 'company' : null);
    if (kind) kindOf.set(nameOf(tokens, c.start, c.end), kind);
  }
  // Surnames carried by someone named in full: used to accept uncertain two-word names and single surnames.
  const followedByCue = (c: Candidate) => nameThenCue(tokens, c.start, c.end);
  const surnameCue = (c: Candidate) => (c.cue ??= followedByCue(c) || precededByCue(tokens, c.start));
  const surnameWords = new Set<string>();
  for (const c of people) surnameWords.add(tokens[c.end - 1].text);
  // A surname that speaks on its own elsewhere ("Ramos said") confirms an uncertain full name ("Jorge Ramos").
  for (const c of surnames) if (surnameCue(c)) surnameWords.add(`#${tokens[c.start].text}`);
  // An uncertain name confirmed as an actor is a group when it ends in a group's plural ("Vermont Democrats").
  const others: Candidate[] = [];
  // "Authorities in Westphalia …, the opposition in Westphalia, who …": an unknown name written after "in" at
  // least as often as not is a place (the apposition or verb after it is someone else's).
  // (Counted only in documents where one does follow "in".)
  let maybeUses: Map<string, [number, number]> | undefined;
  if (maybes.some((c) => isAfterIn(tokens, c.start, c.end))) {
    maybeUses = new Map();
    for (const c of maybes) {
      const name = nameOf(tokens, c.start, c.end);
      const n = maybeUses.get(name) ?? [0, 0];
      n[0]++;
      if (isAfterIn(tokens, c.start, c.end)) n[1]++;
      maybeUses.set(name, n);
    }
  }
  // (Not a name whose last word also stands alone: "a new leader in Mitt Romney … Romney said".)
  let loneWords: Set<string> | undefined;
  const standsAlone = (w: string) => (loneWords ??= new Set(surnames.map((c) => tokens[c.start].text))).has(w);
  const mostlyAfterIn = (c: Candidate) => {
    const n = maybeUses?.get(nameOf(tokens, c.start, c.end));
    return !!n && 2 * n[1] >= n[0];
  };
  // An uncertain name a cue confirms once ("Suu Kyi, 70, said") is the same person where it stands without one
  // ("Suu Kyi's fate is still unclear").
  // (A name whose first word is an ordinary word needs a person's role in its apposition: "trade, Social Security,
  // the death penalty" is a list.)
  const cued = (c: Candidate) => !!c.title || (followedByCue(c) && !(c.weak && articleAppositionWithoutRole(tokens, c.end))) || afterSpeechVerb(tokens, c.start, c.end);
  // (Not the end of a longer name the document gives: "Wasserman Schultz" is Debbie Wasserman Schultz, whom the
  // passes below join it to.)
  const longer = people.map((c) => ` ${nameOf(tokens, c.start, c.end)}`);
  const confirmedNames = new Set(
    maybes
      .filter((c) => !kindOf.has(nameOf(tokens, c.start, c.end)) && cued(c))
      .map((c) => nameOf(tokens, c.start, c.end))
      .filter((n) => !longer.some((l) => l.endsWith(` ${n}`) && l.length > n.length + 1)),
  );
  for (const c of maybes) {
    const last = tokens[c.end - 1].text;
    const kind = kindOf.get(nameOf(tokens, c.start, c.end));
    if (kind) {
      if (kind !== 'thing') others.push({ ...c, type: kind });
      continue;
    }
    const cue = cued(c) || confirmedNames.has(nameOf(tokens, c.start, c.end));
    // (An ordinary-word first name needs its surname to speak elsewhere: "Sandy Okafor … Okafor said".)
    if (c.weak ? !(cue || surnameWords.has(`#${last}`)) : !(cue || surnameWords.has(`#${last}`) || isLastName(last))) continue;
    if (isGroupPlural(last)) others.push({ ...c, type: 'group' });
    else if (maybeUses && !c.title && !wordOf(tokens[c.start]).gender && mostlyAfterIn(c) && !standsAlone(last)) others.push({ ...c, type: 'place' });
    else people.push({ ...c, type: 'person' });
  }

  // Person entities from full names, in order of appearance.
  /** People whose gender so far rests on a first name alone: the writer's pronouns may still correct it. */
  const genderByNameOnly = new Set<number>();
  const personOf = new Map<string, number>(); // full name → actor
  people.sort((a, b) => a.start - b.start);
  const personIdxBySurname = new Map<string, Set<number>>();
  // Full names without their middle initials → the person first so named and the middles seen ('' for none).
  const byPlainName = new Map<string, { idx: number; middles: Set<string> }>();
  // Surnames that two first names carry: a family (found only when a plain name meets one with initials).
  let familyNames: Set<string> | undefined;
  const isFamilyName = (last: string) => (familyNames ??= namesOfFamilies(tokens, people)).has(last);
  for (const c of people) {
    const name = c.sharedSurname ? `${nameOf(tokens, c.start, c.end)} ${c.sharedSurname}` : nameOf(tokens, c.start, c.end);
    const single = c.end - c.start === 1 && !c.sharedSurname;
    let idx: number | undefined;
    // "Mr. Clinton" beside "Hillary Clinton": a title's gender picks among the people carrying the surname, and
    // none of that gender makes another person.
    let apart = false;
    if (single) {
      const set = personIdxBySurname.get(name);
      const g = c.title?.gender;
      if (set && g) {
        // (Else the one of no known gender: "Khizr Khan … Mr. Khan" beside "Ghazala Khan".)
        let same = [...set].filter((i) => actors[i].gender === g);
        if (!same.length) same = [...set].filter((i) => !actors[i].gender);
        if (same.length === 1) idx = same[0];
        else if (!same.length && [...set].some((i) => actors[i].gender && actors[i].gender !== g)) apart = true;
        else if (set.size === 1) idx = [...set][0];
      } else if (set && set.size === 1) idx = [...set][0];
    }
    if (idx === undefined && !apart) idx = personOf.get(name);
    // "Donald J. Trump" and "Donald Trump": one person, unless two different middle initials share the rest
    // ("George W. Bush", "George H.W. Bush"), or the document names a family (with "Laura Bush" and "Jeb Bush"
    // around, "George Bush" is the father of "George W. Bush").
    const plain = single || c.sharedSurname ? undefined : withoutMiddleInitials(tokens, c.start, c.end, name);
    const variant = plain && byPlainName.get(plain.name);
    if (variant && isFamilyName(tokens[c.end - 1].text)) {
      // (No join, and the plain name's variants are recorded as they are.)
    } else if (variant && !variant.middles.has(plain.middle)) {
      // (A second middle makes the plain name ambiguous: nothing more joins it.)
      // (Nor in the sentence that names the other: "the party of George Bush and George W. Bush".)
      const sentence = sentenceOf(tokens[c.start].start);
      const joins = idx === undefined && variant.middles.size === 1 && (plain.middle === '' || variant.middles.has('')) && !actors[variant.idx].mentions.some((m) => m.sentence === sentence);
      if (joins) idx = variant.idx;
      variant.middles.add(plain.middle);
      if (!joins && plain.middle !== '') variant.middles.add('#');
    } else if (idx === undefined && variant && variant.middles.size <= 2 && !variant.middles.has('#')) idx = variant.idx;
    if (idx === undefined && !single) {
      // "Le Drian" after "Jean-Yves Le Drian": the end of a known full name ("Von der Leyen", opening a sentence,
      // after "Ursula von der Leyen": particles change case).
      const tail = ` ${name.toLowerCase()}`;
      let longer = 0;
      let only: number | undefined;
      for (const [n, x] of personOf) {
        if (!n.toLowerCase().endsWith(tail)) continue;
        longer++;
        only = x;
      }
      if (longer === 1) idx = only;
    }
    if (idx === undefined) {
      // (Keyed apart from a person of the other gender already keyed by the bare surname.)
      const key = apart && byKey.has(`person:${slug(name)}`) ? `person:${slug(name)}-${c.title!.gender}` : `person:${slug(name)}`;
      idx = addActor(key, name, 'person');
      if (!apart) personOf.set(name, idx);
      if (plain && !byPlainName.has(plain.name)) byPlainName.set(plain.name, { idx, middles: new Set([plain.middle]) });
      const surname = c.sharedSurname ?? tokens[c.end - 1].text;
      // "Bashar al-Assad" is "Assad" too; "Liu Xiaming", family name first, is "Liu".
      const surnames = ARTICLE_JOINED.test(surname) ? [surname, surname.slice(surname.indexOf('-') + 1)] : [surname];
      if (!c.sharedSurname && familyNameFirst(tokens, c.start, c.end)) surnames.push(tokens[c.start].text);
      for (const s of surnames) {
        const set = personIdxBySurname.get(s) ?? new Set();
        set.add(idx);
        personIdxBySurname.set(s, set);
      }
    }
    const actor = actors[idx];
    if (c.gender && !actor.gender) {
      actor.gender = c.gender;
      if (!c.title?.gender) genderByNameOnly.add(idx);
    }
    if (c.title) {
      actor.roles.push({ text: c.title.text, span: c.title.span });
      for (const w of c.title.words) actor.roleWords.add(w);
      for (const k of c.title.countries) actor.countries.add(k);
      if (c.title.gender && (!actor.gender || genderByNameOnly.has(idx))) {
        actor.gender = c.title.gender;
        genderByNameOnly.delete(idx);
      }
    }
    for (let k = c.start; k < c.end; k++) taken[k] = 1;
    mention(idx, c.start, c.end, 'name');
  }
  // "James P. Kennedy Jr. … Kennedy said": a name ending in a generation's suffix is its surname's bearer too, when
  // nobody else the document names carries the surname ("Donald Trump" beside "Donald Trump Jr." keeps "Trump").
  for (const [surname, idx] of generationSurnames(tokens, people, personOf)) if (!personIdxBySurname.has(surname)) personIdxBySurname.set(surname, new Set([idx]));
  for (const c of others) {
    const name = nameOf(tokens, c.start, c.end);
    const type = c.type as ActorType;
    const idx = addActor(`${type}:${slug(name)}`, name, type);
    for (let k = c.start; k < c.end; k++) taken[k] = 1;
    mention(idx, c.start, c.end, 'name');
  }
  // Single surnames ("Macron", "Macrons", "Vernier") → the one person carrying it (or nearly: a misspelling).
  // A surname nobody carries in full is still a person when it speaks ("Trump said"), or when the writer uses it
  // again and again as the subject of a verb ("Manafort described", "Manafort has") and the lexicon knows it
  // as no ordinary word or place. Decided before resolving, so earlier mentions join too.
  const subjectUses = new Map<string, number>();
  const uses = new Map<string, number>();
  const inUses = new Map<string, number>();
  for (const c of surnames) {
    const w = tokens[c.start].text;
    uses.set(w, (uses.get(w) ?? 0) + 1);
    if (isAfterIn(tokens, c.start, c.end)) inUses.set(w, (inUses.get(w) ?? 0) + 1);
    const n = tokens[c.end];
    if (n?.word && (SPEECH_VERBS.has(n.text) || isSubjectVerb(n.text))) subjectUses.set(w, (subjectUses.get(w) ?? 0) + 1);
  }
  // "Google’s Stadia", "Acme Zorb": a word right after a company's name is its product, not a person.
  const BODY_TYPES = new Set<ActorType>(['company', 'organisation', 'media', 'agency']);
  const products = new Set<string>();
  // The first body mention (in the order found) ending at each position, so that each surname looks up the four
  // places where a mention just before it may end instead of searching all mentions.
  const bodyMentionEnding = new Map<number, number>();
  if (surnames.length) {
    for (let x = 0; x < mentions.length; x++) {
      const m = mentions[x];
      if (BODY_TYPES.has(actors[m.actor].type) && !bodyMentionEnding.has(m.span[1])) bodyMentionEnding.set(m.span[1], x);
    }
  }
  for (const c of surnames) {
    const at = tokens[c.start].start;
    let first = -1;
    for (let end = at - 3; end <= at; end++) {
      const x = bodyMentionEnding.get(end);
      if (x !== undefined && (first < 0 || x < first)) first = x;
    }
    const prev = first < 0 ? undefined : mentions[first];
    if (prev && /^(?:['’]s)?\s$/.test(text.slice(prev.span[1], at))) products.add(tokens[c.start].text);
  }
  const speaks = new Set<string>();
  for (const c of surnames) {
    const w = tokens[c.start].text;
    if (surnameCue(c)) speaks.add(w);
    else if (!products.has(w) && (uses.get(w) ?? 0) >= 2 && (subjectUses.get(w) ?? 0) >= 1 && !lexiconTag(w) && !CAPITALS.has(w) && !DEMONYMS.has(w.toLowerCase()) && !w.includes('-') && !/^\p{Lu}+$/u.test(w)) speaks.add(w);
  }
  for (const c of surnames) {
    const w = tokens[c.start].text;
    // "the Clintons", "the Bidens’ business": a surname's plural after "the" is the family, not one person of it.
    if (w.endsWith('s') && wordOf(tokens[c.start - 1] ?? tokens[c.start]).lower === 'the' && !personIdxBySurname.has(w) && personIdxBySurname.has(w.slice(0, -1))) {
      taken[c.start] = 1;
      mention(addActor(`group:${slug(w)}`, w, 'group'), c.start, c.end, 'name');
      continue;
    }
    // "Mrs. Clinton" with both Clintons named: the title's gender picks the one of them it fits.
    const titleGender = /^(?:Mrs|Ms|Miss)\.?$/.test(tokens[c.start - 1]?.text ?? '') ? 'f' : /^Mr\.?$/.test(tokens[c.start - 1]?.text ?? '') ? 'm' : null;
    const sharing = personIdxBySurname.get(w);
    const fitting = titleGender && sharing && sharing.size > 1 ? [...sharing].filter((i) => actors[i].name.includes(' ') && actors[i].gender === titleGender) : [];
    const idx = fitting.length === 1 ? fitting[0] : resolveSurname(w, actors, personIdxBySurname, surnameCue(c));
    // (Not a surname someone is named with in full: two Clintons leave "Clinton" unresolved, still a person.)
    const kind = personIdxBySurname.has(w) ? undefined : kindOf.get(w);
    if (idx === null && kind) {
      if (kind !== 'thing') {
        taken[c.start] = 1;
        mention(addActor(`${kind}:${slug(w)}`, w, kind), c.start, c.end, 'name');
      }
      continue;
    }
    // "anti-Latino remarks", "another Latino, Rep. …", "solidly Democratic states": a member word names no one.
    if (idx === null && isMemberWord(w)) continue;
    // "Snapgrove Inc. cut jobs … Snapgrove shares fell": the first word of a company named in full, which no one
    // named in full carries, is that company.
    // (Not where it speaks and the writer calls it "he" or "she": "Hallberg Capital bought the site. Hallberg said he
    // liked it.")
    if (idx === null && !personIdxBySurname.has(w) && !wordOf(tokens[c.start]).gender && !(surnameCue(c) && PERSONAL_PRONOUN_AFTER.test(text.slice(tokens[c.end - 1].end, sentences[sentenceOf(tokens[c.start].start)]?.span[1] ?? tokens[c.end - 1].end)))) {
      const body = companyNamedWith(actors, w);
      if (body >= 0) {
        taken[c.start] = 1;
        mention(body, c.start, c.end, 'alias');
        continue;
      }
    }
    if (idx === null) {
      // "Iowa said", "Democrats said": a place or the members of a group, not a person.
      // A word the lexicon knows only as a (smaller) place that speaks is a club or body named after it
      // ("Tottenham said"), not a person.
      // ("Orlando … the shooting in Orlando": a name nobody carries, written after "in" as often as not, is a place.)
      // (Not a surname two people named in full carry: "Grayson said" beside Alan and Dena Grayson is one of them, no
      // body or place named after a town.)
      const other: ActorType | null = !speaks.has(w) || personIdxBySurname.has(w) ? null : isPlaceName(w) || 2 * (inUses.get(w) ?? 0) >= uses.get(w)! ? 'place' : isGroupPlural(w) ? 'group' : isMinorPlace(w) ? 'organisation' : null;
      if (other) {
        taken[c.start] = 1;
        mention(addActor(`${other}:${slug(w)}`, w, other), c.start, c.end, 'name');
      } else if (speaks.has(w) && !isRolePlural(w)) {
        // A name used only by surname ("Trump said") is still a person when it speaks.
        const id = addActor(`person:${slug(w)}`, w, 'person');
        // ("Elise wrote": a first name alone still says the gender, so a later "he" is someone else.)
        actors[id].gender ??= genderOf(wordOf(tokens[c.start]).gender);
        const set = personIdxBySurname.get(w) ?? new Set();
        set.add(id);
        personIdxBySurname.set(w, set);
        taken[c.start] = 1;
        mention(id, c.start, c.end, 'name');
      }
      continue;
    }
    taken[c.start] = 1;
    mention(idx, c.start, c.end, actors[idx].name.endsWith(w) ? 'name' : 'alias');
  }
  // Sentence-opening ordinary words ("Young, in his testimony,") join only the one person carrying that surname.
  for (const c of leadSurnames) {
    const set = personIdxBySurname.get(tokens[c.start].text);
    if (set?.size !== 1) continue;
    taken[c.start] = 1;
    mention([...set][0], c.start, c.end, 'name');
  }
  // A surname-only person whose full name appears elsewhere is merged into the full-name entity.
  for (const [surname, set] of personIdxBySurname) {
    if (set.size < 2) continue;
    const ids = [...set];
    const full = ids.filter((i) => actors[i].name.includes(' '));
    const bare = ids.filter((i) => actors[i].name === surname);
    // (Not across genders: "Mr. Clinton" stays apart from "Hillary Clinton".)
    const g = full.length === 1 ? actors[full[0]].gender : null;
    if (full.length === 1) for (const b of bare) if (!(g && actors[b].gender && actors[b].gender !== g)) mergeInto(actors, mentions, b, full[0]);
    // Two named in full ("Hillary Clinton", "Bill Clinton"): a titled bare surname named before them both ("Mrs.
    // Clinton" in an abstract) joins the one of its gender.
    if (full.length > 1) {
      for (const b of bare) {
        const same = actors[b].gender ? full.filter((i) => actors[i].gender === actors[b].gender) : [];
        if (same.length === 1) mergeInto(actors, mentions, b, same[0]);
      }
    }
  }

  mergeFirstNames(actors, mentions);
  mergeShoutedNames(text, actors, mentions);
  mergeBodiesNamedAsPeople(actors, mentions);
  mergeAcronyms(text, actors, mentions);
  mergeShortOutletNames(actors, mentions);
  mergeShortCompanyNames(actors, mentions);
  if (demonymBodies) mergeBodiesNamedWithoutDemonym(actors, mentions);

  // Appositive roles: "Brad Smith, president of Microsoft,", "Marina Kaljurand, chair of the Global Commission …".
  for (const m of mentions) {
    const a = actors[m.actor];
    if (a.type !== 'person' || m.via !== 'name') continue;
    // A role set before the name: "The company's chief executive, Maren Solberg,", "Her co-star, Ivan Lisin,".
    if (text.charCodeAt(m.span[0] - 2) === 44 /* , */) {
      const lead = text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
      const pre = ROLE_BEFORE_NAME.exec(lead);
      const lastWord = pre?.[2].split(/\s+/).pop() ?? '';
      // ("The French foreign minister, Jean Roux,": a demonym before the role says the country; "The Trump adviser" is no
      // role of this kind and is left out.)
      const demonym = pre?.[1] ? DEMONYMS.get(pre[1].toLowerCase()) : undefined;
      if (pre && (!pre[1] || demonym) && (DESCRIPTION_ROLES.has(lastWord) || PERSON_ROLE_NOUNS.has(lastWord) || PERSON_ROLE_NOUNS.has(lastWord.replace(/^co-/, '')))) {
        const text0 = pre[1] ? `${pre[1]} ${pre[2]}` : pre[2];
        const start = m.span[0] - pre[0].length + pre[0].indexOf(pre[1] ?? pre[2]);
        a.roles.push({ text: text0, span: [start, start + text0.length] });
        a.roleWords.add(lastWord);
        if (lastWord.startsWith('co-')) a.roleWords.add(lastWord.slice(3));
        const owner = demonym ?? countryOfOwner(OWNER_BEFORE.exec(lead.slice(0, lead.length - pre[0].length + pre[0].indexOf(pre[2])))?.[1]);
        if (owner) a.countries.add(owner);
      }
    }
    // "Steenburgen's son, filmmaker Charlie McDowell", "his wife Ana Ruiz": a gendered role noun right before the
    // name (no "of" between: "the daughter of John Smith" is no woman) says the gender.
    const kinGender = genderRoleBefore(text.slice(Math.max(0, m.span[0] - 50), m.span[0]));
    if (kinGender && (!a.gender || genderByNameOnly.has(m.actor))) {
      a.gender = kinGender;
      genderByNameOnly.delete(m.actor);
    }
    // The pattern opens with a comma: test that before cutting out the text after the name.
    if (text.charCodeAt(m.span[1]) !== 44 /* , */) continue;
    let after = text.slice(m.span[1], m.span[1] + 140);
    // An age first: "Gloria Ventresca, 64, a retired neurosurgeon,".
    const age = /^,\s+\d{1,3}(?=,)/.exec(after);
    const skip = age ? age[0].length : 0;
    if (skip) after = after.slice(skip);
    // "…, who worked for decades as a neurosurgeon,": the role in a relative clause.
    const ap = APPOSITIVE_ROLE.exec(after) ?? WHO_ROLE.exec(after);
    if (!ap) {
      // "Pankaj Pandey, Head of Research at ICICI Securities,", "Ana Ruiz, Senior Vice President of Sales for Acme,":
      // a role written with capitals, as business and trade papers set one.
      const cap = CAPITALISED_ROLE.exec(after);
      const lead = cap?.[1].split(/\s+(?:of|at|for|in)\s+/)[0].split(/\s+/);
      if (!cap || !lead || !(isRoleNoun(lead[lead.length - 1].toLowerCase()) || TITLES.some((t) => t.words.join(' ') === lead.join(' ')))) continue;
      // (Not an honorific before the next name, ", Mr. Obama said", a party's member, ", Republican of Iowa", nor a
      // list of people: ", Kevin Bishop", ", Secretary of State Connie Lawson".)
      if (HONORIFIC.test(lead[0]) || isMemberWord(lead[0]) || isPartyWord(lead[0]) || cap[1].split(/\s+/).some((w) => { const g = firstNameGender(w); return g === 'm' || g === 'f'; })) continue;
      const start = m.span[1] + skip + cap.index + cap[0].indexOf(cap[1]);
      a.roles.push({ text: cap[1], span: [start, start + cap[1].length] });
      a.roleWords.add(lead[lead.length - 1].toLowerCase());
      continue;
    }
    // (The owner's words are no role of the person: "Lee, President Obama's former adviser," is an adviser.)
    const ownerPrefix = /^\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}['’]s\s+/u.exec(ap[1])?.[0] ?? '';
    const words = ap[1].slice(ownerPrefix.length).toLowerCase().split(/\s+/);
    // (The role noun heads the phrase: "a friend of the senator" is no senator.)
    const head = words.findIndex((w) => APPOSITIVE_PREPOSITIONS.has(w));
    const role = (head < 0 ? words : words.slice(0, head)).find((w) => DESCRIPTION_ROLES.has(w) || PERSON_ROLE_NOUNS.has(w));
    if (!role) continue;
    const start = m.span[1] + skip + ap.index + ap[0].indexOf(ap[1]);
    a.roles.push({ text: ap[1], span: [start, start + ap[1].length] });
    a.roleWords.add(role);
    // "an actress", "a spokeswoman": the role noun says the gender, over a guess from the first name.
    const g = roleNounGender(role);
    if (g && (!a.gender || genderByNameOnly.has(m.actor))) {
      a.gender = g;
      genderByNameOnly.delete(m.actor);
    }
    for (const w of words) if (DEMONYMS.has(w)) a.countries.add(DEMONYMS.get(w)!);
    // "Sergei Lavrov, Russia's foreign minister,": the owner of the role is the country.
    const owner = countryOfOwner(ownerPrefix.replace(/['’]s\s+$/, '') || undefined);
    if (owner) a.countries.add(owner);
  }

  retypeFacilitiesNamedAfterPeople(text, actors);
  retypeTeamsNamedByPlace(text, sentences, actors);
  dropHeadlineWordRuns(text, tokens, actors, mentions);

  // Descriptions: "the French president", "his Russian counterpart", "the senator".
  addDescriptions(text, tokens, actors, mentions, sentenceOf);

  mentions.sort((a, b) => a.span[0] - b.span[0]);
  for (const a of actors) a.mentions.sort((x, y) => x.span[0] - y.span[0]);
  learnGenders(text, sentences, actors, mentions, genderByNameOnly);
  return { actors, mentions, tokens, sentenceOf };
}

const QUOTED_PART = /[“"«][^”"»\n]*(?:[”"»]|$)/g;
/**
 * Gender for people named without a gendered first name or title ("Trump", "Clinton"): the pronouns the writer
 * uses, outside quotes, in sentences where that person is the only one named (and in the sentence after).
 */
const NOT_BEFORE_NAME = new Set(['of', 'to', 'for', 'with', 'and', 'or', 'by', 'from', 'at', 'in', 'on', 'than', 'about', 'against']);
/** The gender of a role noun among the (at most three) lower-case words right before a name, none of them a preposition. */
function genderRoleBefore(before: string): Gender {
  for (const w of trailingLowerWords(before)) {
    if (NOT_BEFORE_NAME.has(w)) return null;
    const g = roleNounGender(w);
    if (g) return g;
  }
  return null;
}

/** Where the paragraph of sentence `si` starts. */
function paragraphStart(sentences: SentenceRecord[], si: number): number {
  let k = si;
  while (k > 0 && sentences[k - 1].paragraph === sentences[si].paragraph) k--;
  return sentences[k].span[0];
}

/**
 * Whether a quotation begun earlier in a sentence's paragraph is still open where the sentence starts (curly marks,
 * else straight ones). Asked in sentence order, it scans each paragraph's text once, not once per sentence: a PDF
 * paragraph may run to thousands of sentences.
 */
function quoteOpenAtSentence(text: string, sentences: SentenceRecord[]): (si: number) => boolean {
  let paragraph = -1;
  let pos = 0;
  let open = 0;
  let straight = 0;
  return (si) => {
    const s = sentences[si];
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      pos = paragraphStart(sentences, si);
      open = 0;
      straight = 0;
    }
    for (; pos < s.span[0]; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x201c) open++;
      else if (c === 0x201d) open = Math.max(0, open - 1);
      else if (c === 0x22) straight++;
    }
    return open > 0 || straight % 2 === 1;
  };
}

function learnGenders(text: string, sentences: SentenceRecord[], actors: Actor[], mentions: ActorMention[], byNameOnly: Set<number>) {
  const votes = new Map<number, [number, number]>();
  const quoteOpen = quoteOpenAtSentence(text, sentences);
  let mi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // The one person named in the sentence (-1: none; -2: more than one).
    let p = -1;
    let named = s.span[0];
    while (mi < mentions.length && mentions[mi].span[0] < s.span[0]) mi++;
    for (let k = mi; k < mentions.length && mentions[k].span[0] < s.span[1]; k++) {
      const a = mentions[k].actor;
      if (actors[a].type === 'person') {
        if (p === -1) named = mentions[k].span[0];
        p = p === -1 || p === a ? a : -2;
      }
    }
    if (p < 0) continue;
    if (actors[p].gender && !byNameOnly.has(p)) continue;
    // A sentence that opens inside a quotation begun earlier in the paragraph ("… a man,” Trump said. …"): its
    // quoted words are the speaker's pronouns, not the writer's, so the missing opening mark is put back.
    // ("After she spoke, Trump left": else the pronouns before the name are someone's named earlier.)
    const open = quoteOpen(si);
    let body = open ? '“' + text.slice(s.span[0], s.span[1]) : text.slice(named, s.span[1]);
    const next = sentences[si + 1];
    if (next && next.paragraph === s.paragraph) body += ' ' + text.slice(next.span[0], next.span[1]);
    body = body.replace(QUOTED_PART, ' ');
    const m = (body.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
    const f = (body.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    const v = votes.get(p) ?? [0, 0];
    v[0] += m;
    v[1] += f;
    votes.set(p, v);
  }
  for (const [p, [m, f]] of votes) {
    // A gender read from a first name yields only to pronouns that clearly say otherwise.
    if (actors[p].gender && !(actors[p].gender === 'm' ? f >= 2 && m === 0 : m >= 2 && f === 0)) continue;
    if (m >= 2 && m >= 3 * f) actors[p].gender = 'm';
    else if (f >= 2 && f >= 3 * m) actors[p].gender = 'f';
  }
}

/**
 * In a sentence naming several people, a possessive right after the first one's verb, before anyone else is named:
 * "Barrot later met his German counterpart, Annalena Baerbock" says Barrot is a man, however many people follow.
 * ("her" only before a noun or an adjective: "met her counterpart", not "told her that".)
 */
function possessiveAfterFirstPerson(text: string, s: SentenceRecord, actors: Actor[], mentions: ActorMention[], from: number): { actor: number; gender: 'm' | 'f' } | null {
  let first: ActorMention | null = null;
  for (let k = from; k < mentions.length && mentions[k].span[0] < s.span[1]; k++) {
    const m = mentions[k];
    // (A description is no other person named: "met his Dutch counterpart, Lotte Visser" names Visser after "his".)
    if (actors[m.actor].type !== 'person' || m.via === 'description') continue;
    if (!first) {
      first = m;
      continue;
    }
    if (m.actor === first.actor) return null;
    const between = text.slice(first.span[1], m.span[0]);
    const own = /^[^,;:"“”()]*?\b(his|her)\s+(\p{L}[\p{L}\-]*)/u.exec(between);
    if (!own) return null;
    if (own[1] === 'her' && !/Noun|Adjective|Demonym/.test(lexiconTag(own[2]) ?? 'Noun')) return null;
    return { actor: first.actor, gender: own[1] === 'his' ? 'm' : 'f' };
  }
  return null;
}

/**
 * Genders from possessives, once every mention is known (lone surnames included): a person of no known gender who
 * opens a sentence naming several people with "his …" or "her …" before anyone else ("Barrot later met his German
 * counterpart, Annalena Baerbock"). The pronoun count of the actor pass reads only sentences naming one person.
 */
export function learnPossessiveGenders(text: string, sentences: SentenceRecord[], index: ActorIndex): void {
  const { actors } = index;
  const mentions = actors.flatMap((a) => a.mentions).sort((a, b) => a.span[0] - b.span[0]);
  const found = new Map<number, 'm' | 'f' | null>();
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].span[0] < s.span[0]) mi++;
    const own = possessiveAfterFirstPerson(text, s, actors, mentions, mi);
    if (!own || actors[own.actor].gender) continue;
    const had = found.get(own.actor);
    found.set(own.actor, had === undefined || had === own.gender ? own.gender : null);
  }
  for (const [actor, gender] of found) if (gender) actors[actor].gender = gender;
}

/** Nouns of an apposition that say a name is no person: its kind of body, or 'thing' (a product, a work). */
const APPOSITIVE_KINDS: Record<string, ActorType | 'thing'> = {
  company: 'company', firm: 'company', startup: 'company', 'start-up': 'company', maker: 'company', manufacturer: 'company', retailer: 'company', chain: 'company', publisher: 'company', label: 'company', developer: 'company', carrier: 'company', conglomerate: 'company', subsidiary: 'company', bank: 'company', insurer: 'company', airline: 'company', brand: 'company',
  magazine: 'media', newspaper: 'media', paper: 'media', tabloid: 'media', broadcaster: 'media', outlet: 'media', website: 'media', site: 'media', blog: 'media', newsletter: 'media', network: 'media', channel: 'media', station: 'media', journal: 'media', podcast: 'media',
  organisation: 'organisation', organization: 'organisation', group: 'organisation', outfit: 'organisation', charity: 'organisation', nonprofit: 'organisation', 'non-profit': 'organisation', foundation: 'organisation', association: 'organisation', coalition: 'organisation', union: 'organisation', party: 'organisation', tank: 'organisation', institute: 'organisation', university: 'organisation', agency: 'agency', ministry: 'agency', department: 'agency',
  product: 'thing', service: 'thing', platform: 'thing', app: 'thing', application: 'thing', game: 'thing', console: 'thing', device: 'thing', phone: 'thing', software: 'thing', film: 'thing', movie: 'thing', book: 'thing', novel: 'thing', album: 'thing', song: 'thing', series: 'thing', show: 'thing', programme: 'thing', program: 'thing', bill: 'thing', law: 'thing', ship: 'thing', vessel: 'thing', car: 'thing', drug: 'thing', vaccine: 'thing', virus: 'thing', storm: 'thing', hurricane: 'thing',
};
const NAME_MODIFIER = /-(?:like|based|owned|backed|run|style|born|made)$/;
/** Lower-case words an appositive's noun may follow ("a monthly magazine", "the streaming service"). */
const MAX_APPOSITIVE_MODIFIERS = 3;
/**
 * The kind an apposition gives the name ending at token e: ", a magazine focused on …", ", the company that …"
 * (first listed noun among the few lower-case words after the article, none of them a person's role).
 */
function appositiveKind(tokens: Token[], e: number): ActorType | 'thing' | null {
  if (tokens[e]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[e + 1]?.text ?? '')) return null;
  let kind: ActorType | 'thing' | null = null;
  for (let k = e + 2; k <= e + 2 + MAX_APPOSITIVE_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    // ("Guy Cecil, the group’s chief strategist": a possessive owns the noun that follows.)
    // ("a Twitter-like site", "a Texas-based chain": a name made a modifier is one of the words before the noun.)
    if (t.cap && !kind && t.word && NAME_MODIFIER.test(t.text)) continue;
    if (!t.word || t.cap || t.possessive) return kind;
    const lw = t.text.toLowerCase();
    // "a global producer of medical technology", "a leading provider of cloud services": a maker or seller of things
    // (a plain noun after "of", no article) is a firm; "a producer of the film" is a person.
    if (MAKER_NOUNS_BEFORE_OF.has(lw) && tokens[k + 1]?.text === 'of' && isPlainNoun(tokens[k + 2])) return 'company';
    // The last noun is the head: "the former party leader" is a person.
    if (DESCRIPTION_ROLES.has(lw) || PERSON_ROLE_NOUNS.has(lw) || LOWER_TITLES.has(lw)) return null;
    // ("Milwaukee, the site of the debate": where something happens, no web site.)
    if (lw === 'site' && tokens[k + 1]?.text === 'of') return null;
    if (kind && /(?:ed|ing)$/.test(lw)) return kind;
    if (/^(?:of|for|in|on|at|with|that|which|who|whose|and|or|to|from|by)$/.test(lw)) return kind;
    // ("think tank": the noun is the second word.)
    kind = lw === 'think' && tokens[k + 1]?.text === 'tank' ? 'organisation' : (APPOSITIVE_KINDS[lw] ?? (kind ? null : kind));
  }
  return kind;
}
/** A lower-case word that is no article, possessive or pronoun: "of medical …", not "of the film", "of his songs". */
const isPlainNoun = (t: Token | undefined) => !!t && t.word && !t.cap && !/^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/.test(t.text);
/** ", Inc." right after the name ending at token e: a legal suffix that makes it a company's. */
const companySuffixAfter = (tokens: Token[], e: number) => tokens[e]?.text === ',' && COMPANY_SUFFIXES.has(tokens[e + 1]?.text ?? '') && adjacent(tokens[e], tokens[e + 1]);
/** An ordinary word that may open a body's name: not a role ("Developer Valve") nor a first name spelt like a word. */
const isBodyNameStart = (t: Token) => {
  const w = wordOf(t);
  // (An adjective or a noun: "Later Okafor said" opens with an adverb.)
  const tag = String(w.tag ?? '');
  return w.common && /Adjective|Noun/.test(tag) && !/Comparative|Superlative/.test(tag) && !w.gender && !DESCRIPTION_ROLES.has(w.lower) && !PERSON_ROLE_NOUNS.has(w.lower) && !LOWER_TITLES.has(w.lower) && !(w.lower in APPOSITIVE_KINDS);
};
/** A speech verb right after token e, maybe after "has/have/had" and one adverb ("have twice denied"). */
function speaksNext(tokens: Token[], e: number): boolean {
  let k = e;
  if (/^(?:has|have|had)$/.test(tokens[k]?.text ?? '')) k++;
  if (k > e && tokens[k]?.word && !tokens[k].cap && !SPEECH_VERBS.has(tokens[k].text)) k++;
  const t = tokens[k];
  return !!t && t.word && !t.cap && SPEECH_VERBS.has(t.text) && !(NOUN_LIKE_CUES.has(t.text) && !VERB_FIRST_CUES.has(t.text));
}
/** "The group that owns her music, Big Machine,": a body noun after "the" opening the clause, then a comma before the name at k. */
function bodyNounBefore(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  for (let x = k - 2; x >= 0 && x >= k - 12; x--) {
    const t = tokens[x];
    if (!t.word) return false;
    const kind = APPOSITIVE_KINDS[t.text];
    if (kind && kind !== 'thing' && /^(?:the|The|its|her|his|their|Its|Her|His|Their)$/.test(tokens[x - 1]?.text ?? '')) return true;
  }
  return false;
}

/** "Acme’s chief executive", "Acme’s shareholders": words after a possessive that only a company has. */
function companyAfterPossessive(tokens: Token[], e: number): boolean {
  const a = tokens[e]?.text;
  const b = tokens[e + 1]?.text;
  return (a === 'chief' && (b === 'executive' || b === 'operating' || b === 'financial')) || a === 'CEO' || a === 'shareholders';
}

/** Speech verbs that are also plural nouns, but read as verbs after a name ("Ramos says"). */
const VERB_FIRST_CUES = new Set(['says', 'tells', 'writes', 'tweets', 'thinks', 'believes', 'asks', 'admits', 'denies', 'agrees']);
const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'at', 'into', 'against']);
const ROLE_QUALIFIERS = new Set(['executive', 'senior', 'former', 'deputy', 'chief', 'assistant', 'longtime', 'veteran']);
const APPOSITION_STARTS = new Set(['a', 'an', 'the', 'who', 'whose']);
const DIGITS = /^\d+$/;
/** A name at tokens [s, e) followed by a speech verb, or by an apposition (", a …", ", who …", ", senior adviser"). */
/** Participles that say a name spoke after "has"/"had" (not "called", "pointed": "JP Morgan had called …"). */
/** Most words an article apposition runs to its role noun: ", the party's longtime chief strategist". */
const APPOSITION_ROLE_REACH = 5;
/**
 * ", the death penalty and …", ", a tax on …": an apposition after token e opening with an article, with no role
 * noun for a person before its next punctuation (", the senator's wife", ", a retired nurse" have one).
 */
function articleAppositionWithoutRole(tokens: Token[], e: number): boolean {
  // (Lower case: "Ann Lee, The Record" names her paper.)
  if (tokens[e]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[e + 1]?.text ?? '')) return false;
  for (let x = e + 2; x < tokens.length && x <= e + 1 + APPOSITION_ROLE_REACH && tokens[x].word; x++) {
    const lw = wordOf(tokens[x]).lower.replace(/['’]s$/, '');
    // ("a longtime Democratic policy maker": a noun for someone who does something.)
    if (ROLE_WORDS.has(lw) || isRoleNoun(lw) || (PERSON_NOUN_END.test(lw) && !NOT_PERSON_NOUNS.has(lw))) return false;
  }
  return true;
}
const PERFECT_SPEECH = new Set(['said', 'told', 'stated', 'warned', 'testified']);
function nameThenCue(tokens: Token[], s: number, e: number): boolean {
  const n = tokens[e];
  const n2 = tokens[e + 1];
  if (e - s === 1 && DEMONYMS.has(wordOf(tokens[s]).lower)) return false;
  if (!n) return false;
  // "a statement to Wired explaining …": the object of a preposition is not who speaks.
  if (n.text.endsWith('ing') && OBJECT_PREPOSITIONS.has(tokens[s - 1]?.text ?? '')) return false;
  if (SPEECH_VERBS.has(n.text) && !(NOUN_LIKE_CUES.has(n.text) && !VERB_FIRST_CUES.has(n.text))) return true;
  // ("Liu Xiaming has said …": the perfect tense.)
  if ((n.text === 'has' || n.text === 'had') && n2 && PERFECT_SPEECH.has(n2.text)) return true;
  if (n.text !== ',' || !n2) return false;
  const t = n2.text;
  // "Her co-star, Ivan Lisin, said": the comma closes an apposition before the verb.
  // (A full name only, not a party tag or place: "Jason Chaffetz, R-Utah, said".)
  if (SPEECH_VERBS.has(t) && !NOUN_LIKE_CUES.has(t) && tokens[s - 1]?.text === ',' && e - s >= 2 && !tokens.slice(s, e).some((x) => x.text.includes('-') && x.text.indexOf('-') <= 1)) return true;
  // (Lower case only for words short enough to be one: lower-casing never shortens a word.)
  return (t.length <= 5 && APPOSITION_STARTS.has(t.toLowerCase())) || DIGITS.test(t) || DESCRIPTION_ROLES.has(t) || PERSON_ROLE_NOUNS.has(t) || LOWER_TITLES.has(t) || ROLE_QUALIFIERS.has(t) || (e - s >= 2 && capitalisedRoleAt(tokens, e + 1));
}
/** A word shaped as a name: a capital, then lower-case letters, maybe a hyphen and another such part ("Jean-Marie"). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const isRoleNoun = (lw: string) => DESCRIPTION_ROLES.has(lw) || PERSON_ROLE_NOUNS.has(lw) || LOWER_TITLES.has(lw);
/** Words that may follow a role written with capitals in an apposition: "Head of …", "Director, Acme", "CEO at …". */
const AFTER_CAPITALISED_ROLE = new Set([',', 'of', 'at', 'for', 'and', 'in', 'with', '.', ';', ')']);
/**
 * A role written with capitals, as business and trade papers set an apposition, starts at token i: "Pankaj Pandey,
 * Head of Research at …", "Sanjiv Bhasin, Director, IIFL Securities", "Ana Ruiz, Senior Vice President of Sales
 * for …": up to four capitalised words ending in a role noun or a title, then a comma or a preposition (not a name:
 * "…, President Xi said" is a title before someone else; not a body: "…, Research Council").
 */
function capitalisedRoleAt(tokens: Token[], i: number): boolean {
  let m = i;
  while (m < tokens.length && m - i < 4 && tokens[m].cap && tokens[m].word && (m === i || adjacent(tokens[m - 1], tokens[m]))) {
    if (HEAD_TYPE.has(tokens[m].text)) return false;
    m++;
  }
  if (m === i || !AFTER_CAPITALISED_ROLE.has(tokens[m]?.text ?? '.')) return false;
  // (The whole run: "…, Mayor James Brainard and" is a title before a name; nor an honorific: "Jackson, Miss., …".)
  if (HONORIFIC.test(tokens[i].text)) return false;
  return isRoleNoun(wordOf(tokens[m - 1]).lower) || titleAt(tokens, i, m)?.len === m - i;
}
/** "Ana Ruiz of the Harbour Board", "… of Human Rights Watch": "of" and a capitalised name after the name at [s, e). */
function affiliationAfter(tokens: Token[], e: number): boolean {
  if (tokens[e]?.text !== 'of' || !adjacent(tokens[e - 1], tokens[e])) return false;
  const k = tokens[e + 1]?.text === 'the' ? e + 2 : e + 1;
  return !!tokens[k]?.cap && tokens[k].word && !WEEKDAYS_MONTHS.has(wordOf(tokens[k]).lower);
}

 /** A word the lexicon knows as a place and nothing else (no surname, no first name). */
const isMinorPlace = (w: string) => /Place/.test(String(lexiconTag(w) ?? '')) && !/Name/.test(String(lexiconTag(w)));

/** "Aides", "Pollsters", "Officials": a role noun in the plural, capitalised at the start of a sentence. */
const isRolePlural = (w: string) => {
  const l = w.toLowerCase();
  return l.endsWith('s') && (DESCRIPTION_ROLES.has(l.slice(0, -1)) || LOWER_TITLES.has(l.slice(0, -1)) || PERSON_ROLE_NOUNS.has(l.slice(0, -1)));
};

/** The name at tokens [s, e) follows "in" and owns nothing: "in Tamarac", not "in Smith’s view". */
const isAfterIn = (tokens: Token[], s: number, e: number) => tokens[s - 1]?.text === 'in' && !tokens[e - 1].possessive;

/** "said Tokhtar Zhunusbekov." — a name right after a speech verb, ending the clause. */
const afterSpeechVerb = (tokens: Token[], s: number, e: number) => {
  const p = tokens[s - 1];
  // ("“…,” comments Ana Ruiz": a verb spelt like a plural noun reads as the verb right after a quote's closing mark.)
  // ("said Ana Ruiz of Human Rights Watch": the name's body after "of" ends what the verb introduces.)
  return !!p && SPEECH_VERBS.has(p.text) && (!NOUN_LIKE_CUES.has(p.text) || /^[”"’]$/.test(tokens[s - 2]?.text ?? '')) && (!tokens[e] || /^[.,;:]$/.test(tokens[e].text) || affiliationAfter(tokens, e));
};

const precededByCue = (tokens: Token[], i: number) => {
  const p = tokens[i - 1];
  return !!p && SPEECH_VERBS.has(p.text) && !!tokens[i + 1] && /^[.,;:]$/.test(tokens[i + 1].text);
};

const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&', 'to', 'de']);
/** The initials of a name's words, short words skipped: "Affordable Care Act" → "ACA". */
export const initialsOf = (name: string) =>
  name.split(/[\s\-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w)).map((w) => w[0]).join('').toUpperCase();
/**
 * An acronym the name pass made a body of its own ("the Affordable Care Act (ACA)", later "the ACA") is the
 * one named actor of the document whose initials it spells and after whose name it stands in parentheses: one
 * actor, of that actor's type. (Without the parentheses the writer may mean another body with those initials.)
 */
/**
 * Where a long name would end that introduces the acronym a: before " (SVP)", "(SVP)" or ", or SVP" (then a comma,
 * stop or bracket); undefined when no mention of a is introduced so.
 */
function introductionEnds(text: string, a: Actor): Set<number> | undefined {
  let ends: Set<number> | undefined;
  for (const m of a.mentions) {
    const [s, e] = m.span;
    if (text.charCodeAt(s - 1) === 40 /* ( */ && text.charCodeAt(e) === 41 /* ) */) (ends ??= new Set()).add(text.charCodeAt(s - 2) === 32 ? s - 2 : s - 1);
    else if (text.charCodeAt(s - 1) === 32 && text.startsWith(', or ', s - 5) && /^[,.;)]/.test(text.charAt(e))) (ends ??= new Set()).add(s - 5);
  }
  return ends;
}
function mergeAcronyms(text: string, actors: Actor[], mentions: ActorMention[]) {
  const initials = new Map<string, string>();
  const initialsOfName = (name: string) => {
    let x = initials.get(name);
    if (x === undefined) initials.set(name, (x = initialsOf(name)));
    return x;
  };
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || !ACRONYM.test(a.name) || a.key !== `organisation:${slug(a.name)}`) continue;
    // Introduced in parentheses right after the long form: "the Affordable Care Act (ACA)".
    const introduced = (j: number) =>
      actors[j].mentions.some((m) => m.text === actors[j].name && text.slice(m.span[1], m.span[1] + a.name.length + 3).replace(/^\s*\(/, '(').startsWith(`(${a.name})`));
    let long: number[] = [];
    const spelt: number[] = [];
    // ("the Swiss People's Party, or SVP,", "Alternative for Germany (AfD)": a name in another language's initials,
    // introduced right after the long form, is that body too.)
    const foreign: number[] = [];
    const introEnds = introductionEnds(text, a);
    for (let j = 0; j < actors.length; j++) {
      const b = actors[j];
      if (j === i || !b.key || b.type === 'person' || b.type === 'place' || !/\s/.test(b.name)) continue;
      if (initialsOfName(b.name) !== a.name) {
        if (introEnds && b.mentions.some((m) => m.text === b.name && introEnds.has(m.span[1]))) foreign.push(j);
        continue;
      }
      spelt.push(j);
      if (introduced(j)) long.push(j);
    }
    if (!long.length && !spelt.length && foreign.length === 1) long = foreign;
    // (Not introduced, an acronym of three or more letters is still the one body of the document whose name it
    // spells, when that name comes first, as news style has it: "the Democratic National Committee … the DNC";
    // not an event or act, which the same letters name beside a body: "the DNC" is the committee and the
    // convention.)
    if (!long.length && a.name.length >= 3 && spelt.length === 1 && actors[spelt[0]].type !== 'initiative' && firstAt(actors[spelt[0]]) < firstAt(a)) long = spelt;
    if (long.length !== 1) continue;
    // The body keeps the name the document uses more often (the acronym on a tie: "the Drug Enforcement
    // Administration (DEA)" spells it out once, then "the DEA said").
    const byAcronym = a.mentions.length;
    const byName = actors[long[0]].mentions.filter((m) => m.text === actors[long[0]].name).length;
    const acronym = a.name;
    mergeInto(actors, mentions, i, long[0]);
    const b = actors[long[0]];
    if (byAcronym >= byName) {
      b.aliases.add(b.name);
      b.name = acronym;
      b.aliases.delete(acronym);
      // (Keyed by that name too, as documents that use only the acronym key it.)
      const key = `${b.type}:${slug(acronym)}`;
      if (!actors.some((x) => x.key === key)) b.key = key;
    }
  }
}

/**
 * "Bernie" beside "Bernie Sanders": a first name standing alone (a person of its own so far) is the one person the
 * document names in full with it, of the same gender; nobody when two share it ("Donald Trump Jr.").
 */
/**
 * "Gov. Nathan Deal … No thanks to Nathan Deal": a name read as a body's by its last word ("Deal", "Law", "Post")
 * where the document names a person so in full is that person; a name read as a person's where the document names
 * a place so is that place.
 */
function mergeBodiesNamedAsPeople(actors: Actor[], mentions: ActorMention[]) {
  let people: Map<string, number> | undefined;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || a.type === 'person' || a.type === 'place' || a.type === 'state' || !a.name.includes(' ') || KNOWN_KEYS.has(a.key)) continue;
    if (!people) {
      people = new Map();
      actors.forEach((b, j) => {
        if (b.key && b.type === 'person' && b.mentions.length) people!.set(b.name, j);
      });
    }
    const j = people.get(a.name);
    if (j !== undefined) mergeInto(actors, mentions, i, j);
  }
  // ("FORT PIERCE, Fla. — … the Fort Pierce mosque": and a place the document names so is no person.)
  const places = new Map<string, number>();
  actors.forEach((b, j) => {
    if (b.key && b.type === 'place' && b.name.includes(' ') && b.mentions.length) places.set(b.name, j);
  });
  for (let i = 0; i < actors.length && places.size; i++) {
    const a = actors[i];
    const j = a.key && a.type === 'person' && !a.roles.length ? places.get(a.name) : undefined;
    if (j === undefined) continue;
    mergeInto(actors, mentions, i, j);
    actors[j].gender = null;
  }
}
/** A word of four letters or more, all capitals. */
const SHOUTED_WORD = /^\p{Lu}{4,}$/u;
/**
 * "TAPPER: Senator, …", "CLINTON: I feel …": a transcript's speaker label, or a name set in capitals, read as a code
 * is the one person named in the document whose surname or first name it spells.
 */
function mergeShoutedNames(text: string, actors: Actor[], mentions: ActorMention[]) {
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || a.type !== 'organisation' || !SHOUTED_WORD.test(a.name) || KNOWN_KEYS.has(a.key)) continue;
    // (Not a body named after someone: "CARLY for America", a super PAC.)
    if (a.mentions.some((m) => /^\s+(?:for|of)\s+\p{Lu}/u.test(text.slice(m.span[1], m.span[1] + 12)))) continue;
    const word = a.name.toLowerCase();
    const people = actors.flatMap((b, j) => {
      if (!b.key || b.type !== 'person' || !b.mentions.length) return [];
      const words = b.name.toLowerCase().split(' ');
      return words.length > 1 && (words[0] === word || words[words.length - 1] === word) ? [j] : [];
    });
    if (people.length === 1) mergeInto(actors, mentions, i, people[0]);
  }
}
function mergeFirstNames(actors: Actor[], mentions: ActorMention[]) {
  let byFirst: Map<string, number> | undefined;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || a.type !== 'person' || a.name.includes(' ')) continue;
    // "Xi Jinping … Mr. Xi", "Moon Jae-in … Mr. Moon": an honorific before the family name of a name written family
    // name first (a short first word, then a given name the lexicon does not know).
    const honorific = a.roles.length > 0 && a.roles.every((r) => HONORIFIC.test(r.text.trim()));
    if (a.roles.length && !honorific) continue;
    const g = honorific ? a.gender : firstNameGender(a.name);
    if (g !== 'm' && g !== 'f' && !honorific) continue;
    if (!byFirst) {
      byFirst = new Map();
      actors.forEach((b, j) => {
        if (!b.key || b.type !== 'person' || !b.name.includes(' ')) return;
        const first = b.name.slice(0, b.name.indexOf(' '));
        byFirst!.set(first, byFirst!.has(first) ? -1 : j);
      });
    }
    const j = byFirst.get(a.name);
    if (j === undefined || j < 0 || (g && actors[j].gender && actors[j].gender !== g)) continue;
    if (honorific && !(a.name.length <= 5 && familyNameFirstShape(actors[j].name) && !actors.some((b) => b.key && b.type === 'person' && b.name.endsWith(` ${a.name}`)))) continue;
    mergeInto(actors, mentions, i, j);
  }
}
/** "Xi Jinping", "Moon Jae-in": two words, the second a given name the lexicon does not know (no initial). */
function familyNameFirstShape(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && !words[1].includes('.') && wordInfo(words[1]).tag === undefined && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(words[1]);
}

/**
 * "The Washington Post reported … According to the Post, …": a paper called by the last word of its name ("the
 * Post", "the Times", "the Globe") is the one outlet of the document whose name ends in it.
 */
function mergeShortOutletNames(actors: Actor[], mentions: ActorMention[]) {
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || a.type !== 'media' || a.name.includes(' ')) continue;
    const only = onlyOutletEndingIn(actors, a.name);
    if (only >= 0) mergeInto(actors, mentions, i, only);
  }
}
const PERSONAL_PRONOUN_AFTER = /\b(?:he|she|him|his|her|himself|herself)\b/i;
/** "Snapgrove Inc.", "SoftBank Group Corp": a company's name of one word and legal or company head words after it. */
function companyNameEnd(name: string, first: string): boolean {
  if (!name.startsWith(`${first} `)) return false;
  return name
    .slice(first.length + 1)
    .split(' ')
    .every((w) => HEAD_TYPE.get(w) === 'company' || COMPANY_SUFFIXES.has(w) || COMPANY_SUFFIXES.has(w.replace(/,$/, '')));
}
/** The one company of the document named by this word and legal or company head words ("Snapgrove Inc."), else -1. */
function companyNamedWith(actors: Actor[], word: string): number {
  let found = -1;
  for (let j = 0; j < actors.length; j++) {
    const b = actors[j];
    if (!b.key || b.type !== 'company' || !b.mentions.length || !companyNameEnd(b.name, word)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found;
}
/**
 * "McClatchy Co. … McClatchy said", "SoftBank Group Corp … SoftBank": a body of one word is the one company the
 * document names with that word and legal or company head words.
 */
function mergeShortCompanyNames(actors: Actor[], mentions: ActorMention[]) {
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || (a.type !== 'company' && a.type !== 'organisation') || !a.mentions.length) continue;
    // (A name of several words only with a legal suffix after it: "Podesta Group" is "Podesta Group Inc.".)
    const j = a.name.includes(' ') ? (a.type === 'company' ? companyWithSuffix(actors, a.name) : -1) : companyNamedWith(actors, a.name);
    // (Named, as lone names joined to a body are, by its full name: "Zentrix" joins "Zentrix Holdings".)
    if (j >= 0 && j !== i) mergeInto(actors, mentions, i, j);
  }
}
/** The one company named as this name and a legal suffix ("Podesta Group Inc."), else -1. */
function companyWithSuffix(actors: Actor[], name: string): number {
  let found = -1;
  for (let j = 0; j < actors.length; j++) {
    const b = actors[j];
    if (!b.key || b.type !== 'company' || !b.mentions.length || !b.name.startsWith(`${name} `) || !COMPANY_SUFFIXES.has(b.name.slice(name.length + 1).replace(/,$/, ''))) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found;
}
/** Listed bodies whose name opens with a demonym ("European Union"): "the Union" may name them again. */
const DEMONYM_NAMED = new Set(KNOWN.filter((a) => a.type !== 'person' && a.type !== 'state' && a.name.includes(' ') && DEMONYMS.has(a.name.slice(0, a.name.indexOf(' ')).toLowerCase())).map((a) => a.key));
/**
 * "The Russian Defence Ministry denied … The Defence Ministry said": a body named again without its demonym is the
 * one body of that type in the document whose name is the demonym and the same words (none when two are).
 */
function mergeBodiesNamedWithoutDemonym(actors: Actor[], mentions: ActorMention[]) {
  let full: Map<string, number> | undefined;
  for (let j = 0; j < actors.length; j++) {
    const b = actors[j];
    if (!b.key || b.type === 'person' || b.type === 'state' || !b.mentions.length) continue;
    const space = b.name.indexOf(' ');
    if (space < 0 || !DEMONYMS.has(b.name.slice(0, space).toLowerCase())) continue;
    const short = `${b.type} ${b.name.slice(space + 1)}`;
    full ??= new Map();
    full.set(short, full.has(short) ? -1 : j);
  }
  if (!full) return;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!a.key || !a.mentions.length) continue;
    const j = full.get(`${a.type} ${a.name}`);
    if (j !== undefined && j >= 0 && j !== i) mergeInto(actors, mentions, i, j);
  }
}

/** The one outlet among the actors whose name of several words ends in the word, else -1. */
function onlyOutletEndingIn(actors: Actor[], word: string): number {
  const tail = ` ${word}`;
  let only = -1;
  for (let j = 0; j < actors.length; j++) {
    const b = actors[j];
    if (!b.key || b.type !== 'media' || !b.name.endsWith(tail) || !b.mentions.length) continue;
    if (only >= 0) return -1;
    only = j;
  }
  return only;
}

/**
 * "the brothers Charles G. and David H. Koch", "Bill and Hillary Clinton": a first name (and initials) right before
 * "and" and a full name share its surname. They become a person candidate of that name, taken out of the lists of
 * uncertain candidates. Not when the document names someone else with that first name in full ("Hillary and Donald
 * Trump" beside "Hillary Clinton").
 */
function shareSurnamesOverAnd(tokens: Token[], people: Candidate[], lists: Candidate[][]) {
  // (The full names by where they start, gathered only once a candidate before "and" needs them.)
  let fullAt: Map<number, Candidate> | undefined;
  const found: Candidate[] = [];
  for (const list of [people, ...lists]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i];
      // (Not the last of a list: "stars like Brandy, Monica and Lauryn Hill".)
      if (tokens[d.end]?.text !== 'and' || d.sharedSurname || !isGenderedFirstName(tokens[d.start]) || (tokens[d.start - 1]?.text === ',' && tokens[d.start - 2]?.cap)) continue;
      if (!fullAt) {
        fullAt = new Map();
        for (const p of people) if (p.end - p.start >= 2 && isGenderedFirstName(tokens[p.start])) fullAt.set(p.start, p);
      }
      const c = fullAt.get(d.end + 1);
      if (!c || c === d) continue;
      let names = true;
      // (One first name and initials: "Rand Paul and Carly Fiorina" are two full names.)
      for (let k = d.start + 1; k < d.end && names; k++) names = isInitial(tokens[k].text);
      if (!names) continue;
      const surname = tokens[c.end - 1].text;
      const first = tokens[d.start].text;
      if (people.some((p) => p !== d && p.end - p.start >= 2 && tokens[p.start].text === first && tokens[p.end - 1].text !== surname && !isInitial(tokens[p.end - 1].text))) continue;
      list.splice(i, 1);
      found.push({ start: d.start, end: d.end, type: 'person', title: d.title, gender: genderOf(wordOf(tokens[d.start]).gender), sharedSurname: surname });
    }
  }
  people.push(...found);
}

const GENERATION_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
/**
 * Surnames before a generation's suffix ("Kennedy" of "James P. Kennedy Jr."), each with the person so named, when
 * one person alone carries it so (two suffixed bearers of one surname give none).
 */
function generationSurnames(tokens: Token[], people: Candidate[], personOf: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const shared = new Set<string>();
  for (const c of people) {
    if (c.sharedSurname || c.end - c.start < 3 || !GENERATION_SUFFIX.test(tokens[c.end - 1].text)) continue;
    const idx = personOf.get(nameOf(tokens, c.start, c.end));
    if (idx === undefined) continue;
    const surname = tokens[c.end - 2].text;
    if (out.has(surname) && out.get(surname) !== idx) shared.add(surname);
    else out.set(surname, idx);
  }
  for (const sn of shared) out.delete(sn);
  return out;
}

/** Where an actor is first mentioned. */
const firstAt = (a: Actor) => {
  let at = Infinity;
  for (const m of a.mentions) if (m.span[0] < at) at = m.span[0];
  return at;
};

function mergeInto(actors: Actor[], mentions: ActorMention[], from: number, to: number) {
  if (from === to) return;
  const a = actors[from];
  const b = actors[to];
  for (const m of mentions) if (m.actor === from) m.actor = to;
  b.mentions.push(...a.mentions);
  a.mentions = [];
  b.aliases.add(a.name);
  for (const x of a.aliases) b.aliases.add(x);
  b.roles.push(...a.roles);
  for (const w of a.roleWords) b.roleWords.add(w);
  for (const c of a.countries) b.countries.add(c);
  b.gender = b.gender ?? a.gender;
  a.key = '';
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function resolveSurname(w: string, actors: Actor[], bySurname: Map<string, Set<number>>, speaking: boolean): number | null {
  const exact = bySurname.get(w);
  if (exact?.size === 1) return [...exact][0];
  if (exact && exact.size > 1) {
    // Two people share the surname (Hillary and Bill Clinton): the bare surname means the one the article is
    // about — named in full at least twice as often as any other — or no one.
    const counts = [...exact].map((i) => [i, actors[i].mentions.filter((m) => m.via === 'name' && m.text.includes(' ')).length] as const);
    counts.sort((a, b) => b[1] - a[1]);
    if (counts[0][1] >= 2 && counts[0][1] >= 2 * counts[1][1]) return counts[0][0];
    // ("Donald J. Trump … Mrs. Trump … Trump said": the one named in full, not the one a title set apart.)
    const full = [...exact].filter((i) => actors[i].name.includes(' '));
    if (full.length === 1 && exact.size === 2) return full[0];
    return null;
  }
  // "Macrons": a possessive scraped without its apostrophe.
  if (w.endsWith('s')) {
    const base = bySurname.get(w.slice(0, -1));
    if (base?.size === 1) return [...base][0];
  }
  // A misspelt surname of someone the document names ("Vernier" for Verdier): only where it speaks,
  // only for longer names, and only when exactly one person is that close.
  if (speaking && w.length >= 5) {
    const near: number[] = [];
    for (const [s, set] of bySurname) {
      if (set.size !== 1 || s[0] !== w[0] || s.length < 5) continue;
      const d = editDistance(s.toLowerCase(), w.toLowerCase(), 2);
      if (d <= (w.length >= 8 ? 2 : 1)) near.push([...set][0]);
    }
    const uniq = [...new Set(near)].filter((i) => actors[i].name.includes(' '));
    if (uniq.length === 1) return uniq[0];
  }
  return null;
}

// (Up to three capitalised qualifiers after the article, "the Republican attorney general under former President
// George W. Bush,", "a Fox News anchor,": a party, demonym or body; initials inside the tail do not end it; no
// relative pronoun inside the role: "a Tennessee Republican who has met …".)
const APPOSITIVE_ROLE = /^,\s+(?!(?:who|whose|whom|which|that|where|when|while|whereas|although|though|because|if)\b)((?:(?:the|a|an)\s+(?:\p{Lu}[\p{L}\-]+\s+){0,3}|\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}['’]s\s+)?(?:(?!(?:who|whose|which|that)\b)[\p{Ll}\-]+\s+){0,3}?(?!(?:who|whose|which|that)\b)[\p{Ll}\-]+(?:\s+(?:of|at|for|to|on|with|from|in|under)\s+(?:the\s+)?(?:former\s+)?\p{Lu}(?:[^,.;:()“”"\n]|(?<=\b\p{Lu})\.){0,70}?)?)(?=\s*[,;:)]|\s+(?:who|whose|which)\b|\s*$|(?<!\b\p{Lu})\.)/u;
/** ", Head of Research at ICICI Securities,", ", Director,": one to four capitalised words, maybe "of"/"at"/"for"/"in" a body. */
const CAPITALISED_ROLE = /^,\s+((?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*(?:\s+(?:of|at|for|in)\s+(?:the\s+)?\p{Lu}(?:[^,.;:()“”"\n]|(?<=\b\p{Lu})\.){0,70}?)?)(?=\s*[,;:)]|\s+(?:who|whose|which)\b|\s*$|(?<!\b\p{Lu})\.)/u;
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'at', 'for', 'to', 'on', 'with', 'from', 'in', 'under']);
const ROLE_BEFORE_NAME = /(?:^|[.!?]\s+|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(\p{Lu}\p{Ll}+)\s+(?=\p{Ll}))?|['’]s?\s+)((?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+),\s$/u;
/** The owner before a role: "Russia's foreign minister" → "Russia". */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2})['’]s?\s+$/u;
const WHO_ROLE = /^,\s+who\s+[^,.;:“”"()]{0,60}?\b(?:as|is|was|became)\s+((?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?[\p{Ll}\-]+)(?=\s*[,.;:)]|\s+(?:in|at|for|of|from|with|who|and)\b)/u;
const DESCRIPTION = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:(?:former|then|new|current|outgoing|incoming|top|chief)\s+)?(?:(\p{Lu}[\p{L}.]+)\s+)?([a-z][a-z\- ]{1,30}?))(?=[\s,.;:!?’'"”)]|$)/gu;

const ROLE_FIRST_WORDS = new Set([...DESCRIPTION_ROLES].map((r) => r.split(' ')[0]));

/**
 * The capitalised place or body a role phrase is qualified by, right after its role noun: " from Florida" → "Florida",
 * " of the Federal Reserve" → "Federal Reserve"; null when none follows.
 */
export function roleQualifierAfter(text: string, end: number): string | null {
  const m = /^\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})/u.exec(text.slice(end, end + 60));
  return m ? m[1] : null;
}

const COUNTRY_KEYS: ReadonlySet<string> = new Set(DEMONYMS.values());

/**
 * Is the person known to hold the role of another place or body than the one a description names after it: "the
 * senator from Florida" for "Cruz, the senator from Texas", "the secretary of the Treasury" for a Secretary of State,
 * "the president of Mexico" for someone known only as Turkish? A person the text ties to no place is no conflict.
 */
function qualifierConflicts(a: Actor, role: string, qualifier: string): boolean {
  if (a.roles.some((r) => r.text.includes(qualifier))) return false;
  const country = `state:${slug(qualifier)}`;
  if (a.countries.has(country)) return false;
  if (a.countries.size && COUNTRY_KEYS.has(country)) return true;
  const head = role.split(' ').pop()!;
  return a.roles.some((r) => new RegExp(`\\b${head}\\s+(?:from|of)\\s+(?:the\\s+)?\\p{Lu}`, 'iu').test(r.text));
}

/** The country key of a name that owns a role ("Russia", "Britain", "Moscow"), if it names a country. */
function countryOfOwner(owner: string | undefined): string | undefined {
  if (!owner) return undefined;
  return CAPITALS.get(owner) ?? KNOWN.find((k) => k.type === 'state' && (k.name === owner || k.aliases.includes(owner)))?.key;
}

/** Finds descriptions that name a role held by exactly one person of the document ("the French president"). */
/**
 * A copula or "become" right before a description: the role is said of someone, it names no one. (In lower case: "Is
 * the president …?" asks about him.)
 */
const PREDICATE_BEFORE = /\b(?:become|becomes|became|becoming|be|is|was|are|were|been|being)\s+$/;
function addDescriptions(
  text: string,
  tokens: Token[],
  actors: Actor[],
  mentions: ActorMention[],
  sentenceOf: (pos: number) => number,
) {
  void tokens;
  addOrganisationDescriptions(text, actors, mentions, sentenceOf);
  const people = actors.map((a, i) => ({ a, i })).filter((x) => x.a.type === 'person' && x.a.key);
  // (A description joins only someone with a role word or a country: with none, no phrase can, so none is read.)
  if (!people.some((x) => x.a.roleWords.size || x.a.countries.size)) return;
  // Where a role was last written of someone the document names no holder for ("The senator from Florida").
  const otherHolderAt = new Map<string, number>();
  for (const m of text.matchAll(DESCRIPTION)) {
    let role = m[3].trim();
    // Most "the …" phrases name no role: skip those whose first word starts none.
    const space = role.indexOf(' ');
    if (!ROLE_FIRST_WORDS.has(space < 0 ? role : role.slice(0, space))) continue;
    const demonym = m[2]?.toLowerCase();
    // Keep the longest known role at the start of the phrase: "president also called" → "president".
    const words = role.split(/\s+/);
    let found = '';
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const r = words.slice(0, n).join(' ');
      if (DESCRIPTION_ROLES.has(r)) {
        found = r;
        break;
      }
    }
    if (!found) continue;
    role = found;
    const country = demonym ? DEMONYMS.get(demonym) ?? CAPITALS.get(m[2]) : undefined;
    // A qualifier that is no nationality ("the Republican front-runner") must appear in the person's role.
    const qualifier = demonym && !country ? m[2] : null;
    if (qualifier && !/^\p{Lu}\p{Ll}+$/u.test(qualifier)) continue;
    const start = m.index!;
    const end = start + m[0].indexOf(m[3]) + role.length;
    // "should Clinton become the nominee", "Hasmik Piliposyan is the president": a role said of someone names no one.
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "the senator from Florida", "the governor of Ohio": the place or body after the role must be in the person's own
    // roles, or the phrase is someone else ("Cruz, the senator from Texas" is not "the senator from Florida").
    const after = roleQualifierAfter(text, end);
    const candidates = people.filter(({ a }) => {
      if (role === 'counterpart') return country ? a.countries.has(country) : false;
      const roleHit = [...a.roleWords].some((w) => w === role || role.endsWith(` ${w}`) || w.endsWith(role));
      if (!roleHit) return false;
      if (after && qualifierConflicts(a, role, after)) return false;
      if (country) return a.countries.has(country);
      if (qualifier) return a.roles.some((r) => r.text.includes(qualifier));
      return true;
    });
    // Prefer people already mentioned before the description.
    const before = candidates.filter(({ a }) => a.mentions.some((x) => x.span[0] < start));
    const pool = before.length ? before : candidates;
    if (after && !pool.length) otherHolderAt.set(role, start);
    if (pool.length !== 1) continue;
    const idx = pool[0].i;
    // "Cruz, the senator from Texas … The senator from Florida … the senator said": after someone else was written
    // as holding the role, a bare "the senator" may be either of them.
    const other = otherHolderAt.get(role);
    if (!after && other !== undefined && !pool[0].a.mentions.some((x) => x.span[0] > other && x.span[0] < start)) continue;
    const mm: ActorMention = { actor: idx, span: [start, end], text: text.slice(start, end), sentence: sentenceOf(start), via: 'description', possessive: false };
    if (mentions.some((x) => x.span[0] < end && x.span[1] > start)) continue;
    mentions.push(mm);
    actors[idx].mentions.push(mm);
  }
}

/** The document's actors as records: merged entities only, roles de-duplicated. */
export function toEntityRecords(index: ActorIndex): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const a of index.actors) {
    if (!a.key || !a.mentions.length) continue;
    const seen = new Set<string>();
    const roles = a.roles.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
    out.push({
      key: a.key,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases].filter((x) => x !== a.name),
      roles,
      mentions: a.mentions.map((m) => ({ span: m.span, text: m.text, sentence: m.sentence, via: m.via })),
    });
  }
  return out;
}

/** Titles written with a full stop ("Dr.", "Sen."). */
const ABBREVIATED_TITLES = new Set(TITLES.filter((t) => t.words.length === 1 && t.words[0].endsWith('.')).map((t) => t.words[0]));
const afterAbbreviatedTitle = (text: string, at: number): boolean =>
  ABBREVIATED_TITLES.has(/(\S+)\s+$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '');

/**
 * Adds (or finds) an actor for a capitalised name in speaker position that the main pass left untyped:
 * a known surname joins its person; a name led by a first name is a person; a name with an organisation head
 * word is that kind of organisation; anything else is kept as an organisation-like group name.
 */
export function addAdHocActor(index: ActorIndex, text: string, span: Span): number | null {
  // "But Tom Fitton, the president of …, said": a word that opens no name ("But", "And") opens the sentence, not the name.
  const lead = LEADING_WORD.exec(text.slice(span[0], span[1]));
  // (Not an article: "The Federalist", "The Chronicle" are names with it.)
  if (lead && START_STOP.has(lead[1].toLowerCase()) && !ARTICLES.has(lead[1]) && span[0] + lead[0].length < span[1]) span = [span[0] + lead[0].length, span[1]];
  // "Former President Bill Clinton agreed": titles, their qualifiers and demonyms before the name are no part of it.
  const titleLength = titleWordsLength(text.slice(span[0], span[1]));
  span = [span[0] + titleLength, span[1]];
  const name = text.slice(span[0], span[1]).replace(/['’]s?$/, '');
  const words = name.split(/\s+/);
  if (!words.length) return null;
  // "I’m", "I’ve": a pronoun with its clitic names no one.
  if (words.some(isContraction)) return null;
  // "The United Nations High Commissioner for Human Rights said": a name after "for"/"of" that ends a longer
  // capitalised name (an office's or a body's) is no speaker of its own.
  if (/\p{Lu}[\p{L}.’']*\s+(?:for|of)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, span[0] - 40), span[0]))) return null;
  // A name cut out of a place ("Carolina Republican" from "South Carolina Republican") is no one's name.
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, span[0] - 30), span[0]))?.[1];
  if (before && MULTIWORD_PLACES.some((p) => p.some((w, i) => i > 0 && p[i - 1] === before && w === words[0]))) return null;
  // (The full stop of a title is no sentence end: "Dr. Ward said", "Rep. Brown said" name a person.)
  const sentenceInitial = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, span[0] - 4), span[0])) && !afterAbbreviatedTitle(text, span[0]);
  // "Republicans", "Democrats": members of a group, though the lexicon knows "republican" as an adjective.
  const groupPlural = words.length <= 3 && isGroupPlural(lastOf(words));
  if (!groupPlural && sentenceInitial && words.every((w) => isCommonWord(w) && !firstNameGender(w))) return null;
  if (words.length === 1 && (DEMONYMS.has(name.toLowerCase()) || WEEKDAYS_MONTHS.has(name.toLowerCase()))) return null;
  // "voters going to the polls on Super Tuesday said": a day's name is no one.
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(lastOf(words))) return null;
  // "according to Democratic analysts": a member word names no speaker; "the Texan said" describes one person, kept
  // for the speaker finder as before.
  if (words.length === 1 && isMemberWord(name) && !/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 4), span[0]))) return null;
  // "Aides say", "Officials said": a capitalised common noun, not a name.
  if (!groupPlural && words.length === 1 && name.endsWith('s') && (isCommonWord(name.slice(0, -1)) || (sentenceInitial && isUnnamedPlural(name)))) return null;
  if (!groupPlural && words.length === 1 && sentenceInitial && isCommonWord(name)) return null;
  // "the Centre for Disease Control (CDC)": a head word cut from an organisation's name already found is that
  // organisation (the caller's span stops at "for"/"of").
  const within = index.mentions.find((m) => m.span[0] === span[0] && m.span[1] > span[1]);
  if (within && index.actors[within.actor].type !== 'person' && HEAD_TYPE.has(lastOf(words))) return within.actor;
  const last = words[words.length - 1];
  let id = -1;
  const people = index.actors.map((a, i) => [a, i] as const).filter(([a]) => a.type === 'person' && a.key);
  if (words.length === 1) {
    const same = people.filter(([a]) => a.name.split(' ').pop() === last);
    if (same.length === 1) id = same[0][1];
    else if (same.length > 1) return null;
  } else {
    // (Particles change case at a sentence start: "De Blasio said" after "Bill de Blasio".)
    const tail = ` ${name.toLowerCase()}`;
    const longer = people.filter(([a]) => a.name.toLowerCase().endsWith(tail));
    const same = people.find(([a]) => a.name === name) ?? (longer.length === 1 ? longer[0] : undefined);
    if (same) id = same[1];
    // "Le Pen said" with Marine and Jean-Marie Le Pen named: one of them, no body; unresolved.
    else if (longer.length > 1) return null;
  }
  if (id < 0 && !isPlaceName(name)) {
    // A body the index knows by this very name or alias ("the UK National Cyber Security Centre said": the listed
    // NCSC, found there already) is that body, not a second actor of the same name. (Not a place: "Cleveland said" is
    // no one.)
    const body = (a: Actor) => a.type !== 'person' && a.type !== 'place';
    const exact = index.mentions.find((m) => m.span[0] === span[0] && m.span[1] === span[1] && body(index.actors[m.actor]));
    if (exact) return exact.actor;
    const named = index.actors.findIndex((a) => body(a) && a.key && (a.name === name || a.aliases.has(name)));
    if (named >= 0) id = named;
  }
  if (id < 0) {
    // A place ("Iowa", "New Hampshire") is no speaker; members of a group ("Democrats") are one.
    if (isPlaceName(name)) return null;
    const head = words.map((w) => HEAD_TYPE.get(w)).find(Boolean);
    const group = !head && !firstNameGender(words[0]) && isGroupPlural(words[words.length - 1]);
    // ("the tabloid Marnik wrote": a name right after a noun for a paper is that paper.)
    // ("As Vulture put it": an outlet whose name is an ordinary word.)
    const outlet = (words.length === 1 && isOutletWord(name)) || (!firstNameGender(words[0]) && OUTLET_NOUNS.has(/(\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, span[0] - 14), span[0]))?.[1] ?? ''));
    // (A name a title stood before is a person's; so is one of two or three words that an apposition with a role or
    // a body after "of" follows: "Pankaj Pandey, Head of Research at …", "Meenakshi Ganguly of Human Rights Watch",
    // "Htay Oo, its acting chairman, told …" — not after "the": "the Vox Populi column".)
    const type: ActorType = head ?? (outlet ? 'media' : group ? 'group' : firstNameGender(words[0]) || words.length === 1 || titleLength > 0 || personAfter(index.tokens, text, span) ? 'person' : 'organisation');
    const key = `${type}:${slug(name)}`;
    id = index.actors.findIndex((a) => a.key === key);
    // ("According to the Post" after "The Washington Post": the one outlet whose name ends in the word.)
    if (id < 0 && type === 'media' && words.length === 1) id = onlyOutletEndingIn(index.actors, name);
    // ("The Chronicle says" after "The San Francisco Chronicle": with its article too.)
    if (id < 0 && type === 'media' && words.length === 2 && words[0] === 'The') id = onlyOutletEndingIn(index.actors, words[1]);
    if (id < 0) {
      index.actors.push({ key, name, type, aliases: new Set(), roles: [], gender: genderOf(firstNameGender(words[0])), countries: new Set(), roleWords: new Set(), mentions: [] });
      id = index.actors.length - 1;
    }
  }
  // (A mention the index has already, as the speaker finder may ask twice, is not added again.)
  if (index.actors[id].mentions.some((x) => x.span[0] === span[0] && x.span[1] === span[1])) return id;
  const m: ActorMention = { actor: id, span, text: text.slice(span[0], span[1]), sentence: index.sentenceOf(span[0]), via: 'name', possessive: false };
  index.actors[id].mentions.push(m);
  // index.mentions is sorted by start: insert after the last mention starting at or before this one.
  index.mentions.splice(partitionPoint(index.mentions.length, (i) => index.mentions[i].span[0] <= span[0]), 0, m);
  return id;
}

/**
 * A name of two or three words at span, not after "the", followed by an apposition that gives its role (", its acting
 * chairman,", ", Head of Research at …", ", 60, a doctor") or by "of" and a body's name: a person's.
 */
function personAfter(tokens: Token[], text: string, span: Span): boolean {
  const s = partitionPoint(tokens.length, (i) => tokens[i].start < span[0]);
  const e = partitionPoint(tokens.length, (i) => tokens[i].start < span[1]);
  if (e - s < 2 || e - s > 3 || tokens[s]?.start !== span[0] || /^(?:the|The)$/.test(tokens[s - 1]?.text ?? '')) return false;
  // (Not a name with a code or a day in it: "On CNN Tuesday, his wife, Jane, called …".)
  for (let x = s; x < e; x++) if (ACRONYM.test(tokens[x].text) || /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(tokens[x].text)) return false;
  if (affiliationAfter(tokens, e)) return true;
  if (tokens[e]?.text !== ',') return false;
  let k = e + 1;
  // (An age first: ", 60, a doctor".)
  if (DIGITS.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
  if (tokens[k]?.cap) return capitalisedRoleAt(tokens, k);
  // A role noun among the few words before the apposition's end: "an activist and former political prisoner",
  // "its acting chairman", "research director of …", "a USDP member who …" (not a body's noun: "a research group").
  for (let x = k; x < k + 6 && x < tokens.length; x++) {
    const t = tokens[x];
    if (!t.word) return false;
    const lw = wordOf(t).lower;
    if (!t.cap && APPOSITIVE_KINDS[lw]) return false;
    if (!t.cap && (isRoleNoun(lw) || (lw.startsWith('co-') && isRoleNoun(lw.slice(3))))) return true;
    // ("said Al From, who helped found the DLC": "who" right after the comma is a person's.)
    if (x === k && lw === 'who') return true;
    if (!t.cap && /^(?:who|whose|which|that|of|for|at|in|on|with|from|to|by)$/.test(lw)) return false;
  }
  return false;
}

const ARTICLES = new Set(['The', 'A', 'An']);
const TITLE_QUALIFIERS = new Set(['former', 'then', 'late', 'ex', 'acting', 'outgoing', 'incoming']);
/**
 * Characters of the titles, their qualifiers and demonyms opening a speaker's span ("Former President ", "French
 * Foreign Minister "), when a capitalised name follows them; else 0.
 */
function titleWordsLength(span: string): number {
  const words = span.split(' ');
  let k = 0;
  let titled = false;
  while (k < words.length - 1) {
    const lw = words[k].toLowerCase();
    if (TITLE_QUALIFIERS.has(lw) || DEMONYMS.has(lw)) {
      k++;
      continue;
    }
    const t = (TITLES_BY_FIRST.get(words[k]) ?? NONE).find((x) => k + x.words.length < words.length && x.words.every((w, n) => words[k + n] === w));
    // ("Reporter Jomana Karadsheh": a role noun written with a capital.)
    if (!t && !(isRoleNoun(lw) && /^\p{Lu}/u.test(words[k]) && !HEAD_TYPE.has(words[k]))) break;
    k += t ? t.words.length : 1;
    titled = true;
  }
  // "New Republic’s Jeet Heer": a body's possessive before a first name and a surname is no part of the name.
  if (!titled) {
    const p = words.findIndex((w) => /\p{L}['’]s$/u.test(w));
    // (Not "Cleveland's Plain Dealer": the two words after it are a name's, not ordinary words.)
    if (p >= 0 && words.length - p - 1 === 2 && words.slice(0, p + 1).every((w) => /^\p{Lu}/u.test(w)) && !isCommonWord(words[p + 2]) && (!!firstNameGender(words[p + 1]) || !isCommonWord(words[p + 1]))) {
      k = p + 1;
      titled = true;
    }
  }
  // (A first name and a surname must remain: "Dean Baker" may be a name whole.)
  if (!titled || k === 0 || words.length - k < 2 || !/^\p{Lu}/u.test(words[k] ?? '')) return 0;
  return words.slice(0, k).join(' ').length + 1;
}
const LEADING_WORD = /^(\p{Lu}\p{Ll}*)\s+(?=\p{Lu})/u;
const lastOf = <T>(xs: T[]): T => xs[xs.length - 1];
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
/** "J.", "H.W.": initials, each a capital and a full stop (the last character is looked at first). */
const isInitial = (w: string) => w.charCodeAt(w.length - 1) === 46 /* . */ && w.length <= 6 && INITIAL.test(w);
/** Surnames that full names with two different first words carry ("Laura Bush", "George Bush"). */
function namesOfFamilies(tokens: Token[], people: Candidate[]): Set<string> {
  const firstBySurname = new Map<string, string>();
  const out = new Set<string>();
  for (const c of people) {
    if (c.end - c.start < 2) continue;
    const last = tokens[c.end - 1].text;
    const first = firstBySurname.get(last);
    if (first === undefined) firstBySurname.set(last, tokens[c.start].text);
    else if (first !== tokens[c.start].text) out.add(last);
  }
  return out;
}
/**
 * A full name of three or more words as first word, middle initials, rest ("Donald J. Trump" → "Donald Trump",
 * middle "J."); a two-word name as itself with no middle. Undefined when the middle holds more than initials.
 */
function withoutMiddleInitials(tokens: Token[], s: number, e: number, name: string): { name: string; middle: string } | undefined {
  if (e - s === 2) return { name, middle: '' };
  // (The first word must be a name, not an initial: "J. Edgar Hoover".)
  if (isInitial(tokens[s].text)) return undefined;
  let m = s + 1;
  while (m < e - 1 && isInitial(tokens[m].text)) m++;
  if (m === s + 1 || m !== e - 1) return undefined;
  return { name: `${tokens[s].text} ${tokens[e - 1].text}`, middle: nameOf(tokens, s + 1, m) };
}
/** The words of tokens [s, e) joined by single spaces, as written. */
function nameOf(tokens: Token[], s: number, e: number): string {
  let name = tokens[s].text;
  for (let k = s + 1; k < e; k++) name += ' ' + tokens[k].text;
  return name;
}


/** "a Netflix documentary", "his initial Instagram announcement", "30 Boeing jets": a name between a determiner and a noun labels that noun. */
const OWN_WORDS = new Set(['editorial', 'editorials', 'report', 'reports', 'article', 'column', 'statement', 'story', 'poll', 'survey', 'analysis', 'study', 'investigation', 'memo', 'letter', 'email', 'interview', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'executive', 'executives', 'lawyer', 'lawyers']);
export function labelsAThing(text: string, span: Span): boolean {
  // (Adjectives may stand between: "his initial Instagram announcement".)
  if (!/\b(?:a|an|his|her|their|its|our|\d[\d,.]*)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu.test(text.slice(Math.max(0, span[0] - 40), span[0]))) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(span[1], span[1] + 30))?.[1];
  // ("a Washington Post editorial", "a Reuters poll": the body's own words, which it speaks through.)
  if (!next || SPEECH_VERBS.has(next) || OWN_WORDS.has(next)) return false;
  const tag = String(lexiconTag(next) ?? '');
  return /Noun|Singular|Plural|Uncountable/.test(tag) || (!tag && !/(?:ly|ed)$/.test(next));
}

const ORG_NOUNS: Record<string, ActorType> = {
  company: 'company',
  firm: 'company',
  ministry: 'agency',
  department: 'agency',
  agency: 'agency',
  alliance: 'organisation',
  bloc: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  newspaper: 'media',
  broadcaster: 'media',
  outlet: 'media',
  channel: 'media',
  tabloid: 'media',
  paper: 'media',
  network: 'media',
  magazine: 'media',
  publication: 'media',
  hackers: 'threat-actor',
  group: 'organisation',
  foundation: 'organisation',
  union: 'organisation',
  coalition: 'organisation',
  association: 'organisation',
  charity: 'organisation',
};
/** "the news agency", "the news site", "the media company": a body that reports, whatever the noun alone would be. */
const ORG_DESCRIPTION = /\b[Tt]he\s+(?:(news|media)\s+)?(company|firm|ministry|department|agency|alliance|bloc|organi[sz]ation|newspaper|broadcaster|outlet|channel|tabloid|paper|network|magazine|publication|site|hackers|group|foundation|union|coalition|association|charity)\b(?!-|\s+of\b)/g;
/** A hyphenated word all of whose parts are ordinary lower-case words ("day-by-day", "long-time", "hard-won"). */
function ordinaryCompound(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return parts.length > 1 && parts.every((p) => p.length > 0 && (wordInfo(p).common || wordInfo(p).functionWord) && !wordInfo(p).gender && !wordInfo(p).lastName);
}
/** The last word of a body that "the group" may stand for. */
const COLLECTIVE_HEAD = /\b(?:Coalition|Group|Network|Alliance|Committee|Association|Union|Foundation|Federation|Council|Caucus|Fund|Project|League|Society|Movement|PAC|Action|Watch|Promise|Institute|Center|Centre|Forum|Initiative)$/;
/** Nouns for a printed body: not a broadcaster named by its call letters ("the paper" after "CNN" is some other). */
const PRINT_NOUNS = new Set(['newspaper', 'paper', 'tabloid', 'magazine']);

/**
 * The last body of a kind written in lower case after the state that owns it, between `from` and `to`: "China's
 * foreign ministry", "the German defence ministry" → that state's key (null when the owner is no country).
 */
export function ownedBodyBefore(text: string, noun: string, from: number, to: number): { country: string | null } | null {
  const re = new RegExp(`(?:(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})['’]s|\\b[Tt]he\\s+(\\p{Lu}[\\p{L}.]+))\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}${noun}\\b`, 'gu');
  let last: RegExpExecArray | null = null;
  const region = text.slice(from, to);
  // (Not an appositive renaming a body just named: "Viginum, the French agency that …".)
  for (const m of region.matchAll(re)) if (!/,\s*$/.test(text.slice(Math.max(0, from + m.index! - 3), from + m.index!))) last = m;
  if (!last) return null;
  const owner = last[1] ?? last[2];
  const country = DEMONYMS.get(owner.toLowerCase()) ?? countryOfOwner(owner) ?? null;
  return { country };
}

/** "the company said", "the ministry warned": the latest actor of that kind named before, within a few sentences. */
function addOrganisationDescriptions(text: string, actors: Actor[], mentions: ActorMention[], sentenceOf: (pos: number) => number) {
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  for (const m of text.matchAll(ORG_DESCRIPTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const noun = m[2].toLowerCase();
    // ("the site" alone is as often a place; "the network of …", "the paper of record" were left out above.)
    const type = m[1] ? (noun === 'hackers' ? undefined : 'media') : ORG_NOUNS[noun.replace('organization', 'organisation')];
    if (!type) continue;
    const sentence = sentenceOf(start);
    let chosen: ActorMention | undefined;
    for (let i = sorted.length - 1; i >= 0; i--) {
      const x = sorted[i];
      if (x.span[0] >= start) continue;
      if (sentence - x.sentence > 4) break;
      const a = actors[x.actor];
      if (a.type !== type || !a.key) continue;
      // "a Netflix documentary", "his Instagram post": a body's name used to label something else is not the body
      // that the next sentence's "the company" goes on about.
      if (labelsAThing(text, x.span)) continue;
      if (PRINT_NOUNS.has(noun) && ACRONYM.test(a.name)) continue;
      // "the group" is a body named as a collective ("WeWorkers Coalition", "National Golf Foundation", "American
      // Action Network"), not any organisation named last (a company it dealt with, a university it rallied at).
      if (noun === 'group' && ![a.name, ...a.aliases].some((n) => COLLECTIVE_HEAD.test(n))) continue;
      // A ministry or department description wants an actor so named, when the document has one.
      if (type === 'agency' && !new RegExp(noun, 'i').test(a.name) && actors.some((b) => b.type === 'agency' && new RegExp(noun, 'i').test(b.name))) continue;
      chosen = x;
      break;
    }
    // "… while China's foreign ministry weighed in. “…,” the ministry said": a body written in lower case after its
    // state, since the last one named, is the one meant; it speaks for that state, or for no one the index knows.
    if (type === 'agency') {
      const owned = ownedBodyBefore(text, noun, chosen ? chosen.span[1] : Math.max(0, start - 400), start);
      if (owned) {
        const owner = owned.country ? actors.findIndex((a) => a.key === owned.country) : -1;
        if (owner < 0) continue;
        chosen = { actor: owner, span: [start, end], text: '', sentence, via: 'description', possessive: false };
      }
    }
    if (!chosen) continue;
    if (mentions.some((x) => x.span[0] < end && x.span[1] > start)) continue;
    const mm: ActorMention = { actor: chosen.actor, span: [start, end], text: text.slice(start, end), sentence, via: 'description', possessive: /^['’]s/.test(text.slice(end, end + 2)) };
    mentions.push(mm);
    actors[chosen.actor].mentions.push(mm);
  }
}
