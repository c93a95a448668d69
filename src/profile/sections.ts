// The profile's sections, built from gathered evidence as drafts: text plus the passages that back it. Nothing here
// writes prose the sources do not hold: sentences are selected (and only shortened by deletion), or filled from
// extracted records whose every slot value is in the cited passage.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { DateValue, EventCategory, EventRecord, QuoteRecord } from '../model/index.js';
import type { Sourced } from '../store/store.js';
import type { DocView, Evidence, SentenceView } from './evidence.js';
import { compareDocs } from './evidence.js';
import { isOffice, rolesInSentence, ROLE_WORDS } from './roles.js';
import { alternation, escapeRegExp } from '../text/regexp.js';
import { firstNameGender } from '../extract/actors/lexicon.js';
import { genderOf } from './refer.js';
import { compress, contentWords, cuePattern, similarity, stem, topicScore, weightedTerms, words } from './text.js';
import { otherLexiconTopics } from './topic.js';

const CUES = JSON.parse(readFileSync(new URL('../../data/criticism-cues.json', import.meta.url), 'utf8')) as {
  criticism: string[];
  criticismWeak: string[];
  criticVerbs: string[];
  attribution: string[];
  negation: string[];
  denial: string[];
  ownSide: string[];
  effect: string[];
  causeVerbs: string[];
  reactionNouns: string[];
  reactionLinkVerbs: string[];
  reactionLinks: string[];
  subjectCues: string[];
  reportVerbs: string[];
  objectCues: string[];
};
const cueRe = cuePattern;
const CRITICISM = cueRe(CUES.criticism);
const CRITIC_VERB = new RegExp(
  `^(?:[\\s,]+(?:[\\p{L}'’.-]+[\\s,]+){0,4}?)(?:(?:is|are|was|were|has|have|had)\\s+(?:\\w+\\s+)?)?(?:${cuePattern(CUES.criticVerbs).source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '')})`,
  'iu',
);
/** A critic is named as the subject of a critical verb: "X criticised …", "X, the mayor, said …", "X are calling for …". */
const criticVerbAfter = (text: string, end: number) => {
  if (CRITIC_VERB.test(text.slice(end, end + 80))) return true;
  // Past an appositive: "X, the former attorney general under President Y, criticised …".
  const apposition = text.slice(end, end + 120).match(/^,\s[^,;:()“”"]{2,100}(?=,)/);
  return !!apposition && CRITIC_VERB.test(text.slice(end + apposition[0].length, end + apposition[0].length + 80));
};
const CRITICISM_WEAK = cueRe(CUES.criticismWeak);
const SUBJECT_CUE = new RegExp(`^${cueRe(CUES.subjectCues).source}$`, 'iu');
const REPORTED_BY_OTHER = new RegExp(
  `^\\s*(?:(?:also|has|have|had|again|later|then|\\p{L}+ly)\\s+){0,2}(?:${CUES.reportVerbs.map(escapeRegExp).join('|')})(?:\\s+(?:reporters|the\\s+\\p{L}+|\\p{Lu}\\p{L}+))?\\s+(?:(?:on|last|this)\\s+\\p{L}+\\s+)?(?:that\\s+)?$`,
  'iu',
);

/**
 * A cue that faults its own subject ("failed", "unwilling") said of the person in another speaker's reported words
 * ("Holm said Lund had failed to fund the harbour"): the person is criticised there, not acting. `ref` is the
 * person's mention right before the cue, `others` the other people's mention spans.
 */
export function criticisedInOthersReport(text: string, cue: string, ref: { start: number; end: number }, others: [number, number][]): boolean {
  if (!SUBJECT_CUE.test(cue)) return false;
  return others.some(([start, end]) => end <= ref.start && start < ref.start && REPORTED_BY_OTHER.test(text.slice(end, ref.start)));
}
const ATTRIBUTION = cueRe(CUES.attribution);
const DENIAL = cueRe(CUES.denial);
const NEGATION = new Set(CUES.negation.map((n) => n.toLowerCase()));
const EFFECT = new RegExp(`^(?:${cueRe(CUES.effect).source})$`, 'iu');
const CAUSE_BEFORE = new RegExp(`(?:${cueRe(CUES.causeVerbs).source})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu');

/**
 * A cue whose criticised party is its cause, named before it: a harm done ("Lund's remarks complicated the talks")
 * or a reaction something caused ("Lund's remark sparked a backlash"). Then a mention of the person after the cue
 * ("the ruling complicates Lund's bid", "Holm caused outrage with a remark about Lund's letters") makes them the
 * one it acts on, not the one criticised.
 */
export function causeCriticised(text: string, cueAt: number, cue: string): boolean {
  return EFFECT.test(cue) || CAUSE_BEFORE.test(text.slice(Math.max(0, cueAt - 60), cueAt));
}

/** "the failed attempt to overthrow …", "a failed coup against …": a failed act aimed at someone. */
const FAILED_ACT_AT = /^\s+[\p{L}-]+\s+(?:to\s+\p{L}+|against|on|at)\s/iu;

/**
 * A failed act aimed at the person ("the failed attempt to overthrow Assad", "a failed coup against Lund") is the
 * failure of whoever acted, not criticism of the person; unless the person is named before it ("Lund's failed bid
 * to …").
 */
export function failedActAtPerson(text: string, cueAt: number, cue: string, refs: { start: number; end: number }[]): boolean {
  if (!/^fail/i.test(cue) || !/\b(?:the|a|an|this|that)\s+$/i.test(text.slice(Math.max(0, cueAt - 6), cueAt))) return false;
  const m = FAILED_ACT_AT.exec(text.slice(cueAt + cue.length));
  if (!m) return false;
  const after = cueAt + cue.length + m[0].length;
  return !refs.some((r) => r.end <= cueAt) && refs.some((r) => r.start >= after);
}

/** Nouns of a public reaction: whose it is, the sentence must say ("Lund's … backlash", "the controversy over Lund"). */
const REACTION_NOUN = new RegExp(`^(?:${alternation(CUES.reactionNouns)})$`, 'i');
/** What ties a reaction to its object: "over", "about" …, also after "centres on", "is about", "erupted over". */
const REACTION_LINK = new RegExp(`^\\s+(?:(?:${alternation(CUES.reactionLinkVerbs)})\\s+)?(?:${alternation(CUES.reactionLinks)})\\s`, 'i');

/**
 * A reaction noun is criticism of the person when they are named before it ("Lund faced a backlash", "Lund's
 * controversial …") or it reaches them through over/about/against … ("the outrage over Lund's remarks"); not when
 * they only stand later in the sentence ("Holm addressed the controversy when introducing Lund"). Other cues pass.
 */
export function reactionAimsAtPerson(text: string, cueAt: number, cue: string, refs: { start: number; end: number }[]): boolean {
  if (!REACTION_NOUN.test(cue)) return true;
  if (refs.some((r) => r.end <= cueAt)) return true;
  const after = text.slice(cueAt + cue.length);
  return refs.some((r) => r.start >= cueAt + cue.length && REACTION_LINK.test(after) && !/[,;:.]/.test(text.slice(cueAt + cue.length, r.start)));
}

/**
 * The person is the source of the criticism, named after "from" a few words on ("facing criticism for the move from
 * Senator Lund", "drew rebukes from Lund and Berg"): theirs, not criticism of them.
 */
export function criticismFromPerson(text: string, cueEnd: number, refs: { start: number; kind: string }[]): boolean {
  return refs.some(
    (r) => r.kind !== 'pronoun' && r.start > cueEnd && r.start - cueEnd < 80 && /^[^,;:.]*?\bfrom\s+(?:(?!(?:by|of|to|for|with|in|on|at|over|about|against)\s)[\p{L}.'’-]+\s+){0,8}$/iu.test(text.slice(cueEnd, r.start)),
  );
}

/**
 * A cue right after "that"/"which" ("a bill that failed when Lund was in the Senate") tells of the noun before it;
 * the person is what is criticised only when named before it ("Lund's bill, which failed").
 */
export function inRelativeClause(text: string, cueAt: number): boolean {
  return /\b(?:that|which)\s+(?:(?:had|has|have|was|were|is|are|ultimately|eventually|later|also|then)\s+){0,2}$/i.test(text.slice(Math.max(0, cueAt - 40), cueAt));
}

/** The person named right after the cue, before any clause break: its object ("a video that accuses Lund of …"). */
export function personIsCueObject(text: string, cueEnd: number, refs: { start: number }[], reach = 4): boolean {
  return refs.some((r) => {
    if (r.start < cueEnd) return false;
    const between = text.slice(cueEnd, r.start);
    return words(between).length <= reach && !/[,;:]|\b(?:when|while|as|after|before|since|because|during|until|though|although)\b/i.test(between);
  });
}

const OBJECT_CUE = new RegExp(`^${cueRe(CUES.objectCues).source}$`, 'iu');

/**
 * A criticism verb that takes an object ("attacked", "went after", "disparaged") criticises the person only as its
 * object: named a few words after it with no clause break ("Holm attacked Lund over …") or as the subject of its
 * passive ("Lund was attacked by …"); other cues pass. "Rebels attacked the port while Lund was away", "Lund's
 * supporter railed against immigrants, and …" are no criticism of Lund.
 */
export function objectCueAimsAtPerson(text: string, cueAt: number, cue: string, refs: { start: number; end: number }[]): boolean {
  if (!OBJECT_CUE.test(cue)) return true;
  const passive = /\b(?:was|were|been|being|is|are|be|got|gets|get)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, cueAt - 30), cueAt));
  if (passive) return refs.some((r) => r.end <= cueAt && words(text.slice(r.end, cueAt)).length <= 4);
  // (A few words may stand between: "swipes at Senate colleague Lund", "belittling treatment of Lund".)
  return refs.some((r) => r.start >= cueAt + cue.length && personIsCueObject(text, cueAt + cue.length, [r], 6));
}

/** A passage a draft rests on. */
export interface Cite {
  doc: DocView;
  span: [number, number];
}

/** A statement before verification and numbering. `slots` marks text filled from records (checked slot by slot). */
export interface Draft {
  text: string;
  cites: Cite[];
  slots?: string[];
  note?: boolean;
  /** Quotes: the exact words, checked character for character against the cited span. */
  verbatim?: boolean;
  category?: EventCategory;
  date?: DateValue | null;
  critic?: string | null;
  name?: string;
  type?: string;
  relation?: string;
  order?: number;
}

export interface Sections {
  summary: Draft[];
  context: Draft[];
  actions: Draft[];
  quotes: Draft[];
  criticism: Draft[];
  timeline: Draft[];
  related: Draft[];
  disputed: Draft[];
}

export interface Dropped {
  section: string;
  text: string;
  reason: string;
}

const cite = (s: SentenceView): Cite => ({ doc: s.doc, span: s.span });
const wordCount = (t: string) => words(t).length;
const PRONOUN_START = /^(he|she|it|they|his|her|its|their|this|these|those|that|such|both)\b/i;

/**
 * The sentence opens with words that point back at the one before it, so alone it misleads or says nothing: a
 * comparing or resuming adverb ("Similarly, …", "Then came …"), a phrase picking one out of something already named
 * ("One exception is …", "Another …", "Other Republicans …", "The latter …"), or a subject adding to what was said
 * ("The data also …").
 */
export function leansOnPrevious(text: string): boolean {
  const t = text.trim().replace(/^[“"‘']/, '');
  return (
    /^(?:similarly|likewise|conversely|nonetheless|nevertheless|otherwise|accordingly|consequently|even so|as a result|in response|in contrast|in return|that said|then|again)(?![-’'\p{L}])/iu.test(t) ||
    /^(?:another|other|others)\b/i.test(t) ||
    /^the\s+(?:other|latter|former|same|rest|remainder)\b/i.test(t) ||
    /^(?:one|a second|a further)\s+(?:[\p{Ll}-]+\s+){1,2}(?:is|was|are|were|came|comes)\b/u.test(t.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) ||
    /^(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){1,2}(?:also|too)\b/iu.test(t)
  );
}

/** The sentence of a document that holds an offset. */
export function sentenceAt(doc: DocView, offset: number): SentenceView | undefined {
  return doc.sentences.find((s) => offset >= s.span[0] && offset < s.span[1]);
}

/** Spans of quotes by someone other than the person (their words must not be passed off as the person's). */
function otherQuoteSpans(ev: Evidence, doc: DocView): [number, number][] {
  return doc.extraction.quotes
    .filter((q) => q.kind !== 'term' && !(q.speakerKey && ev.selfKeys.has(q.speakerKey)))
    .map((q) => q.span);
}

/** Share of a sentence's characters inside quotation marks. */
export function quotedShare(text: string): number {
  let inside = 0;
  // A quote that began in an earlier sentence shows only its closing mark: everything before it is quoted.
  const close = text.search(/[”»]/);
  const open = text.search(/[“«]/);
  if (close >= 0 && (open < 0 || open > close)) inside += close + 1;
  for (const m of text.matchAll(/“[^”]*”?|"[^"]*"?|«[^»]*»?/g)) inside += m[0].length;
  inside = Math.min(inside, text.length);
  return text.length ? inside / text.length : 0;
}

/** True when a span lies inside a quote that is not the person's (or whose speaker is unknown). */
function insideOthersQuote(ev: Evidence, doc: DocView, span: [number, number]): boolean {
  return doc.extraction.quotes.some(
    (q) => q.kind !== 'term' && !(q.speakerKey && ev.person.keys.includes(q.speakerKey)) && span[0] >= q.span[0] - 1 && span[0] < q.span[1],
  );
}

/** The sentence opens inside a quote begun in an earlier one: a closing mark comes before any opening mark. */
export function startsInsideQuote(text: string): boolean {
  const close = text.search(/[”»]|\S''(?=[\s,.;]|$)/);
  const open = text.search(/[“«]|(?:^|\s)''(?=\S)/);
  return close >= 0 && (open < 0 || open > close);
}

/** True when a span starts inside quoted words: a recorded quote, or quotation marks in its sentence. */
export function insideAnyQuote(doc: DocView, span: [number, number], sentence: string, sentenceStart: number): boolean {
  if (doc.extraction.quotes.some((q) => q.kind !== 'term' && span[0] >= q.span[0] && span[0] < q.span[1])) return true;
  const at = span[0] - sentenceStart;
  if (at < 0 || at > sentence.length) return false;
  // Count the opening and closing marks before it: an open quote is still running.
  const before = sentence.slice(0, at);
  // A quote that began in an earlier sentence shows only its closing mark: what comes before it is quoted.
  const close = sentence.search(/[”»]/);
  const open = sentence.search(/[“«]/);
  if (close >= at && (open < 0 || open > close)) return true;
  const opens = (before.match(/[“«]/g) ?? []).length;
  const closes = (before.match(/[”»]/g) ?? []).length;
  // Straight marks (" or the doubled '' some outlets use) open and close alike: an odd count is still open.
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1 || (before.match(/''/g) ?? []).length % 2 === 1;
}

const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Maximal marginal relevance: good candidates that do not repeat each other. */
export function mmr<T extends { text: string; score: number }>(items: T[], k: number, lambda = 0.7): T[] {
  const chosen: T[] = [];
  const pool = [...items].sort((a, b) => b.score - a.score);
  const top = pool[0]?.score || 1;
  while (chosen.length < k && pool.length) {
    let best = -Infinity;
    let at = 0;
    pool.forEach((c, i) => {
      const redundancy = chosen.reduce((m, x) => Math.max(m, similarity(c.text, x.text)), 0);
      const v = lambda * (c.score / top) - (1 - lambda) * redundancy;
      if (v > best) {
        best = v;
        at = i;
      }
    });
    const [c] = pool.splice(at, 1);
    if (chosen.some((x) => similarity(c.text, x.text) > 0.75)) continue;
    chosen.push(c);
  }
  return chosen;
}

const REF_WEIGHT: Record<string, number> = { name: 1, alias: 1, description: 0.9, body: 0.75, pronoun: 0.6 };
const KIND_WEIGHT: Record<string, number> = { 'state-media': 0.8, official: 1, news: 1, analysis: 0.95, other: 0.9 };

/**
 * A headline, not a sentence of the report: the document's own title repeated as its first line, or words nearly all
 * capitalised ("Senator Promises Action On Jobs In First Week").
 */
export function isHeadline(text: string, title?: string | null): boolean {
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (title && squash(text) === squash(title)) return true;
  const long = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (long.length < 4) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
}

/**
 * A line of the report's headline: its title (see isHeadline), or the second line of a headline in two parts, when the
 * report opens with a line that ends in a semicolon or colon ("Talks on the port stall; | Mayor and unions fail to
 * agree during night session.").
 */
export function inHeadline(s: Pick<SentenceView, 'text' | 'paragraph'> & { doc: { record: { title?: string | null }; sentences: Pick<SentenceView, 'text' | 'paragraph'>[] } }): boolean {
  if (isHeadline(s.text.trim(), s.doc.record.title)) return true;
  const first = s.doc.sentences[0];
  if (!first || first === s || !/[;:]$/.test(first.text.trim())) return false;
  // The continuation is the paragraph right after the opening line, a single line of its own.
  return s.paragraph === first.paragraph + 1 && s.doc.sentences.filter((x) => x.paragraph === s.paragraph).length === 1;
}

function lengthOk(text: string) {
  const n = wordCount(text);
  return n >= 6 && n <= 70;
}

// ── Summary ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function summarySection(ev: Evidence, recordSentences: Set<SentenceView>): Draft[] {
  const cands: { s: SentenceView; text: string; score: number }[] = [];
  for (const d of ev.docs) {
    const others = otherQuoteSpans(ev, d);
    for (const s of d.sentences) {
      if (!s.ref || s.repeat || !s.onTopic) continue;
      const text = compress(s.text);
      // Headings and captions carry no full stop; a summary is made of sentences.
      if (!lengthOk(text) || PRONOUN_START.test(text) || leansOnPrevious(text) || !/[.!?…]["”’)]?$/.test(text)) continue;
      if (isHeadline(text, d.record.title) || inHeadline(s)) continue;
      const quoted = others.reduce((n, q) => n + overlap(q, s.span), 0);
      if (quoted > 0) continue; // someone else's words
      // Quoted words the extraction did not attribute may be anyone's: leave quote-heavy sentences to Key Quotes.
      if (quotedShare(s.text) > 0.3 || startsInsideQuote(s.text)) continue;
      // Someone else named first, and the person only after a verb ("Clinton said … and accused Trump of backing
      // Putin"): the sentence tells of the other person's stance, not of this one's.
      if (otherNamedFirst(ev, s) && personNotSubject(s)) continue;
      // The person only as the owner of something ("before Lund's fall in the polls and Berg's plan to …") beside
      // another person named: the sentence is about something else, not the person's stance.
      // (So is the person only as a modifier: "Graham, a backer of the 2013 Lund-Berg amnesty plan, …".)
      if (s.refs.every((r) => r.possessive || asModifier(s.text, r)) && otherPersonMentions(ev, s).length && !pronounMayBePerson(ev, s.text)) continue;
      // The person only in another person's description ("Dag Moen, a former adviser to Lund") is not the subject.
      if (onlyInOthersAppositive(s.text, s.refs, otherPersonMentions(ev, s))) continue;
      const selfQuoted = d.extraction.quotes.some((q) => overlap(q.span, s.span) > 0);
      const score =
        s.relevance *
        REF_WEIGHT[s.ref] *
        (KIND_WEIGHT[d.record.kind] ?? 0.9) *
        (recordSentences.has(s) ? 1.5 : 1) *
        (selfQuoted ? 0.6 : 1) *
        (s.refs.some((r) => r.start < 40 && !r.possessive && r.kind !== 'pronoun') ? 1.2 : 1) *
        (otherNamedFirst(ev, s) ? 0.5 : 1);
      cands.push({ s, text, score });
    }
  }
  const picked = mmr(cands, 8);
  // Dated reports in date order (how the stance evolved); undated ones after, the most relevant report first.
  const best = new Map<DocView, number>();
  for (const c of picked) best.set(c.s.doc, Math.max(best.get(c.s.doc) ?? 0, c.score));
  const ordered = picked.sort((a, b) => {
    const da = a.s.doc.date?.value ?? '\uffff';
    const db = b.s.doc.date?.value ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    if (a.s.doc !== b.s.doc) return best.get(b.s.doc)! - best.get(a.s.doc)! || a.s.doc.id.localeCompare(b.s.doc.id);
    return a.s.index - b.s.index;
  });
  return ordered.map((c, i) => ({ text: c.text, cites: [cite(c.s)], order: paragraphOf(ordered, i) }));
}

/** A he/him or she (of the person's gender, when known) that may stand for the person. */
function pronounMayBePerson(ev: Evidence, text: string): boolean {
  const g = ev.referrer.gender;
  return (g !== 'f' && /\b(?:he|him)\b/i.test(text)) || (g !== 'm' && /\bshe\b/i.test(text));
}

/**
 * Another person is named before the profiled one: the sentence is most likely about them. With only pronouns for
 * the person, the first pronoun counts ("Berg was recasting a speech to expand on his argument": "his" is Berg's).
 */
function otherNamedFirst(ev: Evidence, s: SentenceView): boolean {
  const first = s.refs.find((r) => r.kind !== 'pronoun') ?? s.refs[0];
  if (!first) return false;
  return s.doc.extraction.entities.some(
    (e) =>
      e.type === 'person' &&
      !ev.selfKeys.has(e.key) &&
      (e.mentions.some((m) => m.sentence === s.index && m.via !== 'pronoun' && m.span[0] - s.span[0] < first.start) ||
        // With only a pronoun for the person, another person's surname before it counts even as a modifier the
        // records did not take for a mention ("the Berg campaign ads, which focus on his plans": "his" is Berg's).
        (first.kind === 'pronoun' && surnameBefore(s.text, e.name, first.start))),
  );
}

/** The surname of `name` stands as a word in `text` before `end`. */
export function surnameBefore(text: string, name: string, end: number): boolean {
  const surname = name.split(/\s+/).pop()!;
  if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false;
  const at = text.slice(0, end).indexOf(surname);
  return at >= 0 && !/[\p{L}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}]/u.test(text[at + surname.length] ?? ' ');
}

/** Paragraphs follow the sources' dates (how the stance evolved): one per period, at most four. */
function paragraphOf(items: { s: SentenceView }[], i: number): number {
  const periods: string[] = [];
  for (const it of items) {
    const p = it.s.doc.date?.value.slice(0, 4) ?? 'undated';
    if (periods[periods.length - 1] !== p) periods.push(p);
  }
  const year = items[i].s.doc.date?.value.slice(0, 4) ?? 'undated';
  let at = periods.indexOf(year);
  if (periods.length > 4) at = Math.floor((at * 4) / periods.length);
  if (periods.length === 1 && items.length >= 5) at = i < Math.ceil(items.length / 2) ? 0 : 1;
  return at;
}

/** A topic label lower-cased for use inside a sentence, but for the names the user typed with a capital after their
 * first word ("trade with China", not "trade with china"). */
export function inSentenceCase(label: string, query: string): string {
  const typed = new Set(query.trim().split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w)));
  return label
    .split(/(\s+)/)
    .map((w) => (typed.has(w) ? w : w.toLowerCase()))
    .join('');
}

/** How the note refers back to the profiled actor: him or her once the text (or the first name) tells, it for a body
 (them for a group), else them. */
export function objectPronoun(type: string, gender: 'm' | 'f' | null): string {
  if (type === 'group') return 'them';
  if (type !== 'person') return 'it';
  return gender === 'm' ? 'him' : gender === 'f' ? 'her' : 'them';
}

/** A short, honest note when the sources hold little: it says how little, and points at what there is. */
export function thinEvidenceNote(ev: Evidence, found: SentenceView[], topicLabel: string): Draft {
  const docs = new Set(found.map((s) => s.doc.id));
  const name = ev.person.name;
  const mentioning = ev.docs.filter((d) => d.aboutPerson).length;
  // "cybersecurity" reads lower-case in a sentence; a name ("Syria", "NATO") keeps its capitals.
  const topic = !ev.topic.isName && (ev.topic.lexicon || /^\p{Ll}/u.test(ev.topic.query.trim())) ? inSentenceCase(topicLabel, ev.topic.query) : topicLabel;
  const object = objectPronoun(ev.person.type, ev.referrer.gender ?? ev.referrer.namedGender ?? null);
  const text = found.length
    ? `The sources say little about ${name} and ${topic}: ${found.length} passage${found.length === 1 ? '' : 's'} in ${docs.size} document${docs.size === 1 ? '' : 's'}.`
    : mentioning === 1
      ? `The one document that mentions ${name} says nothing about ${object} on ${topic}.`
      : `None of the ${mentioning} documents that mention ${name} says anything about ${object} on ${topic}.`;
  const cites = (found.length ? found : ev.docs.flatMap((d) => d.sentences.filter((s) => s.ref === 'name')))
    .slice(0, 3)
    .map(cite);
  return { text, cites, note: true };
}

/**
 * The person holds the role named at `at` in this sentence: a title in someone's chant or quoted words ("President
 * X!") is not held, nor a title that takes in another person ("Mr. Lund and Senator", "…, former mayor Anna Berg"),
 * nor a standing in a race ("poll leader", "chief rival"), nor a post named by whose it is ("his chief of staff").
 */
export function roleHeld(ev: Pick<Evidence, 'selfKeys'>, s: SentenceView, role: string, at: number): boolean {
  if (!isOffice(role)) return false;
  // A post held for someone the sentence names elsewhere ("his chief of staff", "her spokesman") reads wrongly alone.
  if (/^(?:his|her|their|its|our|my|your)\s/i.test(role.trim())) return false;
  if (at < 0) return true;
  // The words before a bare title qualify it too ("Republican poll leader" recorded as "leader").
  const lead = s.text.slice(Math.max(0, at - 40), at).split(/[,;:(]/).pop()!.trim().split(/\s+/).slice(-2).join(' ');
  if (lead && !isOffice(`${lead} ${role}`.split(/\s+(?:of|for|to|on|at|in)\s+/i)[0])) return false;
  const span: [number, number] = [s.span[0] + at, s.span[0] + at + role.length];
  if (insideAnyQuote(s.doc, span, s.text, s.span[0])) return false;
  return !s.doc.extraction.entities.some(
    (e) =>
      e.type === 'person' &&
      !ev.selfKeys.has(e.key) &&
      e.mentions.some((m) => m.via !== 'pronoun' && m.span[0] < span[1] && m.span[1] > span[0]),
  );
}

/** A background passage is a sentence of some length. */
const BACKGROUND_MIN_WORDS = 10;

// ── Context ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function contextSection(ev: Evidence): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  const name = ev.person.name;
  const addRole = (role: string, s: SentenceView, nameText: string, at: number) => {
    if (!roleHeld(ev, s, role, at)) return;
    // "U.S. President" and "US President" are one title.
    const key = role.toLowerCase().replace(/^(the|a)\s+/, '').replace(/\b(\p{L})\.(?=\p{L}\b|\s|$)/gu, '$1');
    if (key === name.toLowerCase()) return;
    // A title cut short ("President of the", "a spokesman for Mrs") says nothing.
    if (/\b(?:of|the|a|an|and|for|to|in|at|mr|mrs|ms|dr)\.?$/i.test(key)) return;
    const ws = key.split(/\s+/);
    // "President" adds nothing to "French President" already listed; a fuller title replaces a shorter one.
    if ([...seen].some((k) => ws.every((w) => k.split(/\s+/).includes(w)))) return;
    const shorter = out.findIndex((o) => o.slots?.[0] && o.slots[0].toLowerCase().split(/\s+/).every((w) => ws.includes(w)));
    if (shorter >= 0) out.splice(shorter, 1);
    seen.add(key);
    out.push({ text: `${name}: ${role}`, cites: [cite(s)], slots: [role, nameText] });
  };
  const keys = new Set(ev.person.keys);
  for (const d of ev.docs) {
    for (const e of d.extraction.entities) {
      if (!keys.has(e.key)) continue;
      for (const r of e.roles) {
        const s = sentenceAt(d, r.span[0]);
        const nameText = e.mentions.find((m) => m.sentence === s?.index && m.via !== 'pronoun')?.text ?? ev.referrer.surname;
        // The title must stand next to a name of the person here ("President Bill Clinton" is not Hillary Clinton's).
        const rs = s ? r.span[0] - s.span[0] : -1;
        const re = s ? r.span[1] - s.span[0] : -1;
        const adjacent = s?.refs.some(
          (x) =>
            x.kind === 'name' &&
            /\s/.test(s.text.slice(x.start, x.end).trim()) &&
            ((x.start >= re && x.start - re <= 3) || (rs >= x.end && rs - x.end <= 4)),
        );
        if (s && !s.repeat && adjacent && ROLE_WORDS.test(r.text)) addRole(r.text, s, nameText, r.span[0] - s.span[0]);
      }
    }
    for (const s of d.sentences) {
      if (s.repeat || !/[.!?]["”’)]?$/.test(s.text.trim())) continue; // headlines capitalise every word
      for (const ref of s.refs) {
        // Only next to a full name: "President Clinton" may be another Clinton.
        if (ref.kind !== 'name' || !/\s/.test(s.text.slice(ref.start, ref.end).trim())) continue;
        for (const role of rolesInSentence(s.text, ref.start, ref.end)) {
          const before = s.text.lastIndexOf(role, ref.start);
          const at = before >= 0 && before + role.length <= ref.start ? before : s.text.indexOf(role, ref.end);
          addRole(role, s, s.text.slice(ref.start, ref.end), at);
        }
      }
    }
  }
  out.splice(4);
  // The topic's background, as it bears on the person: only from reports that say something about them on the topic
  // (a report on the topic that never mentions them, or mentions them on something else, is not their context).
  const tellsOfPerson = (d: DocView) => d.sentences.some((s) => s.ref && s.onTopic && !s.repeat);
  // The most topical passages that are not about the person, preferring their country.
  const country = ev.referrer.country;
  const countryRe = country ? new RegExp(`\\b(${escapeRegExp(country.name)}|${escapeRegExp(country.demonym)})\\b`) : null;
  const cands: { s: SentenceView; text: string; score: number }[] = [];
  for (const d of ev.docs) {
    if (!d.aboutPerson || !tellsOfPerson(d)) continue;
    const others = otherQuoteSpans(ev, d);
    for (const s of d.sentences) {
      if (s.repeat || s.ref || s.matched.length < 2) continue;
      // Corpus terms only rank passages; the topic's own words make one topical.
      if (topicScore(s.text, ev.seedTerms).score <= 0) continue;
      if (s.actors.some((k) => ev.actorNames.get(k)?.type === 'person')) continue; // background is about the topic, not people
      const text = compress(s.text);
      if (!lengthOk(text) || PRONOUN_START.test(text) || /["“”]|''/.test(s.text) || !/[.!?]["”’)]?$/.test(text)) continue;
      // A pronoun subject ("…, it is responsible for …") needs the sentence before it; alone it says too little.
      if (/^[^,;]{0,80},\s*(?:it|they|he|she|this)\s/i.test(text)) continue;
      // A he or she is someone the passage does not name here; "you" and "we" are someone speaking: neither is background.
      if (/\b(?:he|she|him|his|her|hers)\b/i.test(text) || /^(?:you|we|i|our|my)\b/i.test(text)) continue;
      // Nor a sentence that leans on the one before it ("Then it brushes past …", "If that happens, …").
      if (/^(?:[\p{L}’']+\s+){0,2}?(?:it|that|this|these|those|they)\b(?![-\s]+(?:is|was)\s+(?:the|a)\b)/iu.test(text) || leansOnPrevious(text)) continue;
      if (!/^[\p{Lu}\p{N}“"‘']/u.test(text)) continue; // a fragment, not a sentence
      // A short line is a headline or a teaser ("New sanctions bill lacks support."), not background.
      if (wordCount(text) < BACKGROUND_MIN_WORDS) continue;
      if (isHeadline(text, d.record.title) || inHeadline(s)) continue;
      // Quoted words are someone's stance, not background (a sentence inside a long quote has no marks of its own).
      if (d.extraction.quotes.some((q) => q.kind !== 'term' && overlap(q.span, s.span) > 0)) continue;
      const score =
        s.topic * (countryRe?.test(s.text) ? 1.5 : 1) * (d.record.kind === 'official' || d.record.kind === 'analysis' ? 1.2 : 1);
      cands.push({ s, text, score });
    }
  }
  for (const c of mmr(cands, 3).sort((a, b) => compareDocs(a.s.doc, b.s.doc) || a.s.index - b.s.index))
    out.push({ text: c.text, cites: [cite(c.s)] });
  return out;
}

// ── Actions and timeline ────────────────────────────────────────────────────────────────────────────────────────

function eventCite(ev: Evidence, e: Sourced<EventRecord>): { doc: DocView; sentence: SentenceView | undefined } | null {
  const doc = ev.docs.find((d) => d.id === e.document.id);
  if (!doc) return null;
  return { doc, sentence: doc.sentences.find((s) => s.index === e.record.sentence) ?? sentenceAt(doc, e.record.span[0]) };
}

const dateKey = (d: DateValue | null | undefined) => d?.value ?? '\uffff';

/** When one sentence yields several acts, the most specific one is kept (a plain statement is the least). */
const CATEGORY_RANK: EventCategory[] = [
  'Agreement or initiative',
  'Appeal or call',
  'Accusation or attribution',
  'Policy decision',
  'Sanction or legal action',
  'Demand',
  'Threat or warning',
  'Investigation',
  'Denial or rejection',
  'Military action',
  'Diplomatic action',
  'Cyber operation',
  'Public statement',
];

/** Event snippets may start or end inside a word ("…n touted"): cut back to whole words (a deletion). */
export function wholeWords(text: string): string {
  // List bullets and dashes that open a scraped line are layout, not words.
  let t = text.trim().replace(/^[•·▪◦*–-]+\s*/, '').replace(/^(?:and|but|or|while|as)\s+/i, '');
  if (t.startsWith('…')) t = t.replace(/^…\S*\s*/, '… ');
  if (t.endsWith('…')) t = t.replace(/\s*\S*…$/, ' …');
  return t.replace(/\s{2,}/g, ' ').trim();
}

/**
 * The person's last mention before the act at `at` is an object pronoun right before it ("those around him
 * acknowledge", "aides told her"): someone else does the act.
 */
export function personOnlyObjectBefore(s: Pick<SentenceView, 'text' | 'refs'>, at: number): boolean {
  const last = s.refs.filter((x) => x.end <= at).pop();
  return !!last && /^(?:him|her|them)$/i.test(s.text.slice(last.start, last.end)) && words(s.text.slice(last.end, at)).length <= 2;
}

/**
 * A negation stands within a few words before the act's trigger, in the same clause ("certainly cannot attribute",
 * "did not make a statement"): the act was not done, whatever the record says.
 */
export function negatedBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 60), at).split(/[,;:.!?—–()]/).pop() ?? '';
  return /\b(?:not|never|cannot|no longer|\w+n[’']t)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(lead);
}

/** True when another named person stands closer before the trigger than any reference to the person ("Hewitt suggested Trump …"). */
function someoneElseActs(ev: Evidence, doc: DocView, s: SentenceView, r: EventRecord): boolean {
  const ahead = cataphoricSubject(s.text);
  if (ahead) {
    ev.referrer.names.lastIndex = 0;
    const self = ev.referrer.names.test(ahead);
    ev.referrer.names.lastIndex = 0;
    if (!self) return true;
  }
  const at = r.triggerSpan ? r.triggerSpan[0] - s.span[0] : s.text.indexOf(r.trigger);
  if (!r.trigger || at < 0 || at > s.text.length) return false;
  // The person only as an object just before the act ("those around him acknowledge", "aides told her"): the
  // act is someone else's.
  if (personOnlyObjectBefore(s, at)) return true;
  if (othersInWithClause(s, at)) return true;
  if (invertedOtherSpeaker(s, at)) return true;
  const selfBefore = s.refs.filter((x) => x.end <= at).map((x) => x.start);
  let other = -1;
  for (const e of doc.extraction.entities) {
    if (e.type !== 'person' || ev.selfKeys.has(e.key)) continue;
    for (const m of e.mentions) {
      const off = m.span[0] - s.span[0];
      if (m.sentence === s.index && m.via !== 'pronoun' && off < at) other = Math.max(other, off);
    }
  }
  if (other >= 0 && !selfBefore.some((x) => x > other)) return true;
  // The words just before the trigger are its subject: a pronoun or a name that is not the person's.
  const lead = s.text.slice(Math.max(0, at - 30), at);
  const m = lead.match(/(?:^|[\s,])((?:\p{Lu}[\p{L}'’.-]*|he|she|they|i|we|you)(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:\w+ly\s+)?$/u);
  if (!m) return false;
  const start = at - (lead.length - lead.lastIndexOf(m[1]));
  const coveredBySelf = s.refs.some((x) => x.start <= start && x.end >= start + 1);
  if (!coveredBySelf && pronounContinuesPerson(s, m[1], start, ev.referrer.gender)) return false;
  return !coveredBySelf && !OPENER_WORDS.test(m[1]);
}

/** A quotation opened before `at` in the text is still open there. */
function quoteOpenAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/[“«]/g) > count(/[”»]/g) || count(/"/g) % 2 === 1 || count(/''/g) % 2 === 1;
}

/**
 * A he or she of the person's gender later in a sentence that has named the person, with no one else named between
 * (checked by the caller), is the person ("As a senator, Lund has opposed the levy; as governor, she signed a bill …").
 */
export function pronounContinuesPerson(
  s: Pick<SentenceView, 'text' | 'refs'>,
  pronoun: string,
  at: number,
  gender: 'm' | 'f' | null | undefined,
): boolean {
  const p = pronoun.toLowerCase();
  if (p !== 'he' && p !== 'she') return false;
  if (gender && genderOf(p) !== gender) return false;
  // A name inside quoted words is the speaker's subject, and a quote between them ends someone's words: the he or
  // she after it is that speaker ("“Lund's voters want little,” he said").
  return s.refs.some(
    (x) =>
      x.kind !== 'pronoun' &&
      x.kind !== 'body' &&
      !x.possessive &&
      !possessiveAfter(s.text, x.end) &&
      x.end <= at &&
      !quoteOpenAt(s.text, x.start) &&
      !/[“”"«»]|''/.test(s.text.slice(x.end, at)),
  );
}

/**
 * The sentence's subject, before the act's trigger, is "his …" or "her …" of the gender the person does not have
 * ("Her campaign also announced …" for a man): it belongs to someone else.
 */
export function ownerOfOtherGender(text: string, triggerAt: number, gender: 'm' | 'f' | null | undefined): boolean {
  if (!gender) return false;
  const m = text.match(/^[\s“"‘'(—–-]*(his|her)\s+/iu);
  if (!m || triggerAt < m[0].length) return false;
  // The owned thing and an adverb at most ("Her campaign also"), no clause break, before the trigger.
  const between = text.slice(m[0].length, triggerAt);
  if (/[,;:()—–]/.test(between) || words(between).length > 3) return false;
  return genderOf(m[1]) !== gender;
}

/**
 * A speech tag after a quote names its speaker after the verb ("“…,” said Eva Lind, the union's leader"): when that
 * name is not the person's, the saying is someone else's.
 */
export function invertedOtherSpeaker(s: Pick<SentenceView, 'text' | 'refs'>, at: number): boolean {
  if (!/[,!?]\s*(?:''|[”"’])\s*$/.test(s.text.slice(Math.max(0, at - 6), at))) return false;
  const m = s.text.slice(at).match(/^(?:said|says|added|asked|wrote|told)\s+((?:(?:\p{Lu}[\p{L}.'’-]*)\s*){1,4})/u);
  if (!m) return false;
  const from = at + m[0].indexOf(m[1]);
  return !s.refs.some((x) => x.start >= from && x.start < from + m[1].length);
}

/**
 * The act is a participle in a "with …" phrase whose subject is not the person ("…, with a growing majority of voters
 * saying she cannot be trusted", "with critics calling the plan late"): the act is theirs, not the person's.
 */
export function othersInWithClause(s: Pick<SentenceView, 'text' | 'refs'>, at: number): boolean {
  if (!/^[\p{L}'’-]+ing\b/u.test(s.text.slice(at))) return false;
  const m = s.text.slice(Math.max(0, at - 100), at).match(/\bwith\s+([^,;:—()]{1,90}?)\s+(?:\w+ly\s+)?$/i);
  if (!m) return false;
  const from = at - (s.text.slice(Math.max(0, at - 100), at).length - m.index!);
  return !s.refs.some((x) => x.start >= from && x.end <= at);
}

/**
 * The person is not the subject of the sentence: a verb stands before their first mention ("Lund criticised Berg over
 * his plan", "The mayor is opening Berg's exhibition", "Lund said that Berg's refusal …"). An opening phrase up to a
 * comma ("In a speech on Monday, Berg …") and a passive agent ("… made by Berg") do not count.
 */
export function personNotSubject(s: Pick<SentenceView, 'text' | 'refs'>): boolean {
  const first = [...s.refs].sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  let lead = s.text.slice(0, first.start);
  if (/\bby\s+(?:the\s+)?$/i.test(lead)) return false;
  // The subject of a clause of its own ("The news came just after Berg gathered …").
  if (!first.possessive && /\b(?:after|before|when|while|as|because|since|once|until|where|if|although|though)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/iu.test(lead)) return false;
  const cut = Math.max(lead.lastIndexOf(', '), lead.lastIndexOf('— '), lead.lastIndexOf(' - '));
  // The name in apposition to a verb's object ("Mr. Obama warned the Chinese leader, Xi Jinping, during …") is that
  // object, not the subject.
  // (Closed by a comma after the name too: "…, Lund said" is a speaker put after the words.)
  if (cut >= 0 && /^\s*$/.test(lead.slice(cut + 2)) && !first.possessive && /^,/.test(s.text.slice(first.end))) {
    const np = lead.slice(0, cut).match(/(?:^|[,;:—]\s*)([^,;:—]*?)\b(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/u);
    if (np && /\p{Ll}/u.test(np[1]) && nlp(np[1]).has('#Verb')) return true;
  }
  if (cut >= 0) lead = lead.slice(cut + 2);
  if (!/\p{Ll}/u.test(lead)) return false;
  return nlp(lead).has('#Verb');
}

/** Words a finished clause does not end on: a snippet ending in one was cut mid-phrase ("… called for a"). */
const SAYING = /^(?:said|says|say|saying|told|tells|tell|telling|added|noted|remarked|stated|wrote|tweeted)$/i;

const DANGLING = /\s(?:a|an|the|to|for|of|and|or|in|on|at|with|by|that|from|as|his|her|their|its|is|are|was|were|be|did|does|do|has|have|had|will|would|can|could)\s*…?$/i;

/**
 * The words of an event as shown: its snippet cut to whole words, or, when the snippet stops mid-phrase, the whole
 * sentence it comes from (compressed only by deletion), so no action reads as a fragment.
 */
export function completeAction(snippet: string, sentence: string): string {
  const t = wholeWords(snippet);
  // A snippet that starts mid-clause ("can be saved from …, Rubio said") is as much a fragment as one that stops early.
  const startsMid =
    /^[\p{Ll}…]/u.test(t) && /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|added|wrote)\b/u.test(t) && !sentence.trim().startsWith(t.slice(0, 20));
  // A snippet that stops right before quoted words ("called the migrants" | "“rapists”") leaves out what was said.
  const at = sentence.indexOf(t);
  const rest = at >= 0 ? sentence.slice(at + t.length) : '';
  const beforeQuote = /^\s*[“"«‘]/.test(rest);
  // The clause goes on with what was explained, urged or meant ("had to explain to Clinton | that …", "open to
  // refugees in cases | where …"), or the snippet is itself a relative clause ("a charge that | X has denied").
  const goesOn = /^\s*(?:that|which|who|whom|whose|where|whether|how|why|what|to)\b/i.test(rest);
  // Or it starts inside an opening phrase ("Even before | Francis' remarks about him, Trump had …").
  const relative = at > 0 && /\b(?:that|which|who|whom|before|after|since|until|despite|because|although|though|when|while|if)\s*$/i.test(sentence.slice(0, at));
  // Or it stops at the end of an insertion about its object, before the clause goes on ("argued the pipeline, which
  // most members back, | “would never be built” without …"): what was argued is left out.
  const insertion = /,\s+(?:which|who|whose|whom|where)\b[^,;:—–]*$/i.test(t) && /^\s*[,—–]/.test(rest);
  if (!DANGLING.test(t) && !startsMid && !beforeQuote && !goesOn && !relative && !insertion) return t;
  const whole = compress(sentence);
  if (whole.length <= 320) return whole;
  // (Cut short either way: the mark says so, "calling on the United States …" before the quoted words it left out.)
  return `${t.replace(/(?:\s+(?:a|an|the|to|for|of|and|or|in|on|at|with|by|that|from|as|his|her|their|its|is|are|was|were|be))+\s*…?$/i, '').replace(/\s*…$/, '')} …`;
}

/**
 * A pronoun in a leading subordinate clause points ahead to the main clause's subject: in "As she left the hall,
 * Jones waved", "she" is Jones. Returns that subject's name, or null when the sentence is not built so.
 */
export function cataphoricSubject(text: string): string | null {
  const lead = text.match(/^(?:[\p{L}’']+\s+){0,2}?(?:as|when|while|after|before|although|though|since|because|once)\s+(?:he|she)\s[^,]{3,200},\s+/iu);
  if (!lead) return null;
  // Case matters from here on: the subject is a capitalised name.
  const m = text.slice(lead[0].length).match(/^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})(?=[\s,])/u);
  if (!m) return null;
  if (/^(?:The|A|An|He|She|It|They|This|That|There|I|We)\b/.test(m[1])) return null;
  return m[1];
}

const OPENER_WORDS = /^(?:The|A|An|On|In|At|After|Before|When|While|Last|This|That|It|But|And|Also|Then|Now|Yesterday|Today|Meanwhile)$/;

/**
 * Events whose recorded actor is only a title ("President") that, in this sentence, is part of a description of the
 * person ("the President of the French Republic"): the person's own acts.
 */
export function describedEvents(ev: Evidence): Sourced<EventRecord>[] {
  const out: Sourced<EventRecord>[] = [];
  for (const d of ev.docs) {
    for (const r of d.extraction.events) {
      if (!r.actor || (r.actorKey && ev.selfKeys.has(r.actorKey))) continue;
      // A body the extraction already knows acts for the person ("the Elysée" → the French president).
      if (r.actingForKey && ev.person.keys.includes(r.actingForKey)) {
        out.push({ record: r, document: { id: d.id, path: d.record.path, title: d.record.title, published: d.record.published?.value ?? null } });
        continue;
      }
      const s = d.sentences.find((x) => x.index === r.sentence);
      const actor = r.actor.toLowerCase();
      const described = s?.refs.some(
        (ref) => (ref.kind === 'description' || ref.kind === 'body') && s.text.slice(ref.start, ref.end).toLowerCase().includes(actor),
      );
      if (!described) continue;
      out.push({
        record: { ...r, actor: ev.person.name, actorKey: ev.person.keys[0] ?? null },
        document: { id: d.id, path: d.record.path, title: d.record.title, published: d.record.published?.value ?? null },
      });
    }
  }
  return out;
}

/** The initiative (an actor of type 'initiative') named in this sentence or the two after it, if any. */
function initiativeNear(doc: DocView, s: SentenceView): string | null {
  for (const e of doc.extraction.entities) {
    if (e.type !== 'initiative') continue;
    if (e.mentions.some((m) => m.sentence >= s.index && m.sentence <= s.index + 2)) return e.key;
  }
  return null;
}

const leadsWithPerson = (ev: Evidence, text: string) => {
  ev.referrer.names.lastIndex = 0;
  const m = ev.referrer.names.exec(text);
  ev.referrer.names.lastIndex = 0;
  return !!m && m.index < 40;
};

/** Share of a report's sentences on the topic above which the whole report counts as being about it. */
const MOSTLY_ON_TOPIC = 0.4;

export function actionsSection(ev: Evidence, used: Set<SentenceView>): Draft[] {
  const out: (Draft & { rank: number; object?: string | null; act?: ActShape | null })[] = [];
  const nameWords = new Set(contentWords([ev.person.name, ...ev.person.aliases].join(' ')));
  const seenRecords = new Set<string>();
  const described = describedEvents(ev);
  const describedSet = new Set(described);
  const seedTerms = ev.seedTerms;
  for (const e of [...ev.events, ...described]) {
    const r = e.record;
    const id = `${e.document.id}:${r.sentence}:${r.span[0]}:${r.category}`;
    if (seenRecords.has(id)) continue;
    seenRecords.add(id);
    if (!describedSet.has(e) && !(r.actorKey && ev.selfKeys.has(r.actorKey))) continue;
    if (r.polarity !== 'asserted' || r.modality === 'hypothetical' || r.modality === 'demanded') continue;
    const at = eventCite(ev, e);
    if (!at?.sentence || at.sentence.repeat) continue;
    const triggerAt = r.triggerSpan ? r.triggerSpan[0] - at.sentence.span[0] : -1;
    if (triggerAt > 0 && negatedBefore(at.sentence.text, triggerAt)) continue;
    // An act told inside someone else's quote is their account, not a record of the act.
    if (insideOthersQuote(ev, at.doc, r.span)) continue;
    // Nor is an act told inside the person's own quote ("He's talking about banning …"): it is what they said.
    if (insideAnyQuote(at.doc, r.span, at.sentence.text, at.sentence.span[0])) continue;
    // On the topic by its own words or in a report mostly on it: a report that touches the topic in passing also
    // tells of other things, even in the paragraph that touches it (a call to end sugar subsidies is no immigration
    // action, an op-ed on a trade pact beside a line on immigration is none either).
    // Even in a report mostly on the topic, a sentence with no topic word of its own or beside it that speaks of
    // another topic (a debate report on immigration: 'Cruz made a call for an end to sugar subsidies') has turned to
    // that topic.
    const topical =
      topicScore(`${r.text} ${at.sentence.text}`, ev.seedTerms).score > 0 ||
      (at.doc.topicality >= MOSTLY_ON_TOPIC && (at.sentence.onTopic || !otherLexiconTopics(at.sentence.text, ev.topic.lexicon).length));
    if (!topical) continue;
    let text = completeAction(r.text, at.sentence.text);
    // The snippet leaves out the words that bear on the topic ("vowed to curb money in politics" | "while offering
    // universal health care"): the whole sentence shows why the act belongs here.
    if (topicScore(text, seedTerms).score <= 0 && topicScore(at.sentence.text, seedTerms).score > 0 && at.sentence.text.length <= 320)
      text = compress(at.sentence.text);
    // A snippet that starts in lower case ("the email scandal broke, Lund proclaimed …") is a piece of a clause.
    if (/^\p{Ll}/u.test(text)) continue;
    // A verb of saying ("told", "said") is a statement whatever category it was given: it must carry the topic itself.
    if (r.category !== 'Public statement' && r.trigger && SAYING.test(r.trigger) && topicScore(r.text, seedTerms).score <= 0) continue;
    // A person does not run cyber operations in news prose; such a record is a misread ("pledging to counter hacking").
    if (r.category === 'Cyber operation' && !ev.bodyKeys.has(r.actorKey ?? '')) continue;
    // "Macron said" is not an action: a statement must say something, on the topic, in its own words.
    if (contentWords(text).filter((w) => !nameWords.has(w)).length < 4) continue;
    // (`text`: the snippet, or its whole sentence when only the sentence carries the topic, as for a vow "to curb
    // money in politics … while offering rent caps": the same test whatever category the vow was given.)
    if (r.category === 'Public statement' && (topicScore(text, seedTerms).score <= 0 || contentWords(text).length < 6)) continue;
    if (!describedSet.has(e) && someoneElseActs(ev, at.doc, at.sentence, r)) continue;
    // "Her campaign announced …" in a male politician's profile: the subject is someone else's side, whatever body
    // the record names.
    if (ownerOfOtherGender(at.sentence.text, triggerAt, ev.referrer.gender)) continue;
    if (!describedSet.has(e) && !ev.bodyKeys.has(r.actorKey ?? '') && personNotSubject(at.sentence)) continue;
    // A sentence that starts in lower case is a piece of one the segmenter split: its subject is elsewhere.
    if (/^\p{Ll}/u.test(at.sentence.text.trim())) continue;
    // An act named as the person's thing ("Lund's July phone call with the mayor") in a sentence that opens on
    // someone else ("Lawmakers grilled two aides on …") is mentioned there, not told: the sentence shows their act.
    const firstRef = at.sentence.refs.reduce<SentenceView['refs'][number] | undefined>((m, x) => (!m || x.start < m.start ? x : m), undefined);
    if (!describedSet.has(e) && triggerAt >= 0 && firstRef && (firstRef.possessive || possessiveAfter(at.sentence.text, firstRef.end)) && firstRef.start >= 40 && nominalTrigger(at.sentence.text, triggerAt))
      continue;
    const date = r.date ?? null;
    const sameSentence = out.find((o) => o.cites[0].span === at.sentence!.span);
    if (sameSentence) {
      if (CATEGORY_RANK.indexOf(r.category) < CATEGORY_RANK.indexOf(sameSentence.category!)) {
        sameSentence.category = r.category;
        sameSentence.text = text;
      }
      if (precisionRank(date) > precisionRank(sameSentence.date ?? null)) sameSentence.date = date;
      continue;
    }
    // The same act told twice (in one report or two) is one action: same category and either like words or the
    // same initiative named nearby ("issued an international call …" / "the Paris Call, launched in 2018 …").
    const object = r.category === 'Agreement or initiative' ? initiativeNear(at.doc, at.sentence) : null;
    // Or, in one report, the same verb on the same thing ("refuses to disavow the endorsement …" in the lead,
    // "… his refusal to disavow the endorsement of a man …" further down).
    const act = actShape(at.doc.id, at.sentence.text, r.triggerSpan ? r.triggerSpan[0] - at.sentence.span[0] : at.sentence.text.indexOf(r.trigger));
    const dup = out.find(
      (o) => o.category === r.category && (similarity(o.text, text) >= 0.5 || (!!object && o.object === object) || sameAct(o.act, act)),
    );
    if (dup) {
      if (precisionRank(date) > precisionRank(dup.date ?? null)) dup.date = date;
      if (!dup.cites.some((c) => c.doc === at.doc) && dup.cites.length < 3) dup.cites.push(cite(at.sentence));
      // The telling with the person as its subject reads best.
      if (!leadsWithPerson(ev, dup.text) && leadsWithPerson(ev, text)) {
        dup.text = text;
        dup.cites.unshift(dup.cites.splice(dup.cites.findIndex((c) => c.span === at.sentence!.span), 1)[0]);
      }
      continue;
    }
    used.add(at.sentence);
    out.push({ text, category: r.category, date, cites: [cite(at.sentence)], rank: out.length, object, act });
  }
  return out.sort((a, b) => (dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : a.rank - b.rank));
}

/** What an act is, to tell one told twice in a report: its document, its verb, and the content words after it. */
export interface ActShape {
  doc: string;
  verb: string;
  next: string[];
}

/** The shape of the act whose trigger starts at `triggerAt` in the sentence; null when too little follows it. */
export function actShape(docId: string, sentence: string, triggerAt: number): ActShape | null {
  if (triggerAt < 0) return null;
  const verb = sentence.slice(triggerAt).match(/^[\p{L}'’-]+/u)?.[0];
  // A verb of saying is followed by what was said, which a few words do not identify.
  if (!verb || verb.length < 4 || SAYING.test(verb)) return null;
  const next = contentWords(sentence.slice(triggerAt + verb.length)).slice(0, 4).map(stem);
  if (next.length < 2) return null;
  return { doc: docId, verb: verb.toLowerCase().slice(0, 5), next };
}

/**
 * One act told twice in a report: the same verb ("refuses" / "refusal"), the same first word after it and at least
 * one more of the next few ("… to disavow the endorsement of Sen. Graham" / "… to disavow the endorsement of a man").
 */
export function sameAct(a: ActShape | null | undefined, b: ActShape | null | undefined): boolean {
  if (!a || !b || a.doc !== b.doc || a.verb !== b.verb || a.next[0] !== b.next[0]) return false;
  return a.next.slice(1).some((w) => b.next.slice(1).includes(w));
}

const precisionRank = (d: DateValue | null) => (d ? { year: 1, month: 2, day: 3 }[d.precision] : 0);

/** A reference to the person falls inside an event's own words (its snippet; its span may be the whole sentence). */
export function namesPersonWithin(s: Pick<SentenceView, 'text' | 'refs' | 'span'>, span: [number, number], snippet: string): boolean {
  return refsWithin(s, span, snippet).length > 0;
}

/** The references to the person inside an event's own words (its snippet, or its span). */
function refsWithin(s: Pick<SentenceView, 'text' | 'refs' | 'span'>, span: [number, number], snippet: string): SentenceView['refs'] {
  const at = snippet ? s.text.indexOf(snippet.replace(/^…\s*|\s*…$/g, '')) : -1;
  const [from, to] = at >= 0 ? [at, at + snippet.length] : [span[0] - s.span[0], span[1] - s.span[0]];
  return s.refs.filter((x) => x.start >= from && x.end <= to);
}

/** Words between two points hold a clause break: a comma, semicolon, colon, dash or bracket. */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/;

/** The name is a modifier: after an article or a number, or joined to another name ("the Lund-Berg bill"). */
export function asModifier(text: string, r: { start: number; end: number; kind?: string }): boolean {
  // (Names only: a description opens with its own article, "the secretary of state".)
  if (r.kind !== 'name' && r.kind !== 'alias') return false;
  return attributiveName(text, r.start) || /^[-–]\p{Lu}/u.test(text.slice(r.end, r.end + 2)) || /\p{Lu}[\p{L}'’]*[-–]$/u.test(text.slice(Math.max(0, r.start - 20), r.start));
}

/**
 * A name used as a modifier of a noun, not as a participant: after an article or a number ("the Lund tax affair",
 * "1,300 Lund emails").
 */
export function attributiveName(text: string, start: number): boolean {
  // ("that" is left out: "revealed that Lund had …" is a clause.)
  return /(?:\b(?:the|a|an|these|those)|\d[\d,.]*)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** The act's trigger names a thing, not a deed ("a newly revealed phone call with", "the agency's refusal to"). */
export function nominalTrigger(text: string, triggerStart: number): boolean {
  const first = text.slice(triggerStart).match(/^[\p{L}'’-]+/u)?.[0] ?? '';
  if (!first || /ing$/i.test(first)) return false;
  const last = nlp(text.slice(0, triggerStart + first.length)).terms().last();
  return last.has('#Noun') && !last.has('#Verb');
}

/**
 * Someone else's act takes part of the person, by its words: the person is its object ("the council sued Lund",
 * "asked to question Lund"), the subject of what it reports ("revealed that Lund had …"), or, named right before a
 * verb, its subject (the record gave the act to someone else). The person only as an owner ("Lund's emails"), as a
 * modifier ("the Lund affair"), or somewhere else in the sentence ("a phone call with Lund" that a witness will face
 * questions about) does not make the act theirs. `refs` and the trigger are offsets in the sentence.
 */
export function actTakesInPerson(s: Pick<SentenceView, 'text' | 'refs'>, trigger: [number, number]): boolean {
  const [ts, te] = trigger;
  const text = s.text;
  let nominal: boolean | null = null;
  // A he or she is a guess by gender: only names, aliases, descriptions and bodies count here.
  const refs = s.refs.filter((r) => r.kind !== 'pronoun');
  const first = refs[0];
  for (const r of refs) {
    if (r.possessive || possessiveAfter(text, r.end)) {
      // "Lund's campaign said …", "Lund's lawyers, who …, said": the person's own side speaks as the sentence's
      // subject (the record gave the act to someone else).
      if (r === first && r.end <= ts && OWN_SIDE.test(text.slice(r.end)) && SUBJECT_LEAD.test(text.slice(0, r.start)))
        return true;
      // The person's own deed or thing right after the act's verb, as its object or as what its words are about:
      // "dismissed Lund's new rules", "says Mayor Lund's rules are unlawful".
      if (r.start >= te && !CLAUSE_BREAK.test(text.slice(te, r.start)) && (text.slice(te, r.start).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).every((w) => /^\p{Lu}/u.test(w))) {
        nominal ??= nominalTrigger(text, ts);
        if (!nominal) return true;
      }
      continue;
    }
    // "Lund spokeswoman Eva Berg said …", "the Lund campaign said …": the person's own side, as the subject.
    if (r === first && r.end <= ts && OWN_SIDE_BARE.test(text.slice(r.end)) && SUBJECT_LEAD.test(text.slice(0, r.start)))
      return true;
    if (attributiveName(text, r.start)) continue;
    // A title right before the name ("former Governor Lund"): the name decides.
    if (r.kind === 'description' && refs.some((x) => x !== r && x.start >= r.end && /^\s*$/.test(text.slice(r.end, x.start)))) continue;
    if (r.start >= te) {
      const between = text.slice(te, r.start);
      if (CLAUSE_BREAK.test(between)) continue;
      // The subject of the clause the act reports: "… revealed that Lund had …", "asked … whether Lund knew".
      const clause = between.match(/\b(that|whether)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|the|former)\s+){0,3}$/u);
      if (clause && words(between.slice(0, clause.index)).length <= 8 && (clause[1] === 'whether' || complementThat(between.slice(0, clause.index))))
        return true;
      if (/\b(?:that|whether|if|which|who|whom|when|while|because|as)\b/i.test(between)) continue;
      // Its object, a few words on ("sued Lund", "asked a court to question Lund", "an inquiry into Governor Lund"):
      // capitalised words (names, titles) aside, at most six words between.
      // After a verb of saying, what follows is what was said: only a listener right after it is its object ("told
      // Lund", "says President Lund is …"), not a name deep in the clause ("says the port is a trouble spot for Lund").
      const reach = SAYING.test(text.slice(ts).match(/^[\p{L}'’-]+/u)?.[0] ?? '') ? 1 : 6;
      if ((between.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !/^\p{Lu}/u.test(w)).length <= reach) {
        nominal ??= nominalTrigger(text, ts);
        if (!nominal) return true;
      }
    } else if (r.end <= ts) {
      // A description is a subject only as one ("The former mayor said"), not as what someone was ("while she was
      // mayor was sentenced").
      if (r.kind === 'description' && !/(?:^\s*|\bthe\s+|['’]s?\s+)$/iu.test(text.slice(Math.max(0, r.start - 20), r.start))) continue;
      // Named right before the verb: its subject ("Lund told the panel …" recorded as someone else's act).
      const between = text.slice(r.end, ts);
      if (words(between).length <= 2 && !CLAUSE_BREAK.test(between)) return true;
      // The sentence's subject, and the act a participle after a comma ("Lund stepped up her attacks on Holm, saying …").
      if (r === first && /^[\p{L}'’-]+ing\b/u.test(text.slice(ts)) && /,\s*$/.test(between) && SUBJECT_LEAD.test(text.slice(0, r.start)))
        return true;
    }
  }
  return false;
}

/**
 * A "that" after these words (what stands between an act's verb and it) opens what the act reports ("revealed
 * that", "said Thursday that", "told reporters that"), not a relative clause on a thing ("a trip … that Lund
 * could not make").
 */
export function complementThat(lead: string): boolean {
  const last = lead.trim().split(/\s+/).pop() ?? '';
  return (
    !last ||
    /^\p{Lu}/u.test(last) ||
    /^(?:him|her|them|us|me|you|reporters|journalists|investigators|officials|lawmakers|voters|supporters|today|yesterday|earlier|later|again|also|publicly|repeatedly|privately|week|month|year|night|morning)$/i.test(last)
  );
}

/** What may stand before a sentence's subject: a dateline, capitalised words, a date ("On 4 May 2024 …"). */
const SUBJECT_LEAD = /^\W*(?:(?:\p{Lu}[\p{L}.'’-]*|the|on|in|at|\d[\d,]*)\s+)*$/u;

/** A possessive ending right after a reference: "Lund's", "Lund’s", "Jones' " (a name ending in s). */
export function possessiveAfter(text: string, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3)) || (/s$/i.test(text.slice(end - 1, end)) && /^['’](?=\s)/.test(text.slice(end, end + 2)));
}

export function timelineSection(ev: Evidence, actions: Draft[]): Draft[] {
  const out: Draft[] = actions.filter((a) => a.date).map((a) => ({ ...a, text: a.text }));
  for (const d of ev.docs) {
    for (const r of d.extraction.events) {
      if (!r.date || r.modality === 'hypothetical') continue;
      if (r.actorKey && ev.selfKeys.has(r.actorKey)) continue; // already an action
      const s = d.sentences.find((x) => x.index === r.sentence);
      if (!s || s.repeat || insideOthersQuote(ev, d, r.span) || startsInsideQuote(s.text)) continue;
      // Nor is an act told inside anyone's quoted words ("“Now, you famously said …”" in a host's question): it is
      // their account, as for the person's own acts.
      if (insideAnyQuote(d, r.triggerSpan ?? r.span, s.text, s.span[0])) continue;
      // A headline retells the report below it, in headline words ("Hacker … admits to other intrusions").
      if (inHeadline(s)) continue;
      // Someone else's act belongs here when it is done to the person, or its words name them: a list that names
      // the person beside others who did something ("with A, B and C calling for …") does not make it theirs.
      // A he or she before the act's trigger is its subject, and the actor is someone else: that pronoun is them.
      const triggerAt = r.triggerSpan ? r.triggerSpan[0] - s.span[0] : s.text.length;
      const refs = s.refs.filter((x) => x.kind !== 'pronoun' || x.possessive || x.start > triggerAt);
      // The act is done to the person (its target, named in the sentence as more than an owner: a target read from
      // "Lund's emails" is the emails), or acting for them, or its words take the person in (see actTakesInPerson).
      const trigger: [number, number] | null = r.triggerSpan
        ? [r.triggerSpan[0] - s.span[0], r.triggerSpan[1] - s.span[0]]
        : r.trigger && s.text.indexOf(r.trigger) >= 0
          ? [s.text.indexOf(r.trigger), s.text.indexOf(r.trigger) + r.trigger.length]
          : null;
      const named = refs.some((x) => !x.possessive && !possessiveAfter(s.text, x.end) && !(x.kind !== 'pronoun' && attributiveName(s.text, x.start)));
      const involves =
        (r.targetKey && ev.selfKeys.has(r.targetKey) && named) ||
        (r.actingForKey && ev.person.keys.includes(r.actingForKey)) ||
        (s.ref && trigger && actTakesInPerson({ text: s.text, refs }, trigger));
      if (!involves || topicScore(`${r.text} ${s.text}`, ev.seedTerms).score <= 0) continue;
      const shown = r.actor && r.actorKey && s.text.toLowerCase().includes(r.actor.toLowerCase());
      const actorShown = shown && !r.text.toLowerCase().startsWith(r.actor!.toLowerCase()) ? `${r.actor}: ` : '';
      const negated = r.polarity === 'negated' && !/\bnot\b|\bnever\b|n't/.test(r.text) ? ' (not done)' : '';
      // A snippet cut at both ends reads as a fragment: the whole sentence (short enough) says it properly.
      const cut = /^…|…$/.test(wholeWords(r.text));
      let body = cut && s.text.length <= 320 ? compress(s.text) : completeAction(r.text, s.text);
      // A snippet that starts in lower case ("he did remember telling …", "were later released by …") is a piece of
      // a clause: the whole sentence, when it is short enough and a sentence itself, else nothing.
      if (/^\p{Ll}/u.test(body)) {
        const whole = compress(s.text);
        if (s.text.length > 320 || /^\p{Ll}/u.test(s.text.trim())) continue;
        body = whole;
      }
      const text = `${body !== wholeWords(r.text) && (cut || body === compress(s.text)) ? '' : actorShown}${body}${negated}`;
      if (out.some((o) => similarity(o.text, text) >= 0.6)) continue;
      out.push({ text, date: r.date, cites: [cite(s)], category: r.category, slots: r.actor && actorShown ? [r.actor] : undefined });
    }
  }
  return out.sort((a, b) => (dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : 0));
}

// ── Key quotes ──────────────────────────────────────────────────────────────────────────────────────────────────

/** Below this many words, a quote with no topic word of its own is an aside, not a key quote on the topic. */
const ASIDE_WORDS = 12;

export function quotesSection(ev: Evidence, dropped: Dropped[], used: Set<SentenceView>): Draft[] {
  const cands: { q: Sourced<QuoteRecord>; doc: DocView; score: number; text: string }[] = [];
  for (const q of ev.quotes) {
    const r = q.record;
    if (!r.speakerKey || !ev.person.keys.includes(r.speakerKey)) continue;
    if (r.kind === 'term' || r.repeatOf !== null) continue;
    const doc = ev.docs.find((d) => d.id === q.document.id);
    if (!doc) continue;
    // A key quote must stand alone: fragments embedded in the writer's sentence need some length to say anything.
    const n = wordCount(r.text);
    if (n < 5 || ((r.kind === 'partial' || /^[\p{Ll}…]/u.test(r.text.trim())) && n < 7)) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'too short to stand alone' });
      continue;
    }
    // A double quotation mark inside the words ('squatters“ while calling for …') shows that the quote's bounds
    // were misread: the writer's own sentence runs on inside it.
    if (/[“”"]/.test(r.text.trim().slice(0, -2))) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'quotation marks inside the words: the bounds are unsure' });
      continue;
    }
    // Words the writer puts in the person's mouth as what they should or could say ('Lund would do better to say
    // that “…”') were never said.
    if (wouldSay(doc.record.text.slice(Math.max(0, r.span[0] - 80), r.span[0]))) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'what the writer says the person should say, not what they said' });
      continue;
    }
    if (looksLikeTitle(r.text)) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'a title or name in quotation marks, not speech' });
      continue;
    }
    ev.referrer.names.lastIndex = 0;
    if (ev.referrer.names.test(r.text)) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'names the person: someone else speaking about them' });
      continue;
    }
    const other = pronounSpeakerIsOther(ev, doc, r);
    if (other) {
      dropped.push({ section: 'quotes', text: r.text, reason: `"${doc.record.text.slice(r.speakerSpan![0], r.speakerSpan![1])}" most likely stands for ${other}` });
      continue;
    }
    const s = doc.sentences.find((x) => x.index === r.sentence) ?? sentenceAt(doc, r.span[0]);
    const around = doc.sentences.filter((x) => s && x.paragraph === s.paragraph && Math.abs(x.index - s.index) <= 1);
    // A quote that opens its paragraph goes on from the paragraph before when that one ends on the person's words
    // ("Lund said rents must be capped. | “No family should …,” she said."): its last sentence is a neighbour too.
    const before = s && doc.sentences.find((x) => x.index === s.index - 1);
    if (before && before.paragraph !== s!.paragraph && before.ref && before.ref !== 'pronoun') around.push(before);
    const own = topicScore(r.text, ev.seedTerms).score;
    const ctx = Math.max(0, ...around.map((x) => (x.onTopic && x.matched.length ? topicScore(x.text, ev.seedTerms).score : 0)));
    // The person's own words on the topic come first; words beside a passage on it, after.
    const score = (own > 0 ? 2 + own : 0) + 0.5 * ctx + 2 * doc.topicality;
    // A quote bears on the topic through its own words or its neighbours'; a topical report alone carries only a
    // long quote ("Happy holidays!" in a report on trade is not a key quote on trade).
    // In a report on the topic, a broad word of it ("online" in a cyber story) is enough for the person's own words.
    const broadInTopicalReport = doc.topicality >= 0.25 && topicScore(r.text, ev.seedTerms, { broadAlone: true }).score > 0;
    // Words that say nothing of the topic themselves need some length to be more than an aside ("It's a never ending
    // line!" beside a passage on health care is no key quote on it).
    // Beside a topical passage, in a report mostly on something else, they are more often about that something else.
    // The writer's own words around the quote, in its sentence, may say what it is about ("Berg hit Lund over the
    // levy, calling it 'a raid on every family'"): then even a short quote is on the topic. The sentence must refer to
    // the person: one that names only others frames their words, whatever the extraction says of the speaker.
    const framed = own <= 0 && !!s && !!s.ref && s.ref !== 'body' && topicScore(outsideSpan(s, r.span), ev.seedTerms).score > 0;
    // Beside the person's own reported words on the topic ("Lund says the levy is unfair. | “It hits the small boats
    // first,” Lund said."), the quote goes on with that statement.
    // Unless its own sentence says it is about something else ("…,” Lund said of the new stadium).
    // (The attribution may follow in the next sentence when the quote ends on "?" or "!".)
    const saidOfOther = SAID_OF.test(doc.record.text.slice(r.span[1], r.span[1] + 80)) || (!!s && SAID_OF.test(outsideSpan(s, r.span)));
    // Only words that stand as a sentence: a fragment inside the writer's sentence is framed by that sentence alone.
    const wholeSentence = r.kind !== 'partial' && !/^[\p{Ll}…]/u.test(r.text.trim());
    const goesOnFromStance = own <= 0 && !framed && wholeSentence && !saidOfOther && around.some((x) => x !== s && ownStatementOnTopic(ev, doc, x));
    if (own <= 0 && !broadInTopicalReport && !framed && !goesOnFromStance && (n < ASIDE_WORDS || (ctx <= 0 && doc.topicality < 0.5) || (n < 2 * ASIDE_WORDS && doc.topicality < 0.25))) {
      dropped.push({ section: 'quotes', text: r.text, reason: 'not on the topic' });
      continue;
    }
    if (s) used.add(s);
    cands.push({ q, doc, score, text: r.text });
  }
  const kept: typeof cands = [];
  for (const c of cands.sort((a, b) => b.score - a.score)) {
    const norm = c.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const repeat = kept.find((k) => {
      const kn = k.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      return kn.includes(norm) || norm.includes(kn) || similarity(k.text, c.text) > 0.8;
    });
    if (repeat) {
      dropped.push({ section: 'quotes', text: c.text, reason: 'repeats another quote' });
      continue;
    }
    if (kept.length < 10) kept.push(c);
  }
  return kept
    .sort((a, b) => compareDocs(a.doc, b.doc) || a.q.record.span[0] - b.q.record.span[0])
    .map((c) => ({
      text: c.q.record.text,
      verbatim: true,
      // The date a quote was said is the report's date; a date named near it is often about something else.
      date: c.doc.date,
      cites: [{ doc: c.doc, span: c.q.record.span }],
    }));
}

/** "… said of Y", "… asked about Y": the attribution names what the quote is about. */
const SAID_OF = /\b(?:said|says|say|added|adds|asked|asks|told)\s+(?:\p{L}+\s+)?(?:of|about)\s/iu;

/** The sentence holds a statement the extraction gives the person, whose reported content names the topic. */
function ownStatementOnTopic(ev: Evidence, doc: DocView, x: SentenceView): boolean {
  if (!x.ref || x.ref === 'body') return false;
  return doc.extraction.statements.some(
    (st) =>
      st.sentence === x.index &&
      !!st.speakerKey &&
      ev.person.keys.includes(st.speakerKey) &&
      topicScore(doc.record.text.slice(st.contentSpan[0], st.contentSpan[1]), ev.seedTerms).score > 0,
  );
}

/** A sentence's text with a span of the document (a quote in it) and any other quotation cut out. */
export function outsideSpan(s: Pick<SentenceView, 'text' | 'span'>, span: [number, number]): string {
  const a = Math.max(0, span[0] - s.span[0]);
  const b = Math.max(a, Math.min(s.text.length, span[1] - s.span[0]));
  // Other quotations in the sentence are someone's words too, not the writer's framing.
  return `${s.text.slice(0, a)} … ${s.text.slice(b)}`.replace(/[“"][^“”"]*[”"]/g, ' … ');
}

/** The words before a quote make it what someone should, could or would say ("would do better to say that “"). */
export function wouldSay(before: string): boolean {
  return /\b(?:would|should|could|might|ought to)\s+(?:[\p{L}'’-]+\s+){0,4}(?:say|said|write|written|tell|told)\s+(?:(?:that|something like|instead)\s+)?[“"‘']?\s*$/iu.test(before);
}

/** A short run of capitalised words ("Meet the Press", "Fox News Sunday."): a programme or a title, not speech. */
export function looksLikeTitle(text: string): boolean {
  const ws = text.trim().replace(/[.!?,]+$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 6) return false;
  const small = /^(?:the|of|a|an|and|on|in|for|to|with|at)$/;
  return /^\p{Lu}/u.test(ws[0]) && ws.every((w) => /^\p{Lu}/u.test(w) || small.test(w)) && !/^(?:I|We|You|No|Yes)$/.test(ws[0]);
}

const SPEAKER_PRONOUN = /^(?:he|she|they|i|we)$/i;
/** How far back (characters) a pronoun's antecedent is looked for. */
const ANTECEDENT_WINDOW = 1500;

/**
 * When a quote's speaker is only a pronoun ("…," he said), the person named last before it, outside quotation marks,
 * is whom it most likely means. Returns that other person's name when it is not the profiled person (or the
 * person is named only inside someone's quote), else null. ("I think Smith is wrong," he added — "he" is not Smith.)
 */
export function pronounSpeakerIsOther(ev: Evidence, doc: DocView, q: QuoteRecord): string | null {
  const sp = q.speakerSpan;
  if (!sp) return null;
  const text = doc.record.text;
  if (!SPEAKER_PRONOUN.test(text.slice(sp[0], sp[1]).trim())) return null;
  const from = Math.max(0, sp[0] - ANTECEDENT_WINDOW);
  const quoted = doc.extraction.quotes.filter((x) => x.kind !== 'term').map((x) => [x.span[0] - 1, x.span[1] + 1] as [number, number]);
  const outsideQuotes = (at: number) => !quoted.some(([a, b]) => at >= a && at < b);
  // Mentions inside the quote being attributed do not count either.
  const before = (at: number) => at >= from && at < sp[0] && !(at >= q.span[0] - 1 && at < q.span[1] + 1);
  let self = -1;
  let other: { at: number; name: string } | null = null;
  const said = text.slice(sp[0], sp[1]).trim().toLowerCase();
  for (const e of doc.extraction.entities) {
    const isSelf = ev.person.keys.includes(e.key);
    if (!isSelf && e.type !== 'person') continue;
    // Someone the text calls "she" is not the "he" who spoke (and the other way round).
    if (!isSelf && (said === 'he' || said === 'she') && otherGender(e, text) === (said === 'he' ? 'f' : 'm')) continue;
    for (const m of e.mentions) {
      if (m.via === 'pronoun' || !before(m.span[0]) || !outsideQuotes(m.span[0])) continue;
      // "Smith's remarks": a possessive name is rarely what a later "he said" stands for.
      if (!isSelf && /^['’]s?\b/.test(text.slice(m.span[1], m.span[1] + 2))) continue;
      // "in Iowa", "from Springfield": a place read as a person is no one's antecedent.
      if (!isSelf && /\b(?:in|at|from|to|across|near|of)\s+$/i.test(text.slice(Math.max(0, m.span[0] - 8), m.span[0]))) continue;
      if (isSelf) self = Math.max(self, m.span[0]);
      else if (!other || m.span[0] > other.at) other = { at: m.span[0], name: e.name };
    }
  }
  // The person's name as the text writes it (extraction may have missed a mention).
  const re = new RegExp(ev.referrer.names.source, 'giu');
  for (const m of text.slice(from, sp[0]).matchAll(re)) {
    const at = from + m.index!;
    if (before(at) && outsideQuotes(at)) self = Math.max(self, at);
  }
  if (other && other.at > self) return other.name;
  if (self < 0) return other?.name ?? 'someone not named nearby';
  return null;
}

/**
 * The gender the text gives an actor, if its signs agree: the pronouns linked to it, else the courtesy titles written
 * before its name ("Mr. Lund", "Ms. Berg"), else a first name that carries a gender ("Donald", "Elizabeth").
 */
export function otherGender(e: { name: string; mentions: { via: string; text: string; span: [number, number] }[] }, text: string): 'm' | 'f' | null {
  const vote = (m: number, f: number) => (m && !f ? 'm' : f && !m ? 'f' : null);
  let m = 0;
  let f = 0;
  for (const x of e.mentions) {
    if (x.via !== 'pronoun') continue;
    if (/^(?:he|him|his|himself)$/i.test(x.text)) m++;
    else if (/^(?:she|her|hers|herself)$/i.test(x.text)) f++;
  }
  if (m || f) return vote(m, f);
  for (const x of e.mentions) {
    if (x.via === 'pronoun') continue;
    const title = text.slice(Math.max(0, x.span[0] - 8), x.span[0]).match(/\b(Mr|Mrs|Ms|Miss|Sir|Madam|Dame)\.?\s+$/)?.[1];
    if (title === 'Mr' || title === 'Sir') m++;
    else if (title) f++;
  }
  if (m || f) return vote(m, f);
  const parts = e.name.split(/\s+/);
  if (parts.length < 2) return null;
  const g = firstNameGender(parts[0]);
  return g === 'm' || g === 'f' ? g : null;
}

// ── Criticism ───────────────────────────────────────────────────────────────────────────────────────────────────

/** How many words a criticism cue may stand from the nearest mention of the person and still be about them. */
const CUE_REACH = 15;

/**
 * The cue bears on the person: a mention of them (name, pronoun, possessive, their body) within a few words of it.
 * "… legislation to close a loophole which lets gun buyers who would fail a check …" says nothing against a person
 * named twenty words earlier.
 */
export function cueNearPerson(s: Pick<SentenceView, 'text' | 'refs'>, cueAt: number, cueEnd: number): boolean {
  return s.refs.some((r) => {
    const gap = r.end <= cueAt ? s.text.slice(r.end, cueAt) : r.start >= cueEnd ? s.text.slice(cueEnd, r.start) : '';
    return words(gap).length <= CUE_REACH;
  });
}

/**
 * The cue's object is someone else: another person named right after it, before the person is ("she accused
 * Lund of siding with Berg" is criticism of Lund, not of Berg). `others` are the other people's mention offsets.
 */
export function cueAimsAtOther(s: Pick<SentenceView, 'text' | 'refs'>, cueAt: number, cueEnd: number, others: [number, number][]): boolean {
  // "Berg's controversial plan": the cue qualifies another person's thing ("Berg's criticism of Lund" is Berg's act).
  const cue = s.text.slice(cueAt, cueEnd);
  if (!CRITICISING_NOUN.test(cue) && others.some(([, end]) => end <= cueAt && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(s.text.slice(end, cueAt)))) return true;
  const tail = s.text.slice(cueEnd);
  // (A name after "from" or "by" is who criticises: "drew criticism from Berg".)
  const stop = tail.search(/\b(?:of|for|over|as|about|because|after|when|while|since|from|by)\b|[,;.:]/);
  const objectEnd = cueEnd + (stop < 0 ? Math.min(tail.length, 60) : stop);
  const other = others.some(([at]) => at >= cueEnd && at < objectEnd);
  const self = s.refs.some((r) => r.start >= cueEnd && r.start < objectEnd);
  return other && !self;
}

/** A noun that names an act of criticising: whoever's it is ("Berg's scathing criticism that …") is the critic. */
const CRITICISING_NOUN = /^(?:critici[sz]ms?|condemnations?|accusations?|attacks?\s+on|rebukes?|blame|mockery|denunciations?)$/i;

/**
 * The critic named as the owner of a criticising noun ("Eva Holm's scathing criticism that Lund misled voters", "Berg's
 * attack on Lund"): the index of the owner's name among `others`, or -1.
 */
export function possessiveCritic(text: string, cueAt: number, cueEnd: number, others: [number, number][]): number {
  if (!CRITICISING_NOUN.test(text.slice(cueAt, cueEnd))) return -1;
  return others.findIndex(([, end]) => end <= cueAt && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(end, cueAt)));
}

/**
 * The person's own criticism: a criticising noun right after their possessive ("Clinton's critique is a typical line
 * of attack on tax cuts", "Lund's sharp criticism of the port plan"): they criticise, whatever cues follow.
 */
export function ownCriticism(text: string, cueAt: number, refs: { start: number; end: number; possessive: boolean }[]): boolean {
  const noun = text.slice(cueAt).match(/^[\p{L}]+(?:\s+on)?/u)?.[0] ?? '';
  if (!CRITICISING_NOUN.test(noun) && !/^critiques?$/i.test(noun)) return false;
  return refs.some((r) => {
    if (!r.possessive || r.end > cueAt) return false;
    const between = text.slice(r.end, cueAt).match(/^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,2})$/u);
    // (Adjectives only between: "Lund's plan drew criticism" is criticism of Lund's plan.)
    return !!between && (!between[1] || !nlp(between[1]).has('(#Verb|#Noun)'));
  });
}

/**
 * The cue's object is a him/her the person cannot be ("… with Clinton, trashing Trump and accusing him of …" in a
 * woman's profile): it aims at someone else.
 */
export function cueAimsAtOtherGender(text: string, cueEnd: number, gender: 'm' | 'f' | null | undefined): boolean {
  if (!gender) return false;
  // ("her" is an object before a preposition or a stop, a possessive before a noun: "accused her campaign".)
  const obj = text
    .slice(cueEnd, cueEnd + 30)
    .match(/^\s+(?:(him)\b|(her)(?=\s*[,.;:!?]|\s+(?:of|for|over|as|in|on|at|to|with|about|after|because|and|but|when|while)\b))/iu);
  return !!obj && (gender === 'm' ? !!obj[2] : !!obj[1]);
}

/**
 * A passive cue in a clause that shares the sentence's subject ("Then she invoked …, and was roundly criticized") is
 * about that subject: not about a person of the other gender named elsewhere in the sentence.
 */
export function passiveOfOtherSubject(text: string, cueAt: number, gender: 'm' | 'f' | null | undefined): boolean {
  if (!gender) return false;
  if (!/\band\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, cueAt - 40), cueAt))) return false;
  const subject = text.match(/^(?:(?:then|but|and|yet|still|later|instead|now)\b,?\s+)?(he|she)\b/i)?.[1]?.toLowerCase();
  return !!subject && (subject === 'he' ? 'm' : 'f') !== gender;
}

/**
 * Someone else's criticism of something else: a criticising noun owned by a his/her/their that is not the person's,
 * with the person not its object ("Berg's remark about Lund's letters; his criticism of a soldier's family"). `refs`
 * are the person's mentions, their own possessive pronouns included.
 */
export function othersCriticismOfOther(text: string, cueAt: number, cueEnd: number, refs: { start: number; end: number }[]): boolean {
  if (!CRITICISING_NOUN.test(text.slice(cueAt, cueEnd))) return false;
  const owner = text.slice(Math.max(0, cueAt - 30), cueAt).match(/\b(his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu);
  if (!owner) return false;
  const ownerAt = cueAt - owner[0].length;
  if (refs.some((r) => r.start === ownerAt)) return false;
  return !personIsCueObject(text, cueEnd, refs, 5);
}

/**
 * The critic named in an appositive of the cue ("…, said Nora Ek, a longtime critic of Lund", "Berg, one of the
 * plan's harshest critics, said …"): the index of that name among `others`, or -1.
 */
export function appositiveCritic(text: string, cueAt: number, cueEnd: number, others: [number, number][]): number {
  if (!/^critics?$/i.test(text.slice(cueAt, cueEnd))) return -1;
  return others.findIndex(
    ([, end]) => end <= cueAt && /^,\s+(?:(?:a|an|the|one|another)\s+)?(?:(?:of\s+)?[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(end, cueAt)),
  );
}

/**
 * The critic named as the cue's agent after "from" or "by" ("drew criticism from Berg", "was denounced on Monday by
 * Senator Berg"): the index of that name among `others`, or -1.
 */
export function agentCritic(text: string, cueEnd: number, others: [number, number][]): number {
  return others.findIndex(
    ([start]) => start >= cueEnd && start - cueEnd < 60 && /^\s+(?:[\p{L}-]+\s+){0,3}?(?:from|by)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(cueEnd, start)),
  );
}

/** The person's own side as subject ("Lund's campaign said …", "Lund's lawyers opposed …"): their act, not criticism. */
const OWN_SIDE_WORD = new RegExp(
  `\\b(?:${CUES.ownSide.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w))).join('|')})\\b`,
  'iu',
);
const OWN_SIDE = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${CUES.ownSide.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w))).join('|')})\\b`,
  'iu',
);

/** A speaker's own voice after their possessive ("Berg's speech", "Berg's latest op-ed"): what it says, they say. */
const OWN_VOICE = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:speech|speeches|address|op-ed|column|letter|tweets?|ads?|adverts?|advertisements?|commercials?|video|book|memoir|interview)\b/iu;

/** The person's own side named with their name as a modifier ("Lund spokeswoman", "Lund campaign aides"). */
const OWN_SIDE_BARE = new RegExp(
  `^\\s+(?:campaign\\s+)?(?:${CUES.ownSide.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w))).join('|')})\\b`,
  'iu',
);

/** The person is the cue's agent after "by" ("the criticisms of her plan by Senator Berg"): they criticise. */
export function agentAfterCue(s: Pick<SentenceView, 'text' | 'refs'>, cueAt: number): boolean {
  return s.refs.some(
    (r) =>
      r.start > cueAt &&
      !r.possessive &&
      !/^['’]/.test(s.text.slice(r.end)) && // "by Sanders' plan": the plan is the agent
      words(s.text.slice(cueAt, r.start)).length <= 8 &&
      /\bby\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|former)\s+){0,4}$/u.test(s.text.slice(cueAt, r.start)),
  );
}

/**
 * Between `from` and the cue a new clause opens with someone else as its subject ("Lund has pushed for a cap — a
 * popular idea — while Berg has slammed it"): the cue is that other person's act. `others` are other people's
 * mention spans in the sentence.
 */
export function otherSubjectBetween(text: string, from: number, cueAt: number, others: [number, number][]): boolean {
  const between = text.slice(from, cueAt);
  for (const m of between.matchAll(/(?:[,;—–]\s*|\s-\s|\s)(?:while|whereas|but|although|though|and)\s+/giu)) {
    // "Lund and Berg have slammed …": an "and" right after the subject joins a second subject, not a new clause.
    if (m.index === 0 && /^\s+and\s/i.test(m[0])) continue;
    const at = from + m.index! + m[0].length;
    if (others.some(([start]) => start >= at && start < cueAt && words(text.slice(at, start)).length <= 3)) return true;
  }
  return false;
}

/**
 * The reference stands inside an appositive that describes another person named right before it ("Eva Holm, a Lund
 * delegate from the coast, criticised …"): it qualifies that person, and the person referred to is not its subject
 * or object. `others` are the other people's mention spans in the sentence.
 */
export function inOthersAppositive(text: string, r: { start: number; end: number }, others: [number, number][]): boolean {
  return others.some(
    ([, end]) =>
      end <= r.start &&
      /^,\s+(?:a|an|the|one|his|her|their)\s[^,;:()—–“”"]*$/i.test(text.slice(end, r.start)) &&
      /^[^,;:()—–“”"]*,/.test(text.slice(r.end)),
  );
}

/**
 * Every reference to the person stands in an appositive that describes someone else, closed by a comma or the
 * sentence's end ("…, said Dag Moen, a former adviser to Prime Minister Lund." or "… modeled on one by Dag Moen, a
 * tax official under Lund."): the sentence is about that other person, the person only marks their past. One who
 * speaks for the person now ("Dag Moen, a spokesman for Lund, said …") is the person's side and stays.
 */
export function onlyInOthersAppositive(text: string, refs: { start: number; end: number }[], others: [number, number][]): boolean {
  return (
    refs.length > 0 &&
    refs.every((r) =>
      others.some(
        ([, end]) =>
          end <= r.start &&
          /^,\s+(?:a|an|the|one|his|her|their)\s[^,;:()—–“”"]*$/i.test(text.slice(end, r.start)) &&
          // (One who speaks for the person now, "a spokesman for Lund", is their side.)
          !(OWN_SIDE_WORD.test(text.slice(end, r.start)) && !/\bformer\b/i.test(text.slice(end, r.start))) &&
          /^(?:['’]s\s)?[^,;:()—–“”"]*(?:,|[.!?]["”’)]?\s*$)/.test(text.slice(r.end)),
      ),
    )
  );
}

/** True when the person (not someone else) is the one doing the cue's act: "Macron accused …". */
/** "Nor does", "Neither has" (and titles) before a name: the name is the subject of the inverted clause. */
export const INVERTED_SUBJECT_LEAD = /^\s*(?:Nor|Neither)\s+(?:does|did|do|has|have|had|is|was|will|would|could|can)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;

function personIsAgent(s: SentenceView, cueAt: number, others: [number, number][] = []): boolean {
  if (agentAfterCue(s, cueAt)) return true;
  if (ownCriticism(s.text, cueAt, s.refs)) return true;
  const own = s.refs.find((r) => r.possessive && r.start < 80 && OWN_SIDE.test(s.text.slice(r.end)));
  const lead = own ? s.text.slice(0, own.start) : '';
  if (own && own.end <= cueAt && (/^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|the|former)\s+){0,6}$/u.test(lead) || /^[^,;:—]{3,100},\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|the)\s+){0,3}$/u.test(lead)))
    return true;
  // The person as the sentence's subject ("Macron over the weekend said … jabs at …") acts throughout it,
  // unless the cue is passive ("was criticised by").
  const subject = s.refs.find(
    (r) =>
      r.start < 120 &&
      !r.possessive &&
      // After a capitalised title ("French President …") or an opening phrase ("Since launching his bid, …").
      (/^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|for|of|the|and)\s+){0,8}$/u.test(s.text.slice(0, r.start)) ||
        // (Or after an inverting "Nor does …": "Nor does Lund plan to start denouncing …".)
        INVERTED_SUBJECT_LEAD.test(s.text.slice(0, r.start)) ||
        // (Or second of two names in an appositive subject: "The two leading rivals, Berg and Senator Lund, …".)
        /^[^,;:—]{3,100},\s*(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}and\s+)?(?:(?:[\p{Lu}][\p{L}'’.-]*)\s+){0,3}$/u.test(s.text.slice(0, r.start))),
  );
  const passive = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(s.text.slice(Math.max(0, cueAt - 30), cueAt));
  if (subject && subject.end <= cueAt && !passive && !otherSubjectBetween(s.text, subject.end, cueAt, others)) return true;
  const before = s.refs.filter((r) => r.end <= cueAt && !r.possessive);
  const last = before[before.length - 1];
  if (!last) return false;
  const gap = s.text.slice(last.end, cueAt);
  // "Lund of Eastport lamented the state of the debate and criticized …": a second verb of the person's own clause.
  if (OWN_SECOND_VERB.test(gap)) return !passive;
  // ("Lund was assailed by …": a passive cue right after the person is done to them.)
  return words(gap).length <= 4 && !/[,;]/.test(gap) && !passive;
}

/** Between the person and a cue: "(of Place) lamented … and " — a verb in the past right after them, then "and". */
const OWN_SECOND_VERB = /^(?:\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|ew|ote|old|aid|ook|ave|ade)\s[^,;.!?]{0,100}\band\s+(?:\p{Ll}+ly\s+)?$/u;

/** End of an opening subordinate clause ("After the vote failed, …"), or 0 when the sentence has none. */
export function leadingClause(text: string): number {
  const m = text.match(/^(?:after|before|when|while|as|since|if|although|though|because|once|until|despite)\b[^,;]{3,200},/i);
  return m ? m[0].length : 0;
}

function criticOf(ev: Evidence, s: SentenceView, cueAt: number, cueEnd: number): { name: string | null; slot?: string; bySubject?: boolean } {
  const found = criticCandidate(ev, s, cueAt, cueEnd);
  if (!found.name) return found;
  // An adverb read as a name ("Ironically"), or a shouted headline, is no one.
  // (As the sentence writes it: the records may call the shouted name by its corpus-wide form.)
  const shouted = (n: string | undefined) => !!n && n.split(/\s+/).length >= 3 && n === n.toUpperCase();
  if (/^\p{Lu}\p{Ll}+ly$/u.test(found.name) || shouted(found.name) || shouted(found.slot)) return { name: null };
  return found;
}

/**
 * "his"/"her" in a sentence that names the person, when the person's gender is known and no other person the
 * sentence names is known to share it ("Lund pushed for a cap, while Berg slammed her plan": "her" is Lund's).
 * Evidence links such pronouns only when extraction did.
 */
function ownPossessives(ev: Evidence, s: SentenceView): SentenceView['refs'] {
  const g = ev.referrer.gender;
  if (!g || !s.refs.some((r) => r.kind === 'name')) return [];
  const mine = g === 'm' ? 'his' : 'her';
  for (const e of s.doc.extraction.entities) {
    if (e.type !== 'person' || ev.selfKeys.has(e.key) || !e.mentions.some((m) => m.sentence === s.index && m.via !== 'pronoun')) continue;
    if (otherGender(e, s.doc.record.text) === g) return [];
  }
  return [...s.text.matchAll(new RegExp(`\\b${mine}\\b`, 'gi'))]
    .filter((m) => !s.refs.some((r) => r.start === m.index))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, possessive: true, kind: 'pronoun' as const }));
}

/** Spans (in the sentence) where other people are named. */
function otherPersonMentions(ev: Evidence, s: SentenceView): [number, number][] {
  const out: [number, number][] = [];
  for (const e of s.doc.extraction.entities) {
    if (e.type !== 'person' || ev.selfKeys.has(e.key)) continue;
    for (const m of e.mentions) if (m.sentence === s.index && m.via !== 'pronoun') out.push([m.span[0] - s.span[0], m.span[1] - s.span[0]]);
  }
  return out;
}

/** A name after a preposition ("under former President Bush", "a meeting with Lund") is not a clause's subject. */
export function afterPreposition(before: string): boolean {
  return /\b(?:between|with|of|for|to|by|and|under|from|about|against|on|at|in)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|former|late|then|the)\s+){0,4}$/iu.test(before);
}

/** A name right after a verb ("… have knocked Lund, Berg and …") is its object, not a subject. */
export function afterVerb(before: string): boolean {
  const m = before.match(/(\p{Ll}[\p{L}'’-]*)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|former|then)\s+){0,3}$/u);
  return !!m && !/^(?:and|or|the|a|an|former|then)$/.test(m[1]) && nlp(m[1]).has('#Verb');
}

/** A clause ends between a name and the cue ("X called for a rule, while groups knocked Y"): X is not the critic. */
export function clauseBreak(between: string): boolean {
  // (A full stop after an initial or a short title, "George W. Bush", "Gov. Lund", ends no clause.)
  return /;|,\s+(?:while|but|whereas|although|though|and)\b|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr))\.\s/iu.test(between);
}

/**
 * A speaker is the one who voices a cue at `at` when it stands in their words (`words`), or when they are named
 * (at `speakerAt`) before it ("Berg slammed Lund, saying …"); not when they are named only after it ("Republicans
 * blast Lund after Berg claims a win"). Without a known place for the speaker, only their words count.
 */
export function speaksCue(at: number, words: [number, number], speakerAt: number | null): boolean {
  return (at >= words[0] && at < words[1]) || (speakerAt !== null && speakerAt < at);
}

/**
 * How the sentence writes a speaker the records name in full: the name itself, else one of their mentions in the
 * sentence ("Trump" for Donald Trump), else their surname; null when the sentence does not name them. The critic's
 * slot must be words the cited passage holds.
 */
export function nameAsWritten(sentence: string, name: string, mentions: string[]): string | null {
  if (sentence.includes(name)) return name;
  const shown = mentions.find((m) => m.length > 1 && sentence.includes(m) && !/^(?:he|she|they|him|her|his|them|their)$/i.test(m));
  if (shown) return shown;
  const surname = name.split(/\s+/).pop()!;
  return surname.length > 1 && surname !== name && new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(sentence) ? surname : null;
}

function criticCandidate(ev: Evidence, s: SentenceView, cueAt: number, cueEnd: number): { name: string | null; slot?: string; bySubject?: boolean } {
  const doc = s.doc;
  const speaker = (name: string, key: string | null) => {
    const mentions: string[] = [];
    for (const e of doc.extraction.entities)
      if (key && e.key === key) for (const m of e.mentions) if (m.sentence === s.index && m.via !== 'pronoun') mentions.push(m.text);
    return { name, slot: nameAsWritten(s.text, name, mentions) ?? name };
  };
  // Someone who speaks in the sentence is the critic when the cue is in their words or they are named before it:
  // "Republicans blast Lund after Berg claims a win" does not make Berg, who speaks after the cue, the critic.
  const at = s.span[0] + cueAt;
  const firstMention = (key: string | null) => {
    let first: number | null = null;
    for (const e of doc.extraction.entities)
      if (key && e.key === key) for (const m of e.mentions) if (m.sentence === s.index && (first === null || m.span[0] < first)) first = m.span[0];
    return first;
  };
  for (const st of doc.extraction.statements)
    if (st.sentence === s.index && st.speaker && !(st.speakerKey && ev.selfKeys.has(st.speakerKey)))
      if (speaksCue(at, st.contentSpan, firstMention(st.speakerKey))) return speaker(st.speaker, st.speakerKey);
  for (const q of doc.extraction.quotes)
    if (q.sentence === s.index && q.speaker && q.kind !== 'term' && !(q.speakerKey && ev.selfKeys.has(q.speakerKey)))
      if (speaksCue(at, q.span, q.speakerSpan?.[0] ?? firstMention(q.speakerKey))) return speaker(q.speaker, q.speakerKey);
  // The owner of a criticising noun ("Holm's criticism that …"), or the name a "critic" stands in apposition to
  // ("…, said Nora Ek, a longtime critic of Lund").
  const people = doc.extraction.entities.flatMap((e) =>
    e.type !== 'person' || ev.selfKeys.has(e.key) || ev.person.keys.includes(e.key)
      ? []
      : e.mentions.filter((m) => m.sentence === s.index && m.via !== 'pronoun').map((m) => ({ e, m, span: [m.span[0] - s.span[0], m.span[1] - s.span[0]] as [number, number] })),
  );
  const spans = people.map((p) => p.span);
  const owner =
    people[possessiveCritic(s.text, cueAt, cueEnd, spans)] ?? people[appositiveCritic(s.text, cueAt, cueEnd, spans)] ?? people[agentCritic(s.text, cueEnd, spans)];
  if (owner) return { name: owner.e.name, slot: owner.m.text };
  // Or the one whose speech, op-ed or ad carries the cue ("More than half of Holm's speech was devoted to criticizing
  // Lund's …").
  const voice = people.find((p) => p.span[1] <= cueAt && OWN_VOICE.test(s.text.slice(p.span[1])) && !clauseBreak(s.text.slice(p.span[1], cueAt)));
  if (voice) return { name: voice.e.name, slot: voice.m.text };
  // The first person named before the cue (the likely subject), else the first other actor; never the person or theirs.
  const before: { name: string; text: string; at: number; person: boolean }[] = [];
  for (const e of doc.extraction.entities) {
    if (ev.selfKeys.has(e.key) || ev.person.keys.includes(e.key)) continue;
    if (!['person', 'organisation', 'group', 'state', 'agency', 'media', 'company'].includes(e.type)) continue;
    if (/^\p{Lu}\p{Ll}+ly$/u.test(e.name)) continue; // "Ironically" is no one
    for (const m of e.mentions)
      if (
        m.sentence === s.index &&
        m.via !== 'pronoun' &&
        m.span[0] - s.span[0] < cueAt &&
        criticVerbAfter(s.text, m.span[1] - s.span[0]) &&
        !afterPreposition(s.text.slice(0, m.span[0] - s.span[0])) &&
        !clauseBreak(s.text.slice(m.span[1] - s.span[0], cueAt))
      )
        before.push({ name: e.name, text: m.text, at: m.span[0], person: e.type === 'person' });
  }
  before.sort((a, b) => Number(b.person) - Number(a.person) || a.at - b.at);
  if (before[0]) return { name: before[0].name, slot: before[0].text };
  const plural = s.text
    .slice(0, cueAt)
    .match(/\b((?:[A-Z][\p{L}-]+\s+)?(?:lawmakers|legislators|critics|MPs|senators|opponents|activists|experts|analysts|diplomats|officials|observers|commentators|rivals|groups))\b/u);
  if (plural && criticVerbAfter(s.text, plural.index! + plural[0].length)) return { name: plural[1], slot: plural[1] };
  // Else the sentence's subject, when it is a person named before the cue ("Senator Y has released a video that
  // accuses X …", "Y's campaign has blasted …"), never after a preposition ("a meeting between X and Y").
  let subject: { name: string; text: string; at: number } | null = null;
  for (const e of doc.extraction.entities) {
    if (e.type !== 'person' || ev.selfKeys.has(e.key) || ev.person.keys.includes(e.key)) continue;
    for (const m of e.mentions) {
      const off = m.span[0] - s.span[0];
      if (m.sentence !== s.index || m.via === 'pronoun' || off >= cueAt || off > 100) continue;
      // "Y's words complicated …": the words are Y's, Y is not the critic; "Y's campaign has blasted …": Y's side is.
      const after = s.text.slice(off + m.text.length);
      // ("Y's speech was devoted to criticising X", "Y's op-ed accuses X …": Y's own voice is Y.)
      if (/^['’]s?\b/.test(after.slice(0, 2)) && !OWN_SIDE.test(after) && !OWN_VOICE.test(after)) continue;
      const before = s.text.slice(0, off);
      if (afterPreposition(before) || afterVerb(before) || clauseBreak(s.text.slice(off + m.text.length, cueAt))) continue;
      // The subject of a relative clause ("The 1968 race that Berg won was tough, as were the attacks on Lund") is
      // not the sentence's.
      if (/\b(?:that|which|whom)\s+(?:(?:\p{Lu}[\p{L}.'’-]*)\s+){0,3}$/u.test(before)) continue;
      if (!subject || off < subject.at) subject = { name: e.name, text: m.text, at: off };
    }
  }
  if (subject) return { name: subject.name, slot: subject.text, bySubject: true };
  return { name: null };
}

/**
 * A criticism of the person's thing, named in full after the cue ("criticizing Lund's decision to close the
 * harbour", "the criticism of his approach to the fishing quotas"), is on the topic only if that stretch is: a topic
 * word elsewhere in the sentence ("This fact check goes on to ridicule A for criticizing Lund's decision on
 * refugees", "For all the criticism of his approach to X, the alternatives are propaganda …") is another matter. The
 * stretch runs from the cue to the sentence's end (or a ; : —), or to the comma that closes an opening phrase the cue
 * stands in.
 */
export function topicOnlyElsewhere(
  text: string,
  cueAt: number,
  cueEnd: number,
  refs: { start: number; end: number; possessive: boolean }[],
  onTopic: (t: string) => boolean,
): boolean {
  const lead = text.match(/^(?:for|after|before|when|while|as|since|if|although|though|because|once|until|despite|amid|with|given|in)\b[^,;:—–]{3,200},/i)?.[0].length ?? 0;
  let to = lead && cueAt < lead ? lead : text.length;
  if (to === text.length) {
    const stop = text.slice(cueEnd).search(/[;:—–]/);
    if (stop >= 0) to = cueEnd + stop;
  }
  if (!refs.length || refs.some((r) => r.start < cueAt || r.end > to)) return false;
  const own = refs.some((r) => r.possessive && r.start >= cueEnd && /^(?:['’]s?)?\s+[\p{L}-]+\s+(?:to|of|on|over|toward|towards|in|for|with)\s/u.test(text.slice(r.end)));
  return own && onTopic(text) && !onTopic(text.slice(cueAt, to));
}

const FACED_QUESTIONS = /\b(?:face[sd]?|facing|answer(?:s|ed|ing)?|field(?:s|ed|ing)?)\s+(?:[\p{L}-]+\s+){0,2}questions?$/iu;

/**
 * Is `at` inside a quoted title: quotation marks around words most of which are capitalised ("“Speaker Ryan Joins
 * Growing List of Conservatives Rebuking Trump”")? Small words may stay in lower case, as headlines write them.
 */
export function inQuotedTitle(text: string, at: number): boolean {
  for (const m of text.matchAll(/[“"]([^“”"]{3,200})[”"]/g)) {
    const from = m.index! + 1;
    if (at < from || at >= from + m[1].length) continue;
    const ws = m[1].replace(/[.,!?]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const big = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w) && !/^(?:I|A)$/.test(w)).length;
    return ws.length >= 4 && big >= 0.7 * ws.length;
  }
  return false;
}

export function criticismSection(ev: Evidence): Draft[] {
  const cands: (Draft & { score: number; text: string })[] = [];
  for (const d of ev.docs) {
    if (!d.aboutPerson) continue;
    for (const s of d.sentences) {
      if (s.repeat || !s.ref) continue;
      // A sentence that starts in lower case is a piece of one the segmenter split: whose words they are is elsewhere.
      if (/^\p{Ll}/u.test(s.text.trim())) continue;
      const refsToSelf = s.refs.filter((r) => r.kind !== 'pronoun' || r.possessive);
      if (!refsToSelf.length && s.ref === 'pronoun') continue;
      // Criticism of the stance on this topic: the passage or its neighbour speaks of the topic (a report on the topic
      // also covers other quarrels: "skipping a debate" is not criticism of an immigration stance).
      if (!s.onTopic) continue;
      // A headline stands alone: it is on the topic by its own words or not at all ("… blasts X for skipping debate"
      // over a report on X's immigration stance is about the debate).
      if (inHeadline(s) && topicScore(s.text, ev.seedTerms).score <= 0) continue;
      // ("blasted out an email": sent, not attacked.)
      const strong = [...s.text.matchAll(CRITICISM)].filter((c) => !(/^blast/i.test(c[0]) && /^\s+out\b/.test(s.text.slice(c.index! + c[0].length))));
      const weak = [...s.text.matchAll(CRITICISM_WEAK)];
      if (!strong.length && !weak.length) continue;
      // The person's own accusations or demands are their acts, not criticism of them.
      // Once the person is the one criticising, the cues that follow in the sentence are theirs too ("X criticised
      // the judge … and accused him of bias").
      const all = [...strong, ...weak].sort((a, b) => a.index! - b.index!);
      const others = otherPersonMentions(ev, s);
      // (Unless another speaker says the person failed: "Holm said Lund had failed to …" criticises Lund.)
      const reported = (c: RegExpMatchArray) => {
        const ref = s.refs.filter((r) => r.end <= c.index! && !r.possessive).pop();
        return !!ref && words(s.text.slice(ref.end, c.index!)).length <= 4 && criticisedInOthersReport(s.text, c[0], ref, others);
      };
      const firstOwn = all.find((c) => personIsAgent(s, c.index!, others) && !reported(c));
      const lead = leadingClause(s.text);
      const cues = all.filter(
        (c) =>
          (!personIsAgent(s, c.index!, others) || reported(c)) &&
          (!firstOwn || c.index! < firstOwn.index!) &&
          // A cue inside an opening clause that does not name the person before it is about that clause's subject
          // ("After the court failed to decide, X said …", "After the court failed to rule on X's plan, …").
          !(lead && c.index! < lead && !s.refs.some((r) => r.start < c.index!)) &&
          // "X faces questions about …": questions someone else has to answer are no criticism of the person, unless
          // the person is the one facing them.
          !(FACED_QUESTIONS.test(s.text.slice(Math.max(0, c.index! - 40), c.index! + c[0].length)) && !s.refs.some((r) => r.start < c.index!)) &&
          // A headline quoted in the sentence ("a story headlined “Ryan Joins List of Conservatives Rebuking Trump”")
          // is a title the writer names, not criticism written of the person.
          !inQuotedTitle(s.text, c.index!),
      );
      // The person only as a word in another person's description ("Eva Holm, a Lund delegate, criticised …") is
      // not whom the cue is about.
      const near = { text: s.text, refs: [...s.refs, ...ownPossessives(ev, s)].filter((r) => !inOthersAppositive(s.text, r, others)) };
      const cues2 = cues.filter(
        (c) =>
          cueNearPerson(near, c.index!, c.index! + c[0].length) &&
          !cueAimsAtOther(s, c.index!, c.index! + c[0].length, others) &&
          // A harm or a reaction is criticism of its cause: the person must be named before it.
          !(causeCriticised(s.text, c.index!, c[0]) && !near.refs.some((r) => r.end <= c.index!)) &&
          !failedActAtPerson(s.text, c.index!, c[0], near.refs) &&
          reactionAimsAtPerson(s.text, c.index!, c[0], near.refs) &&
          objectCueAimsAtPerson(s.text, c.index!, c[0], near.refs) &&
          !othersCriticismOfOther(s.text, c.index!, c.index! + c[0].length, near.refs) &&
          !cueAimsAtOtherGender(s.text, c.index! + c[0].length, ev.referrer.gender ?? ev.referrer.namedGender) &&
          !passiveOfOtherSubject(s.text, c.index!, ev.referrer.gender ?? ev.referrer.namedGender) &&
          !(inRelativeClause(s.text, c.index!) && !near.refs.some((r) => r.end <= c.index!) && !personIsCueObject(s.text, c.index! + c[0].length, near.refs)) &&
          !criticismFromPerson(s.text, c.index! + c[0].length, s.refs) &&
          !topicOnlyElsewhere(s.text, c.index!, c.index! + c[0].length, near.refs, (t) => topicScore(t, ev.seedTerms).score > 0),
      );
      const cue = cues2[0];
      if (!cue) continue;
      const strength = cues2.filter((c) => strong.includes(c)).length * 2 + cues2.filter((c) => weak.includes(c)).length;
      const ownWords = d.extraction.quotes.some(
        (q) => q.speakerKey && ev.person.keys.includes(q.speakerKey) && overlap(q.span, s.span) > (s.span[1] - s.span[0]) / 3,
      );
      if (ownWords) continue;
      // The cue must not be the person's own reported words ("he said the plan had failed").
      const cueAt = s.span[0] + cue.index!;
      const selfStatement = d.extraction.statements.some(
        (st) =>
          st.sentence === s.index &&
          st.speakerKey &&
          ev.person.keys.includes(st.speakerKey) &&
          cueAt >= st.contentSpan[0] &&
          cueAt < st.contentSpan[1],
      );
      if (selfStatement) continue;
      const text = compress(s.text);
      if (!lengthOk(text)) continue;
      // The cue that names its critic tells who criticises ("found no fault with Holm's criticism that …" is Holm's).
      const spans = otherPersonMentions(ev, s);
      const named = (c: RegExpMatchArray) => {
        const end = c.index! + c[0].length;
        return possessiveCritic(s.text, c.index!, end, spans) >= 0 || appositiveCritic(s.text, c.index!, end, spans) >= 0 || agentCritic(s.text, end, spans) >= 0;
      };
      const criticCue = cues2.find(named) ?? cue;
      const critic = criticOf(ev, s, criticCue.index!, criticCue.index! + criticCue[0].length);
      // Without a named critic, only strong criticism counts (the critic is named when the source names one). A weak
      // cue needs a critic who says or does it, not merely the sentence's subject ("X, who owed his election to Y,
      // fled in the face of protests" is no criticism of Y by X).
      if (strength < 2 && !(critic.name && !critic.bySubject && strength >= 1)) continue;
      const score = strength * (1 + s.topic) * (critic.name ? 1.3 : 1) * (KIND_WEIGHT[d.record.kind] ?? 0.9);
      cands.push({ text, critic: critic.name, cites: [cite(s)], slots: critic.slot ? [critic.slot] : undefined, score });
    }
  }
  return mmr(cands, 6).map(({ score: _score, ...d }) => d);
}

// ── Related actors ──────────────────────────────────────────────────────────────────────────────────────────────

export function relatedSection(ev: Evidence): Draft[] {
  const ties = new Map<string, { name: string; type: string; score: number; best: Draft | null; count: number }>();
  const tie = (key: string, score: number, draft: Draft, doc?: DocView, sentence?: number) => {
    const info = ev.actorNames.get(key);
    if (!info || ev.person.keys.includes(key)) return;
    // The name as this passage writes it ("U.S." for the United States) is what the passage must hold.
    const mention = doc?.extraction.entities.find((e) => e.key === key)?.mentions.find((m) => m.sentence === sentence && m.via !== 'pronoun');
    draft = { ...draft, slots: [mention?.text ?? info.name] };
    const t = ties.get(key) ?? { name: info.name, type: info.type, score: 0, best: null, count: 0 };
    t.score += score;
    t.count++;
    if (!t.best || (draft.relation && !t.best.relation?.includes(':') && draft.relation.includes(':'))) t.best = draft;
    ties.set(key, t);
  };
  for (const d of ev.docs) {
    // Acts between the person (or their bodies) and another actor.
    for (const r of d.extraction.events) {
      const s = d.sentences.find((x) => x.index === r.sentence);
      if (!s || s.repeat) continue;
      const selfActs = r.actorKey && ev.selfKeys.has(r.actorKey);
      const selfTarget = r.targetKey && ev.selfKeys.has(r.targetKey);
      if (r.category === 'Cyber operation' && selfActs) continue; // a misread (see actionsSection)
      if (insideOthersQuote(ev, d, r.span) || insideAnyQuote(d, r.span, s.text, s.span[0]) || startsInsideQuote(s.text)) continue;
      // A tie shown for this topic comes from a passage on it (or from a report on it), as actions do.
      if (topicScore(`${r.text} ${s.text}`, ev.seedTerms).score <= 0 && d.topicality < 0.25) continue;
      const relation = `${r.category}: ${clip(completeAction(r.text, s.text), 25)}`;
      if (selfActs && r.targetKey && !ev.selfKeys.has(r.targetKey)) tie(r.targetKey, 3, { text: s.text, cites: [cite(s)], relation }, d, s.index);
      else if (selfTarget && r.actorKey && !ev.selfKeys.has(r.actorKey)) tie(r.actorKey, 3, { text: s.text, cites: [cite(s)], relation }, d, s.index);
    }
    // Named together in a passage on the topic (its own words: corpus terms alone only rank).
    for (const s of d.sentences) {
      if (!s.ref || s.repeat || s.topic <= 0 || !s.onTopic) continue;
      for (const key of s.actors) {
        if (ev.selfKeys.has(key)) {
          if (!ev.bodyKeys.has(key)) continue;
        }
        tie(key, 1 + s.topic / 4, { text: s.text, cites: [cite(s)], relation: `named with ${ev.person.name}: ${clip(compress(s.text), 25)}` }, d, s.index);
      }
    }
  }
  return [...ties.entries()]
    .filter(([, t]) => t.best)
    .sort((a, b) => b[1].score - a[1].score || a[1].name.localeCompare(b[1].name))
    .slice(0, 10)
    .map(([, t]) => ({ ...t.best!, text: t.best!.relation!, name: t.name, type: t.type }));
}

/** The first n words of a sentence (a deletion: the rest is cut, marked with an ellipsis). */
function clip(text: string, n: number): string {
  const parts = text.split(/\s+/);
  return parts.length <= n ? text : parts.slice(0, n).join(' ') + ' …';
}

// ── Disputed points ─────────────────────────────────────────────────────────────────────────────────────────────

interface Claim {
  s: SentenceView;
  positive: boolean;
  deniedInPlace: boolean;
}

/** Claims that the person's side attributed or blamed something, asserted or negated ("has not officially blamed"). */
function attributionClaims(ev: Evidence): Claim[] {
  const out: Claim[] = [];
  const country = ev.referrer.country;
  const side = country ? new RegExp(`\\b(${escapeRegExp(country.name)}|${escapeRegExp(country.demonym)})\\b`) : null;
  for (const d of ev.docs) {
    if (!d.aboutPerson) continue;
    for (const s of d.sentences) {
      if (s.repeat) continue;
      if (topicScore(s.text, ev.seedTerms).score <= 0) continue;
      ATTRIBUTION.lastIndex = 0;
      for (const m of s.text.matchAll(ATTRIBUTION)) {
        const before = s.text.slice(0, m.index);
        const clause = before.split(/[;:]|,\s+(?:but|while|though|whereas)\b|\b(?:but|though|although|unlike)\b/i).pop() ?? before;
        const clauseStart = before.length - clause.length;
        // Where the person's side is last named before the verb: themselves, or their country.
        let sideAt = -1;
        for (const r of s.refs) if (r.end <= m.index! && r.start >= clauseStart) sideAt = Math.max(sideAt, r.start);
        if (side) for (const x of clause.matchAll(new RegExp(side.source, 'g'))) sideAt = Math.max(sideAt, clauseStart + x.index!);
        if (sideAt < 0) continue;
        // Another person named between them and the verb is its subject ("… Russian services hacked the party,
        // and she accused …": she accuses, not Russia).
        const otherBetween = s.doc.extraction.entities.some(
          (e) =>
            e.type === 'person' &&
            !ev.selfKeys.has(e.key) &&
            e.mentions.some((x) => x.sentence === s.index && x.span[0] - s.span[0] > sideAt && x.span[0] - s.span[0] < m.index!),
        );
        // So is a he or she there that is not the person ("… and she accused …").
        const pronounBetween = [...s.text.slice(sideAt, m.index!).matchAll(/\b(?:he|she|they)\b/gi)].some(
          (x) => !s.refs.some((r) => r.start === sideAt + x.index!),
        );
        if (otherBetween || pronounBetween) continue;
        const lead = words(clause).slice(-5);
        // "calling for formal attribution" demands an attribution; it does not claim one was made.
        if (/\b(call\w*|demand\w*|urg\w*|push\w*|press\w*|ask\w*|want\w*)\s+(?:\w+\s+){0,6}$/i.test(clause)) continue;
        const negated = lead.some((w) => NEGATION.has(w)) || /\bnot\s+\w+ly\s*$/i.test(clause);
        DENIAL.lastIndex = 0;
        const deniedInPlace = !negated && DENIAL.test(s.text.slice(m.index! + m[0].length));
        out.push({ s, positive: !negated, deniedInPlace });
        break;
      }
    }
  }
  return out;
}

/** The same claims as told by extracted events: attributions by the person's side, made or said not to be made. */
function eventClaims(ev: Evidence): Claim[] {
  const out: Claim[] = [];
  const country = ev.referrer.country?.name.toLowerCase();
  for (const d of ev.docs) {
    if (!d.aboutPerson) continue;
    for (const r of d.extraction.events) {
      const side = (r.actorKey && ev.selfKeys.has(r.actorKey)) || (!!country && r.actor?.toLowerCase() === country);
      if (!side) continue;
      const attribution = r.category === 'Accusation or attribution';
      const declined = r.category === 'Denial or rejection' && r.about === 'Accusation or attribution';
      if (!attribution && !declined) continue;
      const s = d.sentences.find((x) => x.index === r.sentence);
      if (!s || s.repeat || topicScore(s.text, ev.seedTerms).score <= 0) continue;
      const positive = attribution && r.polarity === 'asserted' && r.modality !== 'hypothetical' && r.modality !== 'demanded';
      const negative = declined || (attribution && r.polarity === 'negated');
      if (positive || negative) out.push({ s, positive, deniedInPlace: false });
    }
  }
  return out;
}

export function disputedSection(ev: Evidence): Draft[] {
  const claims = attributionClaims(ev);
  for (const c of eventClaims(ev)) if (!claims.some((x) => x.s === c.s)) claims.push(c);
  const pos = claims.filter((c) => c.positive);
  const neg = claims.filter((c) => !c.positive);
  const out: Draft[] = [];
  if (pos.length && neg.length) {
    const a = pos[0];
    const closeness = (n: Claim) => similarity(n.s.text, a.s.text) + (n.s.doc !== a.s.doc ? 0.05 : 0);
    const b = [...neg].sort((x, y) => closeness(y) - closeness(x))[0];
    out.push({
      text: `${compress(a.s.text)} — while another passage says: ${compress(b.s.text)}`,
      cites: [cite(a.s), cite(b.s)],
    });
  }
  for (const c of pos.filter((p) => p.deniedInPlace).slice(0, 2))
    if (!out.some((o) => o.cites.some((x) => x.span === c.s.span))) out.push({ text: compress(c.s.text), cites: [cite(c.s)] });
  return out;
}

/** Sentences that back a record of the person (statement, event): favoured by the summary. */
export function recordSentences(ev: Evidence): Set<SentenceView> {
  const out = new Set<SentenceView>();
  for (const x of [...ev.statements, ...ev.events]) {
    const d = ev.docs.find((d) => d.id === x.document.id);
    const s = d?.sentences.find((s) => s.index === x.record.sentence);
    if (s) out.add(s);
  }
  return out;
}

export { contentWords };
