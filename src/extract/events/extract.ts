// Typed events from one document: triggers per sentence, then actor, target, polarity, modality, date and place
// from the clause around each trigger (codebook.md; denied, hypothetical and demanded acts are never the act).
import { findQuoteSegments, type QuoteSegment } from '../quotes/marks.js';
import { isQuoteTag } from './quote-tags.js';
import type {
  CyberOperationRecord,
  DateMention,
  DateValue,
  EntityRecord,
  EventCategory,
  EventRecord,
  ParagraphRecord,
  SentenceRecord,
  Span,
  StatementRecord,
} from '../../model/index.js';
import type { ExtractionInput } from '../index.js';
import { ACTOR_DATA, ActorIndex, actorKey, compoundStates, countryOf, demonymOf, groupNoun, lastWhere, type ActorRef } from './actors.js';
import { MONTH_OR_DAY, clauseBarriers, clauseOf, insideQuote, isAlleged, isHypothetical, isNegated, isReportedSpeech, parentheticals } from './clause.js';
import { findDates, pickDate } from './dates.js';
import {
  CONSEQUENCE_VERBS,
  CYBER_CONTEXT,
  CYBER_NEEDS_CONTEXT,
  NOUN_VERB_FORMS,
  PLEDGE_CUES,
  MILITARY_CONTEXT,
  MILITARY_NEEDS_CONTEXT,
  POLICY_HEADS,
  TRIGGER_DATA,
  STANCE_NOUNS,
  findTriggers,
  objectClass,
  type FrameKind,
  type Token,
  type TriggerMatch,
} from './triggers.js';
import { buildOperations } from './cyber.js';
import { allMatches } from './regex.js';
import { firstStartingAt } from './span-index.js';
import { partitionPoint } from '../search.js';
import { tagTokens } from '../../text/segment.js';
import { ALWAYS_TAGGED_VERB, NEVER_TAGGED_VERB, standsAloneForTagger } from './verb-only.js';
import { KNOWN, isPlaceName } from '../actors/lexicon.js';

/** An event with what the extractor knows beyond the shared record (optional fields of EventRecord). */
export type EventDetail = EventRecord;

export interface EventInputs {
  entities: EntityRecord[];
  dates: DateMention[];
  statements: StatementRecord[];
}

/** Events and cyber operations of one document. Pure; never throws (a failure gives empty lists). */
export function extractEvents(input: ExtractionInput, found: EventInputs): { events: EventRecord[]; operations: CyberOperationRecord[] } {
  try {
    const found0 = findEvents(input, found);
    const operations = buildOperations(input.text, found0);
    // A cyber operation nobody is said to conduct and that targets no one is talk about cyber threats, not an act.
    const segmentsNear = quoteSegmentsNear(input);
    const events = found0.filter(
      (e) => (e.category !== 'Cyber operation' || e.actor || e.target) && !isQuoteTag(e, input.text, input.sentences, segmentsNear),
    );
    return { events, operations };
  } catch {
    return { events: [], operations: [] };
  }
}

/** Every mark findQuoteSegments can open or close a segment with; a paragraph without one has no segment. */
const QUOTE_MARK = /[“„‟«"”»‘]/g;

function hasQuoteMark(text: string, [from, to]: Span): boolean {
  QUOTE_MARK.lastIndex = from;
  const m = QUOTE_MARK.exec(text);
  return m !== null && m.index < to;
}

/**
 * Quoted segments that may overlap a sentence, found only when a reporting verb asks. A paragraph's segments lie
 * inside it (findQuoteSegments works paragraph by paragraph), so with disjoint paragraphs only the segments of the
 * sentence's own paragraph are given; otherwise the whole text's.
 *
 * findQuoteSegments reads the whole text on every call, whatever paragraphs it is given, so the segments are found
 * once for all paragraphs and shared out (a call per paragraph made long documents quadratic). With disjoint
 * paragraphs in order, what it finds in one paragraph depends on that paragraph's text alone, so a paragraph's share
 * of the whole list is what a call for that paragraph alone gives (`continues`, the only field that links two
 * paragraphs, is not read here). Paragraphs numbered other than by their place fall back to a call per paragraph.
 */
function quoteSegmentsNear(input: ExtractionInput): (s: SentenceRecord) => QuoteSegment[] {
  const { text, paragraphs } = input;
  let all: QuoteSegment[] | null = null;
  const whole = () => (all ??= findQuoteSegments(text, paragraphs));
  const disjoint = paragraphs.every((p, i) => i === 0 || p.span[0] >= paragraphs[i - 1].span[1]);
  const numbered = paragraphs.every((p, i) => p.index === i);
  let shares: QuoteSegment[][] | null = null;
  const shareOf = (p: ParagraphRecord): QuoteSegment[] => {
    if (!shares) {
      shares = paragraphs.map(() => []);
      for (const q of whole()) shares[q.paragraph].push(q);
    }
    return shares[p.index];
  };
  const byParagraph = new Map<ParagraphRecord, QuoteSegment[]>();
  return (s) => {
    const p = disjoint ? paragraphs.find((x) => x.span[0] <= s.span[0] && s.span[1] <= x.span[1]) : undefined;
    if (!p) return whole();
    let list = byParagraph.get(p);
    if (!list) byParagraph.set(p, (list = !hasQuoteMark(text, p.span) ? [] : numbered ? shareOf(p) : findQuoteSegments(text, [p])));
    return list;
  };
}

// ---- vocabularies used by the clause rules ------------------------------------------------------------

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', "'s"]);
const HAVE = new Set(['has', 'have', 'had', 'did', 'do', 'does']);
const PARTICIPLES = new Set(['held', 'met', 'set', 'made', 'taken', 'given', 'shot', 'struck', 'stolen', 'written', 'broken', 'led', 'sent', 'found', 'brought', 'sought', 'thrown', 'laid', 'begun', 'withdrawn', 'spoken', 'put', 'shut', 'told', 'said']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'for', 'to', 'with', 'from', 'by', 'about', 'against', 'into', 'over', 'under', 'within', 'across', 'between', 'among', 'toward', 'towards', 'during', 'than', 'like', 'unlike', 'despite', 'amid', 'amidst', 'behind', 'through', 'upon', 'onto', 'via', 'including', 'close', 'near', 'around', 'beside', 'alongside', 'besides', 'behind', 'beyond', 'except', 'along', 'throughout', 'beneath', 'above', 'below']);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'it', 'i', 'you', 'this', 'these', 'those', 'which', 'that']);
const LIGHT_VERBS = new Set(['made', 'make', 'makes', 'gave', 'give', 'gives', 'delivered', 'issued', 'held', 'hold', 'conducted', 'launched', 'opened', 'imposed', 'revealed', 'announced', 'took', 'reached', 'signed', 'unveiled', 'filed', 'brought', 'paid', 'pays', 'paying', 'began', 'started', 'led']);
const AGENT_PARTICIPLES = new Set(['made', 'reached', 'launched', 'adopted', 'led', 'signed', 'issued', 'organised', 'organized', 'conducted', 'carried', 'prepared', 'designed', 'brought', 'filed', 'imposed', 'announced', 'revealed', 'backed', 'sponsored']);
const COLLECTIVE = /^(?:the\s+)?(?:\d+|all|most|many|several|some|over\s+\d+|more\s+than\s+\d+)?\s*(?:\w+\s+)?(nations|countries|states|members|allies|member states|signatories)\b/i;
const COMMITMENTS = new Set<EventCategory>([
  'Agreement or initiative',
  'Accusation or attribution',
  'Sanction or legal action',
  'Investigation',
  'Policy decision',
  'Diplomatic action',
]);
const LEDE_WORDS = 12;

interface Draft {
  category: EventCategory;
  about: EventCategory | null;
  actors: ActorRef[];
  genericActor: string | null;
  target: ActorRef | null;
  match: TriggerMatch | null;
  triggerSpan: Span;
  triggerText: string;
  sentence: SentenceRecord;
  clause: Span;
  polarity: 'asserted' | 'negated';
  modality: EventRecord['modality'];
  date: DateValue | null;
  place: string | null;
  frame: FrameKind | null;
  /** The trigger noun, kept so "the consultations were held" can take the actors of "Russian-French consultations". */
  nounHead: string | null;
  passive: boolean;
  /** No event of its own (a private trip), kept only so that a participle after it shares its subject. */
  withheld?: boolean;
}

interface SentenceCtx {
  s: SentenceRecord;
  body: string;
  base: number;
  toks: Token[];
  barriers: boolean[];
  rawBarriers: boolean[];
  paren: boolean[];
  mentions: ActorRef[];
  triggerStarts: number[];
  /** Part-of-speech tags of the sentence, computed once when a rule needs them. */
  tags: SentenceTags;
}

/** A sentence's part-of-speech tags: tagger token starts (relative to the sentence, non-decreasing) and tags. */
interface Tagging {
  starts: Int32Array;
  tags: string[];
}

function tagSentence(body: string): Tagging {
  const toks = tagTokens(body);
  const starts = new Int32Array(toks.length);
  const tags: string[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    starts[i] = toks[i].span[0];
    tags[i] = toks[i].pos;
  }
  return { starts, tags };
}

/** The tagger's part of speech by token start in one sentence; tags the sentence on first use only. */
class SentenceTags {
  private tagging: Tagging | null = null;
  constructor(
    private readonly body: string,
    private readonly base: number,
  ) {}

  /** Index of the first tagger token starting at or after `rel`. */
  private lowerBound(rel: number): number {
    this.tagging ??= tagSentence(this.body);
    const starts = this.tagging.starts;
    return partitionPoint(starts.length, (i) => starts[i] < rel);
  }

  /** Whether the tagger sees the text at a span as a piece of its own (its token there is that text). */
  standsAlone(span: Span): boolean {
    return standsAloneForTagger(this.body, span[0] - this.base, span[1] - this.base);
  }

  /** The tag of the first tagger token starting at `at`. */
  firstAt(at: number): string | undefined {
    const i = this.lowerBound(at - this.base);
    return this.tagging!.starts[i] === at - this.base ? this.tagging!.tags[i] : undefined;
  }

  /** The tag of the last tagger token starting at `at` (the same unless the tagger gives an empty token). */
  lastAt(at: number): string | undefined {
    const rel = at - this.base;
    let i = this.lowerBound(rel);
    const { starts, tags } = this.tagging!;
    if (starts[i] !== rel) return undefined;
    while (i + 1 < starts.length && starts[i + 1] === rel) i++;
    return tags[i];
  }
}

function findEvents(input: ExtractionInput, found: EventInputs): EventRecord[] {
  const text = input.text;
  const published = input.meta?.published ?? null;
  const index = new ActorIndex({ text, sentences: input.sentences, entities: found.entities ?? [], published: published?.value ?? null });
  const datesIn = sentenceDates(text, input.sentences, found.dates, published);
  const drafts: Draft[] = [];
  const ledeIndex = input.sentences.find((s) => text.slice(s.span[0], s.span[1]).split(/\s+/).length >= LEDE_WORDS)?.index ?? -1;
  const obituary = OBITUARY_OPENING.test(text.slice(0, OBITUARY_REACH));
  let nominees: Map<string, EntityRecord | null> | undefined;

  for (let si = 0; si < input.sentences.length; si++) {
    const s = input.sentences[si];
    // Every sentence, in order (the actor index scans them in this order, as far as its answers need).
    const toks = index.tokensOf(si);
    if (s.repeatOf !== null) continue;
    const body = text.slice(s.span[0], s.span[1]);
    if (body.length < 8) continue;
    if (isHeading(body, toks)) continue;
    const tags = new SentenceTags(body, s.span[0]);
    const matches = chooseTriggers(findTriggers(toks), toks, tags);
    const policy = policyNames(body, s.span[0]);
    if (!matches.length && !policy.length) continue;
    const ctx: SentenceCtx = {
      s,
      body,
      base: s.span[0],
      toks,
      barriers: [],
      rawBarriers: clauseBarriers(toks),
      paren: parentheticals(toks),
      mentions: index.within(s.span),
      triggerStarts: matches.map((m) => m.first),
      tags,
    };
    // Words inside an insertion ("— the most powerful actors —", ", including those who …,") open no clause.
    ctx.barriers = ctx.rawBarriers.map((b, k) => b && !ctx.paren[k]);
    const sentenceDrafts: Draft[] = [];
    // The last draft made so far (this sentence's, then earlier ones) that passes a test; no list is copied.
    const lastEarlier: LastEarlier = (test) => lastWhere(sentenceDrafts, test) ?? lastWhere(drafts, test);
    let frame: { draft: Draft; end: number } | null = null;
    for (const m of matches) {
      if (frame && m.first > frame.draft.match!.last && m.first <= frame.end) {
        const cat = categoryOf(m, ctx);
        if (cat && cat !== 'Cyber operation') {
          // Declining to comment is neither a statement nor a rejection.
          if (frame.draft.frame === 'decline' && cat === 'Public statement' && !frame.draft.about) {
            sentenceDrafts.splice(sentenceDrafts.indexOf(frame.draft), 1);
            frame = null;
            continue;
          }
          // The act a frame embeds is demanded, declined or called for: not performed.
          if (!frame.draft.about) frame.draft.about = cat;
          if (!frame.draft.target) frame.draft.target = targetOf(ctx, m, cat, [], false);
          continue;
        }
      }
      const d = draftFor(m, ctx, index, lastEarlier, found.statements ?? []);
      if (!d) continue;
      if (d.genericActor && !d.actors.length) resolveCandidacy(d, ctx, (nominees ??= partyCandidates(found.entities ?? [], text)));
      sentenceDrafts.push(d);
      if (d.frame) frame = { draft: d, end: frameEnd(ctx, m) };
      // "the demand made by X for formal attribution": a nominal demand embeds what follows it closely.
      else if (m.pattern.kind === 'noun' && (d.category === 'Demand' || d.category === 'Appeal or call')) frame = { draft: d, end: Math.min(frameEnd(ctx, m), m.last + 6) };
    }
    for (const p of policy) {
      const d = policyDraft(p, ctx, index);
      if (d) sentenceDrafts.push(d);
    }
    const kept = sentenceDrafts.filter((d) => !d.withheld);
    for (const d of kept) {
      finishDraft(d, ctx, index, datesIn(s), published, s.index === ledeIndex, kept, obituary);
      // A decline frame with nothing embedded is only a refusal when its verb says so ("declined to comment" is not).
      if (d.frame === 'decline' && !d.about && /\bcomment/i.test(text.slice(d.triggerSpan[1], d.triggerSpan[1] + 12))) continue;
      if (d.match?.pattern.needsAct && !d.about) continue;
      drafts.push(d);
    }
  }
  return toRecords(drafts, text);
}

// ---- "the GOP nominee": the person the document gives that candidacy --------------------------------------

const PARTY_WORDS = new Map([
  ['republican', 'republican'],
  ['gop', 'republican'],
  ['democratic', 'democratic'],
  ['democrat', 'democratic'],
]);
const CANDIDACY = /^(?:(republican|gop|democratic|democrat)\s+)(?:presumptive\s+|presidential\s+)*(nominee|candidate|contender|front-?runner|standard-bearer)$/i;
/** Words before the description that make it someone else or anyone ("every GOP nominee", "the 2012 GOP nominee"). */
const OTHER_CANDIDATE = /\b(?:every|any|each|a|an|past|former|previous|recent|last|next|future|eventual|\d{4})\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Party → the one person whose roles name that party's candidacy ("Republican contender", "Democratic presidential
 * nominee"); null when several do.
 */
function partyCandidates(entities: EntityRecord[], text: string): Map<string, EntityRecord | null> {
  const out = new Map<string, EntityRecord | null>();
  const partyOf = (role: string): string | null => {
    const words = role.toLowerCase().replace(/^(?:the|a)\s+/, '').split(/\s+/);
    const party = words.map((w) => PARTY_WORDS.get(w)).find(Boolean);
    return party && CANDIDACY_NOUN.test(words[words.length - 1]) ? party : null;
  };
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const parties = new Set<string>();
    for (const r of e.roles) {
      const party = partyOf(r.text);
      if (party) parties.add(party);
    }
    // The text around a mention: "GOP nominee Donald Trump", "Donald Trump, the Republican nominee,".
    for (const mm of e.mentions) {
      if (mm.via === 'pronoun') continue;
      const before = LEADING_CANDIDACY.exec(text.slice(Math.max(0, mm.span[0] - 48), mm.span[0]));
      const after = TRAILING_CANDIDACY.exec(text.slice(mm.span[1], mm.span[1] + 48));
      for (const x of [before?.[1], after?.[1]]) {
        const party = x ? partyOf(x) : null;
        if (party) parties.add(party);
      }
    }
    for (const p of parties) out.set(p, out.has(p) ? null : e);
  }
  // Only the person the document is most about: a candidate named in passing ("Republican candidate Jeb Bush") is not
  // who a later "the GOP candidate" means in an article about another, nor is a name that a clause's comma ends.
  const persons = entities.filter((e) => e.type === 'person');
  const most = Math.max(0, ...persons.map((e) => e.mentions.length));
  const top = persons.filter((e) => e.mentions.length === most);
  for (const [p, e] of out) if (e && (top.length !== 1 || top[0] !== e)) out.set(p, null);
  return out;
}
const CANDIDACY_NOUN = /^(?:nominee|candidate|contender|front-?runner|hopeful|standard-bearer)$/;
const LEADING_CANDIDACY = /((?:Republican|GOP|Democratic)\s+(?:(?:presumptive|presidential)\s+)*(?:nominee|candidate|contender|front-?runner|hopeful|standard-bearer))\s+$/;
const TRAILING_CANDIDACY = /^,\s+(?:the\s+)?((?:presumptive\s+)?(?:Republican|GOP|Democratic)\s+(?:presidential\s+)?(?:nominee|candidate|contender|front-?runner|hopeful|standard-bearer))\b/;

/** "The GOP nominee said …": the actor is the person the document names as that party's candidate, when only one is. */
function resolveCandidacy(d: Draft, ctx: SentenceCtx, nominees: Map<string, EntityRecord | null>): void {
  const m = CANDIDACY.exec(d.genericActor!);
  if (!m) return;
  const person = nominees.get(PARTY_WORDS.get(m[1].toLowerCase())!);
  if (!person) return;
  // The description as written in the sentence, and what stands before it.
  const at = ctx.body.toLowerCase().indexOf(m[1].toLowerCase());
  if (at < 0 || OTHER_CANDIDATE.test(ctx.body.slice(Math.max(0, at - 40), at))) return;
  d.actors = [{ name: person.name, key: person.key, type: 'person', span: [ctx.base + at, ctx.base + at + m[0].length], via: 'entity', actingFor: null }];
  d.genericActor = null;
}

/**
 * The date mentions inside a sentence: the date extractor's, else the fallback finder's. The fallback runs only on
 * sentences that are asked about, which gives the same mentions as a whole-document run when sentences do not
 * overlap (they never do from segment(); otherwise the whole document is searched once).
 */
function sentenceDates(text: string, sentences: SentenceRecord[], given: DateMention[] | undefined, published: DateValue | null): (s: SentenceRecord) => DateMention[] {
  const inside = (list: DateMention[], s: SentenceRecord) => list.filter((x) => x.span[0] >= s.span[0] && x.span[1] <= s.span[1]);
  if (given && given.length) return (s) => inside(given, s);
  const disjoint = sentences.every((s, i) => i === 0 || s.span[0] >= sentences[i - 1].span[1]);
  if (!disjoint) {
    const all = findDates(text, sentences, published);
    return (s) => inside(all, s);
  }
  const memo = new Map<SentenceRecord, DateMention[]>();
  return (s) => {
    let list = memo.get(s);
    if (!list) memo.set(s, (list = findDates(text, [s], published)));
    return list;
  };
}

const FINAL_MARKS = '.!?:;”"\')]';
/**
 * Whether text ends in a final mark, trailing white space aside (/[.!?:;”"')\]]\s*$/): decided from the last
 * character when it is printable ASCII or "”", which is nearly always; the regex otherwise.
 */
function endsLikeASentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if ((c > 32 && c < 127) || c === 0x201d) return FINAL_MARKS.includes(text[text.length - 1]);
  return /[.!?:;”"')\]]\s*$/.test(text);
}

/** A title-case line without final punctuation is a heading, not a report of an act. */
function isHeading(body: string, toks: Token[]): boolean {
  if (endsLikeASentence(body)) return false;
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.lower.length <= 3) continue;
    words++;
    if (t.cap) caps++;
  }
  if (words < 2) return true;
  return caps / words >= 0.6;
}

const isCyberWord = (t: Token): boolean =>
  CYBER_CONTEXT.has(t.lower) || t.lower.startsWith('cyber') || (THREAT_NAME_INITIALS.has(t.lower[0]) && /^(apt|unc|fin)\d+$/.test(t.lower));
/** First letters of the threat-actor names isCyberWord matches ("apt28", "unc2452", "fin7"): a cheap test first. */
const THREAT_NAME_INITIALS = new Set(['a', 'u', 'f']);
/** Number words before an -ing form that then modifies a noun ("two lobbying firms"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);
/** Words after which a verb form is a noun ("the attacks", "these hacks"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'its', 'their', 'his', 'her', 'our', "'s", '’']);

// ---- trigger choice -----------------------------------------------------------------------------------

/** "leaks" → "leak", "breaches" → "breach": the base a plural noun trigger shares with its verb. */
const nounBase = (w: string) => (w.endsWith('ches') || w.endsWith('shes') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w);

const INFINITIVE_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'not', "n't", 'cannot']);
/** Nouns before "address" that make it a place to write to, not a speech (data/event-triggers.json). */
const ADDRESS_KINDS = new Set(TRIGGER_DATA.addressKinds.words);

/**
 * Whether a noun trigger that is also a verb form is used as the verb: after "to" or a modal ("wants to address
 * concerns"), or after a plural noun the tagger reads as its subject ("have regional actors address conflicts").
 * Not after other nouns ("keynote address", "State of the Union address"), which the tagger often misreads.
 */
function readsAsVerb(toks: Token[], k: number, tags: SentenceTags): boolean {
  const prev = toks[k - 1];
  if (INFINITIVE_MARKERS.has(prev.lower)) return true;
  if (toks[k].lower === 'address' && ADDRESS_KINDS.has(prev.lower)) return true;
  return prev.word && !prev.cap && prev.lower.length > 3 && prev.lower.endsWith('s') && !prev.lower.endsWith('ss') && tags.firstAt(toks[k].span[0]) === 'VERB';
}

/** What a "breach of …" breaks when it is no intrusion (data/event-triggers.json). */
const BREACHED_NORMS = new Set(TRIGGER_DATA.breachedNorms.words);

const KIND_RANK = { frame: 3, verb: 2, object: 2, noun: 1 } as const;

function chooseTriggers(all: TriggerMatch[], toks: Token[], tags: SentenceTags): TriggerMatch[] {
  if (!all.length) return [];
  // Forms that are also nouns ("targets", "attack", "states") are checked with the part-of-speech tagger, once.
  const isVerbAt = (i: number): boolean => {
    const t = toks[i];
    const pat = all.find((m) => m.head === i)?.pattern;
    const base0 = pat?.verbBase;
    if (!base0 || !(t.lower === base0 || t.lower === base0 + 's' || t.lower === base0 + 'es')) return true;
    // A form the tagger only ever tags as a verb, where its token is the word itself: no need to ask.
    if (ALWAYS_TAGGED_VERB.has(t.text) && tags.standsAlone(t.span)) return true;
    const pos = tags.firstAt(t.span[0]);
    return !pos || pos === 'VERB' || pos === 'AUX';
  };
  let cyber: boolean | null = null;
  const cyberish = () => (cyber ??= toks.some(isCyberWord));
  const acceptable = (m: TriggerMatch): boolean => {
    const p = m.pattern;
    const first = toks[m.first];
    // A trigger noun inside a capitalised name ("the Paris Call") names something; it is not an act.
    if (first.cap && m.first > 0 && toks[m.first - 1].word && p.kind !== 'frame') return false;
    // Nor does a capitalised verb that opens a quoted title inside a sentence (NBC's ''Meet the Press'').
    if (first.cap && opensQuotedTitle(toks, m.first)) return false;
    // A verb form after a determiner is a noun ("the attacks", "these hacks").
    if (p.kind !== 'noun' && m.first > 0 && NOUN_DETERMINERS.has(toks[m.first - 1].lower)) return false;
    if (p.verbBase && CYBER_NEEDS_CONTEXT.has(p.verbBase) && p.category === 'Cyber operation' && !cyberish()) return false;
    // So do their nouns when something else may be meant: "leaks to the press", "a breach of trust" (a bare "announced
    // a breach" is an intrusion).
    if (p.kind === 'noun' && p.category === 'Cyber operation' && m.first === m.last && CYBER_NEEDS_CONTEXT.has(nounBase(first.lower)) && (first.lower.startsWith('leak') || toks[m.last + 1]?.lower === 'of') && !cyberish()) return false;
    // A breach of trust, of contract, of protocol … is none whatever the words around it.
    if (p.category === 'Cyber operation' && first.lower.startsWith('breach') && toks[m.last + 1]?.lower === 'of' && BREACHED_NORMS.has(toks[m.last + 2]?.lower ?? '')) return false;
    // "attacked his record" is no use of force: attacks and strikes need military words around them.
    if (p.verbBase && MILITARY_NEEDS_CONTEXT.has(p.verbBase) && p.category === 'Military action' && !cyberish() && !toks.some((t) => MILITARY_CONTEXT.has(t.lower))) return false;
    // So does a noun that names other campaigns too ("Clinton's gun control offensive", "a charm offensive").
    if (p.kind === 'noun' && m.first === m.last && MILITARY_NEEDS_CONTEXT.has(first.lower) && p.category === 'Military action' && !toks.some((t) => MILITARY_CONTEXT.has(t.lower))) return false;
    // "two lobbying firms": an -ing form after a number modifies a noun ("the two met" keeps its verb).
    if (p.kind !== 'noun' && m.first > 0 && first.lower.endsWith('ing') && NUMBER_WORDS.has(toks[m.first - 1].lower)) return false;
    // Nor is one after a determiner and a date ("a July 10 meeting", "the Nov. 3 hearing"): a noun the date names.
    if (p.kind !== 'noun' && first.lower.endsWith('ing') && datedNounBefore(toks, m.first)) return false;
    // Last, as they may run the tagger.
    if (p.kind !== 'noun' && !isVerbAt(m.head)) return false;
    if (p.kind === 'noun' && m.first === m.last && NOUN_VERB_FORMS.has(first.lower) && m.first > 0 && readsAsVerb(toks, m.first, tags)) return false;
    return true;
  };
  // Longest first, then frames before verbs before nouns, then leftmost; each takes its tokens if still free.
  // A match whose tokens are taken is never tested (the tagger runs only for matches that could be chosen).
  const ranked = all.slice().sort((a, b) => b.last - b.first - (a.last - a.first) || KIND_RANK[b.pattern.kind] - KIND_RANK[a.pattern.kind] || a.first - b.first);
  const taken: boolean[] = toks.map(() => false);
  const out: TriggerMatch[] = [];
  for (const m of ranked) {
    let free = true;
    for (let k = m.first; k <= m.last; k++) if (taken[k]) free = false;
    if (!free || !acceptable(m)) continue;
    for (let k = m.first; k <= m.last; k++) taken[k] = true;
    out.push(m);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Whether quotation marks open right before token `k`, after a word (not a sentence start or a colon). */
function opensQuotedTitle(toks: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(?:[“"‘']|'')$/.test(toks[j].text)) j--;
  return j < k - 1 && j >= 0 && (toks[j].word || /^['’]s$/.test(toks[j].text));
}

/** The category of a match: fixed, or from the object noun of an object verb; a cyber-context attack is cyber. */
function categoryOf(m: TriggerMatch, ctx: SentenceCtx): EventCategory | null {
  const p = m.pattern;
  if (p.kind === 'object') {
    const passive = isPassive(ctx, m.head);
    const opening = m.first === firstWord(ctx.toks);
    const comma = ctx.toks.findIndex((t, k) => k > m.last && t.text === ',');
    const range = opening && comma > 0
      ? ctx.toks.slice(comma + 1, comma + 10)
      : passive ? passiveSubjectTokens(ctx, m.first) : null;
    if (!range) return objectHeadClass(ctx, m);
    for (const t of range) {
      if (!t.word && t.text !== '-' && !passive) break;
      const c = objectClass(t.lower);
      if (c) return c;
    }
    return null;
  }
  if (p.category === 'Military action' && p.verbBase === 'attack') {
    const cyberish = ctx.toks.some(isCyberWord);
    return cyberish ? 'Cyber operation' : 'Military action';
  }
  if (p.verbBase === 'charge' && p.kind === 'verb') return chargeCategory(ctx, m.head);
  // "pleaded not guilty" denies the charge in court; "pleaded guilty (to …)" admits it, which the codebook does not
  // type; only "pleaded with X (to …)", "pleaded for …" appeal to someone.
  if (p.verbBase === 'plead' && p.kind === 'verb') {
    const plea = PLEA.exec(ctx.body.slice(ctx.toks[m.last].span[1] - ctx.base, ctx.toks[m.last].span[1] - ctx.base + 24));
    if (plea) return plea[1] ? 'Denial or rejection' : null;
  }
  return p.category;
}

/** What follows a verb of pleading in court: "not guilty", "innocent" (group 1), "guilty", "no contest". */
const PLEA = /^\s+(?:(not\s+guilty|innocent)|guilty|no\s+contest)\b/i;

/** A closing quotation mark, then at most a name, before a verb: the verb tags the quotation (“…,” Lee charged). */
const AFTER_QUOTE = /[”"’']\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
const PRONOUN_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const ACCUSABLE = new Set(['person', 'organisation', 'state', 'group', 'agency']);
/** Words after an object that say a price was charged ("charged the club $5", "charged tenants a fee"). */
const PRICE_WORDS = /^(?:\$|€|£|\d|fees?|rents?|prices?|rates?|interest|premiums?|tolls?|tuition|costs?|more|less|nothing)/;

/**
 * "charge" is a legal act only with its accused: "was charged (on Tuesday) with fraud", "charged Ms. Lee with
 * fraud", "charged him". "charged that …" and “…,” Lee charged accuse in words. "The rents she charges", "charged a
 * $5 fee", "wireless charging", "politically charged", "charged into the crowd" report no act of either kind.
 */
function chargeCategory(ctx: SentenceCtx, head: number): EventCategory | null {
  const toks = ctx.toks;
  const next = toks[head + 1];
  if (next?.lower === 'that' || AFTER_QUOTE.test(ctx.body.slice(0, toks[head].span[0] - ctx.base))) return 'Accusation or attribution';
  for (let k = head + 1; k < Math.min(toks.length, head + 9); k++) {
    if (toks[k].text === ',' || ctx.barriers[k]) break;
    if (toks[k].lower === 'with') {
      // "a group charged with beautifying downtown": a task given, not a charge.
      if (k === head + 1 && (TASK_GERUNDS.has(toks[k + 1]?.lower ?? '') || TASKED_BODIES.has(toks[head - 1]?.lower ?? ''))) return null;
      return 'Sanction or legal action';
    }
  }
  // "a politically charged visit": an adverb before a participle that no form of "be" governs makes an adjective.
  const prev = toks[head - 1];
  if (prev?.lower.endsWith('ly') && !BE_FORMS.has(toks[head - 2]?.lower ?? '')) return null;
  if (isPassive(ctx, head)) {
    // Without "with", a passive is legal when a person or body is charged ("Lee was charged in 2014"), or by someone
    // ("charged by prosecutors"); "the phone can be charged overnight" is not.
    const subject = passiveSubjectTokens(ctx, head);
    const accused = subject.some((t) => PERSON_PRONOUNS.has(t.lower) || ctx.mentions.some((x) => x.span[0] === t.span[0] && ACCUSABLE.has(x.type)));
    return accused || toks.slice(head + 1, head + 6).some((t) => t.lower === 'by') ? 'Sanction or legal action' : null;
  }
  if (!next) return null;
  const object = PRONOUN_OBJECTS.has(next.lower) ? next : ctx.mentions.find((x) => x.span[0] === next.span[0] && ACCUSABLE.has(x.type));
  if (!object) return null;
  // "charged the campaign $3.7 million": a price, not an accusation.
  for (let k = head + 2; k < Math.min(toks.length, head + 8); k++) if (PRICE_WORDS.test(toks[k].lower)) return null;
  return 'Sanction or legal action';
}

const TASK_GERUNDS = new Set(TRIGGER_DATA.chargedWithTask.gerunds);
const TASKED_BODIES = new Set(TRIGGER_DATA.chargedWithTask.bodies);

const NP_STOP = /^(of|on|in|at|for|to|with|against|into|from|by|that|which|who|and|or|but|as|after|before|during|over|under|about|targeting|aimed|across|since|last|this|next|while|because)$/;

/** Category from the head noun of an active object verb's object ("launched an initiative on …" → initiative). */
function objectHeadClass(ctx: SentenceCtx, m: TriggerMatch): EventCategory | null {
  let head: Token | null = null;
  let k = m.last + 1;
  for (; k < Math.min(ctx.toks.length, m.last + 9); k++) {
    const t = ctx.toks[k];
    if (!t.word && t.text !== '-') break;
    if (NP_STOP.test(t.lower) || /^\d{4}$/.test(t.text)) break;
    head = t;
  }
  if (!head) return null;
  // "joined NATO": joining an organisation is an agreement.
  if (m.pattern.verbBase === 'join') {
    const org = ctx.mentions.find((x) => x.span[0] >= ctx.toks[m.last].span[1] && x.span[1] <= head!.span[1] && (x.type === 'organisation' || x.type === 'initiative'));
    if (org) return 'Agreement or initiative';
  }
  const c = objectClass(head.lower);
  // "launched his campaign", "mounted a public attack on the secretary", "carried out attacks on villages": a
  // campaign, operation or attack is a cyber operation only among cyber words, and an attack may be military.
  if (c === 'Cyber operation' && !isCyberWord(head) && !ctx.toks.some(isCyberWord)) {
    return /^(attacks?|assaults?)$/.test(head.lower) && ctx.toks.some((t) => MILITARY_CONTEXT.has(t.lower)) ? 'Military action' : null;
  }
  // "issued a call for calm" asks others to act; "issued an international call" launches an initiative.
  if (c === 'Agreement or initiative' && /^calls?$/.test(head.lower) && /^(for|on|to)$/.test(ctx.toks[k]?.lower ?? '') && !/international|global|joint/i.test(ctx.body.slice(ctx.toks[m.last].span[1] - ctx.base, head.span[0] - ctx.base))) return 'Appeal or call';
  return c;
}

/** The words of a passive's subject: back to the previous comma or clause break, insertions left out. */
function passiveSubjectTokens(ctx: SentenceCtx, first: number): Token[] {
  const out: Token[] = [];
  for (let k = first - 1; k >= 0 && out.length < 16; k--) {
    if (ctx.paren[k]) continue;
    if (ctx.toks[k].text === ',' || ctx.barriers[k]) break;
    out.push(ctx.toks[k]);
  }
  return out;
}

/** A frame's scope ends at a hard break (not at "that", which opens what is demanded). */
function frameEnd(ctx: SentenceCtx, m: TriggerMatch): number {
  // A frame inside an insertion (", who had failed to win his party's nomination,") ends with it.
  const inserted = ctx.paren[m.first];
  for (let k = m.last + 1; k < ctx.toks.length; k++) {
    const t = ctx.toks[k];
    if (inserted && !ctx.paren[k]) return k - 1;
    if (/^[;:—–.]$/.test(t.text)) return k - 1;
    if (/^(but|while|whereas|which|who|although|though)$/.test(t.lower) && ctx.toks[k - 1]?.text === ',') return k - 1;
  }
  return ctx.toks.length - 1;
}

// ---- one draft ------------------------------------------------------------------------------------------

/** The last of the drafts made before this one that passes a test, or null (few rules look back). */
type LastEarlier = (test: (d: Draft) => boolean) => Draft | null;

/** A share of poll respondents as the subject, close before the verb ("22 percent", "a majority of voters"). */
const POLL_SHARE = /(?:\b\d+(?:\.\d+)?\s*(?:%|percent\b)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:10|ten)\b|\b(?:a|the)\s+(?:majority|plurality|minority)\s+of\b|\b(?:half|a third|a quarter|two-thirds|three-quarters|most|many|few)\s+of\s+(?:the\s+)?(?:voters|respondents|those|people|americans|republicans|democrats|independents|likely|registered)\b)(?:[^,;:]{0,60})$/i;

function draftFor(m: TriggerMatch, ctx: SentenceCtx, index: ActorIndex, earlier: LastEarlier, statements: StatementRecord[]): Draft | null {
  let category = categoryOf(m, ctx);
  if (!category) return null;
  const p = m.pattern;
  const toks = ctx.toks;
  // A trigger inside an insertion (", which is thought to …,") has the insertion for its clause.
  const barriers = ctx.paren[m.first] ? ctx.rawBarriers : ctx.barriers;
  const [cf, ct] = clauseOf(toks, barriers, m.first, m.last);
  const clause: Span = [toks[cf].span[0], toks[ct].span[1]];
  const passive = p.kind !== 'noun' && isPassive(ctx, m.head, m);
  const nounHead = p.kind === 'noun' ? toks[m.last].lower : null;

  // Stance: "called for rapprochement with Russia" states a position.
  if (p.frame === 'appeal' && toks.slice(m.last + 1, m.last + 6).some((t) => STANCE_NOUNS.includes(t.lower))) {
    category = 'Public statement';
  }

  // Nouns that name no act here: "requests for comment", "a plea agreement", "his appeal to rural voters".
  if (nounNamesNoAct(toks, m)) return null;

  // "demanded how the prince could be so sure", "demanded to know why": a question put, not an act demanded.
  const asking = p.frame === 'demand' && asksAQuestion(toks, m.last + 1);
  if (asking) category = 'Public statement';

  // "told the editors in a private meeting that …": the meeting is where the statement was made, not diplomacy.
  if (category === 'Diplomatic action' && statementOccasion(toks, cf, m.first)) category = 'Public statement';
  // A town hall is a candidate speaking to voters, not a meeting of parties (CAMEO 01, not 04).
  if (category === 'Diplomatic action' && isTownHall(toks, m)) category = 'Public statement';
  // "vowed to curb spending" pledges a policy (a statement of position); "vowed to retaliate" threatens.
  if (p.frame === 'threat' && PLEDGE_CUES.has(p.source) && !promisesConsequence(toks, m.last + 1)) category = 'Public statement';
  // "with 22 percent saying …", "a majority of Republicans say": a poll's share of respondents makes no statement.
  if (category === 'Public statement' && p.kind !== 'noun' && POLL_SHARE.test(ctx.body.slice(toks[cf].span[0] - ctx.base, toks[m.first].span[0] - ctx.base))) return null;

  let actors: ActorRef[] = [];
  let genericActor: string | null = null;
  let target: ActorRef | null = null;
  let subjectEnd = toks[cf].span[0];
  let reportedBySpeaker = false;

  if (p.kind === 'noun') {
    const owner = nounOwner(ctx, m, index, earlier);
    // "the Oklahoma City bombing", "the Geneva talks": a town or region before the noun says where, not who (a state
    // before it does act: "Russian strikes").
    actors = owner.actors.filter((a) => !(a.type === 'place' && a.span[1] <= toks[m.first].span[0] && /^[\s\p{L}-]*$/u.test(ctx.body.slice(a.span[1] - ctx.base, toks[m.first].span[0] - ctx.base))));
    genericActor = owner.generic;
    target = owner.target;
    if (owner.subjectEnd !== null) subjectEnd = owner.subjectEnd;
  } else if (passive) {
    const agent = agentAfter(ctx, m.last + 1, ct);
    actors = agent.actors;
    genericActor = agent.generic;
    // Eight tokens back ("Ann Pell's email account had been hacked"), not counting scare quotes ("had been ''hacked''").
    let reach = 8;
    for (let k = m.first - 1; k >= Math.max(cf, m.first - reach); k--) if (SCARE_QUOTES.has(toks[k].text)) reach++;
    const patient = subjectBefore(ctx, Math.max(cf, m.first - reach), m.first);
    // The patient is the noun phrase right before the auxiliary ("China has been officially charged").
    // ("Noel, 31, is charged": an age in apposition stands between.)
    const gap = patient.end !== null ? ctx.body.slice(patient.end - ctx.base, toks[m.first].span[0] - ctx.base).replace(/^\s*,\s*\d{1,3}\s*,/, '').trim().split(/\s+/).filter(Boolean) : [];
    // Or its possessor: "Ann Pell's email account had been hacked" targets Ann Pell.
    target = patient.actors.length && (gap.every((w) => AUX_TAIL.test(w) || /^['’]s$/.test(w)) || possessedPatient(gap)) ? patient.actors[0] : null;
    // "was attributed to APT29 by …": the one it is attributed to.
    if (category === 'Accusation or attribution') {
      const to = toks.findIndex((t, k) => k > m.head && k <= ct && t.lower === 'to');
      const named = to > 0 ? ctx.mentions.find((x) => x.span[0] > toks[to].span[0] && x.span[0] <= toks[to].span[1] + 30 && !actors.some((a) => a.key === x.key)) : null;
      if (named) target = named;
    }
    subjectEnd = patient.end ?? subjectEnd;
    if (!actors.length && !genericActor && agent.collective) {
      const org = settingOrganisation(ctx);
      if (org) actors = [org];
    }
  } else {
    // "…, urging his parishioners": a participle after a comma shares the subject of the verb before it.
    const gerund = /ing$/.test(toks[m.head].lower);
    const afterComma = gerund && toks[m.first - 1]?.text === ',';
    // Not an act named inside a phrase ("distance Mr. Trump from his plan for banning Muslims, arguing"): its
    // owner is no subject of the participle.
    const inPhrase = (d: Draft) => {
      const before = tokenBefore(ctx, d.triggerSpan[0])?.lower ?? '';
      return !d.match || d.match.pattern.kind === 'noun' || (before !== 'to' && PREPOSITIONS.has(before));
    };
    const prevDraft = afterComma ? earlier((d) => d.sentence === ctx.s && d.triggerSpan[1] <= toks[m.first].span[0] && !!(d.actors.length || d.genericActor) && !inPhrase(d)) : null;
    // A clause does not start at a determiner "that" ("He echoed that promise on Monday, saying …").
    const from = afterComma ? clauseStartPastDeterminers(ctx, cf, m.first) : cf;
    let subj: Subject = prevDraft ? { actors: prevDraft.actors, generic: prevDraft.genericActor, end: null } : subjectBefore(ctx, from, m.first, afterComma, gerund);
    if (afterComma && !prevDraft && !subj.actors.length && !subj.generic) {
      // The clause before the comma may have lost its subject to a word that opens no clause here ("Ayotte has
      // tangled with Trump once directly, saying …"): look from the sentence's start (after any hard break), else
      // take a he/she right after the participle, who in "…, saying she was appalled" is its subject.
      subj = subjectBefore(ctx, hardClauseStart(toks, m.first), m.first, true, gerund);
      if (!subj.actors.length && !subj.generic) {
        const next = ctx.mentions.find((x) => x.span[0] >= toks[m.last].span[1]);
        if (next && next.via === 'pronoun' && next.span[0] === toks[m.last + 1]?.span[0]) subj = { actors: [next], generic: null, end: null };
      }
    }
    // "Dispatchers received dozens of calls saying …": what was received says it, not whoever received it.
    if (gerund && !afterComma && receivedSaying(toks, m.first)) subj = { actors: [], generic: null, end: null };
    // "Brisk wrote a letter to Berg asking the ministry to …": the writing's author asks, not its addressee.
    if (gerund && !afterComma && !prevDraft) {
      const writer = documentWriter(ctx, from, m.first);
      if (writer) subj = writer;
    }
    actors = subj.actors;
    genericActor = subj.generic;
    if (subj.end !== null) subjectEnd = subj.end;
    reportedBySpeaker = subj.reported === true;
    // "…,” said Senator Lindsey Graham": a reporting verb before its subject.
    // Closing marks include the two apostrophes some wires write for a double quotation mark (''…,'' said X).
    // Not a gerund: in "…, saying Obama's strategy is inadequate" the name after it is what was said.
    if (category === 'Public statement' && !gerund && !TELL_FORMS.has(toks[m.head].lower) && (toks[m.first - 1]?.text === ',' || /^(?:[”"’']|'')$/.test(toks[m.first - 1]?.text ?? ''))) {
      // Not a pronoun: in "…, who worked with Trump, said his boss was kind" the owner "his" is what was said about.
      const after = ctx.mentions.find((x) => x.span[0] >= toks[m.last].span[1] && /^\s*([A-Z][\p{L}.]*\s+)*$/u.test(ctx.body.slice(toks[m.last].span[1] - ctx.base, x.span[0] - ctx.base)));
      if (after && after.via !== 'pronoun') {
        actors = [after];
        genericActor = null;
        // Its subject follows it: nothing before the verb says whether it was done ("… would do well, said X").
        subjectEnd = toks[m.first].span[0];
      }
    }
    // "the attorney who charged Zimmerman": a relative clause's subject is what the relative pronoun stands for.
    if (!actors.length && !genericActor && cf > 0 && /^(who|which|that)$/.test(toks[cf - 1].lower)) {
      // Only a name right before the pronoun ("Corey, who charged …"); "an ad that urges" has no actor.
      const ante = ctx.mentions.filter((x) => x.span[1] <= toks[cf - 1].span[0] && /^\s*,?\s*$/.test(ctx.body.slice(x.span[1] - ctx.base, toks[cf - 1].span[0] - ctx.base))).pop();
      if (ante) actors = [ante];
    }
    // "Gov. Terry Branstad of Iowa, a Republican who has not endorsed …": in an appositive's relative clause the
    // appositive's head ("a Republican") stands for the person named before it.
    const beBefore = [1, 2].some((d) => BE_FORMS.has(toks[m.first - d]?.lower ?? ''));
    const anchor = beBefore ? null : appositiveAnchor(ctx, m.first);
    if (anchor && (!actors.length || actors.every((a) => a.span[0] > anchor.span[1]))) {
      actors = [anchor];
      genericActor = null;
    }
    // Participle clauses ("Targeting members of X, the intrusions …") have their subject after them.
    if (!actors.length && !genericActor && m.first === firstWord(toks)) genericActor = null;
  }
  // A statement the quote/statement extractor attributed names the speaker better than the clause does.
  if (category === 'Public statement') {
    const st = statements.find((x) => x.speaker && x.span[0] <= toks[m.first].span[0] && toks[m.last].span[1] <= x.span[1] && !(x.contentSpan[0] <= toks[m.first].span[0] && toks[m.first].span[0] < x.contentSpan[1]));
    if (st && st.speaker && !actors.some((a) => a.key === st.speakerKey)) {
      actors = [{ name: st.speaker, key: st.speakerKey ?? actorKey('person', st.speaker), type: 'person', span: st.span, via: 'entity', actingFor: null }];
      genericActor = null;
    }
  }
  // A nominal act names its target with a preposition (nounOwner); a verb takes the actor after it.
  if (!target && !passive && p.kind !== 'noun') target = targetOf(ctx, m, category, actors, passive);
  // "attributed the breach to X": the one named after "to", not the operation.
  if (p.verbBase === 'attribute' && !passive) {
    const to = toks.findIndex((t, k) => k > m.head && k <= ct && t.lower === 'to');
    target = to > 0 ? (ctx.mentions.find((x) => x.span[0] > toks[to].span[0] && /^\s*(the\s+)?([\p{L}-]+\s+){0,3}$/u.test(ctx.body.slice(toks[to].span[1] - ctx.base, x.span[0] - ctx.base)) && !actors.some((a) => a.key === x.key)) ?? null) : null;
  }

  // A trip is diplomacy only when it goes to a state, an office holder or a known body, not to a town or a shop.
  // "told visiting Ukrainian officials", "a visiting professor": an adjective, no visit.
  if (toks[m.head].lower === 'visiting' && visitingModifies(toks, m.last + 1)) return null;
  // "his negotiating partners", "the negotiating table": an adjective before a noun, no negotiation told.
  if (toks[m.head].lower === 'negotiating' && m.head === m.last && NEGOTIATING_NOUNS.has(toks[m.last + 1]?.lower ?? '')) return null;
  // "met with fierce resistance", "met the criteria": a reaction or a bar met, no meeting.
  if ((p.verbBase === 'meet' || toks[m.head].lower === 'meeting') && metNoMeeting(toks, m.last + 1)) return null;
  // "a cabinet meeting", "the Rules Committee meeting", "meeting participants": a body meeting by itself, or the noun
  // only saying which participants or place; no meeting of parties.
  if ((p.kind === 'noun' || p.verbBase === 'meet') && meetingNoParties(ctx, m)) return null;
  // "opposed hacking", "to deter future hacking", "balked at hacking an iPhone": a cyber act opposed or prevented is
  // none done.
  if (category === 'Cyber operation' && preventedBefore(toks, m.first)) return null;
  // "Her metaphor is telling", "a telling sign", "most telling": the adjective, no telling.
  if (toks[m.head].lower === 'telling' && tellingAdjective(toks, m.head)) return null;
  // "nothing President Trump has done or said amounts to bribery", "everything she says and does": conduct in
  // general, no act of saying.
  if (category === 'Public statement' && doneOrSaid(toks, m.head)) return null;
  // "a New York gathering of black leaders": the noun names an audience or a crowd, not an act of whoever is near.
  if (p.verbBase === 'gather' && toks[m.head].lower === 'gathering' && toks[m.head + 1]?.lower === 'of') return null;
  // "held a conference call with surrogates", "held a call highlighting her rival's record": a call held with no
  // state, dignitary or office holder on it is a campaign's or a firm's way of stating its case, no diplomacy.
  if (category === 'Diplomatic action' && p.verbBase === 'hold' && toks[m.last].lower === 'call' && !diplomaticCall(ctx, m, ct, target)) category = 'Public statement';
  const withheld = (isPlainVisit(p) && !diplomaticVisit(ctx, m, ct, target, actors)) || (p.verbBase === 'host' && !diplomaticHosting(ctx, m, ct, target, actors));

  // "attributed the slow count to uncounted ballots": a cause named, no act given to an actor.
  if (p.verbBase === 'attribute' && !passive && !target && !attributesAnAct(toks, m.last + 1, ct)) return null;

  // Negation, modality: read the stretch between the subject and the trigger.
  const from = Math.min(subjectEnd, toks[m.first].span[0]);
  const windowText = sliceNoParen(ctx, from, toks[m.head].span[0]);
  const nounWindow = p.kind === 'noun' ? ctx.body.slice(Math.max(0, toks[Math.max(0, m.first - 3)].span[0] - ctx.base), toks[m.first].span[0] - ctx.base) : '';
  let polarity: Draft['polarity'] = 'asserted';
  let modality: Draft['modality'] = 'actual';
  const negated = p.kind === 'noun' ? /\b(no|without)\s+(\w+\s+)?$/i.test(nounWindow) : isNegated(windowText);
  const barrierBefore = cf > 0 ? toks[cf - 1].lower : '';
  const infinitiveTo = toBefore(toks, m.first);
  const hypothetical =
    (p.kind !== 'noun' && isHypothetical(windowText, barrierBefore)) ||
    askedNotTold(ctx, cf) ||
    possibilityBefore(ctx, m) ||
    (p.kind !== 'noun' && infinitiveTo >= 0 && (category !== 'Public statement' || unrealisedSaying(toks, infinitiveTo))) ||
    (p.kind !== 'noun' && proposedGerund(toks, m.first));
  if (hypothetical && category !== 'Threat or warning' && !p.frame) return null;
  if (hypothetical && p.frame && p.frame !== 'threat') return null;
  if (negated) {
    if (p.frame) return null;
    if (!COMMITMENTS.has(category)) return null;
    polarity = 'negated';
    const about = category;
    category = 'Denial or rejection';
    const d = mk();
    d.about = about;
    return d;
  }
  const after = ctx.body.slice(toks[m.last].span[1] - ctx.base, Math.min(ctx.body.length, toks[m.last].span[1] - ctx.base + 40));
  if (isAlleged(windowText + ' ' + nounWindow) || (p.kind === 'noun' && category === 'Cyber operation' && /^\s*(they|he|she|it|officials|critics)\s+(claim|claims|say|says|said|allege)/i.test(after))) {
    modality = 'reported';
  } else if (category !== 'Public statement') {
    const lead = ctx.body.slice(0, toks[cf].span[0] - ctx.base);
    if (reportedBySpeaker || isReportedSpeech(lead) || insideQuote(ctx.body, toks[m.first].span[0] - ctx.base)) modality = 'reported';
  }
  return mk();

  function mk(): Draft {
    return {
      category: category!,
      about: null,
      actors,
      genericActor,
      target,
      match: m,
      triggerSpan: m.span,
      triggerText: ctx.body.slice(m.span[0] - ctx.base, m.span[1] - ctx.base),
      sentence: ctx.s,
      clause,
      polarity,
      modality,
      date: null,
      place: null,
      frame: asking ? null : p.frame,
      nounHead,
      passive,
      ...(withheld ? { withheld } : {}),
    };
  }
}

const UNREALISED_BEFORE_TO = new Set(TRIGGER_DATA.unrealisedBeforeTo.words);
/** Determiners before "way" that make "a way to say" a way still to be found ("went out of his way to say" was done). */
const WAY_DETERMINERS = new Set(['a', 'the', 'no', 'any', 'some', 'another']);
const TAKING = new Set(['took', 'take', 'takes', 'taking', 'seized', 'used', 'grabbed']);
/**
 * Whether the "to" at `to` before a verb of saying follows a word that leaves the saying undone ("is scheduled to
 * address", "more likely to say", "the opportunity to speak", "find a way to acknowledge").
 */
function unrealisedSaying(toks: Token[], to: number): boolean {
  // ("declined later to state": an adverb may stand between.)
  let j = to - 1;
  while (j > 1 && !UNREALISED_BEFORE_TO.has(toks[j]?.lower ?? '') && /^(?:\w+ly|later|again|also|still|once)$/.test(toks[j]?.lower ?? '') && toks[j].word) j--;
  to = j + 1;
  const w = toks[to - 1]?.lower ?? '';
  if (w === 'way') return WAY_DETERMINERS.has(toks[to - 2]?.lower ?? '');
  // "took the opportunity to comment": an opportunity taken.
  if (w === 'opportunity' && TAKING.has(toks[to - 3]?.lower ?? '')) return false;
  return UNREALISED_BEFORE_TO.has(w);
}

const firstWord = (toks: Token[]) => toks.findIndex((t) => t.word);

const RECEIVING_VERBS = new Set(['receive', 'receives', 'received', 'receiving', 'get', 'gets', 'got', 'getting', 'obtained', 'saw', 'sees', 'heard', 'hears', 'intercepted', 'found']);

/**
 * Whether a participle of saying right after a noun ("calls saying") follows a verb of receiving within a few words
 * ("received dozens of 911 calls saying …"): the noun's author says it, not the receiver.
 */
function receivedSaying(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = toks[j];
    if (!t.word) return false;
    // Not a passive ("Trump was heard on a microphone telling …"): then the subject is the one heard.
    if (RECEIVING_VERBS.has(t.lower)) return j < k - 1 && !BE.has(toks[j - 1]?.lower ?? '');
  }
  return false;
}

/** Verbs of telling: their object is whom it was told to, never an inverted subject ("…, told The Courier"). */
const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);

const POSSIBILITY_NOUNS = new Set(TRIGGER_DATA.possibilityNouns.words);
/**
 * Whether a noun of possibility governs the act within a few words before it ("little chance of officials being
 * prosecuted", "the risk that Ruritania retaliates"): what may happen is no act.
 */
function possibilityBefore(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const toks = ctx.toks;
  for (let k = m.first - 1; k >= 1 && k >= m.first - 6; k--) {
    const w = toks[k].lower;
    if (!toks[k].word) return false;
    if ((w === 'of' || w === 'that') && POSSIBILITY_NOUNS.has(toks[k - 1].lower)) return true;
  }
  return false;
}

const ATTRIBUTABLE_ACTS = new Set(TRIGGER_DATA.attributableActs.words);
/** Whether the object of "attribute" (tokens from `from` up to "to") names an act ("the breach", "the attacks"). */
function attributesAnAct(toks: Token[], from: number, ct: number): boolean {
  for (let k = from; k <= ct && k < toks.length && toks[k].lower !== 'to'; k++) if (ATTRIBUTABLE_ACTS.has(toks[k].lower)) return true;
  return false;
}

const OWNER_WORDS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’']);
/**
 * A nominal trigger that names no act: "comment" asked for ("referred requests for comment"), a plea agreement or
 * deal (a court matter, no cooperation), and an owned "appeal to" with no call in it ("his appeal to rural voters",
 * unlike "an appeal to donors to give more").
 */
function nounNamesNoAct(toks: Token[], m: TriggerMatch): boolean {
  const head = toks[m.last].lower === 'to' ? toks[m.last - 1].lower : toks[m.last].lower;
  if ((head === 'comment' || head === 'comments') && toks[m.last - 1]?.lower === 'for') return true;
  if (m.pattern.kind !== 'noun') return false;
  const before = toks[m.first - 1]?.lower ?? '';
  if ((head === 'agreement' || head === 'deal') && before === 'plea') return true;
  if (head === 'appeal' && OWNER_WORDS.has(before)) {
    for (let k = m.last + 1; k < toks.length && k <= m.last + 8; k++) {
      if (!toks[k].word) break;
      if (toks[k].lower === 'for' || (toks[k].lower === 'to' && k > m.last + 1)) return false;
    }
    return true;
  }
  return false;
}

const QUESTION_WORDS = new Set(['how', 'why', 'whether', 'what', 'where', 'when', 'who', 'which']);
const KNOWING_VERBS = new Set(['know', 'learn', 'hear']);
/** Whether the words from token `k` open a question ("how …", "whether …", "to know why …"). */
function asksAQuestion(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  return QUESTION_WORDS.has(t.lower) || (t.lower === 'to' && KNOWING_VERBS.has(toks[k + 1]?.lower ?? ''));
}

const VISITOR_NOUNS = new Set(['delegation', 'delegations', 'dignitaries', 'dignitary', 'professor', 'scholar', 'scholars', 'fellow', 'team', 'teams', 'guests', 'guest', 'students', 'student', 'minister', 'president', 'envoy', 'official', 'head', 'troupe', 'artist', 'artists']);
/** Whether "visiting" at a token before `k` modifies a noun after it (names between): "visiting Ukraine officials". */
function visitingModifies(toks: Token[], k: number): boolean {
  let j = k;
  while (j < toks.length && j < k + 4 && toks[j].cap && toks[j].word) j++;
  const t = toks[j];
  return !!t && t.word && !t.cap && (VISITOR_NOUNS.has(t.lower) || groupNoun(t.lower) !== null);
}

/** Nouns "negotiating" modifies ("negotiating partners", "the negotiating table"). */
const NEGOTIATING_NOUNS = new Set(['partner', 'partners', 'team', 'teams', 'table', 'position', 'positions', 'stance', 'skills', 'skill', 'tactic', 'tactics', 'strategy', 'power', 'leverage', 'style', 'counterpart', 'counterparts', 'round', 'rounds', 'process', 'committee', 'chip', 'chips', 'mandate', 'text']);
const VISIT_VERBS = new Set(['visit', 'travel']);
const VISIT_NOUNS = new Set(['visit', 'visit to']);
/** A visit or trip not already called diplomatic by its own words ("state visit", "official visit"). */
const isPlainVisit = (p: TriggerMatch['pattern']): boolean =>
  p.category === 'Diplomatic action' && (p.kind === 'noun' ? VISIT_NOUNS.has(p.source) : p.verbBase !== null && VISIT_VERBS.has(p.verbBase));

/** Known international organisations and government bodies (gazetteer): hosts of a diplomatic visit. */
const KNOWN_HOSTS = new Set(KNOWN.filter((a) => a.type === 'organisation' || a.type === 'agency').map((a) => a.key));
const PRIVATE_VISIT_WORDS = new Set(TRIGGER_DATA.privateVisits.words);
const VISIT_GAP_WORDS = new Set(['the', 'a', 'an', 'to', 'with', 'and', 'his', 'her', 'their', 'its', 'counterpart', 'prime', 'minister', 'president', 'king', 'queen', 'chancellor', 'leader', 'foreign', 'secretary', 'general', 'pope', '.']);

/**
 * Whether a visit or trip is diplomatic: not private ("on vacation", "to visit her daughter"), and to a state, a
 * known international or government body, or an office holder named as its direct object ("visited Prime Minister
 * X", not "visited X's headquarters"); with no destination named, only when a state or such a body is named in
 * the clause ("arrived at the White House for a visit").
 */
function diplomaticVisit(ctx: SentenceCtx, m: TriggerMatch, ct: number, target: ActorRef | null, actors: ActorRef[]): boolean {
  const toks = ctx.toks;
  for (let k = m.first; k <= ct; k++) if (PRIVATE_VISIT_WORDS.has(toks[k].lower)) return false;
  const host = (x: ActorRef) => x.type === 'state' || KNOWN_HOSTS.has(x.key) || x.actingFor !== null;
  if (!target) {
    const [from, to] = [toks[Math.max(0, m.first - 12)].span[0], toks[ct].span[1]];
    return ctx.mentions.some((x) => x.span[0] >= from && x.span[1] <= to && !actors.some((a) => a.key === x.key) && host(x));
  }
  if (host(target)) return true;
  if (target.type !== 'person') return false;
  // The person is what is visited, right after the trigger (titles and articles between), and owns nothing after.
  const after = tokenAfter(ctx, target.span[1]);
  if (after && (after.lower === "'s" || after.text === '’')) return false;
  const k = firstStartingAt(toks, toks[m.last].span[1]);
  for (let j = k; j < toks.length && toks[j].span[1] <= target.span[0]; j++) {
    if (!VISIT_GAP_WORDS.has(toks[j].lower) && !toks[j].cap) return false;
  }
  return true;
}

const NOT_MET_WORDS = new Set(TRIGGER_DATA.notMet.words);

/** Whether what "meet" takes from token `k` on ("with", an article, up to two lower-case words) is a reaction or a bar. */
function metNoMeeting(toks: Token[], k: number): boolean {
  if (toks[k]?.lower === 'with') k++;
  if (MET_DETERMINERS.has(toks[k]?.lower ?? '')) k++;
  // An owner before the noun ("meeting Trump's declared goal"): the name and its 's.
  let j = k;
  while (j < k + 3 && toks[j]?.cap && toks[j].word) j++;
  if (j > k && (toks[j]?.lower === "'s" || toks[j]?.text === '’')) k = toks[j + 1]?.lower === 's' ? j + 2 : j + 1;
  for (let n = 0; n < 3 && k < toks.length && toks[k].word; n++, k++) {
    if (NOT_MET_WORDS.has(toks[k].lower)) return true;
    // A capitalised adjective may stand before the noun ("any Russian challenge"), not a name after "with".
    if (toks[k].cap && n > 0) return false;
  }
  return false;
}

/** Words before "telling" that make it an adjective ("a telling detail", "most telling"). */
const TELLING_DEGREE = new Set(['a', 'an', 'the', 'most', 'more', 'very', 'particularly', 'especially', 'equally', 'quite', 'rather', 'less', 'least', 'so', 'too', 'perhaps', 'even']);
/** Whether "telling" at k is the adjective: after a degree word or an article, or after a be-form with no object. */
function tellingAdjective(toks: Token[], k: number): boolean {
  const prev = toks[k - 1]?.lower ?? '';
  if (TELLING_DEGREE.has(prev)) return true;
  const next = toks[k + 1];
  // "The metaphor is telling in its own right." / "That was telling." — nothing told, no one told.
  return BE_FORMS.has(prev) && (!next || !next.word || PREPOSITIONS.has(next.lower) || next.lower === 'because');
}

const PREVENTING_WORDS = new Set(TRIGGER_DATA.preventingWords.words);
/** Whether one of the three words before a trigger opposes or prevents it ("to deter future hacking"). */
function preventedBefore(toks: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (!toks[k].word) return false;
    if (PREVENTING_WORDS.has(toks[k].lower)) return true;
  }
  return false;
}

const MET_DETERMINERS = new Set(['the', 'a', 'an', 'any', 'every', 'its', 'their', 'his', 'her', 'our', 'all']);
const MEETING_NOUNS = new Set(['meeting', 'meetings']);
const INTERNAL_MEETINGS = new Set(TRIGGER_DATA.internalMeetings.words);
/** Nouns of time after "meeting" that say when, not which participants ("a meeting last week"). */
const TIME_NOUNS = new Set(['today', 'tomorrow', 'yesterday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'times']);

/**
 * A nominal meeting with no parties to it: a body's own session ("a cabinet meeting", "the Rules Committee meeting",
 * "the annual meeting"), or "meeting" as a modifier ("meeting participants said", "a meeting place").
 */
function meetingNoParties(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const toks = ctx.toks;
  let k = m.first;
  while (k <= m.last && !MEETING_NOUNS.has(toks[k].lower)) k++;
  if (k > m.last) return false;
  // The words around it first, the tagger only when they fit (it tags the whole sentence).
  const internal = INTERNAL_MEETINGS.has(toks[k - 1]?.lower ?? '');
  const next = toks[k + 1];
  const modifier = !!next && next.word && !next.cap && !TIME_NOUNS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !AUX_TAIL.test(next.lower);
  if (!internal && !modifier) return false;
  // Only "meeting" used as a noun ("Republicans began meeting at 10" is a verb).
  if (posAt(ctx, toks[k].span[0]) !== 'NOUN') return false;
  return internal || posAt(ctx, next!.span[0]) === 'NOUN';
}

const DIPLOMATIC_GUEST_WORDS = new Set(TRIGGER_DATA.diplomaticGuests.words);

/**
 * Whether hosting is diplomacy: what is hosted is a state, a known international or government body, or an office
 * holder, or the words around the verb name a summit, talks or a dignitary ("hosted Chinese leaders", "talks hosted by
 * Qatar"). Hosting a debate, a fundraiser, a show or a policy conference is not ("a conference hosted by AIPAC").
 */
function diplomaticHosting(ctx: SentenceCtx, m: TriggerMatch, ct: number, target: ActorRef | null, actors: ActorRef[]): boolean {
  if (target && (target.type === 'state' || KNOWN_HOSTS.has(target.key) || target.actingFor !== null)) return true;
  // A person or a state hosting a person named right after the verb (titles between): "Macron hosted Vladimir Putin".
  if (target?.type === 'person' && actors.some((a) => a.type === 'state' || a.type === 'person')) {
    const toks = ctx.toks;
    let k = firstStartingAt(toks, toks[m.last].span[1]);
    while (k < toks.length && toks[k].span[1] <= target.span[0] && (toks[k].cap || VISIT_GAP_WORDS.has(toks[k].lower))) k++;
    if (k < toks.length && toks[k].span[0] >= target.span[0]) return true;
  }
  const toks = ctx.toks;
  for (let k = Math.max(0, m.first - 4); k <= ct && k <= m.last + 8; k++) if (DIPLOMATIC_GUEST_WORDS.has(toks[k].lower)) return true;
  return false;
}

/**
 * Whether a call held is diplomacy: with a state, a known international or government body, or a person named right
 * after "with" ("held a call with Chancellor X"), or with dignitaries the words around it name ("a call with
 * European leaders", "with their counterparts").
 */
function diplomaticCall(ctx: SentenceCtx, m: TriggerMatch, ct: number, target: ActorRef | null): boolean {
  if (target && (target.type === 'state' || KNOWN_HOSTS.has(target.key) || target.actingFor !== null)) return true;
  const toks = ctx.toks;
  let k = m.last + 1;
  if (target?.type === 'person' && toks[k]?.lower === 'with') {
    k++;
    while (k < toks.length && toks[k].span[1] <= target.span[0] && (toks[k].cap || VISIT_GAP_WORDS.has(toks[k].lower))) k++;
    if (k < toks.length && toks[k].span[0] >= target.span[0]) return true;
  }
  for (let j = Math.max(0, m.first - 4); j <= ct && j <= m.last + 8; j++) if (DIPLOMATIC_GUEST_WORDS.has(toks[j].lower)) return true;
  return false;
}

/** Whether the verb a vow promises (quote marks skipped: 'vowed to “bomb …”') is a consequence for someone. */
function promisesConsequence(toks: Token[], k: number): boolean {
  while (k < toks.length && !toks[k].word) k++;
  return CONSEQUENCE_VERBS.has(toks[k]?.lower ?? '') || CONSEQUENCE_VERBS.has(`${toks[k]?.lower} ${toks[k + 1]?.lower}`);
}

const SAYING = new Set(TRIGGER_DATA.modality.reportingVerbs.filter((w) => !/\s/.test(w)));
/** A noun after "in/during/at" (a few modifiers between) in a clause whose verb is one of saying. */
/** "a town hall meeting", "held a town-hall": the words of the match or the two before it name a town hall. */
function isTownHall(toks: Token[], m: TriggerMatch): boolean {
  // The town hall is the act itself ("a town hall meeting", "held a town hall"), not what a verb takes ("hosted").
  if (!/^meetings?$/.test(toks[m.last].lower) && !toks.slice(m.first, m.last + 1).some((t) => t.lower === 'town')) return false;
  for (let k = Math.max(0, m.first - 3); k < m.last; k++) if (toks[k].lower === 'town' && (toks[k + 1]?.lower === 'hall' || (toks[k + 1]?.text === '-' && toks[k + 2]?.lower === 'hall'))) return true;
  return false;
}

function statementOccasion(toks: Token[], cf: number, noun: number): boolean {
  // "at a breakfast hosted by X": a participle is its own act.
  if (/ed$/.test(toks[noun].lower)) return false;
  let k = noun - 1;
  while (k > cf && noun - k <= 7 && (toks[k].word || toks[k].text === '-') && !/^(in|during|at)$/.test(toks[k].lower)) k--;
  if (k <= cf || !/^(in|during|at)$/.test(toks[k].lower)) return false;
  // "during talks with Iran" names a counterpart: that is diplomacy.
  if (/^(with|between)$/.test(toks[noun + 1]?.lower ?? '')) return false;
  for (let j = cf; j < k; j++) if (SAYING.has(toks[j].lower)) return true;
  return false;
}

/** Participles that, right after a common noun and before "of"/"with"/"for", make the noun their patient. */
const PATIENT_PARTICIPLES = new Set(TRIGGER_DATA.patientParticiples.words);

/** Whether a be-form and a participle ("was charged") stand in the clause before token `and`, nothing finite between. */
function passiveBefore(ctx: SentenceCtx, and: number): boolean {
  const toks = ctx.toks;
  for (let k = and - 1; k > 0 && k >= and - 12; k--) {
    if (ctx.barriers[k] || toks[k].text === ',' || toks[k].lower === 'and' || HAVE.has(toks[k].lower)) return false;
    const form = toks[k].lower;
    if ((form.endsWith('ed') || PARTICIPLES.has(form)) && (BE.has(toks[k - 1].lower) || (toks[k - 1].lower.endsWith('ly') && BE.has(toks[k - 2]?.lower ?? '')))) return true;
  }
  return false;
}

function isPassive(ctx: SentenceCtx, head: number, m?: TriggerMatch): boolean {
  const toks = ctx.toks;
  const form = toks[head].lower;
  if (!(form.endsWith('ed') || PARTICIPLES.has(form))) return false;
  // "accounts tied to extremists": a gap pattern ("tied * to") matched with nothing in the gap is a participle.
  const lastSlot = m?.pattern.slots[m.pattern.slots.length - 1];
  if (m && lastSlot instanceof Set && [...lastSlot].every((w) => /^(to|with|at|for|on)$/.test(w)) && m.pattern.slots.includes('*') && m.last - m.first + 1 === m.pattern.slots.filter((x) => x !== '*').length) return true;
  for (let k = head - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = toks[k].lower;
    // Scare quotes do not break the verb group: "had been ''successfully hacked''".
    if (SCARE_QUOTES.has(toks[k].text)) {
      n--;
      continue;
    }
    if (BE.has(w)) return true;
    if (HAVE.has(w)) return false;
    if (!(w.endsWith('ly') || /^(not|also|already|never|repeatedly|formally|just|since|then|all|both|now)$/.test(w))) break;
  }
  if (head === firstWord(toks)) return true;
  // Reduced relative: "an initiative launched in 2018 by X", "an agreement already signed by X".
  const prev = toks[head - 1];
  // "was charged in the United States in 2014 and extradited to Alexandria": a participle joined by "and" to a
  // passive one before it, with no object of its own, is passive too.
  if (prev?.lower === 'and' && (PREPOSITIONS.has(toks[head + 1]?.lower ?? '') || !toks[head + 1]?.word) && passiveBefore(ctx, head - 1)) return true;
  if (!prev || !prev.word || SUBJECT_PRONOUNS.has(prev.lower) || HAVE.has(prev.lower)) return false;
  if (ctx.mentions.some((mm) => mm.span[1] === prev.span[1])) return false;
  // "an American contractor accused of spying", "officials charged with fraud": the noun before is the patient.
  if (!prev.cap && PATIENT_PARTICIPLES.has(form) && /^(of|with|for|in)$/.test(toks[head + 1]?.lower ?? '')) return true;
  // "The Democratic plan rejected on Monday was …": a short adverbial, then the clause's own finite verb.
  if (!prev.cap && reducedRelativeBeforeVerb(ctx, head)) return true;
  // A capitalised group noun opening the sentence is its subject ("Critics said he was … by staying in").
  if (prev.cap && head - 1 === firstWord(toks) && groupNoun(prev.lower)) return false;
  // "Peskov on Tuesday dismissed accusations by London": a noun right after the verb is its object, so the verb is
  // active and the "by" belongs to that noun ("signed by", "launched in 2018 by" have none).
  const next = toks[head + 1];
  if (next?.word && !next.cap && !AFTER_PARTICIPLE.has(next.lower) && !next.lower.endsWith('ly')) return false;
  for (let k = head + 1; k < Math.min(toks.length, head + 9); k++) {
    if (ctx.barriers[k] || toks[k].text === ',') return false;
    if (toks[k].lower === 'by') return true;
  }
  return false;
}

/** Words that may stand between a participle and its "by" in a reduced relative ("launched in 2018 by", "signed last week by"). */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'during', 'after', 'before', 'since', 'under', 'over', 'into', 'across', 'through', 'as', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'again', 'already', 'jointly', 'both', 'all', 'here', 'there', 'back', 'up', 'out', 'down', 'off', 'of']);
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const SCARE_QUOTES = new Set(["''", "'", '“', '”', '"', '‘']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);
const ADVERBIAL_WORDS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'the', 'a', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'today', 'yesterday']);

/**
 * Whether the participle at `head`, after a common noun, is followed by at most a short time adverbial and then a
 * finite auxiliary ("the plan rejected on Monday was …", "the bill passed last week has …"): the noun is its patient.
 */
function reducedRelativeBeforeVerb(ctx: SentenceCtx, head: number): boolean {
  const toks = ctx.toks;
  for (let k = head + 1; k < Math.min(toks.length, head + 6); k++) {
    const t = toks[k];
    if (FINITE_AUX.has(t.lower)) return k > head + 1 && posAt(ctx, toks[head - 1].span[0]) === 'NOUN';
    if (!(ADVERBIAL_WORDS.has(t.lower) || DAY_OR_MONTH.test(t.text) || /^\d+$/.test(t.text))) return false;
  }
  return false;
}

/** Whether the words between a passive's patient and its verb are "'s" and up to two lower-case nouns, then auxiliaries. */
function possessedPatient(gap: string[]): boolean {
  if (!/^['’]s$/.test(gap[0] ?? '')) return false;
  let k = 1;
  while (k < gap.length && k <= 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(gap[k]) && !AUX_TAIL.test(gap[k])) k++;
  const bare = (w: string) => w.replace(/^["“”‘']+|["“”’']+$/g, '');
  return k > 1 && gap.slice(k).every((w) => !bare(w) || AUX_TAIL.test(bare(w)) || BE.has(bare(w)));
}

function sliceNoParen(ctx: SentenceCtx, from: number, to: number): string {
  let out = '';
  for (let k = 0; k < ctx.toks.length; k++) {
    const t = ctx.toks[k];
    if (t.span[0] < from || t.span[1] > to) continue;
    if (ctx.paren[k]) continue;
    out += ' ' + t.text;
  }
  return out.replace(/\s+(['’]t)\b/g, '$1');
}

/** Mentions that are a coordination ending at `last` ("The United States, Russia and China"). */
function coordination(ctx: SentenceCtx, last: ActorRef, limitFrom: number): ActorRef[] {
  const out = [last];
  let cur = last;
  for (let n = 0; ; n++) {
    const prev = ctx.mentions.filter((mm) => mm.span[1] <= cur.span[0] && mm.span[0] >= limitFrom && mm.via !== 'pronoun').pop();
    if (!prev) break;
    const gap = ctx.body.slice(prev.span[1] - ctx.base, cur.span[0] - ctx.base);
    // "X, Y and Z": the gap next to the head holds the conjunction, the others are commas.
    const ok = n === 0 ? /^\s*(,?\s*and|&|,?\s*as well as|,?\s*or)\s*(the\s+)?$/i.test(gap) : /^\s*,\s*(the\s+)?$/.test(gap);
    if (!ok) break;
    const gov = tokenBefore(ctx, prev.span[0]);
    if (gov && PREPOSITIONS.has(gov.lower)) break;
    out.unshift(prev);
    cur = prev;
  }
  // Keep one reference per actor, in text order.
  return out.filter((a, i) => out.findIndex((b) => b.key === a.key) === i);
}

interface Subject {
  actors: ActorRef[];
  generic: string | null;
  end: number | null;
  /** The subject follows a verb of saying: the act is someone's report. */
  reported?: boolean;
}

/**
 * The subject before a verb, without the words that only qualify ("Early polls show", "Sometimes, they say"): such
 * a word may name the group that acts ("Republican lawmakers"), never the actor alone.
 */
function subjectBefore(ctx: SentenceCtx, cf: number, trig: number, leftmost = false, gerund = false): Subject {
  const subj = nearestSubjectBefore(ctx, cf, trig, leftmost, gerund);
  return subj.actors.some((a) => a.modifierOnly) ? { ...subj, actors: subj.actors.filter((a) => !a.modifierOnly) } : subj;
}

/** The subject before a verb: the nearest mention not governed by a preposition, with its coordination. */
function nearestSubjectBefore(ctx: SentenceCtx, cf: number, trig: number, leftmost = false, gerund = false): Subject {
  const toks = ctx.toks;
  const from = toks[cf].span[0];
  const to = toks[trig].span[0];
  // ", the army said": a determiner phrase after the last comma is the subject; nothing before the comma is.
  let lower = from;
  for (let k = trig - 1; k >= cf; k--) {
    if (toks[k].text !== ',' || ctx.paren[k]) continue;
    if (/^(the|a|an|his|her|its|their|this|those|these)$/.test(toks[k + 1]?.lower ?? '')) lower = toks[k].span[1];
    break;
  }
  // ", aides said,": a group noun right before the verb, after a comma, is the subject, whatever is named before it.
  let g = trig - 1;
  while (g > cf && AUX_TAIL.test(toks[g].lower)) g--;
  // "Sanders questions her ties to super PACs and has called for …": a verb joined by "and" to a verb before it
  // shares that verb's subject; what stands after the first verb is its object.
  if (toks[g]?.lower === 'and' && toks[g - 1]?.text !== ',') {
    const first = verbOfFirstConjunct(ctx, cf, g);
    if (first > cf) return subjectBefore(ctx, cf, first, leftmost, gerund);
  }
  // Names inside an insertion are skipped, unless the verb is inside one too ("- ''…,'' Mr. Biden said twice -").
  const inside = ctx.paren[trig];
  const cands = ctx.mentions.filter((mm) => mm.span[0] >= lower && mm.span[1] <= to && (inside || (!parenAt(ctx, mm.span[0]) && !parenSpan(ctx, mm.span))));
  // Also after ", and" / ", but" ("…, and experts say"): a new clause whose subject is the group.
  const joined = g > cf + 1 && (toks[g - 1].lower === 'and' || toks[g - 1].lower === 'but') && toks[g - 2].text === ',';
  if (g > cf && (toks[g - 1].text === ',' || joined) && groupNoun(toks[g].lower) && !cands.some((mm) => mm.span[1] > toks[g - 1].span[0])) {
    return { actors: [], generic: groupNoun(toks[g].lower), end: toks[g].span[1] };
  }
  // "The Chronicle says police are looking into …", "said that prosecutors had charged …": a group noun right after
  // a verb of saying is the subject of the reported act, not the one who says it.
  const saying = g > cf + 1 && toks[g - 1].lower === 'that' ? g - 2 : g - 1;
  if (g > cf && saying >= cf && EMBEDDING_VERBS.has(toks[saying].lower) && groupNoun(toks[g].lower) && !cands.some((mm) => mm.span[1] > toks[saying].span[0])) {
    return { actors: [], generic: groupNoun(toks[g].lower), end: toks[g].span[1], reported: true };
  }
  // "Fred Kagan, director of the program at the Hudson Institute, said": the name before an appositive that the
  // verb follows is the subject; the body inside the appositive only says where the person works.
  // Not for a participle after a comma, whose subject is the main clause's ("X, a Y ally, …, saying").
  const anchored = gerund ? null : appositiveSubject(ctx, cf, trig, cands);
  if (anchored) return { actors: coordination(ctx, anchored, from), generic: null, end: anchored.span[1] };
  let possessor: ActorRef | null = null;
  let modified: { name: string; end: number } | null = null;
  const order = cands.map((_, i) => i);
  if (!leftmost) order.reverse();
  for (const i of order) {
    const mm = cands[i];
    // "some voters who have heard Mr. Dorsey speak said": a name inside a relative clause on a common noun is
    // not the subject of the verb after the clause.
    if (inRelativeClause(ctx, lower, mm)) continue;
    const before = tokenBefore(ctx, mm.span[0]);
    const after = tokenAfter(ctx, mm.span[1]);
    // "posted on Twitter accusing X", "some Facebook users argue": a social network is where it was posted, or says
    // which users; never the actor itself.
    if (mm.type !== 'person' && isPlatform(ctx, mm)) {
      if (before && MEDIUM_PREPOSITIONS.has(before.lower)) continue;
      // A plural noun ("users", "posts"): its shape before the tagger.
      if (after && after.span[1] <= to && after.word && !after.cap && /[^s]s$/.test(after.lower) && posAt(ctx, after.span[0]) === 'NOUN') {
        return { actors: [], generic: `${ctx.body.slice(mm.span[0] - ctx.base, mm.span[1] - ctx.base)} ${after.lower}`, end: after.span[1] };
      }
    }
    // "pointed to Obama endorsing Clinton": a gerund's subject may follow a preposition.
    // Not a town or a name after "the" right before it: "the Oklahoma City bombing" says which bombing.
    if (gerund && i === cands.length - 1 && /^\s*$/.test(ctx.body.slice(mm.span[1] - ctx.base, to - ctx.base))) {
      if (mm.type === 'place' || tokenBefore(ctx, mm.span[0])?.lower === 'the') continue;
      return { actors: [mm], generic: null, end: mm.span[1] };
    }
    // "accused China of hacking computers": the one accused of a gerund is its subject, not the accuser.
    if (gerund && i === cands.length - 1 && /^\s+of\s*$/.test(ctx.body.slice(mm.span[1] - ctx.base, to - ctx.base)) && ACCUSING_VERBS.has(verbBefore(ctx, mm)?.lower ?? '')) {
      return { actors: [mm], generic: null, end: mm.span[1] };
    }
    // "blamed Moscow for hacking the committee", "railed against Republicans for refusing to …": the one faulted,
    // praised or punished for a gerund is its subject.
    if (gerund && i === cands.length - 1 && /^\s+for\s*$/.test(ctx.body.slice(mm.span[1] - ctx.base, to - ctx.base)) && faultedFor(ctx, mm)) {
      return { actors: [mm], generic: null, end: mm.span[1] };
    }
    // "Organizers of the push to boycott Trump's AIPAC speech said", "20 percent of people in a CNN poll said": a name
    // two phrases down from the head noun only says which push or poll.
    if (deepInPhrase(ctx, lower, mm, trig)) continue;
    if (after && (after.lower === "'s" || after.text === '’')) {
      // "Italy's competition authority investigated": the possessor stands in when nothing better is named.
      possessor ??= before && PREPOSITIONS.has(before.lower) ? null : mm;
      continue;
    }
    if (before && PREPOSITIONS.has(before.lower)) {
      // "X of Y": the head X is the subject; keep looking left.
      continue;
    }
    // "the families … in Newtown, Connecticut, have filed": the state after a town only says where the town is.
    if (before?.text === ',' && placeAfterPlace(ctx, mm)) continue;
    // The same behind the name's own modifiers: "Supporters of Republican Donald Trump say", "critics of former Gov. X".
    if (prepositionBeforeModifiers(ctx, mm.span[0])) continue;
    if (objectOfVerb(ctx, mm)) {
      // "X said Y hacked Z": after a verb of saying, a name before the embedded verb is that verb's subject.
      const verb = verbBefore(ctx, mm);
      if (!verb || !EMBEDDING_VERBS.has(verb.lower) || !nextVerbIs(ctx, mm, trig)) continue;
      return { actors: coordination(ctx, mm, verb.span[1]), generic: null, end: mm.span[1], reported: true };
    }
    // "Opposition lawmakers", "Microsoft researchers": the name modifies a group that acts.
    const next = tokenAfter(ctx, mm.span[1]);
    const grp = next && next.span[1] <= to ? groupNoun(next.lower) : null;
    if (grp && !/^(the|a|an)$/i.test(mm.name)) return { actors: [], generic: `${mm.name} ${grp}`, end: next!.span[1] };
    // "Republican politicians … argue", "black Democratic state lawmakers have endorsed": a body's name before a
    // plural common noun right before the verb only says which ones; the noun phrase acts.
    if (mm.type !== 'person') {
      const phrase = modifiedPlural(ctx, cf, trig, mm);
      if (phrase) return { actors: [], generic: phrase.name, end: phrase.end };
    }
    // "another Clinton aide asked": a name before a person noun says whose aide; the aide acts, not the name.
    // (Not when the mention is itself a description of the person: "The billionaire businessman" is Trump.)
    // "his son said", "her husband told": an owner before a noun of family ties says whose relative acts.
    if (next && next.span[1] <= to && mm.via === 'pronoun' && KIN_NOUNS.has(next.lower) && mm.type === 'person') {
      modified ??= { name: `${mm.name}'s ${next.lower}`, end: next.span[1] };
      continue;
    }
    if (next && next.span[1] <= to && PERSON_MODIFIED_NOUNS.has(next.lower) && mm.via !== 'description') {
      modified ??= { name: `${mm.name} ${next.lower}`, end: next.span[1] };
      continue;
    }
    // "the National Front party leader, Marine Le Pen,": a body before a role a few words on only says whose.
    const role = roleAfter(ctx, mm, to);
    if (role) {
      modified ??= role;
      continue;
    }
    // "in five Republican primaries, Trump mocked": a word that only qualifies is passed over for a subject after it;
    // a name before it is no nearer a subject ("Trump has no Republican presidents by his side, and … leaders").
    if (mm.modifierOnly) {
      if (leftmost) continue;
      break;
    }
    const co = coordination(ctx, mm, from);
    const lead = verbBefore(ctx, co[0]);
    return { actors: co, generic: null, end: mm.span[1], reported: lead !== null && EMBEDDING_VERBS.has(lead.lower) && nextVerbIs(ctx, mm, trig) };
  }
  const generic = genericSubject(ctx, lower > from ? toks.findIndex((t) => t.span[0] >= lower) : cf, trig);
  // "Mayor Pell's closest aides insisted": a plural noun right before the verb acts, not its possessor.
  if (!generic && possessor) {
    const shape = pluralShapeBefore(toks, cf, trig);
    const head = shape !== null && ownedHead(ctx, possessor, shape) ? pluralHeadBefore(ctx, cf, trig) : null;
    if (head !== null) return { actors: [], generic: toks[head].lower, end: toks[head].span[1] };
  }
  // A group named after the modified person noun is the verb's object or a partner ("The Vermont senator emailed
  // supporters saying …"): the person noun, first, is the subject.
  if (modified && (!generic || modified.end < generic.end - generic.name.length)) return { actors: [], generic: modified.name, end: modified.end };
  if (!generic && possessor) return { actors: [possessor], generic: null, end: possessor.span[1] };
  return { actors: [], generic: generic?.name ?? null, end: generic?.end ?? null };
}

/** The last verb before the "and" at `and` in a clause starting at `cf` (the first of two joined verbs), or -1. */
function verbOfFirstConjunct(ctx: SentenceCtx, cf: number, and: number): number {
  for (let k = and - 1; k > cf; k--) if (ctx.toks[k].word && posAt(ctx, ctx.toks[k].span[0]) === 'VERB') return k;
  return -1;
}

/** Verbs whose object is the subject of an "of" + gerund after it ("accused China of hacking"). */
const ACCUSING_VERBS = new Set(['accused', 'accuse', 'accuses', 'accusing', 'suspected', 'suspect', 'suspects', 'convicted', 'charged', 'blamed', 'guilty']);

const FAULTING_VERBS = new Set(TRIGGER_DATA.faultingVerbs.words);
/** Whether a mention is the object of a verb that faults, praises or punishes ("blamed Moscow", "railed against X"). */
function faultedFor(ctx: SentenceCtx, mm: ActorRef): boolean {
  let verb = verbBefore(ctx, mm);
  if (verb && (verb.lower === 'against' || verb.lower === 'at')) verb = ctx.toks[ctx.toks.indexOf(verb) - 1] ?? null;
  return !!verb && FAULTING_VERBS.has(verb.lower);
}

const CLAUSE_CLOSERS = new Set([',', '"', '“', '”', "''", ';', ':']);
// Not "that", which after a noun often opens what is claimed ("the claim that Iran hacked …").
/**
 * Whether a mention is a place right after "in/at/from <Town>," ("in Newtown, Connecticut"): the town's state or
 * country, inside the same prepositional phrase.
 */
function placeAfterPlace(ctx: SentenceCtx, mm: ActorRef): boolean {
  if (!(mm.type === 'state' || mm.type === 'place' || isPlaceName(mm.name))) return false;
  const toks = ctx.toks;
  let k = firstStartingAt(toks, mm.span[0]) - 2;
  if (k < 1 || !toks[k].cap) return false;
  while (k > 0 && toks[k - 1].cap && toks[k - 1].word) k--;
  return /^(in|at|from|near|outside)$/.test(toks[k - 1]?.lower ?? '');
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom']);

/**
 * Whether a mention follows a relative pronoun whose antecedent is a common noun, in the subject stretch starting
 * at `from` ("farmers who know Dorsey"): the mention belongs to the relative clause.
 */
function inRelativeClause(ctx: SentenceCtx, from: number, mm: ActorRef): boolean {
  const toks = ctx.toks;
  const end = firstStartingAt(toks, mm.span[0]);
  // The pronoun may be the token right before the stretch: a clause boundary opens at "who". A comma or a quotation
  // mark after it ends the relative clause for this purpose ("… people who back him, Mook said"), and a mention
  // right after the pronoun is the relative clause's own subject ("the rival whom Erdogan accuses").
  let inside = false;
  for (let k = Math.max(1, firstStartingAt(toks, from) - 1); k < end; k++) {
    if (CLAUSE_CLOSERS.has(toks[k].text)) {
      inside = false;
      continue;
    }
    // Titles before the name count as the name ("whom Governor Dorsey accused").
    if (!RELATIVE_PRONOUNS.has(toks[k].lower) || toks.slice(k + 1, end).every((t) => t.cap || t.text === '.')) continue;
    const prev = toks[k - 1];
    // The antecedent is a lower-case word that no mention covers ("voters", not "Clinton" nor "the senator").
    if (prev.word && !prev.cap && !ctx.mentions.some((x) => x.span[0] <= prev.span[0] && prev.span[1] <= x.span[1]) && posAt(ctx, prev.span[0]) === 'NOUN') inside = true;
  }
  return inside;
}

/** The token of a lower-case plural noun right before the verb at `trig` (auxiliaries and adverbs skipped), or null. */
function pluralHeadBefore(ctx: SentenceCtx, cf: number, trig: number): number | null {
  const g = pluralShapeBefore(ctx.toks, cf, trig);
  return g !== null && posAt(ctx, ctx.toks[g].span[0]) === 'NOUN' ? g : null;
}

/** The same without the tagger: a lower-case word ending in one "s" right before the verb (cheap; checked first). */
function pluralShapeBefore(toks: Token[], cf: number, trig: number): number | null {
  let g = trig - 1;
  while (g > cf && (AUX_TAIL.test(toks[g].lower) || toks[g].text === ',')) g--;
  const t = toks[g];
  if (!t || g <= cf || !t.word || t.cap || t.lower.length < 4) return null;
  const w = t.lower;
  if (w.charCodeAt(w.length - 1) !== 115 || /(?:ss|us|is)$/.test(w)) return null;
  return g;
}

/**
 * "Republican politicians", "Democratic state lawmakers": the mention as written and the lower-case words after it up
 * to a plural noun right before the verb (at most three words), or null.
 */
function modifiedPlural(ctx: SentenceCtx, cf: number, trig: number, mm: ActorRef): { name: string; end: number } | null {
  const toks = ctx.toks;
  // Shape first, the tagger only when the words fit ("Republican politicians said").
  const head = pluralShapeBefore(toks, cf, trig);
  if (head === null) return null;
  const k = firstStartingAt(toks, mm.span[1]);
  if (k > head || head - k > 2) return null;
  for (let j = k; j <= head; j++) if (!toks[j].word || toks[j].cap) return null;
  if (posAt(ctx, toks[head].span[0]) !== 'NOUN') return null;
  // Only adjectives and nouns before the head ("state lawmakers", "national security officers").
  for (let j = k; j < head; j++) if (!/^(?:NOUN|ADJ|PROPN)$/.test(posAt(ctx, toks[j].span[0]) ?? '')) return null;
  const words = toks.slice(k, head + 1).map((t) => t.lower).join(' ');
  return { name: `${ctx.body.slice(mm.span[0] - ctx.base, mm.span[1] - ctx.base)} ${words}`, end: toks[head].span[1] };
}

/** Whether token `head` follows the possessor's 's with at most two lower-case words between ("Pell's closest aides"). */
function ownedHead(ctx: SentenceCtx, possessor: ActorRef, head: number): boolean {
  const toks = ctx.toks;
  let k = firstStartingAt(toks, possessor.span[1]);
  if (toks[k]?.lower === "'s" || toks[k]?.text === '’') k++;
  if (toks[k]?.lower === 's') k++;
  return head >= k && head - k <= 2 && toks.slice(k, head).every((t) => t.word && !t.cap);
}

/**
 * For a verb right after a comma, a person named right before an earlier comma of the clause whose stretch to the
 * verb is an appositive ("Tom Reyes, director of research at the Hudson Center, said"), or null.
 */
function appositiveSubject(ctx: SentenceCtx, cf: number, trig: number, cands: ActorRef[]): ActorRef | null {
  const toks = ctx.toks;
  // Adverbs may stand between the comma and the verb ("…, forcefully rejected").
  while (trig - 1 > cf && toks[trig - 1].word && !toks[trig - 1].cap && /ly$/.test(toks[trig - 1].lower)) trig--;
  if (trig - 1 <= cf || toks[trig - 1].text !== ',' || ctx.paren[trig - 1] || cands.length < 2) return null;
  // Commas back from the verb: each opens an appositive ("…, a spokesperson for X, the operation against Y, told");
  // the person right before one of them is the subject.
  let next = trig - 1;
  for (let k = trig - 2; k > cf; k--) {
    if (toks[k].text !== ',') continue;
    // The appositive opens with a lower-case word or an article ("director of …", "a fellow at …", "the head of …"),
    // or is one name of no person ("Steve Cohen, Democrat of Tennessee, told"); quotation marks around a title in
    // it are skipped ('…, "The Apprentice," who went on …').
    let o = k + 1;
    while (o < next && SCARE_QUOTES.has(toks[o].text)) o++;
    const open = toks[o];
    const bodyName = cands.some((x) => x.type !== 'person' && x.span[0] === open?.span[0] && x.span[1] === toks[next - 1]?.span[1]);
    if (!open?.word || (open.cap && !/^(?:a|an|the)$/i.test(open.text) && !bodyName)) return null;
    const at = toks[k].span[0];
    const person = cands.find((x) => x.type === 'person' && x.span[1] <= at && /^\s*$/.test(ctx.body.slice(x.span[1] - ctx.base, at - ctx.base)));
    if (person) return person;
    next = k;
  }
  return null;
}

/** Nouns of a leading role that a body's name may modify from a word or two before ("party leader", "deputy chief"). */
const BODY_ROLE_NOUNS = new Set(ACTOR_DATA.bodyRoleNouns.words);

/**
 * For a verb in a relative clause of an appositive (", a Republican who has not endorsed"), the person named right
 * before the appositive's comma, or null.
 */
function appositiveAnchor(ctx: SentenceCtx, k: number): ActorRef | null {
  const toks = ctx.toks;
  let rel = -1;
  for (let j = k - 1; j > 0 && j >= k - 8; j--) {
    if (toks[j].lower === 'who') {
      rel = j;
      break;
    }
    if (!toks[j].word) return null;
  }
  if (rel < 0) return null;
  for (let c = rel - 1; c > 0 && c >= rel - 6; c--) {
    if (toks[c].text !== ',') continue;
    if (toks[c + 1].text !== 'a' && toks[c + 1].text !== 'an') return null;
    const at = toks[c].span[0];
    const person = ctx.mentions.filter((x) => x.span[1] <= at && x.type === 'person' && /^\s*$/.test(ctx.body.slice(x.span[1] - ctx.base, at - ctx.base))).pop();
    // Or the person before a place that follows them ("Gov. Terry Branstad of Iowa, a Republican").
    const beforePlace = person ?? ctx.mentions.filter((x) => x.span[1] <= at && x.type === 'person' && /^\s+of\s+[\p{Lu}][\p{L}. ]*$/u.test(ctx.body.slice(x.span[1] - ctx.base, at - ctx.base))).pop();
    return beforePlace ?? null;
  }
  return null;
}

/** The first token after the last hard break (;: quotes) before token `k`, or 0. */
function hardClauseStart(toks: Token[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (/^[;:“”"]$/.test(toks[j].text)) return j + 1;
  return 0;
}

/**
 * The start of the clause at `cf` for a participle after a comma at token `k`, moved back past a "that" that opens no
 * clause: one with no verb (by the tagger) before the comma ("He echoed that promise on Monday, saying …").
 */
function clauseStartPastDeterminers(ctx: SentenceCtx, cf: number, k: number): number {
  let from = cf;
  while (from > 0 && ctx.toks[from - 1].lower === 'that') {
    let verb = false;
    for (let j = from; j < k - 1 && !verb; j++) {
      const tag = ctx.tags.firstAt(ctx.toks[j].span[0]);
      verb = tag === 'VERB' || tag === 'AUX';
    }
    if (verb) break;
    from--;
    while (from > 0 && !ctx.barriers[from - 1]) from--;
  }
  return from;
}

/** "National Front party leader", "Democratic presidential candidate": a body's name, up to two lower-case words, a role noun. */
function roleAfter(ctx: SentenceCtx, mm: ActorRef, to: number): { name: string; end: number } | null {
  if (mm.type === 'person') return null;
  const toks = ctx.toks;
  const k = firstStartingAt(toks, mm.span[1]);
  for (let j = k; j < k + 3 && j < toks.length && toks[j].span[1] <= to; j++) {
    const t = toks[j];
    if (!t.word || t.cap) return null;
    if (BODY_ROLE_NOUNS.has(t.lower)) return { name: `${mm.name} ${toks.slice(k, j + 1).map((x) => x.lower).join(' ')}`, end: t.span[1] };
  }
  return null;
}

/**
 * Whether a mention lies behind two or more prepositions (or an infinitive "to") after the head noun that opens the
 * subject stretch starting at `from`. A stretch that opens with a preposition ("In an interview Trump said") is not
 * a noun phrase's.
 */
function deepInPhrase(ctx: SentenceCtx, from: number, mm: ActorRef, trig: number): boolean {
  const toks = ctx.toks;
  let k = firstStartingAt(toks, from);
  while (k < toks.length && !toks[k].word) k++;
  if (k >= toks.length || PREPOSITIONS.has(toks[k].lower) || toks[k].span[0] >= mm.span[0]) return false;
  // A name right before the verb is its subject whatever comes before it ("Two months before the attack on the
  // compound in Benghazi, Stevens requested …" without its comma).
  if (/^\s*$/.test(ctx.body.slice(mm.span[1] - ctx.base, toks[trig].span[0] - ctx.base))) return false;
  const head = k;
  let preps = 0;
  for (; k < toks.length && toks[k].span[1] <= mm.span[0]; k++) {
    if (toks[k].text === ',') return false;
    if (PREPOSITIONS.has(toks[k].lower)) preps++;
  }
  if (preps < 2) return false;
  // A finite verb on the way ("The release of the emails by X led Y to announce") makes the name another verb's
  // subject or object; an infinitive ("the push to boycott X") does not.
  for (let j = head + 1; j < k; j++) if (toks[j].word && toks[j - 1].lower !== 'to' && posAt(ctx, toks[j].span[0]) === 'VERB') return false;
  return true;
}

function posAt(ctx: SentenceCtx, at: number): string | undefined {
  return ctx.tags.lastAt(at);
}

/** Is a mention the object of a verb ("quoted the Talmud and visited …")? */
function objectOfVerb(ctx: SentenceCtx, mm: ActorRef): boolean {
  const verb = verbBefore(ctx, mm);
  if (verb === null) return false;
  // A word the tagger never tags as a verb, where its token is the word itself: no need to ask.
  if (NEVER_TAGGED_VERB.has(verb.text) && ctx.tags.standsAlone(verb.span)) return false;
  return posAt(ctx, verb.span[0]) === 'VERB';
}

/** The word right before a mention, determiners skipped: the verb it may be the object of. */
function verbBefore(ctx: SentenceCtx, mm: ActorRef): Token | null {
  const next = firstStartingAt(ctx.toks, mm.span[0]);
  // No token after the mention: nothing before it is looked at either.
  let k = (next < ctx.toks.length ? next : -1) - 1;
  while (k >= 0 && OBJECT_DETERMINERS.has(ctx.toks[k].lower)) k--;
  if (k < 0 || !ctx.toks[k].word) return null;
  return ctx.toks[k];
}

/** Whether the trigger is the first verb after a mention (a few nouns or auxiliaries between, no break). */
function nextVerbIs(ctx: SentenceCtx, mm: ActorRef, trig: number): boolean {
  const k = firstStartingAt(ctx.toks, mm.span[1]);
  if (trig - k > 4) return false;
  for (let j = k; j < trig; j++) {
    const t = ctx.toks[j];
    if (!t.word || posAt(ctx, t.span[0]) === 'VERB') return false;
  }
  return true;
}

/**
 * A question put with the auxiliary before its subject ("Would Adam Schiff have pleaded to keep …?", "Did the
 * ministry sign the deal?"): the act is asked about, not reported.
 */
function askedNotTold(ctx: SentenceCtx, cf: number): boolean {
  const toks = ctx.toks;
  let k = cf;
  while (k < toks.length && !toks[k].word) k++;
  if (!INVERTING_AUX.has(toks[k]?.lower ?? '') || !toks[k + 1]?.word || INVERTING_AUX.has(toks[k + 1].lower)) return false;
  return /\?[”"’'\s]*$/.test(ctx.body);
}
const INVERTING_AUX = new Set(['would', 'could', 'should', 'might', 'will', 'can', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'shall']);

/** The index of an infinitive's "to" right before token `i`, past adverbs ("his proposal to temporarily ban"), or -1. */
function toBefore(toks: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && toks[k].word && /^(?:\w+ly|not|also|then|again|once)$/.test(toks[k].lower) && toks[k].lower !== 'only') k--;
  // ("according to recently hacked documents": a preposition's "to", no infinitive.)
  return k >= 0 && toks[k].lower === 'to' && !PREPOSITIONAL_TO.has(toks[k - 1]?.lower ?? '') ? k : -1;
}
const PREPOSITIONAL_TO = new Set(['according', 'thanks', 'prior', 'owing', 'contrary', 'next']);

const PROPOSED_ACT_NOUNS = new Set(TRIGGER_DATA.proposedActs.words);
/** A gerund an act is proposed or sought with ("his proposal for banning Muslim immigration", "the idea of sanctioning"). */
function proposedGerund(toks: Token[], i: number): boolean {
  return toks[i].lower.endsWith('ing') && (toks[i - 1]?.lower === 'for' || toks[i - 1]?.lower === 'of') && PROPOSED_ACT_NOUNS.has(toks[i - 2]?.lower ?? '');
}

/**
 * A participle right after a piece of writing its author sent ("wrote a letter to Attorney General Lynch asking …",
 * "issued a statement calling for …"): the subject of the verb of writing, or null when the clause has no such shape.
 */
function documentWriter(ctx: SentenceCtx, from: number, at: number): Subject | null {
  const toks = ctx.toks;
  const head = ctx.body.slice(toks[from].span[0] - ctx.base, toks[at].span[0] - ctx.base);
  const m = WRITING_BEFORE.exec(head);
  if (!m) return null;
  const verbAt = toks[from].span[0] + m.index;
  let v = from;
  while (v < at && toks[v].span[0] < verbAt) v++;
  if (v <= from || v >= at) return null;
  const subj = subjectBefore(ctx, from, v);
  return subj.actors.length || subj.generic ? subj : null;
}
const WRITING_BEFORE =
  /\b(?:wrote|writes|sent|sends|issued|issues|released|releases|posted|posts|published|signed|penned|filed|delivered)\s+(?:a|an|the|his|her|their|its|a\s+joint)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|statement|note|message|e-?mail|memo|op-ed|tweet|post|video|petition|complaint|resolution)\s+(?:to\s+(?:[\p{L}.'’-]+\s+){1,6})?$/iu;

/** A verb of saying joined by "or"/"and" to a form of "do" ("has done or said", "says and does"). */
function doneOrSaid(toks: Token[], head: number): boolean {
  const doForm = (t: Token | undefined) => !!t && /^(?:do|does|did|done|doing)$/.test(t.lower);
  const join = (t: Token | undefined) => !!t && (t.lower === 'or' || t.lower === 'and');
  return (join(toks[head - 1]) && doForm(toks[head - 2])) || (join(toks[head + 1]) && doForm(toks[head + 2]));
}

/** A determiner then only a date (month, weekday, day number) right before token `i`: "a July 10 |meeting". */
function datedNounBefore(toks: Token[], i: number): boolean {
  let dated = false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k];
    if (NOUN_DETERMINERS.has(t.lower)) return dated;
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.text) || MONTH_OR_DAY.test(t.text) || t.text === '.') dated = true;
    else return false;
  }
  return false;
}

/** Verbs of saying and thinking that take a clause without "that" ("said Russia hacked …"); "told" takes a person. */
const EMBEDDING_VERBS = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'stated', 'added', 'argued', 'insisted', 'noted', 'believes',
  'believed', 'believe', 'thinks', 'thought', 'think', 'suggested', 'acknowledged', 'alleged', 'asserted', 'contended',
  'maintained', 'maintains', 'charged', 'suspects', 'suspected', 'concluded', 'wrote', 'writes',
]);

// Tokens are in text order and never overlap, so the lookups below are binary searches.

/** Whether the token holding a position is inside an insertion. */
function parenAt(ctx: SentenceCtx, at: number): boolean {
  const k = firstStartingAt(ctx.toks, at + 1) - 1;
  return k >= 0 && at < ctx.toks[k].span[1] && ctx.paren[k];
}

/** Whether a span is (about) one token inside an insertion. */
function parenSpan(ctx: SentenceCtx, sp: Span): boolean {
  for (let k = firstStartingAt(ctx.toks, sp[0] - 1); k < ctx.toks.length && ctx.toks[k].span[0] <= sp[0]; k++) {
    if (ctx.paren[k] && sp[1] <= ctx.toks[k].span[1] + 1) return true;
  }
  return false;
}

/**
 * The token before a position, skipping determiners ("of the X" → "of"): only the last token can be a skipped
 * determiner, since any earlier one has a token between it and the position.
 */
function tokenBefore(ctx: SentenceCtx, at: number): Token | null {
  const j = lastEndingBy(ctx.toks, at);
  if (j < 0) return null;
  const t = ctx.toks[j];
  if (j > 0 && SKIPPED_DETERMINERS.has(t.lower) && /^\s*$/.test(ctx.body.slice(t.span[1] - ctx.base, at - ctx.base))) return ctx.toks[j - 1];
  return t;
}
/**
 * Words that may stand between a preposition and the name they modify ("of former Gov. Ann Holt", "of Republican
 * Donald Trump"): a few adjectives, party words and short titles. Not capitalised words at large: in "Secretary of
 * State John Kerry" or "envoy to Ukraine Kurt Volker" the name is an appositive that heads its own phrase.
 */
const NAME_MODIFIERS = new Set(ACTOR_DATA.nameModifiers.words);

/** Whether a preposition comes right before a name once its modifiers (NAME_MODIFIERS, at most three) are skipped. */
function prepositionBeforeModifiers(ctx: SentenceCtx, at: number): boolean {
  const toks = ctx.toks;
  const last = lastEndingBy(toks, at);
  let j = last;
  for (let skipped = 0; j > 0 && skipped < 3 && (NAME_MODIFIERS.has(toks[j].lower) || toks[j].text === '.'); skipped++) j--;
  return j !== last && j >= 0 && PREPOSITIONS.has(toks[j].lower);
}

function tokenAfter(ctx: SentenceCtx, at: number): Token | null {
  return ctx.toks[firstStartingAt(ctx.toks, at)] ?? null;
}

/** Index of the last token ending at or before `at`, or -1. */
function lastEndingBy(toks: Token[], at: number): number {
  return partitionPoint(toks.length, (i) => toks[i].span[1] <= at) - 1;
}

const SKIPPED_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
/** Singular nouns for people working for someone: a name right before one only modifies it ("a Clinton aide"). */
const PERSON_MODIFIED_NOUNS = new Set(ACTOR_DATA.personModifiedNouns.words);
const KIN_NOUNS = new Set(ACTOR_DATA.kinNouns.words);
const PLATFORMS = new Set(ACTOR_DATA.platforms.words);
/** Prepositions before a social network that make it where something was posted ("posted on Twitter accusing"). */
const MEDIUM_PREPOSITIONS = new Set(['on', 'via', 'across', 'through']);
/** Whether a mention is written as a social network's name ("Twitter", not "X (Twitter)" as resolved). */
const isPlatform = (ctx: SentenceCtx, mm: ActorRef): boolean => PLATFORMS.has(ctx.body.slice(mm.span[0] - ctx.base, mm.span[1] - ctx.base).toLowerCase());
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

const AUX_TAIL = /^(has|have|had|is|are|was|were|will|would|could|did|do|does|not|also|already|never|repeatedly|recently|publicly|officially|formally|then|now|all|both|once|still|just|\w+ly)$/i;

/** Prepositions whose object is no subject; not "of" ("a lot of people said") nor "than" ("than aides say"). */
const GROUP_OBJECT_PREPOSITIONS = new Set(['among', 'with', 'to', 'for', 'from', 'by', 'at', 'in', 'on', 'about', 'against', 'between', 'toward', 'towards', 'into']);

/** A subject that names no actor but a group ("high-profile speakers close to the French president"). */
function genericSubject(ctx: SentenceCtx, cf: number, trig: number): { name: string; end: number } | null {
  const toks = ctx.toks;
  let start = cf;
  for (let k = trig - 1; k >= cf; k--) if (toks[k].text === ',' && !ctx.paren[k]) {
    start = k + 1;
    break;
  }
  let end = trig - 1;
  while (end >= start && (AUX_TAIL.test(toks[end].lower) || ctx.paren[end])) end--;
  if (end < start) return null;
  let head = -1;
  for (let k = start; k <= end; k++) {
    // "a rethinking among economists of …": a group after a preposition is that phrase's, not the subject.
    if (groupNoun(toks[k].lower) && !(k > start && GROUP_OBJECT_PREPOSITIONS.has(toks[k - 1].lower))) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  const parts: string[] = [groupNoun(toks[head].lower)!];
  let k = head + 1;
  // Only a short qualifier follows the group: "close to X", "in X", "of X".
  if (k <= end && !/^(close|of|from|in|at|for|with|near|loyal|linked|tied|connected)$/.test(toks[k].lower)) end = head;
  for (let j = k; j <= end; j++) {
    if (j - head > 6 || /^(and|or|who|that|which)$/.test(toks[j].lower) || AUX_TAIL.test(toks[j].lower) || (/(ed|ing)$/.test(toks[j].lower) && !/^(linked|tied|connected)$/.test(toks[j].lower))) {
      end = j - 1;
      break;
    }
  }
  while (k <= end) {
    const t = toks[k];
    const mm = ctx.mentions.find((x) => x.span[0] === t.span[0]);
    if (mm) {
      parts.push(mm.name);
      while (k <= end && toks[k].span[1] <= mm.span[1]) k++;
      continue;
    }
    if (/^(the|a|an)$/.test(t.lower)) {
      k++;
      continue;
    }
    parts.push(t.text);
    k++;
  }
  return { name: parts.join(' ').replace(/\s+([,.])/g, '$1'), end: toks[end].span[1] };
}

/** The agent of a passive: "by X" (with coordination) after the trigger in the clause. */
function agentAfter(ctx: SentenceCtx, from: number, to: number): { actors: ActorRef[]; generic: string | null; collective: boolean } {
  const toks = ctx.toks;
  for (let k = from; k <= Math.min(to + 6, toks.length - 1) && k < from + 12; k++) {
    if (k > from && ctx.triggerStarts.includes(k)) break;
    // "agents arrested in the United States for four Russians held by Moscow": a "by" after another verb is that
    // verb's agent.
    if (k > from && toks[k].word && !toks[k].cap && posAt(ctx, toks[k].span[0]) === 'VERB') break;
    if (toks[k].lower !== 'by') continue;
    if (/^(then|now|the end|far)$/.test(toks[k + 1]?.lower ?? '')) continue;
    const at = toks[k].span[1];
    // The agent may follow a title ("by Russian President Vladimir Putin").
    const first = ctx.mentions.find(
      (mm) =>
        mm.span[0] >= at &&
        mm.via !== 'pronoun' &&
        (mm.span[0] <= at + 5 ||
          /^\s*(the\s+)?([\p{Lu}][\p{L}.]*\s+)+$/u.test(ctx.body.slice(at - ctx.base, mm.span[0] - ctx.base)) ||
          /^\s*(a|an|the)\s+(group|unit|hacker|hacking|team|gang|collective|organi[sz]ation|actor)\b[^,;:]{0,30}$/i.test(ctx.body.slice(at - ctx.base, mm.span[0] - ctx.base))),
    );
    if (first) {
      // Extend over a coordination to the right.
      const group = [first];
      let cur = first;
      for (;;) {
        const next = ctx.mentions.find((mm) => mm.span[0] >= cur.span[1] && mm.via !== 'pronoun');
        if (!next) break;
        const gap = ctx.body.slice(cur.span[1] - ctx.base, next.span[0] - ctx.base);
        if (!/^\s*(,|,?\s*and|&|,?\s*as well as)\s*((his|her|their)\s+(\w+\s+)?counterparts?|the)?\s*$/i.test(gap)) break;
        group.push(next);
        cur = next;
        // "A, B and C": the conjunction closes the list.
        if (/\b(and|as well as)\b|&/.test(gap)) break;
      }
      return { actors: group.filter((a, i) => group.findIndex((b) => b.key === a.key) === i), generic: null, collective: false };
    }
    const rest = ctx.body.slice(at - ctx.base).split(/[,;:.]|\b(?:of|in|at|on|to|with)\b/)[0].trim();
    if (COLLECTIVE.test(rest)) return { actors: [], generic: null, collective: true };
    const g = rest.split(/\s+/).find((w) => groupNoun(w));
    return { actors: [], generic: g ? rest : null, collective: false };
  }
  return { actors: [], generic: null, collective: false };
}

/** The organisation a collective acts within ("Within NATO, where … the adoption by the 28 Nations"). */
function settingOrganisation(ctx: SentenceCtx): ActorRef | null {
  for (const mm of ctx.mentions) {
    if (mm.type !== 'organisation' && mm.type !== 'agency') continue;
    const before = tokenBefore(ctx, mm.span[0]);
    if (before && /^(within|at|of)$/.test(before.lower)) return mm;
  }
  return null;
}

/** Target or counterpart: the first actor after the verb in its clause, or after "to"/"with"/"against". */
function targetOf(ctx: SentenceCtx, m: TriggerMatch, category: EventCategory, actors: ActorRef[], passive: boolean): ActorRef | null {
  if (passive) return null;
  const toks = ctx.toks;
  const [, ct] = clauseOf(toks, ctx.barriers, m.first, m.last);
  const from = toks[m.head].span[1];
  const to = toks[ct].span[1];
  const keys = new Set(actors.map((a) => a.key));
  for (const mm of ctx.mentions) {
    if (mm.span[0] < from || mm.span[1] > to || keys.has(mm.key) || parenAt(ctx, mm.span[0])) continue;
    const before = tokenBefore(ctx, mm.span[0]);
    // "by X" is an agent; "in/at X" is a place.
    if (before && /^(by|in|at|during)$/.test(before.lower)) continue;
    // "charged the officer with murder and Emanuel fired his police chief": a name after "and" with a verb of its
    // own opens a new clause; what is named from there on is no target of this act.
    if (opensClause(ctx, mm) && /^(and|but)$/.test(wordBeforeTitles(ctx, mm)?.lower ?? '')) return null;
    if (category === 'Public statement') {
      // "told Tom Hale that …": the one told, right after the verb.
      const told = before !== null && before.span[1] === from && /^(?:tell|tells|told|telling)$/.test(before.lower);
      if (before && !told && !/^(to|with|on|about|against)$/.test(before.lower)) continue;
      // "told Trump supporters", "told WeWork executives": the name only says whose supporters were told.
      const next = tokenAfter(ctx, mm.span[1]);
      if (told && next && /^\p{Ll}/u.test(next.text) && posAt(ctx, next.span[0]) === 'NOUN') continue;
      // Whom a statement is made to or about stands next to its verb ("told X", "spoke with X about Y"); a name
      // further on belongs to what was said or to the speaker's appositive ("said Ann Lee, a commissioner with X").
      const gap = ctx.body.slice(from - ctx.base, mm.span[0] - ctx.base);
      if (gap.includes(',') || gap.trim().split(/\s+/).length > 4) continue;
    }
    return personModified(ctx, mm, to) ?? mm;
  }
  return null;
}

/** The token before a mention and any capitalised words (titles) right before it ("and Governor Ruth Kline"). */
function wordBeforeTitles(ctx: SentenceCtx, mm: ActorRef): Token | null {
  let k = firstStartingAt(ctx.toks, mm.span[0]) - 1;
  while (k > 0 && ctx.toks[k].cap && ctx.toks[k].word) k--;
  return k >= 0 ? ctx.toks[k] : null;
}

/** Whether a mention is followed by a finite verb ("… and Emanuel fired"), not a participle or a noun. */
function opensClause(ctx: SentenceCtx, mm: ActorRef): boolean {
  const next = tokenAfter(ctx, mm.span[1]);
  return !!next && next.word && !next.cap && !next.lower.endsWith('ing') && posAt(ctx, next.span[0]) === 'VERB';
}

/**
 * The person a party, place or body word stands before ("Republican contender Donald Trump", "Iowa Senator Chuck
 * Grassley"): that word only modifies the name, with at most a few role words between.
 */
function personModified(ctx: SentenceCtx, mm: ActorRef, limit: number): ActorRef | null {
  if (mm.type === 'person') return null;
  const next = ctx.mentions.find((x) => x.span[0] >= mm.span[1]);
  if (!next || next.type !== 'person' || next.via === 'pronoun' || next.span[1] > limit) return null;
  const gap = ctx.body.slice(mm.span[1] - ctx.base, next.span[0] - ctx.base);
  if (!/^\s+(?:[\p{Ll}][\p{L}-]*\s+){0,3}$/u.test(gap) && !/^\s*$/.test(gap)) return null;
  // Only role words (nouns, adjectives: "presumptive nominee"); "over", "why", "and" … join two phrases.
  const k0 = firstStartingAt(ctx.toks, mm.span[1]);
  for (let k = k0; k < ctx.toks.length && ctx.toks[k].span[0] < next.span[0]; k++) {
    const pos = posAt(ctx, ctx.toks[k].span[0]);
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN') return null;
  }
  return next;
}

interface Owner {
  actors: ActorRef[];
  generic: string | null;
  target: ActorRef | null;
  subjectEnd: number | null;
}

/** Who performs a nominalised act: "X's visit", "Russian-French consultations", "the call made by X". */
function nounOwner(ctx: SentenceCtx, m: TriggerMatch, index: ActorIndex, earlier: LastEarlier): Owner {
  const toks = ctx.toks;
  const start = toks[m.first].span[0];
  const out: Owner = { actors: [], generic: null, target: null, subjectEnd: null };
  // Possessive or modifier within the three tokens before the noun.
  for (let k = m.first - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = toks[k];
    if (!t.word && t.lower !== "'s" && t.text !== '’') break;
    const states = compoundStates(t.text);
    if (states && n <= 2) {
      out.actors = states.map((s) => ({ name: s, key: actorKey('state', s), type: 'state' as const, span: t.span, via: 'proper' as const, actingFor: null }));
      break;
    }
    const mm = ctx.mentions.find((x) => x.span[0] <= t.span[0] && t.span[1] <= x.span[1]);
    if (mm) {
      const next = toks[k + 1];
      // A person's name ending in s stands for its possessive before the noun ("the Sanders stump speech"), not
      // behind a preposition ("spoke with Bernie Sanders about accusations that …").
      const possessive = next && (next.lower === "'s" || next.text === '’') || /^(his|her|their|its)$/i.test(t.text) || (/s$/.test(t.text) && mm.type === 'person' && !toks.slice(k + 1, m.first).some((x) => PREPOSITIONS.has(x.lower)));
      const modifier = demonymOf(t.text) !== null && k === m.first - 1;
      if (possessive || modifier) {
        out.actors = [mm];
        out.subjectEnd = mm.span[1];
      }
      break;
    }
    // "the lawmakers’ call": a group named before ("French lawmakers"), or the group itself.
    const grp = groupNoun(t.lower);
    if (grp && toks[k + 1] && (toks[k + 1].lower === "'s" || toks[k + 1].text === '’')) {
      const prior = lastWhere(index.mentionsUpTo(t.span[0]), (x) => x.span[0] < t.span[0] && x.type === 'group' && x.name.toLowerCase().endsWith(grp));
      if (prior) out.actors = [{ ...prior, span: t.span }];
      else out.generic = grp;
      break;
    }
    const dem = demonymOf(t.text);
    if (dem && k >= m.first - 2) {
      out.actors = [{ name: dem, key: actorKey('state', dem), type: 'state', span: t.span, via: 'proper', actingFor: null }];
      break;
    }
    if (/^(the|a|an|this|that|these|those)$/.test(t.lower)) break;
  }
  // States paired as parties of talks: make each the other's counterpart.
  if (out.actors.length >= 2) {
    out.target = out.actors[1];
  }
  if (!out.actors.length) {
    // "the call made by X", "the adoption by X of", "agreements reached … by X".
    let k = m.first + 1;
    while (k <= m.last && toks[k].lower !== 'by') k++;
    if (k > m.last) k = m.last + 1;
    if (toks[k] && AGENT_PARTICIPLES.has(toks[k].lower)) k++;
    for (let n = 0; k < toks.length && n < 14; k++, n++) {
      if (ctx.barriers[k] || (n > 0 && ctx.triggerStarts.includes(k)) || toks[k].text === ',') break;
      if (toks[k].lower === 'by') {
        const agent = agentAfter(ctx, k, Math.min(toks.length - 1, k + 8));
        out.actors = agent.actors;
        out.generic = agent.generic;
        if (!agent.actors.length && agent.collective) {
          const org = settingOrganisation(ctx);
          if (org) out.actors = [org];
        }
        break;
      }
      if (n >= 3 && !AGENT_PARTICIPLES.has(toks[k - 1]?.lower ?? '') && !/^(in|at|on|\d{4}|of|the)$/.test(toks[k].lower) && !toks[k].word) break;
    }
  }
  if (!out.actors.length && !out.generic) {
    // A light verb before the noun: "X made a statement", "X issued an international call".
    for (let k = m.first - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      if (LIGHT_VERBS.has(toks[k].lower)) {
        const [cf] = clauseOf(toks, ctx.barriers, k);
        const subj = subjectBefore(ctx, cf, k);
        out.actors = subj.actors;
        out.generic = subj.generic;
        out.subjectEnd = subj.end;
        break;
      }
      if (!toks[k].word) break;
    }
  }
  if (!out.actors.length && !out.generic && /^(Diplomatic action|Public statement)$/.test(m.pattern.category ?? '')) {
    // "X arrived for a state visit", "X said during an interview": the noun hangs on the clause's subject.
    for (let k = m.first - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      if (/^(for|during|on|at)$/.test(toks[k].lower)) {
        const [cf] = clauseOf(toks, ctx.barriers, k);
        const subj = subjectBefore(ctx, cf, k);
        if (subj.actors.length) {
          out.actors = subj.actors;
          out.subjectEnd = subj.end;
        }
        break;
      }
      if (!toks[k].word) break;
    }
  }
  if (!out.actors.length && !out.generic) {
    // "The consultations were held …" takes the parties of the consultations named before.
    const det = toks[m.first - 1]?.lower;
    const next = toks[m.last + 1]?.lower ?? '';
    if ((det === 'the' || det === 'these' || det === 'those') && (BE.has(next) || HAVE.has(next) || /^(took|went|ended|began|continued)$/.test(next))) {
      const prev = earlier((d) => d.nounHead === toks[m.last].lower && d.actors.length > 0);
      if (prev) {
        out.actors = prev.actors;
        out.target = prev.target;
      }
    }
  }
  if (!out.target && /^(to|with|against|on|into|targeting)$/.test(toks[m.last].lower)) {
    const mm = ctx.mentions.find((x) => x.span[0] > toks[m.last].span[0] && x.span[0] <= toks[m.last].span[1] + 5);
    if (mm && !out.actors.some((a) => a.key === mm.key)) out.target = mm;
  }
  if (!out.target) {
    // "visit to France", "talks with X", "sanctions against X", "attacks on X".
    for (let k = m.last + 1, n = 0; k < toks.length && n < 2; k++, n++) {
      if (ctx.barriers[k] || (n > 0 && ctx.triggerStarts.includes(k))) break;
      if (/^(to|with|against|on|targeting|into)$/.test(toks[k].lower)) {
        const mm = ctx.mentions.find((x) => x.span[0] > toks[k].span[0] && /^\s*(the\s+)?([\p{Lu}][\p{L}.-]*\s+|members\s+of\s+(the\s+)?)*$/u.test(ctx.body.slice(toks[k].span[1] - ctx.base, x.span[0] - ctx.base)) && !out.actors.some((a) => a.key === x.key));
        if (mm) {
          out.target = mm;
          break;
        }
      }
    }
  }
  void start;
  void index;
  return out;
}

// ---- policy names ---------------------------------------------------------------------------------------

const POLICY_NAME = new RegExp(
  `((?:[A-Z][\\p{L}-]+\\s+(?:(?:of|on|for|and|the)\\s+)*)+(?:${POLICY_HEADS.map((h) => h.replace(/\s+/g, '\\s+')).join('|')}))\\s*\\((\\d{4})\\)`,
  'gu',
);

interface PolicyName {
  name: string;
  span: Span;
  year: string;
}

function policyNames(body: string, base: number): PolicyName[] {
  const out: PolicyName[] = [];
  // Every policy name ends in "(year)": most sentences have none.
  if (!/\(\d{4}\)/.test(body)) return out;
  for (const m of allMatches(POLICY_NAME, body)) {
    const name = m[1].replace(/^(The|A|An)\s+/, '');
    const at = base + m.index! + m[0].indexOf(name);
    out.push({ name, span: [at, at + name.length], year: m[2] });
  }
  return out;
}

function policyDraft(p: PolicyName, ctx: SentenceCtx, index: ActorIndex): Draft | null {
  const owner = ctx.mentions.find((mm) => (mm.type === 'state' || mm.type === 'agency') && mm.span[1] <= p.span[0]);
  const dom = index.dominantState();
  const actors: ActorRef[] = owner ? [owner] : dom ? [{ name: dom, key: actorKey('state', dom), type: 'state', span: p.span, via: 'proper', actingFor: null }] : [];
  const [cf, ct] = [0, ctx.toks.length - 1];
  return {
    category: 'Policy decision',
    about: null,
    actors,
    genericActor: null,
    target: null,
    match: null,
    triggerSpan: p.span,
    triggerText: p.name,
    sentence: ctx.s,
    clause: [ctx.toks[cf].span[0], ctx.toks[ct].span[1]],
    polarity: 'asserted',
    modality: 'actual',
    date: { value: p.year, precision: 'year' },
    place: null,
    frame: null,
    nounHead: null,
    passive: false,
  };
}

// ---- date, place, fallbacks -----------------------------------------------------------------------------

/** `sentenceDates`: the date mentions inside the draft's sentence. */
/**
 * `obituary`: the document opens by reporting a death ("…, who died Monday at 92,", "dies at 92"); its undated acts told
 * in the past belong to a life, not to the days of the report.
 */
function finishDraft(d: Draft, ctx: SentenceCtx, index: ActorIndex, sentenceDates: DateMention[], published: DateValue | null, lede: boolean, siblings: Draft[], obituary = false): void {
  // A policy decision or cyber operation with no agent is credited to the body it belongs to, else the state
  // the document is about (institutions are set up by states).
  if (!d.actors.length && !d.genericActor && d.category === 'Policy decision') {
    const patientFrom = d.passive ? lastCommaBefore(ctx, d.triggerSpan[0]) : d.triggerSpan[0];
    // A participle that opens the sentence ("Established in 2009, the agency …") has its patient after it.
    const opening = d.match !== null && d.match.first === firstWord(ctx.toks);
    const other = opening
      ? undefined
      : ctx.mentions.find((mm) => (mm.type === 'agency' || mm.type === 'state' || mm.type === 'organisation') && (mm.span[1] <= patientFrom || mm.span[0] >= d.triggerSpan[1]) && !parenAt(ctx, mm.span[0]));
    const dom = index.dominantState();
    if (other && d.passive) d.actors = [other];
    else if (d.passive && dom) d.actors = [{ name: dom, key: actorKey('state', dom), type: 'state', span: d.triggerSpan, via: 'proper', actingFor: null }];
  }
  if (!d.date) {
    // Another act in the clause with its own, different actor starts another event's stretch of text.
    const own = d.actors[0]?.key ?? d.genericActor;
    const barriers: Span[] = siblings
      .filter((x) => x !== d && x.match && x.clause[0] === d.clause[0] && (x.actors[0]?.key ?? x.genericActor) && (x.actors[0]?.key ?? x.genericActor) !== own)
      .map((x) => x.triggerSpan);
    // "since 2016", "until 2025" bound a period; they do not date the act.
    const statement = d.category === 'Public statement';
    const presentSaying = statement && PRESENT_SAYING.test(d.triggerText);
    const usable = sentenceDates.filter(
      (x) =>
        !/\b(since|until|till)\s+$/i.test(ctx.body.slice(Math.max(0, x.span[0] - ctx.base - 7), x.span[0] - ctx.base)) &&
        !(statement && (inReportedWords(ctx, d.triggerSpan, x.span) || inTaggedWords(ctx, d.triggerSpan, x.span))) &&
        // "called for their strongholds to be hit harder than they were hit on Sunday": a date inside the act called
        // for or demanded dates that act, not the call.
        !((d.frame === 'appeal' || d.frame === 'demand') && x.span[0] >= d.triggerSpan[1] && FRAMED_CLAUSE.test(ctx.body.slice(d.triggerSpan[1] - ctx.base, x.span[0] - ctx.base))) &&
        // "… Carson accused Cruz of …, the candidate said Friday": a trailing tag's date is the saying's.
        !(x.span[0] >= d.triggerSpan[1] && tagDateBefore(ctx.body.slice(d.triggerSpan[1] - ctx.base, x.span[0] - ctx.base))) &&
        // "he says" is said now: a date in the past names another act ("Adopted in 1981, he says …").
        !(presentSaying && !x.relative) &&
        // "accused … at Mr. Trump's 2005 wedding": a date naming which thing dates no act but the thing itself, the
        // act's own noun ("the Dec. 28 meeting") or its occasion ("said in a 2012 interview") aside.
        !(attributiveDate(ctx, x, META_ACTS.has(d.category) && x.span[0] >= d.triggerSpan[1]) && !namesTrigger(ctx, x, d.triggerSpan) && !datesOccasion(ctx, x)) &&
        // "Tester, himself up for reelection in 2018, said": a date in the subject's appositive dates the subject.
        !inAppositiveBefore(ctx, x.span, d.triggerSpan),
    );
    // A date in another act's clause belongs to that act.
    const otherClauses = siblings.filter((x) => x !== d && x.clause[0] !== d.clause[0]).map((x) => x.clause);
    const free = usable.filter((x) => !otherClauses.some(([a, b]) => x.span[0] >= a && x.span[1] <= b));
    const pick = pickNearest(usable, d.clause, d.triggerSpan, barriers, ctx) ?? (barriers.length ? null : pickDate(free, d.clause, d.triggerSpan, ctx.s.span, barriers));
    const past = pick ? pastWeekday(pick, d, ctx, published) : null;
    const picked = pick && past !== 'not-this-act' ? (past ?? pick.date) : null;
    // "the agency said it will drop more emails next week": a date after the report cannot date an act told in the
    // past tense; it belongs to what was said or planned.
    if (picked && !(published && toldInPast(ctx, d) && laterThanReport(picked, published))) d.date = picked;
    else if (published && d.modality !== 'hypothetical' && !toldAsEarlier(ctx, d) && !(obituary && toldInPast(ctx, d, true)) && !(!toldInPresent(ctx, d) && inEarlierPeriod(ctx, d))) {
      // An undated act in a news text happened around its publication: the lede at the document's own precision,
      // the rest at month precision at most.
      d.date = lede || published.precision !== 'day' ? { value: published.value, precision: published.precision } : { value: published.value.slice(0, 7), precision: 'month' };
    }
  }
  d.place = placeOf(ctx, d);
}

/**
 * What puts an undated act before the time of the report, so that it gets no fallback date: a pluperfect right
 * before the trigger ("had declared", "had previously endorsed"), unless a verb of saying earlier in the sentence
 * explains it as reported speech ("said Republicans had agreed"); an adverb of an earlier or lasting time a few words
 * before it ("has long said", "previously called for", "in the past"); "years after X declared".
 */
/**
 * Whether a date sits in a comma insertion that ends right before the trigger and opens with a lower-case word
 * ("X, himself up for reelection in 2018, said", "X, a senator since 2009, voted").
 */
function inAppositiveBefore(ctx: SentenceCtx, date: Span, trigger: Span): boolean {
  if (date[1] > trigger[0]) return false;
  // A participle after the comma ("endorsed it Saturday, saying …") shares the time of the clause before it.
  if (ctx.body.slice(trigger[0] - ctx.base, trigger[1] - ctx.base).endsWith('ing')) return false;
  const after = ctx.body.slice(date[1] - ctx.base, trigger[0] - ctx.base);
  if (!/^[^,;:]*,\s*$/.test(after)) return false;
  const before = ctx.body.slice(Math.max(0, date[0] - ctx.base - 120), date[0] - ctx.base);
  const comma = before.lastIndexOf(',');
  return comma >= 0 && /^,\s+\p{Ll}/u.test(before.slice(comma)) && !/[;:]/.test(before.slice(comma));
}

const RELATIVE_OPENING = /^\W*(?:(?:soon|shortly|not long|right|immediately)\s+(?:after|afterwards?|thereafter)|afterwards?|thereafter|(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|before)|(?:days?|weeks?|months?|years?|decades?)\s+later|the (?:next|following) (?:day|week|month|year))\s*,/i;
const PLUPERFECT = /\bhad\s+(?:(?:\w+ly|already|just|never|not|also|long|once|twice|been)\s+){0,2}$/i;
const EARLIER_TIME = /\b(?:once|previously|formerly|long|in the past|back then|at the time)\s+(?:[\w’'-]+\s+){0,2}$|\b(?:years|decades) (?:after|before|earlier)\s+(?:[\w’'-]+\s+){0,8}$/i;
/**
 * A temporal clause's opening right before the trigger: "before/after/since" and its subject (a pronoun or a name, not
 * an owner: "after Hale's speech" names an act of the story's own days). A short interval before it ("a day after",
 * "hours after", "shortly after") keeps the act in the report's time.
 */
const TEMPORAL_CLAUSE_BEFORE =
  /(?<!\b(?:hours?|days?|minutes?|moments?|shortly|soon|right|just|immediately|day|night|morning)\s+)\b(?:before|after|since)\s+(?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:(?:\p{Ll}+ly|first|had|have|has)\s+)?$/u;
const SAYING_BEFORE = /\b(?:said|says|say|told|tells|according to|added|noted|wrote|argued|announced|reported|revealed|confirmed|learned)\b/i;
function toldAsEarlier(ctx: SentenceCtx, d: Draft): boolean {
  const before = ctx.body.slice(0, d.triggerSpan[0] - ctx.base);
  const tail = before.slice(-120);
  if (EARLIER_TIME.test(tail)) return true;
  // "seven months before he announced", "since Ms. Hale took office": an act placed by another act of the story.
  if (TEMPORAL_CLAUSE_BEFORE.test(tail)) return true;
  // "Soon after, …", "Two years later, …": a time told relative to an earlier act of the story, not the report's.
  if (RELATIVE_OPENING.test(before)) return true;
  const had = PLUPERFECT.exec(tail);
  return had !== null && !SAYING_BEFORE.test(before.slice(0, before.length - tail.length + had.index));
}

/**
 * Is a date part of what was said rather than when it was said? "said he had not heard of it until the July 25
 * call", "said missions could begin in 2022", "said Ron Weiser, who was a co-chair in 2008": after the verb of
 * saying, past the start of a clause of its own (that, a subject pronoun, a relative pronoun, a finite verb, a quote)
 * — unlike the adverbials of the saying, however long: "told reporters during a visit to Scotland on Friday", "spoke
 * at a rally in Greensboro, North Carolina on June 14".
 */
const CLAUSE_START = /\b(?:that|he|she|they|we|i|you|it|who|whom|whose|which|could|would|will|can|may|might|should|must|shall|is|was|are|were|has|had|have|did|does|do)\b|[“”"]/i;
function inReportedWords(ctx: SentenceCtx, trigger: Span, date: Span): boolean {
  return date[0] >= trigger[1] && CLAUSE_START.test(ctx.body.slice(trigger[1] - ctx.base, date[0] - ctx.base));
}

/**
 * Is a date inside the words a trailing tag reports? "… would derail in a general election next November, Sabato
 * said": the date sits before the verb of saying, across a comma, after the start of a clause of the reported words
 * (a finite verb, "that", a pronoun); a short tag follows. "On Monday, Sabato said" and "Speaking in Iowa on Monday,
 * Sabato said" still date the saying.
 */
function inTaggedWords(ctx: SentenceCtx, trigger: Span, date: Span): boolean {
  if (date[1] > trigger[0]) return false;
  // Only a finite verb of saying tags ("…, saying that" goes on from the clause before; "gave a speech" tags nothing).
  if (!TAG_VERBS.test(ctx.body.slice(trigger[0] - ctx.base, trigger[1] - ctx.base))) return false;
  const between = ctx.body.slice(date[1] - ctx.base, trigger[0] - ctx.base);
  const comma = between.lastIndexOf(',');
  if (comma < 0 || between.slice(comma + 1).trim().split(/\s+/).length > 5) return false;
  // A tag ends the reported words: at most a name, an appositive or a short adverbial after the verb, not "that …".
  const rest = ctx.body.slice(trigger[1] - ctx.base);
  const stop = rest.search(/[,.;:]|$/);
  const after = rest.slice(0, Math.max(0, stop));
  // "Cruz said: …" opens what is said.
  if (rest[stop] === ':' || REPORTED_CLAUSE.test(after) || after.trim().split(/\s+/).length > 6) return false;
  // The date sits in a clause of the reported words: a finite verb, "that" or a pronoun before the date or after it,
  // up to the first comma.
  const firstComma = between.indexOf(',');
  return REPORTED_CLAUSE.test(ctx.body.slice(0, date[0] - ctx.base) + ' ' + between.slice(0, firstComma));
}
const TAG_VERBS = /^(?:says?|said|told|tells|add(?:s|ed)|not(?:es|ed)|wr(?:ote|ites)|explain(?:s|ed)|argu(?:es|ed)|insist(?:s|ed)|stat(?:es|ed)|declar(?:es|ed)|recall(?:s|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|predict(?:s|ed)|warn(?:s|ed)|tweet(?:s|ed)|contend(?:s|ed)|claim(?:s|ed))$/i;
const REPORTED_CLAUSE = /\b(?:that|he|she|they|we|i|you|it|who|which|could|would|will|can|may|might|should|must|is|was|are|were|has|had|have|did|does|[a-z]{3,}ed)\b/i;

/** The nouns a thing is said in or at ("in a 2012 interview"), from data/event-triggers.json. */
const OCCASION_NOUNS = new Set(TRIGGER_DATA.modality.occasionNouns ?? []);
/** An attributive date of the occasion of an act, after in/at/during ("said in his 2012 book", "in a 1963 speech, he declared"). */
function datesOccasion(ctx: SentenceCtx, x: DateMention): boolean {
  const noun = /^(?:\s+(?:night|morning|afternoon|evening))?(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]*)/u.exec(ctx.body.slice(x.span[1] - ctx.base, x.span[1] - ctx.base + 32))?.[1];
  if (!noun || !OCCASION_NOUNS.has(noun)) return false;
  return /\b(?:in|at|during)\s+(?:(?:a|an|the|his|her|its|their|our|this|that|[\p{L}.]+['’]s?)\s+)?$/iu.test(ctx.body.slice(Math.max(0, x.span[0] - ctx.base - 30), x.span[0] - ctx.base));
}

/** Verbs of saying in the present: what they report is said at the time of writing. */
/**
 * A death reported near the document's start as news ("dies at 92", "who died Sunday at age 94"): an obituary. A
 * death long past ("his brother died at 43") makes none.
 */
const OBITUARY_OPENING = /\b(?:dies|has died|(?:died|passed away)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|last\s+night|this\s+week))\b[^.;]{0,60}?\b(?:at|aged)\s+(?:the\s+age\s+of\s+|age\s+)?\d{2,3}\b/i;
const OBITUARY_REACH = 800;
/** A period of someone's life or office named in the sentence: what it dates lies in that period, not the report's days. */
const EARLIER_PERIOD = /\b(?:in|during|throughout|over|early in|late in|for much of)\s+(?:his|her|their)\s+(?:(?:first|second|third|final|last|early|earlier|later|long|whole|entire|previous)\s+)?(?:term|terms|presidency|tenure|career|youth|childhood|twenties|thirties|forties|fifties)\b|\bas\s+a\s+(?:young|child|teenager|teen|student|boy|girl|college\s+student|law\s+student)\b/i;
/** Cheap first test for EARLIER_PERIOD: its possessives or "as a". */
const PERIOD_HINT = /\b(?:his|her|their|as a)\s/i;
/** Where the words after the trigger stop modifying it: a new clause, a quotation or a comma. */
const AFTER_STOP = /[,;:“”"]|''|\b(?:that|who|which|whom|he|she|they|we|I|when|while|because|since|after|before|and|but)\b/;
/**
 * Whether a period of someone's life or office dates the act itself: named in the act's clause before the trigger
 * with no quotation mark between ("during his first term, Mr. Hale signed"), or right after it before another clause
 * starts ("was convicted of assault as a young man"); not in what was said ("said he worked hard in his first term").
 */
function inEarlierPeriod(ctx: SentenceCtx, d: Draft): boolean {
  if (!PERIOD_HINT.test(ctx.body)) return false;
  const before = ctx.body.slice(Math.max(0, d.clause[0] - ctx.base), d.triggerSpan[0] - ctx.base);
  const m = EARLIER_PERIOD.exec(before);
  if (m && !/[“”"]|''/.test(before.slice(m.index))) return true;
  // What follows a verb of saying is what was said.
  if (d.category === 'Public statement') return false;
  const rest = ctx.body.slice(d.triggerSpan[1] - ctx.base, d.triggerSpan[1] - ctx.base + 80);
  const stop = rest.search(AFTER_STOP);
  return EARLIER_PERIOD.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** Whether a draft's trigger is a verb in the present tense ("says", "tells"): told as now, even in an obituary. */
function toldInPresent(ctx: SentenceCtx, d: Draft): boolean {
  if (!d.match || d.match.pattern.kind === 'noun') return false;
  const w = ctx.toks[d.match.head].lower;
  return w.endsWith('s') && !w.endsWith('ss');
}

/** Irregular past tenses of trigger verbs; regular ones end in -ed. */
const IRREGULAR_PASTS = new Set(['said', 'told', 'wrote', 'spoke', 'met', 'gave', 'held', 'took', 'made', 'sent', 'led', 'began', 'swore', 'threw', 'struck', 'sought', 'brought', 'withdrew', 'stole', 'broke', 'won', 'fought', 'shot', 'hit', 'put', 'set', 'shut']);
/**
 * Whether a draft's trigger is a verb in the past tense ("said", "rejected"), not a noun, a participle or a plan;
 * `simple`: not a present perfect either ("has pledged" reaches into the present).
 */
function toldInPast(ctx: SentenceCtx, d: Draft, simple = false): boolean {
  if (!d.match || d.match.pattern.kind === 'noun') return false;
  const w = ctx.toks[d.match.head].lower;
  if (!(w.endsWith('ed') || IRREGULAR_PASTS.has(w))) return false;
  // "is scheduled to", "will be joined": an auxiliary of the present or future before it makes it no past act.
  const prev = ctx.toks[d.match.head - 1]?.lower ?? '';
  return !/^(?:is|are|be|will|would|to|being|been|am)$/.test(prev) && !(simple && /^(?:has|have)$/.test(prev));
}
/** Days a dateline may run ahead of the recorded publication day (time zones, late editions). */
const DATELINE_SLACK_DAYS = 2;
/** Whether a date lies after the publication date, beyond a dateline's slack (compared at the coarser precision). */
function laterThanReport(date: DateValue, published: DateValue): boolean {
  const n = Math.min(date.value.length, published.value.length);
  const a = date.value.slice(0, n);
  const b = published.value.slice(0, n);
  if (a <= b) return false;
  if (n < 10) return true;
  return (Date.parse(a) - Date.parse(b)) / 86_400_000 > DATELINE_SLACK_DAYS;
}

/** A clause of its own inside what is called for or demanded ("… than they were hit", "…, which is where it stood"). */
const FRAMED_CLAUSE = /\b(?:that|he|she|they|we|it|who|which|when|was|were|is|are|would|will|could|should|had|has|have)\b/i;
/** The end of a trailing tag right before a date: ", the candidate said (on) Friday". */
const TAG_DATE_BEFORE = /^,\s+(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|told|tells|added|adds|wrote|writes|noted|explained)\s+(?:on\s+|late\s+|early\s+)?$/u;
/** TAG_DATE_BEFORE tried on the text from the last comma only (one match attempt, not one per character). */
function tagDateBefore(between: string): boolean {
  const comma = between.lastIndexOf(',');
  return comma >= 0 && between.length - comma < 80 && TAG_DATE_BEFORE.test(between.slice(comma));
}

const PRESENT_SAYING = /^(?:says|tells|writes|argues|insists|notes|explains|adds|claims|contends|maintains|believes|thinks|recalls|acknowledges|admits)\b/i;

const FUTURE_WORDS = /\b(will|would|shall|going to|plans? to|planned to|scheduled to|expected to|set to|to be|is to|are to|next|upcoming)\b|\bto\s+\w+\b|['’]ll\b/i;
const PAST_FORMS = new Set(['said', 'told', 'met', 'spoke', 'made', 'took', 'gave', 'wrote', 'sent', 'held', 'led', 'brought', 'sought', 'struck', 'began', 'threw', 'put', 'set', 'shut', 'hit', 'broke', 'stole', 'drew', 'won', 'lost', 'left', 'went', 'came', 'saw', 'knew', 'thought', 'felt', 'kept', 'paid', 'ran', 'stood', 'withdrew', 'fought', 'swore', 'tweeted']);
/**
 * "tweeted on Friday …, saying the U.S. should …": a weekday the date finder put after the publication (a future
 * word elsewhere in the sentence) dates an act told in the past tense, so it is the last such weekday, a week back.
 */
function pastWeekday(pick: DateMention, d: Draft, ctx: SentenceCtx, published: DateValue | null): DateValue | 'not-this-act' | null {
  if (!published || published.precision !== 'day' || pick.date.precision !== 'day' || pick.date.value <= published.value) return null;
  if (!/^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(ctx.body.slice(pick.span[0] - ctx.base, pick.span[1] - ctx.base).trim())) return null;
  const verb = d.match && d.match.pattern.kind !== 'noun' ? ctx.toks[d.match.head].lower : null;
  if (!verb || !(verb.endsWith('ed') || PAST_FORMS.has(verb)) || d.modality === 'hypothetical') return null;
  // "said the vote will take place on Tuesday": the weekday is the future act's, not the saying's.
  if (pick.span[0] >= d.triggerSpan[1] && FUTURE_WORDS.test(ctx.body.slice(d.triggerSpan[1] - ctx.base, pick.span[0] - ctx.base))) return 'not-this-act';
  // "has said", "had met": a perfect is past too; "will have met" is not.
  const t = new Date(`${pick.date.value}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 7);
  const value = t.toISOString().slice(0, 10);
  return value <= published.value ? { value, precision: 'day' } : null;
}

/**
 * A year or a month and day between a determiner or a possessive and a lower-case noun ("the 2013 plan", "his 2016
 * race", "Mr. Trump's 2005 wedding", "the prime minister's Dec. 28 meeting"): a modifier of that noun.
 */
function attributiveDate(ctx: SentenceCtx, x: DateMention, inObjectOfMetaAct = false): boolean {
  const rel = x.span[0] - ctx.base;
  const after = ctx.body.slice(x.span[1] - ctx.base, x.span[1] - ctx.base + 24);
  // "Tuesday's primary", "Thursday night's debate": a weekday owning a noun names which one.
  if (WEEKDAY_OWNER.test(after) && /^[A-Z][a-z]+day$/.test(ctx.body.slice(rel, x.span[1] - ctx.base))) return true;
  if (!/^(?:\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)$/.test(ctx.body.slice(rel, x.span[1] - ctx.base))) return false;
  if (!/^\s+\p{Ll}/u.test(after)) return false;
  const before = ctx.body.slice(Math.max(0, rel - 24), rel);
  // "during the 2012 race, when he …", "cyberattacks in the 2017 election" still place what happens in them; not
  // an inquiry into what happened there ("investigating … matters in the 2016 election").
  if (!inObjectOfMetaAct && /\b(during|throughout|in)\s+the\s+$/i.test(before)) return false;
  return /(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|\p{L}['’]s?)\s+$/iu.test(before);
}

/**
 * Acts about other acts whose own time a date in what they are about does not give: an inquiry comes after what it
 * looks into. (Not accusations: those made during an election are often dated by it, "blamed Russia for attacks in
 * the 2017 election".)
 */
const META_ACTS = new Set<EventCategory>(['Investigation']);

/** A weekday's possessive before a noun, with a part of the day between ("'s debate", " night's debate"). */
const WEEKDAY_OWNER = /^(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+\p{Ll}/u;

/** Whether an attributive date modifies the trigger itself ("the Dec. 28 meeting", "Tuesday's speech"). */
function namesTrigger(ctx: SentenceCtx, x: DateMention, trigger: Span): boolean {
  return trigger[0] >= x.span[1] && /^(?:\s+(?:night|morning|afternoon|evening))?(?:['’]s)?\s*(?:\p{Ll}+\s+)?$/u.test(ctx.body.slice(x.span[1] - ctx.base, trigger[0] - ctx.base));
}

/** Nearest date in the clause, preferring dates after the trigger and not beyond another trigger. */
function pickNearest(dates: DateMention[], clause: Span, trig: Span, others: Span[], ctx: SentenceCtx): DateMention | null {
  const inClause = dates.filter((x) => x.span[0] >= clause[0] && x.span[1] <= clause[1]);
  if (!inClause.length) return null;
  const cost = (x: DateMention) => {
    const after = x.span[0] >= trig[1];
    const dist = after ? x.span[0] - trig[1] : trig[0] - x.span[1];
    const beyond = others.some((o) => (after ? o[0] > trig[1] && o[1] <= x.span[0] : o[1] < trig[0] && o[0] >= x.span[1]));
    // A date across a comma from the trigger is less likely to be its date.
    const between = after ? ctx.body.slice(trig[1] - ctx.base, x.span[0] - ctx.base) : ctx.body.slice(x.span[1] - ctx.base, trig[0] - ctx.base);
    const comma = between.includes(',') ? 3 : 1;
    return beyond ? Infinity : (after ? dist * 0.5 : dist) * comma;
  };
  const best = inClause.slice().sort((a, b) => cost(a) - cost(b))[0];
  return cost(best) === Infinity ? null : best;
}

function lastCommaBefore(ctx: SentenceCtx, at: number): number {
  let pos = ctx.s.span[0];
  for (const t of ctx.toks) if (t.text === ',' && t.span[1] <= at) pos = t.span[1];
  return pos;
}

const PLACE = /\b(in|at)\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:of\s+|the\s+|de\s+|for\s+|&\s+)*[A-Z][\p{L}'’-]+)*)/gu;
const NOT_PLACE = /^(?:the\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Europe and|The Economist|\d)/;

function placeOf(ctx: SentenceCtx, d: Draft): string | null {
  const clauseText = ctx.body.slice(d.clause[0] - ctx.base, d.clause[1] - ctx.base);
  const trigAt = d.triggerSpan[0] - d.clause[0];
  let best: { at: number; name: string } | null = null;
  for (const m of allMatches(PLACE, clauseText)) {
    const name = m[2].replace(/^the\s+/, '');
    if (NOT_PLACE.test(name)) continue;
    const at = m.index!;
    const prevWord = /([\p{L}]+)\s+(?:in|at)\s+$/u.exec(clauseText.slice(0, at + m[1].length + 1))?.[1] ?? '';
    const insideName = /^\p{Lu}/u.test(prevWord);
    const venue = countryOf(name) !== null || /\b(Summit|Forum|Palace|Conference|City|Hall|House|Square|Embassy)\b/.test(name);
    const town = /^(St\.? )?[A-Z][a-z]+$/.test(name) && !insideName && !demonymOf(name);
    if (!venue && !town) continue;
    const score = at >= trigAt ? at - trigAt : (trigAt - at) * 2;
    if (!best || score < Math.abs(best.at)) best = { at: score, name };
  }
  return best?.name ?? null;
}

// ---- records ---------------------------------------------------------------------------------------------

/** Acts done with one another: coordinated actors of these are each other's counterpart. */
const RECIPROCAL = new Set<EventCategory>(['Diplomatic action', 'Agreement or initiative', 'Military action']);

function toRecords(drafts: Draft[], text: string): EventRecord[] {
  const out: EventRecord[] = [];
  // Sentence|category|actor|about of each record kept, to the record (same-typed events in a sentence merge).
  const seen = new Map<string, EventRecord>();
  for (const d of drafts) {
    const actors: (ActorRef | null)[] = d.actors.length ? d.actors.slice(0, 4) : [null];
    for (const a of actors) {
      const actor = a?.name ?? d.genericActor;
      // An act nobody performs is kept only where the actor may come later (cyber operations, policy, sanctions).
      if (!actor && !['Cyber operation', 'Policy decision', 'Sanction or legal action', 'Military action'].includes(d.category)) continue;
      // An active verb whose subject was not found is a parse we cannot trust.
      if (!actor && d.match && d.match.pattern.kind !== 'noun' && !d.passive && d.category !== 'Cyber operation') continue;
      // A nominal act with no owner ("an upgraded offensive", "a lawsuit") names a thing rather than reporting an act.
      if (!actor && d.match?.pattern.kind === 'noun' && d.category !== 'Cyber operation') continue;
      let target: ActorRef | null = d.target && d.target.key !== a?.key ? d.target : null;
      // Two parties of a meeting or an agreement are each other's counterpart; two who each call for, hack or say
      // something are only co-actors.
      if (!target && d.actors.length === 2 && a && RECIPROCAL.has(d.category)) target = d.actors.find((x) => x.key !== a.key) ?? null;
      const key = `${d.sentence.index}|${d.category}|${actor ?? ''}|${d.about ?? ''}`;
      if (seen.has(key)) {
        // Keep the richer of two same-typed events in one sentence (one naming a target).
        const prev = seen.get(key);
        if (prev && !prev.target && target) {
          prev.target = target.name;
          prev.targetKey = target.key;
        }
        continue;
      }
      const rec: EventRecord = {
        category: d.category,
        actor,
        actorKey: a?.key ?? (actor ? actorKey('group', actor) : null),
        target: target?.name ?? null,
        targetKey: target?.key ?? null,
        text: describe(text, d),
        trigger: d.triggerText,
        date: d.date,
        place: d.place,
        span: d.sentence.span,
        sentence: d.sentence.index,
        polarity: d.polarity,
        modality: d.frame === 'demand' || d.frame === 'appeal' ? 'actual' : d.modality,
        triggerSpan: d.triggerSpan,
        about: d.about,
        actingFor: a?.actingFor?.name ?? null,
        actingForKey: a?.actingFor?.key ?? null,
      };
      out.push(rec);
      seen.set(key, rec);
    }
  }
  // One sentence naming the same operation twice ("cyberattacks … were organized by China") keeps the richer one.
  return out.filter(
    (e) =>
      e.category !== 'Cyber operation' ||
      e.actor ||
      e.target ||
      !out.some((o) => o !== e && o.sentence === e.sentence && o.category === 'Cyber operation' && (o.actor || o.target)),
  );
}

/** A short description: the clause around the trigger, trimmed. */
function describe(text: string, d: Draft): string {
  const from = Math.min(d.clause[0], d.actors[0]?.span[0] ?? d.clause[0]);
  let s = text.slice(Math.max(from, d.sentence.span[0]), d.clause[1]).replace(/\s+/g, ' ').trim();
  if (s.length > 200) {
    const rel = d.triggerSpan[0] - Math.max(from, d.sentence.span[0]);
    const a = Math.max(0, rel - 80);
    s = (a > 0 ? '…' : '') + s.slice(a, a + 200).trim() + '…';
  }
  return s.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
}
