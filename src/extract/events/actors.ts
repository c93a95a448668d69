// Actor mentions for event extraction: the actor extractor's EntityRecords when given, else a small resolver of
// proper-noun spans, state descriptions ("the French government"), offices and pronouns over one document.
import { readFileSync } from 'node:fs';
import worldCountries from 'world-countries';
import type { ActorType, EntityRecord, SentenceRecord, Span } from '../../model/index.js';
import { tokenize, type Token } from './triggers.js';
import { SpanIndex, firstStartingAt } from './span-index.js';
import { allMatches } from './regex.js';
import { LowerWords } from './lower-words.js';
import { partitionPoint } from '../search.js';
import { afterPartyLabel, fullNameFirstGender, lexiconTag } from '../actors/lexicon.js';

interface OfficeHolder {
  name: string;
  from: string;
  to: string | null;
}
interface ActorData {
  countryAliases: Record<string, string>;
  demonymPrefixes: Record<string, string>;
  extraDemonyms: Record<string, string>;
  titles: string[];
  orgHeads: string[];
  groupNouns: Record<string, string[] | string>;
  bodyNouns: Record<string, { leader: boolean } | string>;
  bodies: Record<string, { office: string; country: string } | string>;
  governmentLeader: Record<string, string>;
  offices: { title: string; country: string; holders: OfficeHolder[] }[];
  threatActors: { name: string; aliases: string[]; state: string }[];
  threatActorPattern: string;
  personModifiedNouns: { about: string; words: string[] };
  nameModifiers: { about: string; words: string[] };
  bodyRoleNouns: { about: string; words: string[] };
  sentenceAdverbs: { about: string; words: string[] };
  partyModifiers: { about: string; words: string[] };
  kinNouns: { about: string; words: string[] };
  platforms: { about: string; words: string[] };
}

export const ACTOR_DATA: ActorData = JSON.parse(
  readFileSync(new URL('../../../data/event-actors.json', import.meta.url), 'utf8'),
);

export interface ActorRef {
  name: string;
  key: string;
  type: ActorType;
  span: Span;
  via: 'entity' | 'proper' | 'description' | 'pronoun';
  /** The person a body acts for ("the Elysée" → the French president), when known. */
  actingFor: { name: string; key: string } | null;
  /** A capitalised adjective or adverb opening the sentence ("Early", "Sometimes"): it may qualify a group noun
   *  after it ("Republican lawmakers") but never acts alone. */
  modifierOnly?: true;
}

/**
 * A copy of `s` that holds on to nothing larger: V8 keeps a longer piece cut out of a text (13 characters or more) as
 * a view of the whole text, so a memo keyed by such pieces would keep whole documents alive.
 */
const ownCopy = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * Remembers the results of a pure function of a string: names repeat within and across documents. The memo is
 * emptied when it grows large, so a long ingest does not keep every name it ever saw; it keeps its own copy of each
 * key, and the function reads that copy, so that neither the key nor pieces of it in the result hold a document.
 */
function memoized<T>(f: (s: string) => T, limit = 5000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      if (memo.size >= limit) memo.clear();
      const key = ownCopy(s);
      v = f(key);
      memo.set(key, v);
    }
    return v as T;
  };
}

export const slug = memoized((s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
);

export const actorKey = (type: ActorType, name: string): string => `${type}:${slug(name)}`;

// ---- countries, demonyms, threat actors ---------------------------------------------------------------

interface CountryInfo {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
const countries = worldCountries as unknown as CountryInfo[];

const COUNTRY = new Map<string, string>();
const DEMONYM = new Map<string, string>();
for (const c of countries) {
  const name = c.name.common;
  COUNTRY.set(name.toLowerCase(), name);
  COUNTRY.set(c.name.official.toLowerCase(), name);
  for (const a of c.altSpellings) if (a.length > 3) COUNTRY.set(a.toLowerCase(), name);
  for (const cap of c.capital ?? []) COUNTRY.set(cap.toLowerCase(), name);
  const d = c.demonyms?.eng;
  if (d) {
    DEMONYM.set(d.m.toLowerCase(), name);
    DEMONYM.set(d.f.toLowerCase(), name);
  }
}
for (const [k, v] of Object.entries(ACTOR_DATA.countryAliases)) COUNTRY.set(k.toLowerCase(), v);
for (const [k, v] of Object.entries(ACTOR_DATA.extraDemonyms)) DEMONYM.set(k.toLowerCase(), v);
COUNTRY.set('european union', 'European Union');
COUNTRY.set('eu', 'European Union');

/** The name without a leading "the " (any case); the regex runs only on names that start with a "t". */
function withoutLeadingThe(name: string): string {
  const c = name.charCodeAt(0);
  return c === 116 || c === 84 ? name.replace(/^the\s+/i, '') : name;
}

/** Canonical country for a name, alias, capital or official name ("U.S.", "Moscow", "the French Republic"). */
export const countryOf = memoized(findCountry);

function findCountry(name: string): string | null {
  const n = withoutLeadingThe(name).trim().toLowerCase();
  if (COUNTRY.has(n)) return COUNTRY.get(n)!;
  const rep = /^(\S+)\s+republic$/.exec(n);
  if (rep && DEMONYM.has(rep[1])) return DEMONYM.get(rep[1])!;
  return null;
}

export function demonymOf(word: string): string | null {
  return DEMONYM.get(word.toLowerCase()) ?? null;
}

/** Countries named in a compound such as "Russian-French", "Franco-Russian" or "US-China". */
export function compoundStates(word: string): string[] | null {
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  const out: string[] = [];
  for (const p of parts) {
    const l = p.toLowerCase();
    const c = DEMONYM.get(l) ?? COUNTRY.get(l) ?? ACTOR_DATA.demonymPrefixes[l] ?? null;
    if (!c) return null;
    out.push(c);
  }
  return out.length >= 2 ? out : null;
}

const THREAT = new Map<string, { name: string; aliases: string[]; state: string }>();
for (const t of ACTOR_DATA.threatActors) {
  THREAT.set(t.name.toLowerCase(), t);
  for (const a of t.aliases) THREAT.set(a.toLowerCase(), t);
}
const THREAT_RE = new RegExp(ACTOR_DATA.threatActorPattern);

/** A known or pattern-named threat actor ("APT31", "Fancy Bear") with its canonical name and aliases. */
export function threatActorOf(name: string): { name: string; aliases: string[]; state: string | null } | null {
  const known = THREAT.get(name.toLowerCase());
  if (known) return known;
  if (THREAT_RE.test(name)) return { name: name.replace(/^APT (\d)/, 'APT$1'), aliases: [], state: null };
  return null;
}

// ---- offices -------------------------------------------------------------------------------------------

/** Who held an office on a date (ISO prefix); without a date, only a sole or current holder is safe to name. */
export function officeHolder(title: string, country: string, date: string | null): string | null {
  const office = ACTOR_DATA.offices.find((o) => o.title === title && o.country === country);
  if (!office) return null;
  if (!date) return null;
  const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  const h = office.holders.find((x) => x.from <= d && (x.to === null || d < x.to));
  return h?.name ?? null;
}

const OFFICE_TITLES = ['president', 'prime minister', 'chancellor'];
const BODY_NOUNS = Object.entries(ACTOR_DATA.bodyNouns).filter(([, v]) => typeof v !== 'string') as [string, { leader: boolean }][];
const GROUP_NOUNS = new Map<string, string>();
for (const [canon, forms] of Object.entries(ACTOR_DATA.groupNouns)) {
  if (typeof forms === 'string') continue;
  for (const f of forms) GROUP_NOUNS.set(f, canon);
}
/** Canonical word for a plural group noun ("legislators" → "lawmakers"), or null. */
export function groupNoun(word: string): string | null {
  return GROUP_NOUNS.get(word.toLowerCase()) ?? null;
}

const ORG_HEADS = new Set(ACTOR_DATA.orgHeads.map((h) => h.toLowerCase()));
const TITLES = ACTOR_DATA.titles.slice().sort((a, b) => b.length - a.length);
/** Titles by their first character, longest first: a name starts with at most a few candidates. */
const TITLES_BY_INITIAL = new Map<string, string[]>();
for (const t of TITLES) TITLES_BY_INITIAL.set(t[0], [...(TITLES_BY_INITIAL.get(t[0]) ?? []), t]);

/** The longest title that `text` has at `from`, followed by a space ("President " in "President Macron"). */
function titleAt(text: string, from: number): string | undefined {
  for (const t of TITLES_BY_INITIAL.get(text[from]) ?? []) if (text.startsWith(t, from) && text[from + t.length] === ' ') return t;
  return undefined;
}
const TITLE_WORDS = new Set(ACTOR_DATA.titles.flatMap((t) => t.toLowerCase().split(/\s+/)));
/** Abbreviated titles without their full stop ("Sen" of "Sen."), which the tokenizer splits off. */
const DOTTED_TITLES = new Set(ACTOR_DATA.titles.filter((t) => /^[A-Z][a-z]*\.$/.test(t)).map((t) => t.slice(0, -1)));

const PARTY_MODIFIERS = new Set(ACTOR_DATA.partyModifiers.words);

/** Titles of one word without a full stop ("President", "Mayor"), which alone name no one. */
const BARE_TITLES = new Set(ACTOR_DATA.titles.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t)));

/** Capitalised words that start sentences or clauses and are not names. */
const NOT_NAMES = new Set(
  (
    'the a an in at on for of to by with from as and or but if while when where which who whose this that these those ' +
    'it its he she his her they their we our i you your there here unlike amidst amid within under over after before ' +
    'though although however moreover meanwhile also even still yet so thus therefore indeed finally according ' +
    'read more updated discuss sources source background urgency call international french government response ' +
    'diplomatic one two three four five six seven eight nine ten several many some most all both each every no not ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today tonight tomorrow yesterday mr ms ' +
    'whatever whoever whichever whenever wherever what how why because since until unless despite instead perhaps ' +
    'maybe just only now then once later earlier again during through without between among against toward towards ' +
    'nor neither either such much more less few any another other my me him them last next back let please'
  )
    .split(/\s+/)
    .concat(ACTOR_DATA.sentenceAdverbs.words),
);
const MONTHS_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const MONTH_DAY_WORDS = new Set(MONTHS_DAYS.source.slice(2, -2).split('|'));
/** A month or weekday name (the set first: most capitalised words are neither). */
const isMonthOrDay = (t: Token): boolean => MONTH_DAY_WORDS.has(t.lower) && MONTHS_DAYS.test(t.text);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** "Dec" of "Dec. 28": an abbreviated month, told from a name ("Jan Smith") by the full stop and number after it. */
const isMonthAbbreviation = (toks: Token[], k: number): boolean =>
  MONTH_ABBREVIATIONS.has(toks[k].lower) && toks[k + 1]?.text === '.' && /^\d/.test(toks[k + 2]?.text ?? '');
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'du', 'des', 'la', 'le', '&', 'in']);

const isCap = (t: Token): boolean => t.word && t.cap;

const STATE_ABBREVIATION = /^(U\.S\.|U\.K\.|US|UK|EU)$/;
/** A word that a description's country can come from: a demonym or an abbreviation such as "U.S.". */
const maySayCountry = (word: string): boolean => DEMONYM.has(word.toLowerCase()) || STATE_ABBREVIATION.test(word);

/** Last words of the demonyms ("african" of "south african"): a description's word before its noun is one. */
const DEMONYM_LAST_WORDS = new Set([...DEMONYM.keys()].map((k) => k.split(/\s+/).pop()!));
/** The abbreviations (and the dotted demonym "u.s.") a description may start with. */
/** Whether a text has "US", "UK", "EU", "U.S.", "U.s." or "U.K." anywhere (what /US|UK|EU|U\.[SsK]\./ tests). */
export function hasStateAbbreviation(text: string): boolean {
  if (text.includes('EU')) return true;
  for (let p = text.indexOf('U'); p >= 0; p = text.indexOf('U', p + 1)) {
    const n = text.charCodeAt(p + 1);
    if (n === 83 || n === 75) return true;
    if (n === 46) {
      const m = text.charCodeAt(p + 2);
      if ((m === 83 || m === 115 || m === 75) && text.charCodeAt(p + 3) === 46) return true;
    }
  }
  return false;
}

/**
 * Whether a sentence may hold a demonym description ("the French government"): the word before the noun is a
 * demonym or an abbreviation, and that word is a token or ends one after a non-word character ("Franco-German").
 * False rules the sentence out before the description pattern runs.
 */
function mayHoldDemonym(body: string, toks: Token[]): boolean {
  if (hasStateAbbreviation(body)) return true;
  for (const t of toks) {
    if (!t.word) continue;
    // The description's word starts with a capital A-Z: the whole token, or a part of it after a non-word character.
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90 && DEMONYM_LAST_WORDS.has(t.lower)) return true;
    if (t.plain) continue;
    for (let k = 1; k < t.text.length; k++) {
      const c = t.text.charCodeAt(k);
      if (c >= 65 && c <= 90 && !isAsciiWordChar(t.text.charCodeAt(k - 1)) && DEMONYM_LAST_WORDS.has(t.text.slice(k).toLowerCase())) return true;
    }
  }
  return false;
}

const isAsciiWordChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/** Lexicon tags of words that qualify or connect ("Early", "Sometimes", "Rather", "Oh") rather than name. */
const MODIFIER_TAG = /^(?:Adjective|Comparative|Superlative|Adverb|Expression|Conjunction|Preposition|Determiner)$/;
/** A word the lexicon knows only as an adjective, adverb or other modifier, or an adverb made from a word it knows. */
const isModifierWord = (word: string): boolean => {
  const tag = lexiconTag(word);
  return typeof tag === 'string' ? MODIFIER_TAG.test(tag) : tag === undefined && isDerivedAdverb(word.toLowerCase());
};
/** Whether a lexicon tag is an ordinary word's, not a name's. */
const isWordTag = (tag: string | string[] | undefined): boolean => tag !== undefined && !/Name|Person|Place|Country|City|Organization|ProperNoun|Demonym/.test(String(tag));
/** "Simply", "Shortly", "Happily", "Fourthly": an -ly adverb of a word the lexicon knows (the lexicon lists few such adverbs). */
const isDerivedAdverb = (lower: string): boolean => {
  if (lower.length < 6 || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  return [stem, `${stem}e`, `${stem}le`, `${stem.slice(0, -1)}y`].some((w) => isWordTag(lexiconTag(w)));
};

/** A number written out ("Thirty", "Twenty-four"): every part a cardinal the lexicon knows. Never a name. */
const isNumberWord = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word) &&
  word.split('-').every((part) => {
    const tag = lexiconTag(part);
    return Array.isArray(tag) ? tag.includes('Cardinal') : tag === 'Cardinal';
  });

/** A party label read as one word: "R-W", "D-Calif". */
const PARTY_LABEL = /^[RDI]-\p{Lu}/u;

export interface ProperSpan {
  first: number;
  last: number;
  text: string;
  span: Span;
  /** Opens the sentence or a quotation in it, where any word is capitalised. */
  initial: boolean;
}

/** Runs of capitalised tokens joined by connectors ("Ministry of State Security", "Paris Call for Trust & Security"). */
export function properSpans(toks: Token[], text: string, base: number, lowerWords: { has(word: string): boolean }): ProperSpan[] {
  const out: ProperSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      if (isCap(n) && !isMonthOrDay(n)) {
        j++;
        continue;
      }
      // Join across a connector only when a capitalised word follows it; "and" only inside organisation names.
      // "Organisation for the Prohibition of …": a connector and "the" before a capitalised word.
      if (CONNECTORS.has(n.lower) && n.lower !== 'the' && n.lower !== 'and' && n.lower !== 'in' && toks[j + 2]?.lower === 'the' && j + 3 < toks.length && isCap(toks[j + 3]) && !isMonthOrDay(toks[j + 3])) {
        j += 3;
        continue;
      }
      if (CONNECTORS.has(n.lower) && j + 2 < toks.length && isCap(toks[j + 2])) {
        const after = toks[j + 2];
        if (n.lower === 'and') {
          const left = toks.slice(i, j + 1).map((t) => t.lower);
          let k = j + 2;
          while (k + 1 < toks.length && isCap(toks[k + 1])) k++;
          const right = toks.slice(j + 2, k + 1).map((t) => t.lower);
          const orgish = left.some((w) => ORG_HEADS.has(w)) || right.some((w) => ORG_HEADS.has(w));
          if (!orgish || countryOf(left.join(' ')) || countryOf(right.join(' '))) break;
        }
        if (n.lower === 'in' || (n.lower === 'the' && toks[j].lower !== 'of')) break;
        if (isMonthOrDay(after)) break;
        j += 2;
        continue;
      }
      if (n.text === '&' && j + 2 < toks.length && isCap(toks[j + 2])) {
        j += 2;
        continue;
      }
      // "Sen. Tom Udall", "Ohio Gov. John Kasich": an abbreviated title joins the name after its full stop (alone,
      // "Sen" names no one; readProper takes the title and any place before it off).
      // So does an initial ("Gene B. Sperling", "J. J. Price").
      if (n.text === '.' && j + 2 < toks.length && isCap(toks[j + 2]) && (DOTTED_TITLES.has(toks[j].text) || toks[j].text.length === 1) && n.span[0] === toks[j].span[1]) {
        j += 2;
        continue;
      }
      break;
    }
    // Drop leading words that are not names (sentence-initial function words, words seen in lower case).
    let s = i;
    while (s <= j) {
      const t = toks[s];
      // The full stop of a dropped title ("Mr." of "Mr. Hannity").
      if (!t.word) {
        s++;
        continue;
      }
      const initial = s === 0 || /^[“"‘'(\[—–:-]$/.test(toks[s - 1]?.text ?? '');
      // A group noun opening the sentence ("Aides said", "Critics accused") names no body.
      const common = NOT_NAMES.has(t.lower) || isNumberWord(t.text) || CONNECTORS.has(t.lower) || isMonthOrDay(t) || isMonthAbbreviation(toks, s) || (initial && s === j && GROUP_NOUNS.has(t.lower));
      // The document-wide lookup last, and only when the others leave the word in.
      const lowerElsewhere = () => initial && !TITLE_WORDS.has(t.lower) && !ORG_HEADS.has(t.lower) && lowerWords.has(t.lower);
      const participle = initial && /(ing|ed)$/.test(t.lower) && t.text !== t.text.toUpperCase();
      if (common || participle || lowerElsewhere()) s++;
      else break;
    }
    let e = j;
    while (e >= s && (CONNECTORS.has(toks[e].lower) || NOT_NAMES.has(toks[e].lower))) e--;
    // (Not a state in a party label: "Rep. David McKinley, R-W.Va., visited".)
    if (e >= s && !afterPartyLabel(text, toks[s].span[0] - base) && !PARTY_LABEL.test(toks[s].text)) {
      const span: Span = [toks[s].span[0], toks[e].span[1]];
      const initial = s === 0 || /^[“"‘'(\[—–:-]$/.test(toks[s - 1]?.text ?? '');
      out.push({ first: s, last: e, text: text.slice(span[0] - base, span[1] - base), span, initial });
    }
    i = j + 1;
  }
  return out;
}

// ---- what a proper-noun span's words say, before the document is consulted -------------------------------

/**
 * What the words of a proper-noun span say on their own: a state, a threat actor, a known body, a person's
 * name (after any "French President"), coordinated names, or an organisation. `at` is where the name starts
 * after a stripped title, relative to the span. The document (surnames seen, offices named) is consulted later
 * (ActorIndex.resolveProper); this part depends on the text alone and is remembered across documents.
 */
type ProperReading =
  | { kind: 'none' }
  | { kind: 'states'; states: string[] }
  | { kind: 'actor'; at: number; name: string; key: string; type: ActorType }
  | { kind: 'body'; at: number; name: string; key: string; office: string; country: string }
  | { kind: 'persons'; at: number; parts: { text: string; at: number }[] }
  /** `office`: the "title|country" this person is named as holding ("French President Emmanuel Macron"). */
  | { kind: 'person'; at: number; text: string; office: string | null }
  /** One word: a person when titled or a known surname, a bare head ("the Ministry"), else an organisation. */
  | { kind: 'word'; at: number; text: string; lower: string; titled: boolean; orgHead: boolean; name: string; key: string; type: ActorType };

const OFFICE_OF_START = /^(President|Prime Minister|Chancellor)\s+of\b/;
const LEADING_WORD = /^([A-Z][\p{L}.]+)\s+/u;
const AGENCY_WORD = /^(ministry|department|agency|command|service|services|office|bureau|directorate|police|gendarmerie)$/;

const readOneToken = memoized((text: string) => readProper(text, true));
const readTokens = memoized((text: string) => readProper(text, false));
/** The reading of a span's text; `singleToken` when the span is one token (a compound like "Russian-French"). */
const readProperName = (text: string, singleToken: boolean): ProperReading => (singleToken ? readOneToken : readTokens)(text);

function readProper(spanText: string, singleToken: boolean): ProperReading {
  if (singleToken) {
    const states = compoundStates(spanText);
    if (states) return { kind: 'states', states };
  }
  // Most names end in no possessive: test the last letter before running the regex.
  let text = spanText.endsWith('s') ? spanText.replace(/['’]s$/, '') : spanText;
  let at = 0;
  // Strip a leading demonym + title ("French President", "U.S. President"), remembering the office.
  let title: string | null = null;
  let titleCountry: string | null = null;
  for (;;) {
    const dm = LEADING_WORD.exec(text);
    if (dm && (demonymOf(dm[1]) || countryOf(dm[1])) && titleAt(text, dm[0].length)) {
      titleCountry = demonymOf(dm[1]) ?? countryOf(dm[1]);
      at += dm[0].length;
      text = text.slice(dm[0].length);
      continue;
    }
    // "Ohio Gov. John Kasich", "Republican Sen. Tom Cole": a word before an abbreviated title says where or which
    // party the office is of.
    const before = dm ? titleAt(text, dm[0].length) : undefined;
    if (dm && before?.endsWith('.')) {
      at += dm[0].length;
      text = text.slice(dm[0].length);
      continue;
    }
    const t = titleAt(text, 0);
    if (t && !OFFICE_OF_START.test(text)) {
      title = title ?? t.toLowerCase().replace(/s$/, '');
      at += t.length + 1;
      text = text.slice(t.length + 1);
      continue;
    }
    break;
  }
  if (OFFICE_OF_START.test(text)) return { kind: 'none' }; // handled as an office description
  // "Orlando-based", "Kenyan-born": an adjective of place or origin, never an actor.
  if (text.endsWith('-based') || text.endsWith('-born')) return { kind: 'none' };
  const lower = text.toLowerCase();
  const threat = threatActorOf(text);
  if (threat) return { kind: 'actor', at, name: threat.name, key: actorKey('threat-actor', threat.name), type: 'threat-actor' };
  const body = ACTOR_DATA.bodies[withoutLeadingThe(text)];
  if (body && typeof body !== 'string') return { kind: 'body', at, name: text, key: actorKey('agency', text), office: body.office, country: body.country };
  const country = countryOf(text);
  if (country) return { kind: 'actor', at, name: country, key: actorKey('state', country), type: 'state' };
  if (demonymOf(text)) return { kind: 'none' };
  // Coordinated persons inside one span: "Presidents Emmanuel Macron and Vladimir Putin".
  const parts = text.includes('and') ? text.split(/\s+and\s+/) : [text];
  if (parts.length > 1 && parts.every(looksPerson)) {
    const out: { text: string; at: number }[] = [];
    let from = at;
    for (const part of parts) {
      const rel = spanText.indexOf(part, from);
      const partAt = rel >= 0 ? rel : from;
      out.push({ text: part, at: partAt });
      from = partAt + part.length;
    }
    return { kind: 'persons', at, parts: out };
  }
  if (looksPerson(text)) {
    const office = title && titleCountry && OFFICE_TITLES.includes(title) ? `${title}|${titleCountry}` : null;
    return { kind: 'person', at, text, office };
  }
  const wordsL = lower.split(/\s+/);
  const name = withoutLeadingThe(text);
  const type: ActorType = wordsL.some((w) => AGENCY_WORD.test(w)) ? 'agency' : 'organisation';
  if (wordsL.length === 1) return { kind: 'word', at, text, lower, titled: !!title, orgHead: ORG_HEADS.has(lower), name, key: actorKey(type, name), type };
  return { kind: 'actor', at, name, key: actorKey(type, name), type };
}

// ---- the per-document index ----------------------------------------------------------------------------

export interface ActorIndexInput {
  text: string;
  sentences: SentenceRecord[];
  entities: EntityRecord[];
  /** Document date (ISO prefix) used to name office holders. */
  published: string | null;
}

/** Subordinators that open a clause put before the main one ("When he arrived, Smith said …"). */
const FRONTED_SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'although', 'though', 'since', 'because', 'once', 'until', 'if', 'unless', 'whereas']);
/** Words before such a subordinator ("Even as he …", "But when she …"). */
const LEADING_OPENERS = new Set(['even', 'and', 'but', 'yet', 'so', 'just', 'only', 'still']);

/** Words that may open a sentence before its subject pronoun ("And he", "Still, she"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'still', 'yet', 'so', 'then', 'later', 'now', 'also', 'instead', 'meanwhile', 'however']);
/** How far back (in characters) a person of the pronoun's known gender is preferred to a nearer one of unknown gender. */
const KNOWN_GENDER_REACH = 600;
/** How far into a sentence its subject may start (an opening title or short adverbial before it). */
const SUBJECT_REACH = 60;
/** A pronoun that can be a clause's subject. */
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
/** Verbs of a tag after a paraphrase ("…, he said."). */
const TAG_SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'insisted', 'contended', 'recalled']);
/** Words a tag may have after its verb (an addressee, a time: "told reporters on Monday"). */
const TAG_TAIL_WORDS = 4;
/** Characters that open a quotation (PolNeAR writes it as two apostrophes). */
const OPENING_QUOTE_CHARS = new Set(['"', '“', "'"]);
/** The end of a quotation before its tag: a comma (or ? !) inside or right outside the closing mark. */
const QUOTE_THEN_TAG = /(?:[,?!](?:''|[”"])|(?:''|[”"]),)\s*$/;
/** A short lead-in with no quotation mark in it, then one that opens the quotation. */
const QUOTE_LEAD_IN_REACH = 60;
const QUOTE_LEAD_IN = /^[^"“”'']{1,60},\s*(?:''|["“])/;
/** The first close of a quotation followed by its tag. */
const QUOTE_CLOSE = /(?:[,?!](?:''|[”"])|(?:''|[”"]),)\s*/;
const PREPOSITION_BEFORE = /\b(?:of|for|by|with|to|from|at|in|on|about|against|than|like|between|among)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.\s+)?$/i;
/**
 * A subordinating word: "When Mr. Hale objected, Mr. Dunn differed" has Dunn for its subject; the person of the
 * subordinate clause is the subject only when no other person follows ("X's troubles began when he was accused").
 */
const SUBORDINATOR_BEFORE = /\b(?:when|while|although|though|if|after|before|because|since|until|unless)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$/i;

/** A title that says a person's gender, right before the name. */
const TITLE_GENDER = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
const PRONOUN_PERSON = /^(he|she|his|her|him)$/i;
/** The same words in lower case: a cheap first test before the regex. */
const PRONOUN_WORDS = new Set(['he', 'she', 'his', 'her', 'him']);
/** he/she/his/her/him: length and first letter first, since every token of every sentence is asked. */
function isPersonPronoun(t: Token): boolean {
  const w = t.lower;
  if (w.length < 2 || w.length > 3) return false;
  const c = w.charCodeAt(0);
  return (c === 104 || c === 115) && PRONOUN_WORDS.has(w) && PRONOUN_PERSON.test(t.text);
}

// The description patterns of the fallback scan (module-level: built once, walked with allMatches).
// ("the French Government", "the Swedish Administration": official texts capitalise the body.)
const DEMONYM_DESCRIPTION = /\b([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)??)\s+((?:[a-z]+\s)?(?:[a-z]+|MPs|MEPs|Government|Administration))\b/gu;
const OFFICE_OF = /\b(President|Prime Minister|Chancellor)\s+of\s+(the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)/gu;
const GOVERNMENT_OF = /\b(government|administration|authorities)\s+of\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)/gu;
const NAMED_BODY = /\b([A-Z][\p{L}-]+)['’]s?\s+(government|administration|campaign|cabinet|team)\b/gu;
const POSSESSIVE_BODY = /\b(his|her)\s+(administration|government|campaign|cabinet|office|team|aides)\b/gi;
/** Every word the three body patterns above need (case-insensitive: it only rules sentences out). */
const BODY_WORD = /administration|government|authorities|campaign|cabinet|office|team|aides/i;

/** Two to four capitalised words that name no country, organisation head or number: a person's name. */
function looksPerson(text: string): boolean {
  const w = text.split(/\s+/);
  if (w.length < 2 || w.length > 4) return false;
  if (w.some((x) => ORG_HEADS.has(x.toLowerCase()) || CONNECTORS.has(x.toLowerCase()) || /\d/.test(x))) return false;
  if (w.some((x) => countryOf(x) || demonymOf(x))) return false;
  return w.every((x) => /^[\p{Lu}][\p{Ll}'’.-]+$/u.test(x) || /^[\p{Lu}]\.$/u.test(x));
}

/** Remembers a full person name under its last word, the first name per surname winning. */
function addSurname(names: Map<string, string>, m: ActorRef): void {
  if (m.type !== 'person' || !m.name.includes(' ')) return;
  const surname = m.name.slice(m.name.lastIndexOf(' ') + 1);
  if (!names.has(surname)) names.set(surname, m.name);
}

/**
 * A place in capitals opening a line and followed, maybe after its state, a date or an agency, by a dash: a
 * dateline ("WASHINGTON –", "DES MOINES, Iowa —", "BEIJING, Nov. 19 (Reuters) -").
 */
export function isDateline(text: string, span: Span): boolean {
  const name = text.slice(span[0], span[1]);
  if (name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return false;
  if (span[0] > 0 && !/\n\s*$/.test(text.slice(Math.max(0, span[0] - 4), span[0]))) return false;
  return /^(?:,\s*[\p{L}\d.'’ ]{1,30})?\s*(?:\([\p{L}. ]{1,20}\))?\s*[—–-]{1,2}\s/u.test(text.slice(span[1], span[1] + 60));
}

/** Office holders by surname (first in the data wins), for a surname the document never gives in full. */
const OFFICE_SURNAMES = new Map<string, string>();
for (const o of ACTOR_DATA.offices) {
  for (const h of o.holders) {
    const surname = h.name.split(' ').pop()!;
    if (!OFFICE_SURNAMES.has(surname)) OFFICE_SURNAMES.set(surname, h.name);
  }
}

/** `m` lies inside `f` and is shorter. */
const isInside = (m: ActorRef, f: ActorRef): boolean => m.span[0] >= f.span[0] && m.span[1] <= f.span[1] && m.span[1] - m.span[0] < f.span[1] - f.span[0];
const overlaps = (m: ActorRef, f: ActorRef): boolean => m.span[0] < f.span[1] && f.span[0] < m.span[1];

/** The last item of a list that passes a test (a backward scan, no copy). */
export function lastWhere<T>(list: readonly T[], test: (x: T) => boolean): T | null {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return null;
}

/**
 * The actor mentions of one document for the event rules: the actor extractor's, plus what a fallback scan finds
 * (descriptions, pronouns, bodies, proper names). The scan goes sentence by sentence, and only as far as a question
 * needs (the mentions of a stretch, the dominant state): sentences after the last one with an event are never
 * scanned. Each sentence's scan reads only what earlier sentences found, and each found mention is merged as soon
 * as its sentence is scanned, in the same order as one merge at the end would: a sentence's mentions are final
 * once it is scanned, given sentences that do not overlap (otherwise the whole document is scanned first).
 */
export class ActorIndex {
  /** Mentions kept so far: the actor extractor's, then fallback ones merged in, sorted by start (stable). */
  private readonly kept = new SpanIndex<ActorRef>();
  /** The actor extractor's mentions, sorted by start: what the scan consults. */
  private readonly entityMentions: ActorRef[] = [];
  /** The actor extractor's person mentions, sorted by start (pronouns may stand for them). */
  private readonly entityPersons: ActorRef[] = [];
  /** Genders titles give persons, by key. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  private readonly titled = new Map<string, string>();
  private readonly published: string | null;
  readonly hasEntities: boolean;
  private dominant: { state: string | null } | null = null;
  private readonly text: string;
  private readonly sentences: SentenceRecord[];
  private readonly lowerWords: LowerWords;
  /** Sentences scanned so far, and found mentions merged so far. */
  private scanned = 0;
  private merged = 0;
  /** Tokens of sentences handed out by tokensOf and not scanned yet, by sentence index. */
  private readonly waiting = new Map<number, Token[]>();
  // While the fallback scan runs: what it has found so far, indexed for the lookups each sentence makes.
  private readonly found: ActorRef[] = [];
  private readonly foundIndex = new SpanIndex<ActorRef>();
  private readonly foundPersons: ActorRef[] = [];
  /** Resolved he/she mentions, in text order: a sentence's subject may be one ("He also took no questions."). */
  private readonly pronounRefs: ActorRef[] = [];
  /** The span of the sentence scanned before the current one. */
  private prevSentence: Span | null = null;
  private readonly entitySurnames = new Map<string, string>();
  private readonly foundSurnames = new Map<string, string>();
  /** The actor extractor's bodies and places by name and alias: a two-word name the scan would call a person. */
  private readonly entityBodies = new Map<string, { name: string; key: string; type: ActorType }>();

  constructor(input: ActorIndexInput) {
    this.published = input.published;
    this.hasEntities = input.entities.length > 0;
    this.text = input.text;
    this.sentences = input.sentences;
    for (const e of input.entities) {
      for (const m of e.mentions) {
        // A dateline's place ("WASHINGTON –") says where the report was filed: it acts in no sentence.
        if ((e.type === 'state' || e.type === 'place') && isDateline(input.text, m.span)) continue;
        this.entityMentions.push({ name: e.name, key: e.key, type: e.type, span: m.span, via: 'entity', actingFor: null });
      }
    }
    this.entityMentions.sort((a, b) => a.span[0] - b.span[0]);
    for (const e of input.entities) {
      if (e.type === 'person') continue;
      for (const n of [e.name, ...e.aliases]) if (!this.entityBodies.has(n)) this.entityBodies.set(n, { name: e.name, key: e.key, type: e.type });
    }
    // Full names only: a one-word "person" of the actor extractor is too often a place or a thing.
    for (const m of this.entityMentions) if (m.type === 'person' && m.name.includes(' ')) this.entityPersons.push(m);
    for (const m of this.entityMentions) this.noteGender(m);
    for (const m of this.entityMentions) {
      addSurname(this.entitySurnames, m);
      this.kept.insert(m);
    }
    this.lowerWords = new LowerWords(input.text);
    const inOrder = input.sentences.every((s, i) => i === 0 || s.span[0] >= input.sentences[i - 1].span[1]);
    if (!inOrder) this.scanAll();
  }

  /** Every mention starting at or before `offset` (and maybe others), sorted by start. */
  mentionsUpTo(offset: number): readonly ActorRef[] {
    this.scanUpTo(offset);
    return this.kept.list;
  }

  /**
   * The word tokens of sentence `si`. Asked in sentence order, each sentence is tokenised once: the scan takes the
   * same tokens later.
   */
  tokensOf(si: number): Token[] {
    const s = this.sentences[si];
    const toks = tokenize(this.text.slice(s.span[0], s.span[1]), s.span[0]);
    if (si >= this.scanned) this.waiting.set(si, toks);
    return toks;
  }

  private scanAll(): void {
    while (this.scanned < this.sentences.length) this.scanNext();
  }

  /** Scans every sentence that starts at or before `offset`. */
  private scanUpTo(offset: number): void {
    while (this.scanned < this.sentences.length && this.sentences[this.scanned].span[0] <= offset) this.scanNext();
  }

  private scanNext(): void {
    const si = this.scanned++;
    const s = this.sentences[si];
    const body = this.text.slice(s.span[0], s.span[1]);
    const toks = this.waiting.get(si) ?? tokenize(body, s.span[0]);
    this.waiting.delete(si);
    this.prevSentence = si > 0 ? this.sentences[si - 1].span : null;
    this.scanSentence(body, s.span[0], toks, this.lowerWords);
    this.mergeFound();
  }

  /**
   * Fallback mentions fill the gaps the actor extractor left (descriptions, pronouns, bodies): each found one is
   * kept unless it overlaps a mention already kept, in the order found.
   */
  private mergeFound(): void {
    const kept = this.kept;
    for (; this.merged < this.found.length; this.merged++) {
      const f = this.found[this.merged];
      const near = kept.near(f.span[0], f.span[1]);
      let anyInside = false;
      let anyOverlap = false;
      let otherOverlap = false;
      for (const m of near) {
        const inside = isInside(m, f);
        anyInside ||= inside;
        if (overlaps(m, f)) {
          anyOverlap = true;
          otherOverlap ||= !inside;
        }
      }
      // A description resolved to its holder ("the President of the French Republic" → the president in office)
      // says more than a bare title word found inside it.
      if (f.via === 'description' && anyInside && !otherOverlap) {
        for (const m of near) if (isInside(m, f)) kept.remove(m);
        kept.insert(f);
        continue;
      }
      if (anyOverlap) continue;
      kept.insert(f);
    }
  }

  /** Records a mention found by the fallback scan, once per span. */
  private add(r: ActorRef | null): void {
    if (!r) return;
    if ((r.type === 'state' || r.type === 'place') && isDateline(this.text, r.span)) return;
    if (this.foundIndex.has(r.span)) return;
    this.found.push(r);
    this.foundIndex.insert(r);
    // A scan "person" the actor extractor knows as something else ("The North Carolina case") is no antecedent.
    if (r.type === 'person' && r.via !== 'pronoun' && !this.kept.near(r.span[0], r.span[1]).some((m) => m.via === 'entity' && m.type !== 'person' && m.span[0] <= r.span[0] && r.span[1] <= m.span[1])) {
      this.foundPersons.push(r);
      this.noteGender(r);
    }
    if (r.via === 'pronoun') this.pronounRefs.push(r);
    addSurname(this.foundSurnames, r);
  }

  private holderRef(title: string, country: string, span: Span, via: ActorRef['via']): ActorRef | null {
    const named = this.titled.get(`${title}|${country}`) ?? officeHolder(title, country, this.published);
    if (!named) return null;
    return { name: named, key: actorKey('person', named), type: 'person', span, via, actingFor: null };
  }

  private leaderOf(country: string): { name: string; key: string } | null {
    const title = ACTOR_DATA.governmentLeader[country];
    if (!title) return null;
    const name = this.titled.get(`${title}|${country}`) ?? officeHolder(title, country, this.published);
    return name ? { name, key: actorKey('person', name) } : null;
  }

  /** The state the document mentions most (credited with policy decisions that name no actor). */
  dominantState(): string | null {
    // Over the whole document: scan the rest first, then count once.
    if (!this.dominant) {
      this.scanAll();
      this.dominant = { state: this.countDominantState() };
    }
    return this.dominant.state;
  }

  private countDominantState(): string | null {
    const counts = new Map<string, number>();
    for (const m of this.kept.list) if (m.type === 'state') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    let best: string | null = null;
    let n = 0;
    for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
    return n >= 2 ? best : null;
  }

  /** Mentions inside a span, in text order. */
  within(span: Span): ActorRef[] {
    const out: ActorRef[] = [];
    const mentions = this.mentionsUpTo(span[1]);
    // Mentions are sorted by start: begin at the first one starting in the span, stop past its end.
    for (let i = firstStartingAt(mentions, span[0]); i < mentions.length && mentions[i].span[0] <= span[1]; i++) {
      if (mentions[i].span[1] <= span[1]) out.push(mentions[i]);
    }
    return out;
  }

  private scanSentence(body: string, base: number, toks: Token[], lowerWords: LowerWords): void {
    const out = this.found;
    // Descriptions first: "the French government", "Seven French legislators", "the French president".
    for (const m of mayHoldDemonym(body, toks) ? allMatches(DEMONYM_DESCRIPTION, body) : []) {
      const both = m[1];
      const lastWord = both.split(/\s+/).pop()!;
      // Most capitalised words before a lower-case one are no demonym: reject them before any lookup.
      if (!maySayCountry(both) && !maySayCountry(lastWord)) continue;
      const dem = demonymOf(both) || countryOf(both) ? both : lastWord;
      const country = demonymOf(dem) ?? (STATE_ABBREVIATION.test(dem) ? countryOf(dem) : null);
      if (!country) continue;
      const nounText = m[2];
      const start = base + m.index! + m[0].indexOf(dem, both === dem ? 0 : both.length - lastWord.length);
      const words = nounText.split(' ');
      for (let take = words.length; take >= 1; take--) {
        const noun = words.slice(0, take).join(' ');
        const nounAt = body.indexOf(noun, start - base + dem.length);
        const span: Span = [start, base + nounAt + noun.length];
        if (OFFICE_TITLES.includes(noun)) {
          this.add(this.holderRef(noun, country, span, 'description'));
          break;
        }
        const body2 = BODY_NOUNS.find(([n]) => n === noun || (noun.charCodeAt(0) < 97 && n === noun.toLowerCase()));
        if (body2) {
          const name = `${dem} ${noun}`;
          this.add({ name, key: actorKey('agency', name), type: 'agency', span, via: 'description', actingFor: body2[1].leader ? this.leaderOf(country) : null });
          break;
        }
        const group = groupNoun(noun);
        if (group) {
          const name = `${dem} ${group}`;
          this.add({ name, key: actorKey('group', name), type: 'group', span, via: 'description', actingFor: null });
          break;
        }
      }
    }
    // "President of the French Republic", "the President of France".
    const office = body.includes('President') || body.includes('Prime Minister') || body.includes('Chancellor');
    for (const m of office ? allMatches(OFFICE_OF, body) : []) {
      const country = countryOf(m[3]) ?? countryOf(`${m[2] ?? ''}${m[3]}`);
      if (!country) continue;
      this.add(this.holderRef(m[1].toLowerCase(), country, [base + m.index!, base + m.index! + m[0].length], 'description'));
    }
    // The body patterns below all need one of these words: most sentences have none.
    const bodyWord = BODY_WORD.test(body);
    // "the government of Estonia": a body of the state, acting for its leader.
    for (const m of bodyWord ? allMatches(GOVERNMENT_OF, body) : []) {
      const country = countryOf(m[2]);
      if (!country) continue;
      const name = `${m[1]} of ${country}`;
      const leader = m[1] !== 'authorities';
      this.add({ name, key: actorKey('agency', name), type: 'agency', span: [base + m.index!, base + m.index! + m[0].length], via: 'description', actingFor: leader ? this.leaderOf(country) : null });
    }
    // "Trudeau's government", "Macron's campaign": a body of a person named before.
    for (const m of bodyWord ? allMatches(NAMED_BODY, body) : []) {
      const at = base + m.index!;
      const named = (o: ActorRef) => o.type === 'person' && o.span[0] < at && o.name.slice(o.name.lastIndexOf(' ') + 1) === m[1];
      const surname = this.surnameMatch(m[1]);
      const person = lastWhere(out, named) ?? lastWhere(this.entityMentions, named) ?? (surname ? { name: surname, key: actorKey('person', surname) } : null);
      if (!person) continue;
      const name = `${m[1]} ${m[2]}`;
      this.add({ name, key: actorKey('agency', name), type: 'agency', span: [at, at + m[0].length], via: 'description', actingFor: { name: person.name, key: person.key } });
    }
    // Possessive bodies: "his administration", "her campaign".
    for (const m of bodyWord ? allMatches(POSSESSIVE_BODY, body) : []) {
      const at = base + m.index!;
      // "Her campaign" is a woman's: the nearest person of that gender, as for he/she.
      const want = m[1].toLowerCase() === 'her' ? 'f' : 'm';
      const person = this.nearestOfGender(at, want);
      if (!person) continue;
      const surname = person.name.split(' ').pop();
      const name = `${surname} ${m[2].toLowerCase()}`;
      this.add({ name, key: actorKey('agency', name), type: 'agency', span: [at, at + m[0].length], via: 'description', actingFor: { name: person.name, key: person.key } });
    }
    for (const p of properSpans(toks, body, base, lowerWords)) {
      for (const r of this.resolveProper(p)) this.add(r);
    }
    for (const t of toks) {
      if (!isPersonPronoun(t)) continue;
      if (this.foundIndex.encloses(t.span[0], t.span[1])) continue;
      // The nearest person before the pronoun, whether the actor extractor or the scan named them ("Senate
      // Majority Leader Mitch McConnell says he spoke": the scan reads the whole title run as a body).
      // A person a title gives the other gender ("Mrs. Clinton" for "he") is skipped.
      // A person of the pronoun's gender (by title or first name) is taken before one whose gender is unknown, if
      // named in the last few sentences: "she" skips a nearer "Ben Jacobs" and a nearer "South Carolina" alike.
      const want = t.lower === 'she' || t.lower === 'her' ? 'f' : 'm';
      // A he/she that opens a clause continues the subject of the clause before: "Victor Pinchuk, whose
      // father-in-law, Leonid Kuchma, was …, has given … He has lent …" is Pinchuk, not the nearer Kuchma.
      const fits = (o: ActorRef) => (this.genderOf(o) ?? want) === want;
      const person = this.mainSubjectAfter(toks, t, base, fits) ?? this.subjectContinued(toks, t, base, (o) => this.genderOf(o) === want) ?? this.nearestOfGender(t.span[0], want);
      if (person) this.add({ ...person, span: t.span, via: 'pronoun', actingFor: null });
    }
  }

  /**
   * For a pronoun in a clause that opens the sentence with a subordinator ("Even as he accused the department of …,
   * Giuliani wouldn't …", "When she took office, Merkel …"): the person named right after that clause's comma, the
   * main clause's subject, whom news writing names there. Null when a person is named before the pronoun in the
   * sentence, or the main clause opens with no person of the pronoun's gender.
   */
  private mainSubjectAfter(toks: Token[], t: Token, base: number, fits: (o: ActorRef) => boolean): ActorRef | null {
    let j = 0;
    while (j < toks.length && (LEADING_OPENERS.has(toks[j].lower) || !toks[j].word)) j++;
    if (!FRONTED_SUBORDINATORS.has(toks[j]?.lower ?? '')) return null;
    const k = toks.indexOf(t);
    let comma = -1;
    for (let c = j + 1; c < toks.length; c++) if (toks[c].text === ',') {
      comma = c;
      break;
    }
    if (comma < 0 || k > comma || k <= j) return null;
    if (!this.noPersonBetween(base, t.span[0])) return null;
    const at = toks[comma + 1]?.span[0];
    if (at === undefined) return null;
    const list = this.entityMentions;
    const i = firstStartingAt(list, at);
    const named = i < list.length && list[i].span[0] === at && list[i].type === 'person' ? list[i] : null;
    const subject = named ?? this.foundPersons.find((o) => o.span[0] === at) ?? null;
    return subject && fits(subject) ? { ...subject, span: t.span, via: 'pronoun', actingFor: null } : null;
  }

  /**
   * The nearest person before `at` of a gender (by title or first name) named in the last KNOWN_GENDER_REACH
   * characters, else the nearest whose gender is not known to be the other one.
   */
  private nearestOfGender(at: number, want: 'm' | 'f'): ActorRef | null {
    const nearest = (ok: (o: ActorRef) => boolean) => {
      const found = lastWhere(this.foundPersons, (o) => o.span[0] < at && ok(o));
      const named = this.entityPersonBefore(at, ok);
      return named && (!found || named.span[0] > found.span[1]) ? named : found;
    };
    const known = nearest((o) => this.genderOf(o) === want);
    return known && at - known.span[1] <= KNOWN_GENDER_REACH ? known : nearest((o) => (this.genderOf(o) ?? want) === want);
  }

  /**
   * For a subject he/she: the person who is the subject of the sentence before (when the pronoun opens its sentence,
   * after at most a conjunction or adverb) or of its own sentence (after ", and" / "— and"), if that subject is a
   * person of the pronoun's gender named at the sentence's start. Null otherwise, and for his/her/him.
   */
  private subjectContinued(toks: Token[], t: Token, base: number, fits: (o: ActorRef) => boolean): ActorRef | null {
    if (t.lower !== 'he' && t.lower !== 'she') return null;
    const k = toks.indexOf(t);
    let j = 0;
    while (j < k && (CLAUSE_OPENERS.has(toks[j].lower) || !toks[j].word)) j++;
    let span: Span | null = null;
    let trailing = false;
    if (j === k) span = this.prevSentence;
    // The tag of a quotation that opens the sentence ("''It will pass,'' he said."): news writing names a new speaker
    // in such a tag, so a bare he/she continues the speaker of the sentence before, not the last man named.
    else if (this.isQuoteTag(base, t.span[0])) span = this.prevSentence;
    // The same for a paraphrase tagged at its end with no person named before ("People should show evidence, he told
    // reporters."): the speaker is the one the sentence before is about, whatever man was named last.
    else if ((trailing = this.isTrailingTag(toks, k, base) || this.isParentheticalTag(toks, k, base))) span = this.prevSentence;
    else if (k >= 2 && (toks[k - 1].lower === 'and' || toks[k - 1].lower === 'but') && /^[,—–-]$/.test(toks[k - 2].text)) span = [base, t.span[0]];
    // An object relative clause on people ("the rest of the GOP field who he accused of …") has the sentence's subject
    // in it (not "that": "has shown that he is hedging" is the verb's own subject).
    else if (k >= 1 && /^(?:who|whom)$/.test(toks[k - 1].lower)) span = [base, t.span[0]];
    if (!span) return null;
    const subject = this.subjectOf(span);
    // For such a tag the speaker before may be one whose gender the text never gives ("spokesman Lu Kang").
    const want = t.lower === 'she' ? 'f' : 'm';
    const ok = subject !== null && (trailing ? (this.genderOf(subject) ?? want) === want : fits(subject));
    return ok ? { ...subject!, span: t.span, via: 'pronoun', actingFor: null } : null;
  }

  /**
   * Whether token k (a he/she) opens a tag that ends its sentence after a comma ("…, he said.", "…, she told
   * reporters."), and no person is named in the sentence before it.
   */
  private isTrailingTag(toks: Token[], k: number, base: number): boolean {
    if (k < 2 || toks[k - 1].text !== ',' || !TAG_SAYING.has(toks[k + 1]?.lower ?? '')) return false;
    // A short tag: at most a few words (an addressee, a time) to the sentence's end.
    if (toks.length - (k + 2) > TAG_TAIL_WORDS + 1) return false;
    for (let j = k + 2; j < toks.length; j++) if (toks[j].text === ',' || toks[j].lower === 'that') return false;
    return this.noPersonBetween(base, toks[k].span[0]);
  }

  /** Whether no person (named, found by the scan, or a pronoun already resolved) stands between two offsets. */
  private noPersonBetween(base: number, at: number): boolean {
    return !this.entityPersonBefore(at, (o) => o.span[0] >= base) && !this.foundPersons.some((o) => o.span[0] >= base && o.span[0] < at) && !this.pronounRefs.some((o) => o.span[0] >= base && o.span[0] < at);
  }

  /**
   * Whether token k (a he/she) opens a tag set off by commas inside its sentence ("The goal, he said, is to …"), and
   * no person is named in the sentence before it: like a trailing tag, it continues the speaker before.
   */
  private isParentheticalTag(toks: Token[], k: number, base: number): boolean {
    if (k < 2 || toks[k - 1].text !== ',' || !TAG_SAYING.has(toks[k + 1]?.lower ?? '') || toks[k + 2]?.text !== ',') return false;
    return this.noPersonBetween(base, toks[k].span[0]);
  }

  /**
   * Whether the sentence from `base` to `at` is a quotation that closes right before `at` (a comma between) and opens
   * the sentence, after at most a short lead-in ("But when it comes to the plant, ''we worked hard,'' he said").
   */
  private isQuoteTag(base: number, at: number): boolean {
    if (!QUOTE_THEN_TAG.test(this.text.slice(Math.max(base, at - 6), at))) return false;
    return OPENING_QUOTE_CHARS.has(this.text[base]) || QUOTE_LEAD_IN.test(this.text.slice(base, Math.min(at, base + QUOTE_LEAD_IN_REACH + 2)));
  }

  /**
   * The person mention that opens a span's sentence (within its first words, after no preposition), or null.
   * A sentence that opens with a quotation has its subject after it ("''We won,'' Mr. Hale said"): the names inside the
   * quotation are not the speaker.
   */
  private subjectOf([from, to]: Span): ActorRef | null {
    if (OPENING_QUOTE_CHARS.has(this.text[from])) {
      const close = QUOTE_CLOSE.exec(this.text.slice(from + 1, to));
      if (!close) return null;
      from = from + 1 + close.index + close[0].length;
    }
    let best: ActorRef | null = null;
    let subordinate: ActorRef | null = null;
    const end = Math.min(to, from + SUBJECT_REACH);
    const consider = (m: ActorRef) => {
      if (m.type !== 'person' || m.span[0] < from || m.span[0] >= end || (best && best.span[0] <= m.span[0])) return;
      // "With one foot on her board, Ms. Gil gazed": an owner or object pronoun is no subject.
      if (m.via === 'pronoun' && !SUBJECT_PRONOUN.test(this.text.slice(m.span[0], m.span[1]))) return;
      const before = this.text.slice(Math.max(from, m.span[0] - 18), m.span[0]);
      if (PREPOSITION_BEFORE.test(before)) return;
      // "Mr. Trump's campaign chairman, Paul Manafort, dismissed": an owner is no subject.
      if (/^['’]s?\b/.test(this.text.slice(m.span[1], m.span[1] + 2))) return;
      if (SUBORDINATOR_BEFORE.test(before)) {
        if (!subordinate || subordinate.span[0] > m.span[0]) subordinate = m;
        return;
      }
      best = m;
    };
    const sorted = this.entityPersons;
    for (let i = partitionPoint(sorted.length, (x) => sorted[x].span[0] < from); i < sorted.length && sorted[i].span[0] < end; i++) consider(sorted[i]);
    // The scan's lists are in sentence order (not in order within a sentence): walk back to the sentence.
    for (const list of [this.foundPersons, this.pronounRefs]) for (let i = list.length - 1; i >= 0 && list[i].span[0] >= from; i--) consider(list[i]);
    return best ?? (subordinate ? this.mainClauseSubject(subordinate, to) ?? subordinate : null);
  }

  /**
   * The person who opens the main clause after a subordinate one ("When Mr. Hale tried to defend his remarks on the
   * plan, Mr. Dunn differed"): the first person named right after a comma past the subordinate clause's person.
   */
  private mainClauseSubject(subordinate: ActorRef, to: number): ActorRef | null {
    let first: ActorRef | null = null;
    const consider = (m: ActorRef) => {
      if (m.span[0] < subordinate.span[1] || m.span[0] >= to || (first && first.span[0] <= m.span[0])) return;
      if (/,\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$/.test(this.text.slice(Math.max(0, m.span[0] - 8), m.span[0])) && !/^['’]s?\b/.test(this.text.slice(m.span[1], m.span[1] + 2))) first = m;
    };
    const sorted = this.entityPersons;
    for (let i = partitionPoint(sorted.length, (x) => sorted[x].span[0] < subordinate.span[1]); i < sorted.length && sorted[i].span[0] < to; i++) consider(sorted[i]);
    // The scan's own persons are in sentence order: walk back to the subordinate clause.
    const found = this.foundPersons;
    for (let i = found.length - 1; i >= 0 && found[i].span[0] >= subordinate.span[0]; i--) consider(found[i]);
    return first;
  }

  /** The actor extractor's last person mention that ends before `at`. */
  private entityPersonBefore(at: number, fits: (o: ActorRef) => boolean): ActorRef | null {
    const list = this.entityPersons;
    for (let i = partitionPoint(list.length, (k) => list[k].span[0] < at) - 1; i >= 0; i--) if (list[i].span[1] <= at && fits(list[i])) return list[i];
    return null;
  }

  /** A person's gender from a title before one of their mentions, else from their first name ("Hillary", "Ben"). */
  private genderOf(o: ActorRef): 'm' | 'f' | null {
    const titled = this.gender.get(o.key);
    if (titled) return titled;
    const space = o.name.indexOf(' ');
    if (o.type !== 'person' || space < 0) return null;
    const first = o.name.slice(0, space);
    const g = fullNameFirstGender(first);
    return g === 'm' || g === 'f' ? g : null;
  }

  /** Notes the gender a title right before a person mention gives ("Mr. Hale", "Mrs. Prell"), first one winning. */
  private noteGender(m: ActorRef): void {
    if (m.type !== 'person' || this.gender.has(m.key)) return;
    const g = TITLE_GENDER.exec(this.text.slice(Math.max(0, m.span[0] - 6), m.span[0]));
    if (g) this.gender.set(m.key, g[1] === 'Mr' ? 'm' : 'f');
  }

  /** Turns one proper-noun span into actor references (a compound such as "Russian-French" gives two). */
  private resolveProper(p: ProperSpan): ActorRef[] {
    const r = readProperName(p.text, p.first === p.last);
    const span: Span = r.kind === 'states' || r.kind === 'none' || r.at === 0 ? p.span : [p.span[0] + r.at, p.span[1]];
    switch (r.kind) {
      case 'none':
        return [];
      case 'states':
        return r.states.map((s) => ({ name: s, key: actorKey('state', s), type: 'state' as const, span: p.span, via: 'proper' as const, actingFor: null }));
      case 'actor':
        return [{ name: r.name, key: r.key, type: r.type, span, via: 'proper', actingFor: null }];
      case 'body': {
        const holder = this.titled.get(`${r.office}|${r.country}`) ?? officeHolder(r.office, r.country, this.published);
        return [{ name: r.name, key: r.key, type: 'agency', span, via: 'proper', actingFor: holder ? { name: holder, key: actorKey('person', holder) } : null }];
      }
      case 'persons':
        return r.parts.map((part) => this.personRef(part.text, [p.span[0] + part.at, p.span[0] + part.at + part.text.length]));
      case 'person': {
        // "Judicial Watch", "Big Machine": the actor extractor knows the name as a body or a place.
        const body = this.entityBodies.get(r.text);
        if (body) return [{ ...body, span, via: 'proper', actingFor: null }];
        const ref = this.personRef(r.text, span);
        if (r.office) this.titled.set(r.office, ref.name);
        return [ref];
      }
      case 'word': {
        if (r.titled || this.surnameMatch(r.text)) return [this.personRef(r.text, span)];
        // A bare head ("the Ministry") refers back to the last full name that starts with it.
        if (r.orgHead) {
          // The latest start wins; on a tie the first in mentions-then-found order (as a stable sort would keep).
          let prev: ActorRef | undefined;
          // Only the mentions whose name starts with the head can win (kept per head, in their order). The actor
          // extractor's are sorted by start: walk back from the span to the latest, then on through any others
          // starting there (the first of those in order wins); the scan's own are walked in order.
          const heads = this.mentionsByHead(r.lower);
          const list = heads.entity;
          for (let i = firstStartingAt(list, span[0]) - 1; i >= 0 && !(prev && list[i].span[0] < prev.span[0]); i--) prev = list[i];
          for (const m of heads.found) if (m.span[0] < span[0] && (!prev || m.span[0] > prev.span[0])) prev = m;
          if (prev) return [{ ...prev, span, via: 'proper' }];
        }
        // "the Mayor said", "when the Ambassador tells me": a title with no name after it names no one here (the actor
        // extractor resolves the titles it can).
        if (BARE_TITLES.has(r.text)) return [];
        // "Early polls show", "Sometimes, they say", "Half a dozen donors": an adjective or adverb capitalised only
        // because it opens the sentence names no one (the actor extractor would have named it if it did); it may
        // still say which group acts ("Civil liberties groups", "Republican lawmakers").
        // So may a party word alone ("top Democratic brass", "a registered Republican"), wherever it stands.
        const modifierOnly = ((p.initial && isModifierWord(r.text)) || PARTY_MODIFIERS.has(r.text)) && !this.entityStartsAt(span[0]);
        return [{ name: r.name, key: r.key, type: r.type, span, via: 'proper', actingFor: null, ...(modifierOnly && { modifierOnly }) }];
      }
    }
  }

  /** Whether one of the actor extractor's mentions starts at `at`. */
  private entityStartsAt(at: number): boolean {
    const list = this.entityMentions;
    const i = firstStartingAt(list, at);
    return i < list.length && list[i].span[0] === at;
  }

  /** Lower-case forms of full names without a leading "the" (null for a one-word name), by name. */
  private readonly headForms = new Map<string, string | null>();

  /** What a bare head ("the Ministry") is compared with: the name lower-cased, "the " off; null for one word. */
  private headForm(name: string): string | null {
    let v = this.headForms.get(name);
    if (v === undefined) this.headForms.set(name, (v = name.includes(' ') ? name.toLowerCase().replace(/^the\s+/, '') : null));
    return v;
  }

  /** Per bare head: the mentions whose full name starts with it, the actor extractor's and the scan's so far. */
  private readonly byHead = new Map<string, { entity: ActorRef[]; found: ActorRef[]; seen: number }>();

  /** headForm of each of the actor extractor's mentions and of the scan's so far, in their lists' order. */
  private entityHeadForms: (string | null)[] | null = null;
  private readonly foundHeadForms: (string | null)[] = [];

  /** The mentions a bare head may refer back to, in their lists' order; the scan's part brought up to date. */
  private mentionsByHead(head: string): { entity: ActorRef[]; found: ActorRef[] } {
    const entityForms = (this.entityHeadForms ??= this.entityMentions.map((m) => this.headForm(m.name)));
    for (let k = this.foundHeadForms.length; k < this.found.length; k++) this.foundHeadForms.push(this.headForm(this.found[k].name));
    let v = this.byHead.get(head);
    if (!v) {
      v = { entity: [], found: [], seen: 0 };
      for (let i = 0; i < entityForms.length; i++) if (entityForms[i]?.startsWith(head)) v.entity.push(this.entityMentions[i]);
      this.byHead.set(head, v);
    }
    for (; v.seen < this.found.length; v.seen++) if (this.foundHeadForms[v.seen]?.startsWith(head)) v.found.push(this.found[v.seen]);
    return v;
  }

  /**
   * The full name a surname stands for while the fallback scan runs: the first such person among the actor
   * extractor's mentions, else among those found so far, else an office holder.
   */
  private surnameMatch(word: string): string | null {
    return this.entitySurnames.get(word) ?? this.foundSurnames.get(word) ?? OFFICE_SURNAMES.get(word) ?? null;
  }

  private personRef(text: string, span: Span): ActorRef {
    // A surname alone stands for the full name when the document (or an office list) gives one.
    const name = !text.includes(' ') ? (this.surnameMatch(text) ?? text) : text;
    return { name, key: actorKey('person', name), type: 'person', span, via: 'proper', actingFor: null };
  }
}
