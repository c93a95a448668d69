// Single-word names the actor pass took for people, reviewed against how the document uses them. A capitalised
// word that no title, first name or full name backs is a person only by default, and in real pages that default
// catches companies ("Toyota is rolling out …"), products ("the Chromecast is …"), sports teams ("the Steelers had
// …"), colours in a recipe ("1 Red, 1 Yellow") and sentence adverbs ("Separately, …"). Each rule below needs
// evidence in the text; a name that speaks ("Noem tweeted", "says Ward") keeps its person reading unless its
// spelling or its pronoun says otherwise.
import { readFileSync } from 'node:fs';
import type { ActorType } from '../../model/index.js';
import type { Actor, ActorIndex } from './index.js';
import { DESCRIPTION_ROLES, PERSON_ROLE_NOUNS, firstNameGender, isCommonWord, isLastName, roleNounGender, slug, SPEECH_VERBS, TITLES } from './lexicon.js';
import { isSubjectVerb, titleCasedCapitals } from './word-shapes.js';

export type LoneNameVerdict = 'person' | 'organisation' | 'company' | 'media' | 'place' | 'not-an-actor';

/** "WeWork", "SpaceX", "BD-1", "USB-C": inner capitals, digits or all capitals are no one's surname. */
export function isBrandSpelling(word: string): boolean {
  // ("PG&E", "AT&T": capitals joined by an ampersand are a firm's.)
  if (/\d/.test(word) || /^\p{Lu}[\p{Lu}&-]+$/u.test(word)) return true;
  // (Mc-, Mac-, O'-, De-, La- surnames have an inner capital: McClatchy, DeSantis, LaGuardia.)
  return /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu}/u.test(word);
}

const DATA = JSON.parse(readFileSync(new URL('../../../data/lone-names.json', import.meta.url), 'utf8')) as { bodyNouns: string[]; bodyNounsBefore: string[]; companyOf: string[]; unnamedPlurals: string[]; commonCodes: string[]; indefinites: string[]; outletWords: string[]; makerNounsBeforeOf: string[]; companySuffixes: string[]; companyNounsBefore: string[] };
/** "automaker Audi", "case maker Brydge": the nouns before a name that make it a company's. */
const COMPANY_NOUNS_BEFORE = new Set(DATA.companyNounsBefore);
/** "a global producer of medical technology", "a leading provider of …": makers and sellers that, before "of" and a plain noun, are firms. */
export const MAKER_NOUNS_BEFORE_OF = new Set(DATA.makerNounsBeforeOf);
/** "Dräger, Inc.", "Kestrel Widgets, Ltd.": legal suffixes that make the name before the comma a company's. */
export const COMPANY_SUFFIXES = new Set(DATA.companySuffixes);
/** "Sources said", "Authorities say": people the writer does not name. */
const UNNAMED_PLURALS = new Set(DATA.unnamedPlurals);
export const isUnnamedPlural = (word: string) => UNNAMED_PLURALS.has(word);
/** "Anyone", "Regardless": words a quotation or a list item may open with a capital, never a name. */
const INDEFINITES = new Set(DATA.indefinites);
/** "Time", "People", "Variety": outlets whose name is an ordinary word. */
const OUTLET_WORDS = new Set(DATA.outletWords);
export const isOutletWord = (word: string) => OUTLET_WORDS.has(word);
const REPORTS_AFTER = /^\s+(?:reported|reports|wrote|writes|noted|notes|published|revealed|reveals)\b/;
/** "the city of Nice", "the town of Hope": a place's noun and "of" before the name. */
const PLACE_OF_BEFORE = /\b(?:city|town|village|port|capital|suburb|province|county) of\s+$/;
/** "SUV", "IPO", "OK": words in capitals for things, measures and times. */
const COMMON_CODES = new Set(DATA.commonCodes);
/**
 * A word in capitals that names no body: a listed code ("an all-new SUV", "its IPO"), or an ordinary word of four
 * or more letters set in capitals ("LETTERS", "NEWS", "WINS"); shorter ones are too often real acronyms ("ICE").
 */
export function isCommonCode(word: string): boolean {
  if (COMMON_CODES.has(word)) return true;
  if (word.length < 4 || /\d/.test(word)) return false;
  const lower = word.toLowerCase();
  return isCommonWord(lower) || (lower.endsWith('s') && isCommonWord(lower.slice(0, -1)));
}
/** "Democratic", "Presidential", "Congressional": adjective endings no surname has. */
const ADJECTIVE_ENDING = /(?:atic|ical|ional|ntial|istic|ific)$/;
/** "Nissan models", "Ascom’s shareholders": nouns that belong to a company or a body. */
const BODY_NOUNS = new Set(DATA.bodyNouns);
/** "beauty company Coty", "automaker Audi": nouns that introduce a company or a body by name. */
const BODY_NOUNS_BEFORE = new Set(DATA.bodyNounsBefore);

/** The noun before "called"/"named" right before a name. */
const CALLED_BEFORE = /(\p{L}+)\s+(?:called|named)\s*$/u;

/** "the former CEO of Pellworth", "shares of Quorvane": words that, before "of"/"at", make the name a company's. */
const COMPANY_OF = new RegExp(`(?:^|[^\\p{L}])(?:${DATA.companyOf.join('|')})\\s+(?:of|at|in)\\s+$`, 'iu');

/** A two-word school's name ("Monmouth University", "Marist College"). */
const SCHOOL = /^\S+ (?:University|College|Institute)$/;
const COMPANIES: ReadonlySet<ActorType> = new Set(['company']);
const NONE: ReadonlySet<ActorType> = new Set();

/** "he", "she" and their other forms: the writer's word for a person. */
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

/** One-word titles ("President", "Senator"): alone, a title is a description of someone, not a name. */
const ONE_WORD_TITLES = new Set(TITLES.filter((t) => t.words.length === 1).map((t) => t.words[0].toLowerCase().replace(/\.$/, '')));

const SENTENCE_ADVERB = /(?:ly|wise|wards?)$/;
const AUXILIARY_AFTER = /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|did|does|do)$/;
// Possessives only: "it" is too often a dummy subject ("it is time") or another thing to tell anything.
const THING_PRONOUN = /\bits\b/gi;
const PERSON_PRONOUN = /\b(?:his|her)\b/gi;

/** Does the mention open its sentence (after any quotation marks)? */
function opensSentence(text: string, start: number, sentenceStart: number): boolean {
  return start >= sentenceStart && /^[\s"'“‘”’«»]*$/.test(text.slice(sentenceStart, start));
}

/** The first word after a mention (past a possessive), and the last word before it. */
const WORD_AFTER = /\s*(?:['’]s\s+)?(\p{L}+)/uy;
function wordAfter(text: string, end: number): string {
  WORD_AFTER.lastIndex = end;
  return WORD_AFTER.exec(text)?.[1] ?? '';
}
function wordBefore(text: string, start: number): string {
  return /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
}

/** "COLUMBIA, S.C. (AP) —", "BAAR, Switzerland —": every mention a dateline opening its paragraph, the place of writing. */
function isDateline(text: string, spans: [number, number][]): boolean {
  return spans.every(([s, e]) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s - 4), s)) && /^(?:,\s*\p{Lu}|\s*\(|\s*[—–]|\s+-\s)/u.test(text.slice(e, e + 4)));
}

/** "RENO" → "Reno": a dateline's place set in capitals is named as running text writes it. */
function placeAsWritten(a: Actor) {
  const name = titleCasedCapitals(a.name);
  if (name === a.name) return;
  a.aliases.add(a.name);
  a.name = name;
}

/** What a one-word, untitled "person" is, judged from the text around its mentions. */
export function judgeLoneName(text: string, name: string, spans: [number, number][], sentenceSpans: [number, number][]): LoneNameVerdict {
  if (ONE_WORD_TITLES.has(name.toLowerCase()) || INDEFINITES.has(name.toLowerCase())) return 'not-an-actor';
  if (OUTLET_WORDS.has(name)) return 'media';
  // "…,” The Blaze reported.": a capital "The" before a one-word name that reports is a paper's title, no one's name.
  if (spans.some(([s, e]) => text.startsWith('The ', s - 4) && REPORTS_AFTER.test(text.slice(e, e + 12)))) return 'media';
  // "F.B.I.", "G.O.P.": three initials with full stops are a body; "N.J.", "Fla.", "Jr.": a place's or a suffix's
  // abbreviation is no one's name.
  if (/^(?:\p{Lu}\.){3,}$/u.test(name)) return 'organisation';
  if (/^(?:\p{Lu}\.){2}$|^\p{Lu}\p{Ll}*\.$/u.test(name)) return 'not-an-actor';
  // "PACs", "NGOs", "CEOs": the plural of a code is many things or people, never one actor.
  if (/^\p{Lu}{2,}s$/u.test(name)) return 'not-an-actor';
  if (isDateline(text, spans)) return 'place';
  if (UNNAMED_PLURALS.has(name) && spans.every(([s], i) => opensSentence(text, s, sentenceSpans[i][0]))) return 'not-an-actor';
  // "the Democratic establishment", "Democratic and Republican primaries": an adjective before a noun or "and".
  if (ADJECTIVE_ENDING.test(name) && spans.every(([, e]) => /^\s+\p{Ll}/u.test(text.slice(e, e + 2)))) return 'not-an-actor';
  if (isBrandSpelling(name)) return 'organisation';
  // The words on either side of each mention, read once.
  const after = spans.map(([, e]) => wordAfter(text, e));
  const before = spans.map(([s]) => wordBefore(text, s));
  // ("automaker Audi", "Developer Valve called …" opening its sentence: a company's noun says a company.)
  const companyBefore = spans.some(([s], i) => {
    const w = before[i];
    if (COMPANY_NOUNS_BEFORE.has(w)) return true;
    const lw = w.toLowerCase();
    return lw !== w && COMPANY_NOUNS_BEFORE.has(lw) && /^\s*\p{Lu}\p{Ll}+\s+$/u.test(text.slice(sentenceSpans[i][0], s));
  });
  if (companyBefore) return 'company';
  if (after.some((w) => BODY_NOUNS.has(w.toLowerCase())) || before.some((w) => BODY_NOUNS_BEFORE.has(w))) return 'organisation';
  // "a supplement maker called Vitrex", "a startup named Quorvane": the noun before "called"/"named" says what it is.
  if (before.some((w) => w === 'called' || w === 'named') && spans.some(([s]) => BODY_NOUNS_BEFORE.has(CALLED_BEFORE.exec(text.slice(Math.max(0, s - 40), s))?.[1] ?? ''))) return 'organisation';
  if (before.some((w) => w === 'of') && spans.some(([s]) => PLACE_OF_BEFORE.test(text.slice(Math.max(0, s - 20), s)))) return 'place';
  // ("of"/"at" first: a cheap test before the pattern.)
  if (before.some((w) => w === 'of' || w === 'at' || w === 'in') && spans.some(([s]) => COMPANY_OF.test(text.slice(Math.max(0, s - 40), s)))) return 'company';
  // "his son Beau": a gendered role noun before the word makes it a name.
  if (before.some((w) => roleNounGender(w.toLowerCase()))) return 'person';
  // "Separately, …", "Fortunately, …": every mention opens its sentence and is followed by a comma.
  const opensWithComma = spans.every(([s, e], i) => opensSentence(text, s, sentenceSpans[i][0]) && /^\s*,/.test(text.slice(e, e + 3)));
  if (opensWithComma && (SENTENCE_ADVERB.test(name) || isCommonWord(name))) return 'not-an-actor';
  // "the Rainmakers said", "The Beatles played": a plural after "the" is a band's or a team's name, no one person's
  // (not a family's, "the Clintons", whose singular is a surname).
  if (isPluralAfterThe(name, before) && !isSurnameIn(text, name.slice(0, -1))) return 'organisation';
  // "according to reports from Deadline", "Deadline reports that …": a word that reports, with nothing saying a
  // person (no first name or surname the lexicon knows, no he/she, role or age around it), is a paper or a site.
  // (Not a firm that "reported a loss", whose things are "its".)
  if (spans.some(([s, e]) => REPORTS_THAT_AFTER.test(text.slice(e, e + 24)) || REPORTS_BEFORE.test(text.slice(Math.max(0, s - 24), s))) && !isLastName(name) && !firstNameGender(name) && !pronounsSay(text, spans, sentenceSpans) && !personAround(text, name, spans, sentenceSpans, before)) return 'media';
  if (after.some((w) => SPEECH_VERBS.has(w)) || before.some((w) => SPEECH_VERBS.has(w))) {
    // "McClatchy said its finances …": a speaker whose things are "its" is a body.
    return pronounsSay(text, spans, sentenceSpans) === 'thing' ? 'organisation' : 'person';
  }
  // A silent ordinary word ("1 Red, 1 Yellow", "the Force") is no name of anyone; nor is a silent adverb opening
  // its sentences ("Realistically …").
  if (isCommonWord(name) && !firstNameGender(name)) return 'not-an-actor';
  // "Meth. We're on it." beside "meth use", "Battery life" beside "the battery": a silent word the text also writes
  // in lower case, as a word of the running text (not "ascom.com"), is an ordinary word the lexicon does not know.
  if (!firstNameGender(name) && name.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(name) && writtenAsWord(text, name.toLowerCase())) return 'not-an-actor';
  if (/ly$/.test(name) && spans.every(([s], i) => opensSentence(text, s, sentenceSpans[i][0]))) return 'not-an-actor';
  // "the Steelers had", "the Chromecast is", "on the Moon.": a determiner and nothing after it that makes the word
  // a modifier ("the Trump campaign"). A plural is a team or a group; anything else is a thing.
  const withThe = spans.some(([, e], i) => /^the$/i.test(before[i]) && (/^\s*(?:[,.;:!?)]|$)/.test(text.slice(e, e + 2)) || AUXILIARY_AFTER.test(after[i])));
  if (withThe) return /\p{Ll}s$/u.test(name) ? 'organisation' : 'not-an-actor';
  // A silent plural of an ordinary noun ("Arrangements is a modular system", "Mourners gathered") names no one.
  if (isCommonPlural(name)) return 'not-an-actor';
  const pronouns = pronounsSay(text, spans, sentenceSpans);
  if (pronouns === 'thing') return 'organisation';
  if (pronouns === 'person' || isLastName(name) || firstNameGender(name) || personAround(text, name, spans, sentenceSpans, before)) return 'person';
  // (Still a person by default when it acts, "Vogel has decided", "Quorvane builds sensors": a company's name and
  // a surname read alike there. Named in passing, "during Diwali", "in Braunau am Inn", it is a thing or a place.)
  return spans.some(([, e]) => actsAfter(text, e)) ? 'person' : 'not-an-actor';
}

/** A verb right after a name: "has", "is", "sold", "builds" (not a possessive, a comma or a noun after "’s"). */
function actsAfter(text: string, end: number): boolean {
  const w = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 30))?.[1];
  if (!w) return false;
  return isSubjectVerb(w) || AUXILIARY_AFTER.test(w) || (/^\p{Ll}{3,}s$/u.test(w) && !/(?:ss|us|is)$/.test(w));
}

const REPORTS_THAT_AFTER = /^\s+(?:reported|reports|revealed|reveals)\s+(?:that|on|earlier|first)\b/;
const REPORTS_BEFORE = /\b(?:reports? from|reported by|reporting by)(?: both)?\s+$/;
/** "Battin, 33, …", "Buckley, who …": an age or "who" after the name. */
const PERSON_APPOSITION = /^,\s+(?:\d{1,3},|who\b)/;
/** he, she or their forms in a sentence: someone the writer refers to as a person. */
const PERSON_PRONOUN_WORD = /\b(?:he|she|him|his|her|himself|herself)\b/i;
/** "wife", "attorney", "supporters": nouns after a possessive that only a person has. */
const PERSON_OWNED = /^['’]s?\s+(?:\p{Ll}+\s+)?(?:wife|husband|son|daughter|father|mother|brother|sister|family|parents|children|lawyer|lawyers|attorney|attorneys|aide|aides|supporters|allies|friend|friends|campaign|presidency|career|death|life|birthday|home|health|body|face|mind|speech|remarks|tweets?|testimony|resignation|election|impeachment|spokes(?:man|woman|person))\b/u;
/**
 * What says a person around a one-word name: a role noun in lower case right before it ("president Zelensky"), a
 * possessive of a person's things ("Carlineo's attorney"), a capitalised word right before it somewhere in the text
 * (a name given in full), or he/she in a sentence that mentions it or the sentence after.
 */
function personAround(text: string, name: string, spans: [number, number][], sentenceSpans: [number, number][], before: string[]): boolean {
  if (before.some((w) => w === w.toLowerCase() && (ONE_WORD_TITLES.has(w) || PERSON_ROLE_NOUNS.has(w) || DESCRIPTION_ROLES.has(w)))) return true;
  if (spans.some(([, e]) => PERSON_OWNED.test(text.slice(e, e + 40)) || PERSON_APPOSITION.test(text.slice(e, e + 12)))) return true;
  // (A capitalised word or an initial, no sentence's last word: "Patrick W. Carlineo", not "… Slateline. Slateline".)
  if (isLastName(name) || afterWordLike(text, name, CAPITALISED_OR_INITIAL_BEFORE)) return true;
  return sentenceSpans.some(([s, e]) => {
    const after = text.slice(e, e + 240);
    const end = after.search(/[.!?]["”’]?\s/);
    return PERSON_PRONOUN_WORD.test(text.slice(s, e)) || PERSON_PRONOUN_WORD.test(end >= 0 ? after.slice(0, end + 1) : after);
  });
}

const isPluralAfterThe = (name: string, before: string[]) =>
  name.length > 3 && name.endsWith('s') && !name.endsWith('ss') && /\p{Ll}s$/u.test(name) && before.some((w) => w === 'the' || w === 'The');
/** A surname: listed as one, or written after a capitalised word somewhere in the text ("Hillary Clinton"). */
const isSurnameIn = (text: string, word: string) => isLastName(word) || afterWordLike(text, word, CAPITAL_RUN_BEFORE);

// Searching the text for one word is done with indexOf and a look at the characters around each find: a pattern
// opening on a character class or a look-behind is tried at every position of the text, once per lone name, which
// made this review quadratic in a long document.
const isAsciiWordChar = (c: string | undefined) => !!c && /[A-Za-z0-9_]/.test(c);
/** "Meth" written "meth" as a word of the running text: after a space or an opening mark, before a space or punctuation. */
function writtenAsWord(text: string, lower: string): boolean {
  for (let p = text.indexOf(lower); p >= 0; p = text.indexOf(lower, p + 1)) {
    if (p > 0 && !/[\s(“"‘']/u.test(text[p - 1])) continue;
    const next = text[p + lower.length];
    if (next === undefined) continue;
    if (/[\s,;:!?)”"’']/u.test(next) || (next === '.' && (p + lower.length + 1 === text.length || /\s/.test(text[p + lower.length + 1])))) return true;
  }
  return false;
}
/** A capitalised word or an initial right before: "Hillary Clinton", "Patrick W. Carlineo". */
const CAPITALISED_OR_INITIAL_BEFORE = /(?:\p{Lu}\p{Ll}+|\b\p{Lu}\.)$/u;
/** A run of letters and dots with a capital in it right before: "Clinton", "McConnell", "U.S.". */
const CAPITAL_RUN_BEFORE = /\p{Lu}[\p{L}.]*$/u;
/** Whether the word stands somewhere after a space and a word that `before` accepts, as a whole word. */
function afterWordLike(text: string, word: string, before: RegExp): boolean {
  const needle = ` ${word}`;
  for (let q = text.indexOf(needle); q >= 0; q = text.indexOf(needle, q + 1)) {
    // (A word boundary after it, as \b reads one.)
    if (isAsciiWordChar(word[word.length - 1]) === isAsciiWordChar(text[q + needle.length])) continue;
    if (before.test(text.slice(Math.max(0, q - 200), q))) return true;
  }
  return false;
}
/** Plurals of abstract nouns ("Arrangements", "Institutions", "Editorialists"), long enough to be no surname ("Clements"). */
const NOUN_PLURAL_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ments|tions|sions|ities|ances|ences|isms|ists|ships|nesses)$/u;
/** "Arrangements", "Prices": the plural of a word the lexicon knows as ordinary (not a surname), or of an abstract noun. */
function isCommonPlural(name: string): boolean {
  if (name.length < 4 || name.charCodeAt(name.length - 1) !== 115 /* s */ || isLastName(name)) return false;
  if (NOUN_PLURAL_ENDING.test(name)) return true;
  const stem = name.slice(0, -1);
  return isCommonWord(stem) || (stem.endsWith('ie') && isCommonWord(`${stem.slice(0, -2)}y`)) || (stem.endsWith('e') && isCommonWord(stem.slice(0, -1)));
}

/** Which possessives follow the mentions in their sentences: only "its" ('thing'), only his/her ('person'), or neither. */
function pronounsSay(text: string, spans: [number, number][], sentenceSpans: [number, number][]): 'thing' | 'person' | null {
  let thing = 0;
  let person = 0;
  spans.forEach(([, e], i) => {
    const rest = text.slice(e, sentenceSpans[i][1]);
    thing += rest.match(THING_PRONOUN)?.length ?? 0;
    person += rest.match(PERSON_PRONOUN)?.length ?? 0;
  });
  if (thing && !person) return 'thing';
  if (person && !thing) return 'person';
  return null;
}

/**
 * Applies judgeLoneName to the index: an organisation or a place is re-keyed (joining an actor already under that
 * key), and a word that names no actor loses its mentions (toEntityRecords then leaves it out). A word in capitals
 * taken for a body is re-keyed as a place when it is a dateline.
 */
export function reviewLoneNames(text: string, sentences: { span: [number, number] }[], index: ActorIndex): void {
  const byKey = new Map(index.actors.map((a, i) => [a.key, i]));
  const dropped = new Set<number>();
  /** Re-keys actor i under another type, joining an actor of this document already under that key. */
  const retype = (i: number, type: ActorType) => {
    const a = index.actors[i];
    const key = `${type}:${slug(a.name)}`;
    const other = byKey.get(key);
    if (other !== undefined && other !== i) {
      for (const m of a.mentions) {
        m.actor = other;
        index.actors[other].mentions.push(m);
      }
      index.actors[other].mentions.sort((x, y) => x.span[0] - y.span[0]);
      a.mentions = [];
      return;
    }
    byKey.delete(a.key);
    a.key = key;
    a.type = type;
    a.gender = null;
    byKey.set(key, i);
  };
  // Companies and organisations named in full by their first word ("Zentrix" → "Zentrix Holdings", "Monmouth"
  // → "Monmouth University"); -1 where two share it. Joined: a company of the given types, or a school.
  let bodies: Map<string, number> | undefined;
  const bodyNamedWith = (word: string, types: ReadonlySet<ActorType>) => {
    if (!bodies) {
      bodies = new Map();
      index.actors.forEach((b, j) => {
        if (!b.key || (b.type !== 'company' && b.type !== 'organisation') || !b.mentions.length) return;
        const space = b.name.indexOf(' ');
        if (space < 0) return;
        const first = b.name.slice(0, space);
        bodies!.set(first, bodies!.has(first) ? -1 : j);
      });
    }
    const j = bodies.get(word);
    return j === undefined || j < 0 || !(types.has(index.actors[j].type) || SCHOOL.test(index.actors[j].name)) ? undefined : j;
  };
  const joinBody = (i: number, j: number) => {
    const a = index.actors[i];
    const b = index.actors[j];
    for (const m of a.mentions) {
      m.actor = j;
      m.via = 'alias';
      b.mentions.push(m);
    }
    b.mentions.sort((x, y) => x.span[0] - y.span[0]);
    b.aliases.add(a.name);
    a.mentions = [];
    byKey.delete(a.key);
    a.key = '';
  };
  index.actors.forEach((a: Actor, i) => {
    if (!a.key || a.name.includes(' ') || a.roles.length || !a.mentions.length) return;
    // A word in capitals the actor pass took for a body may be a dateline's place.
    if (a.type === 'organisation' && /^\p{Lu}+$/u.test(a.name) && isDateline(text, a.mentions.map((m) => m.span as [number, number]))) {
      retype(i, 'place');
      placeAsWritten(a);
      return;
    }
    // "Monmouth conducted its poll" beside "Monmouth University": a school's first word is the school.
    if (a.type === 'organisation' && !/^\p{Lu}+$/u.test(a.name)) {
      const body = bodyNamedWith(a.name, NONE);
      if (body !== undefined) joinBody(i, body);
      return;
    }
    if (a.type !== 'person' || a.mentions.some((m) => m.via !== 'name')) return;
    // "Grayson said" beside Alan and Dena Grayson: the surname of people the document names in full is one of them.
    if (index.actors.some((b) => b.type === 'person' && b.mentions.length && b.name.endsWith(` ${a.name}`))) return;
    const spans = a.mentions.map((m) => m.span as [number, number]);
    const sentenceSpans = a.mentions.map((m) => sentences[m.sentence]?.span ?? (m.span as [number, number]));
    const verdict = judgeLoneName(text, a.name, spans, sentenceSpans);
    // "Zentrix Holdings reported a loss. Zentrix said …": the first word of the one company named in full, unless
    // a first name or the writer's "he"/"she" after it says a person.
    const body = verdict !== 'not-an-actor' && !firstNameGender(a.name) ? bodyNamedWith(a.name, COMPANIES) : undefined;
    if (body !== undefined && !spans.some(([, e], k) => PERSONAL_PRONOUN.test(text.slice(e, sentenceSpans[k][1])))) {
      joinBody(i, body);
      return;
    }
    if (verdict === 'person') return;
    if (verdict === 'not-an-actor') {
      dropped.add(i);
      a.mentions = [];
      return;
    }
    retype(i, verdict);
    if (verdict === 'place') placeAsWritten(a);
  });
  if (dropped.size) index.mentions = index.mentions.filter((m) => !dropped.has(m.actor));
}
