// Direct quotes with their speakers. Precision first: a quote given to the wrong person is worse than none,
// so a speaker is only set when a cue ties the quote to an actor (or a pronoun that resolves to one).
import type { DateValue, ParagraphRecord, QuoteRecord, SentenceRecord, Span } from '../../model/index.js';
import type { ActorIndex } from '../actors/index.js';
import { CUES, SPEECH_VERBS, lexiconTag } from '../actors/lexicon.js';
import { escapeRegExp } from '../../text/regexp.js';
import { endsLeadingIn, lastLetters, wordCount } from './scan.js';
import { type QuoteSegment, findQuoteSegments } from './marks.js';
import { type SpeakerContext, type SpeakerHit, clauseSubject, mentionsBetween, openingClause, resolvePronoun, speakerText, subjectAfter, subjectBefore } from './speaker.js';
import { isPersonRoleOrPlural } from './roles.js';
import { AFTER_QUOTE_CUES, CARRIER_BEFORE, CROWD_VOICE_BEFORE, isSpeakingDocument } from './words.js';

export interface QuoteInput {
  text: string;
  paragraphs: ParagraphRecord[];
  sentences: SentenceRecord[];
}

/** Words that join a speech verb to a subject earlier in the clause ("went on to say", "and said", "later told"). */
const CLAUSE_LINKS = new Set(
  'to and but or then also later again once has had have would will could should might may must did does do not never just still even already first finally repeatedly previously reportedly often who which that he she they it we i'.split(' '),
);
/** "He's", "That's": a pronoun and "is", not a possessive. */
const CONTRACTED_IS = /^(?:he|she|it|that|there|what|who|here|where|let)['’]s$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+$/;
/** "Trump was asked" is passive, but "Clinton is telling diners" is progressive: the subject speaks. */
const isPassiveCue = (cue: string, before: string) => !/ing$/.test(cue) && PASSIVE_BEFORE.test(before);
/** Passive cues whose agent, after "by", speaks the quote: "was asked by the host, “…”". */
const ASKED_BY = /^(?:asked|questioned|pressed)$/;
/** "refused to say the words “…”", "did not say “…”": the quote is what was NOT said. */
const NEGATED_BEFORE = /(?:\b(?:not|never|refused to|refuses to|refusing to|declined to|declines to|failed to|fails to|cannot)|n['’]t)\s+(?:\w+\s+)?$/i;
/** Verbs that never take the speaker after them ("“…,” told Smith" is not English). */
const NO_INVERSION = new Set(['told', 'tells', 'tell', 'adding', 'saying', 'telling', 'writing', 'asking', 'noting', 'explaining']);
/** Cues that embed a short fragment in the writer's own sentence: "sees it as “an open door”". */
// Cues that embed a quoted fragment in the writer's sentence (data/attribution-cues.json, "partial").
const PARTIAL_CUE = new RegExp(`\\b(?:${[...new Set(CUES.partial)].sort((a, b) => b.length - a.length).map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})\\b`, 'g');

/** Words a title may keep in lower case ("Meet the Press", "The Late Show With Stephen Colbert"). */
const TITLE_SMALL_WORD = /^(?:the|of|a|an|and|in|on|to|for|with|at|by|from|or|is|this|that|it|my|your|our)$/;
/**
 * What stands right before a programme or book title: "on NBC's", "in his memoir,", "an episode of". Not "a memo
 * titled": a title the speaker wrote is their words.
 */
const TITLE_BEFORE = /(?:\b(?:(?:episode|season|series|edition|issue|premiere|finale)\s+of|on|in|to|from|show|program|programme|series|film|movie|documentary|book|memoir|novel|column|ad|spot|video|song|album|magazine|website|podcast|newsletter|single|poem|play|game|tour|festival|exhibition|installation|collection|campaign|theme|slogan|tagline|motto|hashtag)|\b\p{Lu}[\p{L}\-]*['’]s?)[,:]?\s*$/u;

/** Is the quote between a determiner and a noun ("an “irregular” channel", "the “whistleblower’s” identity")? */
function quotedModifier(text: string, open: number, close: number): boolean {
  if (!/\b(?:a|an|the|his|her|its|their|our|this|that)\s+$/i.test(text.slice(Math.max(0, open - 8), open))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(close, close + 30));
  // (The lexicon lists few nouns: a lower-case word it does not know counts as one.)
  const tag = next ? lexiconTag(next[1]) : undefined;
  return !!next && (tag === undefined || /Noun|Singular|Plural/.test(tag));
}

/** A quoted title between a determiner and a role noun: "the “Pose” actor", "the “Avatar” star". */
function titleBeforeRole(text: string, open: number, close: number): boolean {
  if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, open - 5), open))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(close, close + 30));
  return !!next && isPersonRoleOrPlural(next[1]);
}

/** Right before a word the writer only names: "the term ", "the phrase ", "an account named ". */
const NAMED_WORD_BEFORE = /\b(?:the\s+(?:term|word|phrase|label|nickname|moniker|slogan|hashtag)|(?:account|handle|username|page|group|website|site|blog|channel)\s+(?:called|named|dubbed))\s*,?\s*$/i;

/** A work noun right before a longer title: "in Peter Burrows's book “Backfire: Carly Fiorina's High-Stakes Battle …”". */
const WORK_BEFORE = /\b(?:book|memoir|novel|biography|film|movie|documentary|album|song|play|essay|report|(?:co-)?authors?\s+of)\s*[,:]?\s*$/;

/** A work named right before its title: "a poem called", "a live show titled", "the album named". */
const WORK_CALLED = /\b(?:show|series|programme|program|film|movie|documentary|book|memoir|novel|poem|song|single|album|play|script|game|podcast|exhibition|installation|collection|campaign|event|festival)\s+(?:(?:also|was|is)\s+)?(?:called|titled|entitled|named|dubbed)\s*,?\s*$/;

/**
 * A work's title set off inside the writer's sentence, which goes on after it ("Sam Vale, a contestant on the show
 * “The Pitch,” who …, said", "As Ann Lee, author of “Quiet Power,” put it, “…”"): part of the frame around it.
 */
function titleInsideFrame(text: string, seg: QuoteSegment): boolean {
  const q = text.slice(seg.span[0], seg.span[1]);
  // (Not before a participle, "… on MSNBC's “Morning Joe,” calling it …": that hangs on the clause's subject, and
  // names inside the frame would come nearer to it.)
  if (!/,$/.test(q) || !/^\s+\p{Ll}/u.test(text.slice(seg.close, seg.close + 20)) || /^\s+\p{Ll}+ing\b/u.test(text.slice(seg.close, seg.close + 20))) return false;
  const lead = text.slice(Math.max(0, seg.open - 60), seg.open);
  return (looksLikeTitle(q) && (TITLE_BEFORE.test(lead) || WORK_CALLED.test(lead))) || (looksLikeTitle(q, 16) && WORK_BEFORE.test(lead));
}
/** The speaker rules' text with such titles masked as plain lower-case words, their commas kept: so that an
 * appositive holding one still reads as one. */
function maskFramedTitles(text: string, segments: QuoteSegment[], framed: boolean[]): string {
  let out = text;
  segments.forEach((seg, k) => {
    if (!framed[k]) return;
    const masked = text.slice(seg.open, seg.close).replace(/[\p{L}\p{N}'’]/gu, 'x').replace(/[“”"«»]/g, ' ');
    out = out.slice(0, seg.open) + masked + out.slice(seg.close);
  });
  return out;
}

/** "Meet the Press.", "Fox News Sunday": a short run of capitalised words (small words aside), not a sentence. */
function looksLikeTitle(quote: string, maxWords = 8): boolean {
  const ws = quote.replace(/[.,!?:;…]+$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > maxWords || !/^[\p{Lu}\p{N}]/u.test(ws[0])) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)));
}

// An abbreviation or initial ending right at a position. A sticky lookbehind tests just the text before that position,
// where a test of `s.slice(0, at)` against the same pattern ending in `$` would scan the whole slice each time.
const ABBREV_BEFORE = /(?<=\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|St|Jr|Sr|Lt|Gen|Col|Capt|Cmdr|Sgt|Adm|Maj|Prof|Rev|Inc|Corp|Co|No|vs|Mt|Ft)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|[(\-]\p{Lu}[\p{Ll}.]*)/uy;
function abbreviationEndsAt(s: string, at: number): boolean {
  ABBREV_BEFORE.lastIndex = at;
  return ABBREV_BEFORE.test(s);
}

/** Does `s` hold a sentence break (";", "!", "?", or a full stop that ends no title or initial: not "Sen. Ann Holt")? */
function breaksSentence(s: string): boolean {
  const re = /[.!?;]/g;
  for (let m = re.exec(s); m; m = re.exec(s)) if (m[0] !== '.' || !abbreviationEndsAt(s, m.index)) return true;
  return false;
}

/** End of the first clause of `s` (at a sentence-ending mark), as an offset into s. */
function firstClauseEnd(s: string): number {
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!abbreviationEndsAt(s, m.index)) return m.index;
  }
  return s.length;
}
/** Start of the last clause of `s`, as an offset into s. */
function lastClauseStart(s: string): number {
  const re = /[.!?]["”’)]?\s+/g;
  let start = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!abbreviationEndsAt(s, m.index)) start = m.index + m[0].length;
  }
  return start;
}


/** The text before a quote ends on the cue verb itself, with no comma or colon: the quote is its object ("called “"). */
function objectOfCue(before: string, cue: string): boolean {
  return /^\p{L}+$/u.test(cue) && new RegExp(`\\b${cue}\\s*$`).test(before);
}

interface Attribution {
  hit: SpeakerHit | null;
  /** A speaker phrase is there but names no one we know ("said a campaign aide"): nothing may be inherited. */
  blocked?: boolean;
  cue: string;
  speakerSpan: Span | null;
  /** The cue sits right next to the quote (", she said" / "He said:") rather than elsewhere in the sentence. */
  adjacent: boolean;
  /** After a quote ending its sentence, a next sentence that goes on past its verb: weaker than a cue before the quote. */
  runsOn?: boolean;
  /** An attribution after the quote that a named cue leading into the quote outranks (runsOn, or the like after "!"/"?"). */
  yieldsToCueBefore?: boolean;
}

const ISSUE_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'sent']);
const BACK_VERBS = new Set(['shot', 'fired', 'hit', 'shoots', 'fires', 'hits', 'shooting', 'firing', 'hitting']);

function cueAt(words: RegExpExecArray[], i: number): string | null {
  const w = words[i][0];
  if (SPEECH_VERBS.has(w)) return w;
  if (w.toLowerCase() === 'according' && words[i + 1]?.[0] === 'to') return 'according to';
  // "Trump issued a statement, “…”", "X released the following statement:": the issuer speaks.
  if (ISSUE_VERBS.has(w) && words.slice(i + 1, i + 5).some((x) => /^statements?$/.test(x[0]))) return w;
  // "“…,” the statement read.": a document's words.
  if ((w === 'read' || w === 'reads') && isSpeakingDocument(words[i - 1]?.[0] ?? '')) return w;
  // "“…,” read the statement": the same, inverted.
  if ((w === 'read' || w === 'reads') && words[i + 1]?.[0].toLowerCase() === 'the' && words.slice(i + 2, i + 5).some((x) => isSpeakingDocument(x[0].replace(/[.,]$/, '')))) return w;
  // "But he wanted to know, “…”": a question put by the subject.
  // (Only before the question itself: "said allies wanted to know if the U.S. is “…”" is no cue of the allies'.)
  if ((w === 'wanted' || w === 'wants') && words[i + 1]?.[0] === 'to' && words[i + 2]?.[0] === 'know' && /^\s*[,:]/.test(words[i].input.slice(words[i + 2].index + 4))) return `${w} to know`;
  // "As Vulture put it, “…”": the writer hands over the wording.
  if ((w === 'put' || w === 'puts') && words[i + 1]?.[0] === 'it' && words[i + 1].index === words[i].index + w.length + 1) return `${w} it`;
  // "Trump shot back, “…”", "Sanders fired back:": a retort.
  if (BACK_VERBS.has(w) && words[i + 1]?.[0] === 'back' && words[i + 1].index === words[i].index + w.length + 1) return `${w} back`;
  // "She went on: “…”", "“…,” he went on.": continuing to speak (not "as the day went on, …").
  if ((w === 'went' || w === 'goes') && /^on\.?$/.test(words[i + 1]?.[0] ?? '') && words[i + 1].index === words[i].index + w.length + 1 && /^\s*(?:[:.]|$)|^,\s*[“"]/.test(words[i].input.slice(words[i + 1].index + 2))) return `${w} on`;
  return null;
}

/** The start of a sentence after a quote, up to its verb, that opens on a phrase or connective of its own. */
const NEW_TOPIC_OPENING = /^[\s”"’]*(?:(?:And|But|So|Yet|Later|Meanwhile|Still|Then|Now|Earlier|Also|Since|While|When|After|Before|In|On|At|With|Despite)\b|[^,;:]*,)/;

/** What may follow the verb of a short "Smith said." after a quote: a day or a brief adverbial, and the stop. */
const SHORT_ATTRIBUTION_END = /^(?:\s+(?!that\b|he\b|she\b|they\b|it\b|we\b|I\b)[\p{L}\p{N}'’.\-]+){0,4}[\s.!?]*$/u;

/** "…,” Dylan Nelson, a fellow at the X Institute in Munich, Germany, and co-author of the study, said": a name
 * (perhaps after a role, "study lead author") set off by a comma right after the quote may carry a long appositive. */
const NAME_THEN_COMMA = /^[\s,]*(?:\p{Ll}+\s+){0,3}(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]*,\s/u;
const NAME_THEN_APPOSITIVE = /^[\s,]*(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]*,\s+[^“”"«»,;]{3,160},\s+\p{Ll}+\b/u;

/** After a quote, a conjunction right before a name (perhaps titled) that is the subject of the verb at `cue`. */
function coordinatedClause(text: string, from: number, subject: Span, cue: number): boolean {
  return COORDINATED_SUBJECT.test(text.slice(from, subject[0])) && /^\s*(?:,\s*who\s*)?$/.test(text.slice(subject[1], cue));
}
/** Speech verbs that also take an infinitive ("promised to defend"): then they report an undertaking, not words. */
const COMMISSIVE_CUES = new Set(['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'threatened', 'threatens']);
const COORDINATED_SUBJECT = /^[\s,]*(?:and|but|while|whereas)\s+(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;

/** Attribution in the text right after a quote: "…,” Smith said", "…,” said Smith", "…” — Smith, chair of …". */
function attributeAfter(ctx: SpeakerContext, from: number, to: number, endsSentence = false, exclaimed = false): Attribution | null {
  const frame = ctx.text.slice(from, to);
  // After a quote that ends its sentence with a full stop, only a short "Smith said." can still attribute it.
  // "…,” Robert Ames, attorney for one of the four groups that sued, said": a name with an appositive of its
  // own may put the verb further on.
  const window = endsSentence ? 8 : NAME_THEN_APPOSITIVE.test(frame) ? 26 : NAME_THEN_COMMA.test(frame) ? 40 : 14;
  const dash = /^\s*[,.]?\s*[—–]\s*|^\s+-{1,2}\s+/.exec(frame);
  if (dash) {
    const hit = subjectAfter(ctx, from + dash[0].length, to);
    // (A name signs the quote; a pronoun after the dash opens the writer's next clause: "…'' - he has often been …".)
    if (hit?.actor != null && hit.via !== 'pronoun') return { hit, cue: '—', speakerSpan: hit.span, adjacent: true };
  }
  const words: RegExpExecArray[] = [];
  const re = /[\p{L}][\p{L}\p{N}'’\-.]*/gu;
  for (let m = re.exec(frame); m && words.length < Math.max(window, 14); m = re.exec(frame)) words.push(m);
  for (let i = 0; i < words.length && i < window; i++) {
    // ("“…,” remembered Roy Verley", "“…,” Lund laughed.": a verb that tags the quote only right next to it.)
    const bare = words[i][0].replace(/\.$/, '');
    const cue = cueAt(words, i) ?? (AFTER_QUOTE_CUES.has(bare) && (i === 0 ? /^\s*,?\s*$/.test(frame.slice(0, words[i].index).replace(/^[\s,.]*/, '')) : i <= 3 && /^\s*(?:[.,]|$)/.test(frame.slice(words[i].index + bare.length))) ? bare : null);
    if (!cue) continue;
    // "“…” as he promised to defend …": a promise to do something, not a tag of the quote.
    if (COMMISSIVE_CUES.has(cue) && /^\s+to\s+\p{Ll}/u.test(frame.slice(words[i].index + cue.length))) continue;
    const pos = from + words[i].index;
    if (cue === 'according to') {
      // "“….” The implication, according to X, …": a new sentence's source, not the quote's.
      if (endsSentence) return null;
      const hit = subjectAfter(ctx, pos + frame.slice(words[i].index).indexOf('to') + 2, to);
      return { hit, cue, speakerSpan: hit?.span ?? null, adjacent: i === 0 };
    }
    // Inverted order: "…,” said Smith".
    if (i === 0 && !NO_INVERSION.has(cue)) {
      const hit = subjectAfter(ctx, pos + cue.length, to);
      return { hit, cue, speakerSpan: hit?.span ?? null, adjacent: true, blocked: !hit || hit.actor === null };
    }
    // "Trump was asked, “…”": the quote is the asker's, not the subject's.
    if (isPassiveCue(cue, frame.slice(0, words[i].index))) return { hit: null, cue, speakerSpan: null, adjacent: true };
    // After a quote that ends its sentence, a new sentence whose verb goes on to a clause or an object ("Clinton
    // said Wednesday she, too, wants …") may report something else: a cue before the quote outranks it.
    const goesOn = !SHORT_ATTRIBUTION_END.test(frame.slice(words[i].index + words[i][0].length));
    const runsOn = endsSentence && goesOn;
    // (…so may one after a quote closing on "!" or "?" that opens a sentence of its own, "…!” She replied that …":
    // weaker still, it yields only to a named cue leading into the quote.)
    const yieldsToCueBefore = runsOn || (exclaimed && goesOn && /^\s+\p{Lu}/u.test(frame));
    // …and one that opens on a phrase or a connective of its own ("In Virginia, 85% of Democrats said …", "Later, the
    // campaign released …", "And then he promised …") is the writer moving on, not the quote's attribution.
    if (runsOn && NEW_TOPIC_OPENING.test(frame.slice(0, words[i].index))) return null;
    // …and so is one whose subject "also" says something, which adds a statement of its own ("“….” Trump has also
    // announced a kind of solidarity with …").
    if (runsOn && /\balso\b/.test(frame.slice(0, words[i].index))) return null;
    // Past a long appositive the cue's nearest names belong to it ("… in Munich, Germany, and co-author …, said"):
    // the name right after the quote speaks.
    const lead = i >= 14 ? NAME_THEN_COMMA.exec(frame) : null;
    const hit = lead ? subjectAfter(ctx, from, from + lead[0].length) : subjectBefore(ctx, pos, from);
    // "Quill accuses Holt of “leading from behind” and Baird says …": a conjunction after the quote, then a subject
    // and its verb, opens a clause of its own that reports something else.
    if (hit && coordinatedClause(ctx.text, from, hit.span, pos)) return null;
    if (hit) return { hit, cue, speakerSpan: hit.span, adjacent: true, runsOn, yieldsToCueBefore };
    // "…” for Clinton, said Kunin": inverted after a short complement.
    if (/,\s*$/.test(frame.slice(0, words[i].index)) && !NO_INVERSION.has(cue)) {
      const inv = subjectAfter(ctx, pos + cue.length, to);
      if (inv?.actor != null) return { hit: inv, cue, speakerSpan: inv.span, adjacent: true };
    }
    // "…,” adding that …" has no subject of its own; "…,” a campaign aide said" has one we cannot name.
    return i === 0 ? { hit: null, cue, speakerSpan: null, adjacent: true } : { hit: null, cue, speakerSpan: null, adjacent: true, blocked: true };
  }
  return null;
}

/** Attribution in the text right before a quote: "Smith said:", "He told reporters that “…", "According to X, “…". */
function attributeBefore(ctx: SpeakerContext, from: number, to: number, sentenceFrom = from): Attribution | null {
  const frame = ctx.text.slice(from, to);
  // Transcript style: "Rep. Trey Gowdy (R-S.C.): “…”", "Bush: “…”" — a name alone before a colon.
  const label = /(?:^|\s[-—–]\s*|[—–]\s*|[.!?]\s+)((?:(?!\s[-—–]\s)[^:—–]){1,60}?)\s*(?:\([^()]{1,20}\))?\s*:\s*$/.exec(frame);
  if (label) {
    const a = from + label.index + label[0].indexOf(label[1]);
    const ms = ctx.index.mentions.filter((m) => m.span[0] >= a && m.span[1] <= a + label[1].length);
    const m = ms[ms.length - 1];
    const lead = m ? ctx.text.slice(a, m.span[0]) : '';
    if (m && !m.possessive && wordCount(ctx.text.slice(m.span[1], a + label[1].length)) === 0 && /^(?:[\s.,’'()\-]|\p{Lu}[\p{L}.’'\-]*|\p{N}+|and)*$/u.test(lead) && ctx.index.actors[m.actor].type === 'person') {
      return { hit: { actor: m.actor, span: m.span, via: m.via }, cue: ':', speakerSpan: m.span, adjacent: true };
    }
  }
  const words: RegExpExecArray[] = [];
  const re = /[\p{L}][\p{L}\p{N}'’\-.]*/gu;
  for (let m = re.exec(frame); m; m = re.exec(frame)) words.push(m);
  // Cues lead into the quote from at most 12 words away; an inserted "says X, a historian," from a little further.
  for (let i = words.length - 1; i >= 0 && i >= words.length - 20; i--) {
    const inverted = invertedSpeaker(ctx, frame, from, to, words[i]);
    if (inverted) return inverted;
    const cue = cueAt(words, i);
    if (!cue) continue;
    // (From further off only "was asked by X, who …, “…”": the asker's words, however long the agent's apposition.)
    if (i < words.length - 12 && !(ASKED_BY.test(cue) && /^\s+by\s/.test(frame.slice(words[i].index + words[i][0].length)) && isPassiveCue(cue, frame.slice(0, words[i].index)))) continue;
    // "called Holt's remarks a “new low”": after another's name the word is a noun, and no cue of Holt's.
    if (i > 0 && /^\p{Lu}.*['’]s$/u.test(words[i - 1][0]) && !CONTRACTED_IS.test(words[i - 1][0]) && /^\s+$/.test(frame.slice(words[i - 1].index + words[i - 1][0].length, words[i].index))) continue;
    const pos = from + words[i].index;
    const tail = frame.slice(words[i].index + words[i][0].length);
    if (cue === 'according to') {
      const hit = subjectAfter(ctx, pos + 'according to'.length, to);
      return { hit, cue, speakerSpan: hit?.span ?? null, adjacent: /^\s*to\s+[^,]*,\s*$/.test(tail) };
    }
    // The cue must lead into the quote: at most a short object/adverbial, then ":", "," or "that".
    const adjacent = /^(?:\s+[^\s“”"«»]+){0,9}?\s*[:,]?\s*(?:that\s*)?$/.test(tail) && wordCount(tail) <= 9;
    if (isPassiveCue(cue, frame.slice(0, words[i].index))) {
      // "Sanders was asked by host Bill Maher, “…”": the one named after "by" asks.
      const agent = ASKED_BY.test(cue) ? /^\s+by\s+/.exec(tail) : null;
      const asker = agent ? subjectAfter(ctx, pos + cue.length + agent[0].length, to) : null;
      if (asker?.actor != null && asker.via !== 'pronoun') return { hit: asker, cue, speakerSpan: asker.span, adjacent };
      return { hit: null, cue, speakerSpan: null, adjacent };
    }
    if (NEGATED_BEFORE.test(frame.slice(0, words[i].index))) return { hit: null, cue, speakerSpan: null, adjacent, blocked: true };
    let hit = subjectBefore(ctx, pos, from);
    // "…, saying “…”", "… and told reporters: “…”": the cue hangs on the clause's subject.
    // …unless a noun stands right before the cue: that is its own (unnamed) subject ("campaign manager tells").
    const prevWord = i > 0 && !/[,;:]\s*$/.test(frame.slice(words[i - 1].index + words[i - 1][0].length, words[i].index)) ? words[i - 1][0] : '';
    const prevTag = lexiconTag(prevWord) ?? '';
    const nounSubject =
      !!prevWord &&
      !/ing$/.test(cue) &&
      !CLAUSE_LINKS.has(prevWord.toLowerCase()) &&
      (/^\p{Lu}/u.test(prevWord) || /Noun|Singular|Plural|Actor/.test(prevTag) || (!prevTag && !/ly$/.test(prevWord)));
    // "Law said, noting that …", "X and Y will meet, Spicer said, adding …": a participle continues the cue
    // before it in the same sentence, before the clause's first name is considered.
    // (Not past a clause with a named subject of its own: "He tweeted when Clinton ended the debate with a nod to the
    // film, remarking, “…”" may be Clinton's remark as well as his, so no one.)
    let ownClause = false;
    if (!hit && /ing$/.test(cue)) {
      for (let j = i - 1; j >= 0 && !hit && !ownClause; j--) {
        const earlier = cueAt(words, j);
        if (!earlier || earlier === 'according to' || /ing$/.test(earlier)) continue;
        const sub = NAMED_SUBORDINATE.exec(frame.slice(words[j].index + words[j][0].length, words[i].index));
        if (!sub) {
          hit = subjectBefore(ctx, from + words[j].index, from);
          continue;
        }
        // The participle hangs on that clause's subject, when it is a person named there.
        ownClause = true;
        const at = from + words[j].index + words[j][0].length + sub.index + sub[0].indexOf(sub[1]);
        const m = ctx.index.mentions.find((x) => x.span[0] >= at && x.span[1] <= at + sub[1].trimEnd().length && !x.possessive);
        if (m && ctx.index.actors[m.actor].type === 'person') hit = { actor: m.actor, span: m.span, via: m.via };
      }
    }
    if (ownClause && !hit) return { hit: null, cue, speakerSpan: null, adjacent, blocked: true };
    // "Lazar said he welcomed the move and added, “…”": a verb joined by "and" shares the earlier cue's subject,
    // not the nearest name in between.
    if (i > 0 && words[i - 1][0] === 'and' && !breaksSentence(frame.slice(0, words[i].index))) {
      for (let j = i - 2; j >= 0; j--) {
        const earlier = cueAt(words, j);
        if (!earlier || earlier === 'according to' || /ing$/.test(earlier)) continue;
        const first = subjectBefore(ctx, from + words[j].index, from);
        if (first?.actor != null) hit = first;
        break;
      }
    }
    if (!hit && !nounSubject && !breaksSentence(frame.slice(0, words[i].index))) hit = clauseSubject(ctx, pos, lastConjunct(frame.slice(0, words[i].index), from));
    // "Clinton supports “…,” opposes “…” and recalled the freeze: “…”": a verb joined by "and" right after an earlier
    // quote shares the subject before that quote.
    // (Only a subject that opens the sentence: in "The Rove ad hits Clinton for taking “…” and claims that “…”" the
    // first name is an object.)
    if (!hit && i > 0 && words[i - 1][0] === 'and' && sentenceFrom < from && !/\p{L}/u.test(frame.slice(0, words[i - 1].index).replace(/[“”"«»,\s]/g, ''))) {
      const first = clauseSubject(ctx, pos, sentenceFrom);
      if (first?.actor != null && SENTENCE_OPENING_SUBJECT.test(ctx.text.slice(sentenceFrom, first.span[0]))) hit = first;
    }
    // "X defended “…”, saying the city embodied “…”": the subject stands before the earlier quote.
    if (!hit && sentenceFrom < from && /ing$/.test(cue)) {
      // (…unless a clause with a named subject of its own comes between: "He tweeted when Clinton ended the debate with
      // a nod to “Star Wars”, remarking, “…”" — the participle hangs on that subject.)
      const span = ctx.text.slice(sentenceFrom, pos);
      const sub = NAMED_SUBORDINATE.exec(span);
      if (sub) {
        const at = sentenceFrom + sub.index + sub[0].indexOf(sub[1]);
        const m = ctx.index.mentions.find((x) => x.span[0] >= at && x.span[1] <= at + sub[1].trimEnd().length && !x.possessive);
        if (!m || ctx.index.actors[m.actor].type !== 'person') return { hit: null, cue, speakerSpan: null, adjacent, blocked: true };
        hit = { actor: m.actor, span: m.span, via: m.via };
      } else hit = clauseSubject(ctx, pos, sentenceFrom);
    }
    const hasSubjectPhrase = !/ing$/.test(cue) && wordCount(frame.slice(0, words[i].index).replace(/^.*[,;:]/s, '')) > 0;
    return { hit, cue, speakerSpan: hit?.span ?? null, adjacent, blocked: false && adjacent && !hit && hasSubjectPhrase };
  }
  const distant = distantCue(ctx, frame, from, words);
  if (distant) return distant;
  const owned = possessedWords(ctx, frame, from);
  if (owned) return owned;
  const presented = presentedSpeaker(ctx, frame, from);
  if (presented) return presented;
  // A colon (or a dash) closing the writer's clause hands the floor to that clause's subject: "Trump leaned in and
  // boomed:", "Clinton has since apologized:", "Holt also defended the plan -- “…”". Only when the subject opens the clause.
  // (A state after a party label, "R-Ky.,", ends no sentence; a conjunction or a title may come before the subject:
  // "And Mr. Christie gloated:", "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message:".)
  if (/(?::|\s--|\s[—–])\s*$/.test(frame) && !/[.!?;]/.test(frame.replace(/\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Gen)\.|\b\p{Lu}\p{Ll}{0,3}\.(?=\s*[,)])/gu, ''))) {
    const clauseFrom = lastConjunct(frame, from);
    const hit = clauseSubject(ctx, to, clauseFrom);
    // (The opening phrase may be a whole subordinate clause: "Ever since Sanders announced his candidacy last year, he's said …:".)
    if (hit?.actor != null && /^[\s“”"]*$/.test(ctx.text.slice(clauseFrom, hit.span[0]).replace(/^(?:(?:(?:[Ee]ver\s+)?(?:[Ss]ince|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]s|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ii]f|[Oo]nce|[Uu]ntil)\s[^,]{0,100}|[^,]{0,40}),)?\s*(?:[Tt]he\s+)?(?:(?:And|But|So|Yet|Still)\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,4}/u, ''))) {
      return { hit, cue: ':', speakerSpan: hit.span, adjacent: true };
    }
  }
  return null;
}

/** A person's name, "and", perhaps "former" and titles, right before `span`: one of two people joined as a subject. */
function joinedToPerson(ctx: SpeakerContext, span: Span, lo: number): boolean {
  const m = /(?:^|[^\p{L}])and\s+(?:former\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u.exec(ctx.text.slice(Math.max(lo, span[0] - 40), span[0]));
  if (!m) return false;
  const andAt = span[0] - (ctx.text.slice(Math.max(lo, span[0] - 40), span[0]).length - m.index);
  return mentionsBetween(ctx, Math.max(lo, andAt - 60), andAt + 1).some((x) => !x.possessive && ctx.index.actors[x.actor].type === 'person' && /^\s*(?:\([^()]{1,20}\))?\s*$/.test(ctx.text.slice(x.span[1], andAt + 1)));
}

/** Before a sentence's subject: an opening phrase closed by a comma at most, then titles ("In Ohio, Gov. "). */
const SENTENCE_OPENING_SUBJECT = /^[\s“”"]*(?:[^,;:“”"«»]{0,40},\s*)?(?:\p{Lu}\p{L}*\.?\s+){0,3}$/u;

/** A subordinating conjunction right before a name (after a title at most): the name is that clause's subject. */
const SUBORDINATOR_BEFORE = /\b(?:when|while|because|whereas|although|though|if|after|before|since|until|as)\s+(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u;

/** A subordinate clause whose subject is a name: "when Clinton ended", "while Sen. Ann Holt spoke" (not "after", "since": as often prepositions, "went after Trump on Wednesday"). */
const NAMED_SUBORDINATE = /\b(?:when|while|because|whereas|although|though)\s+((?:\p{Lu}[\p{L}.'’\-]*\s+){1,3})\p{Ll}/u;

/** Words that open a clause of their own: past one, a cue further back no longer leads into the quote. */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'but', 'because', 'if', 'while']);
/** What may follow a cue before long adverbials: a preposition, a day, or a time word. */
const ADVERBIAL_START = /^\s+(?:on|in|at|during|after|before|from|via|with|about|over|through|last|this|yesterday|today|earlier|later|\p{Lu}\p{Ll}+day)\b/u;

/**
 * "Mara Clive said on Twitter on Monday, in reference to her first child, a girl born in 2014, “…”": a speech verb
 * further back than the nearby-cue window, followed only by adverbials and appositives (no clause of its own),
 * then a comma or colon right before the quote.
 */
function distantCue(ctx: SpeakerContext, frame: string, from: number, words: RegExpExecArray[]): Attribution | null {
  if (words.length <= 12 || !/[,:]\s*$/.test(frame)) return null;
  for (let i = words.length - 13; i >= 0 && i >= words.length - 36; i--) {
    const w = words[i][0];
    if (CLAUSE_OPENERS.has(w.toLowerCase()) || SPEECH_VERBS.has(w)) {
      if (!SPEECH_VERBS.has(w) || /ing$/.test(w)) return null;
      const tail = frame.slice(words[i].index + w.length);
      if (!ADVERBIAL_START.test(tail) || /[“”"«»;]/.test(tail)) return null;
      if (isPassiveCue(w, frame.slice(0, words[i].index)) || NEGATED_BEFORE.test(frame.slice(0, words[i].index))) return null;
      const hit = subjectBefore(ctx, from + words[i].index, from);
      if (hit?.actor == null) return null;
      return { hit, cue: w, speakerSpan: hit.span, adjacent: true };
    }
  }
  return null;
}

/**
 * Where the last of coordinated main clauses starts in `frame` (text from `from`): "Swift has a new deal, and the
 * label is left to wonder:" — a colon or participle there hangs on that clause's own subject (or on no one), not
 * on the subject of the first clause. Only ", and" (but, so, yet, while) followed by a new subject counts.
 */
function lastConjunct(frame: string, from: number): number {
  const m = /^(.*,\s+(?:and|but|so|yet|while|although|though|whereas)\s+)(?:(?:the|a|an|his|her|their|its)\s+\p{L}|\p{Lu})/su.exec(frame);
  return m ? from + m[1].length : from;
}

/** "Bystrom agreed. “…”", "Lau said in a statement. “…”": a short sentence made only of a named subject and a
 * speech verb (with a brief adverbial) hands the floor to the quote that opens the next sentence. */
const SUBORDINATE_LEAD = /^(?:(?:just|even|only)\s+)?(?:because|if|when|while|although|though|as|since|unless|after|before|once|given|whether)\b[^;:.!?]{0,160},\s*$/i;

function attributeLeadSentence(ctx: SpeakerContext, left: number, open: number): Attribution | null {
  const k = ctx.index.sentenceOf(open);
  const own = ctx.sentences[k];
  const lead = ctx.sentences[k - 1];
  // (A quote may end inside the subordinate clause, "… of “taste” receptors …, “…”", but not in the lead sentence.)
  if (!own || !lead || lead.paragraph !== own.paragraph || (left > lead.span[0] && left <= own.span[0])) return null;
  // The quote opens its sentence, or follows only a subordinate clause ("Just because …, “that doesn’t mean …”").
  if (own.span[0] !== open && !SUBORDINATE_LEAD.test(ctx.text.slice(own.span[0], open))) return null;
  if (/\S/.test(ctx.text.slice(lead.span[1], own.span[0]))) return null;
  const frame = ctx.text.slice(lead.span[0], lead.span[1]);
  if (/[“”"«»:;]/.test(frame) || !/\.$/.test(frame)) return null;
  const words = [...frame.matchAll(/[\p{L}][\p{L}\p{N}'’\-]*/gu)];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
    const cue = cueAt(words as RegExpExecArray[], i);
    if (!cue || cue === 'according to' || /ing$/.test(cue)) continue;
    // Only a short adverbial may follow the verb ("in a statement", "on Tuesday"), no clause of its own.
    const tail = frame.slice(words[i].index! + cue.length);
    if (/,|\b(?:that|he|she|they|it|was|is|were|are|had|has|will|would)\b/.test(tail)) return reportedLead(ctx, lead);
    if (isPassiveCue(cue, frame.slice(0, words[i].index))) return null;
    const pos = lead.span[0] + words[i].index!;
    const hit = subjectBefore(ctx, pos, lead.span[0]);
    if (hit?.actor == null) return null;
    return { hit, cue, speakerSpan: hit.span, adjacent: false };
  }
  // "The judge then turned to me. “Mr. D’Souza?”": someone turning to another hands the floor to themselves.
  const turned = TURNED_TO.exec(frame);
  if (turned) {
    const hit = subjectBefore(ctx, lead.span[0] + turned.index + turned[0].indexOf(turned[1]), lead.span[0]);
    if (hit?.actor != null) return { hit, cue: turned[1], speakerSpan: hit.span, adjacent: false };
  }
  return reportedLead(ctx, lead);
}
/** A short sentence ending on its subject turning to someone: "He then turned to the crowd.", "Holt turned to me." */
const TURNED_TO = /\s(turned|turns)\s+to\s+(?:me|us|him|her|them|(?:the|his|her|their)\s+[\p{Ll}\s-]{1,30}|[\p{Lu}][\p{L}.\s-]{1,30})\.$/u;

/** Verbs of reported speech whose clause runs on: "Clinton said she and Obama had made progress." */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'noted', 'notes', 'explained', 'explains', 'stressed', 'maintained', 'contended', 'acknowledged', 'recalled', 'recalls']);

/**
 * "In response to the charge, she said she and Obama had made progress. ¶ “I really believe …”": a sentence whose main
 * clause is its subject reporting what they said hands the floor to them for a quote that opens the next sentence
 * (and has no cue of its own). The subject must open the main clause, and the reporting verb come within a few words.
 */
function reportedLead(ctx: SpeakerContext, lead: SentenceRecord): Attribution | null {
  const frame = ctx.text.slice(lead.span[0], lead.span[1]);
  const intro = openingClause(frame);
  const words = [...frame.slice(intro).matchAll(/[\p{L}][\p{L}\p{N}'’\-]*/gu)];
  for (let i = 0; i < words.length && i < 8; i++) {
    const w = words[i][0];
    if (!SPEECH_VERBS.has(w)) continue;
    if (!REPORTING_VERBS.has(w)) return null;
    const at = intro + words[i].index!;
    if (isPassiveCue(w, frame.slice(0, at)) || NEGATED_BEFORE.test(frame.slice(0, at))) return null;
    const hit = subjectBefore(ctx, lead.span[0] + at, lead.span[0] + intro);
    if (hit?.actor == null) return null;
    // (The subject opens the main clause: at most titles or the name's other words before it.)
    if (!/^(?:\s|\p{Lu}[\p{L}.’'\-]*)*$/u.test(ctx.text.slice(lead.span[0] + intro, hit.span[0]))) return null;
    return { hit, cue: w, speakerSpan: hit.span, adjacent: false };
  }
  return null;
}

/** A short phrase opening a sentence before its subject, then "the": "At her request, the ", "On Monday, ". */
const OPENING_PHRASE = /^[^,;:“”"«»]{1,60},\s+(?:the\s+)?/;

/** "Valastro praised the governor's record. ¶ “…”": a quote-only paragraph after a paragraph without quotes whose
 * last sentence has its named subject, opening the sentence, speak (a speech verb) is that subject's. */
function leadParagraphSpeaker(ctx: SpeakerContext, k: number, para: Span): Attribution | null {
  const sent = ctx.sentences[k];
  if (!sent || sent.span[0] < para[0]) return null;
  const frame = ctx.text.slice(sent.span[0], sent.span[1]);
  const words = [...frame.matchAll(/[\p{L}][\p{L}\p{N}'’\-]*/gu)] as RegExpExecArray[];
  for (let i = 0; i < words.length; i++) {
    const cue = cueAt(words, i);
    if (!cue || cue === 'according to') continue;
    if (isPassiveCue(cue, frame.slice(0, words[i].index)) || NEGATED_BEFORE.test(frame.slice(0, words[i].index))) return null;
    const hit = subjectBefore(ctx, sent.span[0] + words[i].index, sent.span[0]);
    if (hit?.actor == null || hit.via === 'pronoun') return null;
    // The speaker must be the sentence's own subject: only a title or capitalised words before the name, perhaps
    // after a short opening phrase ("At the mayor's request, the Harbour Board issued a statement …").
    const lead = ctx.text.slice(sent.span[0], hit.span[0]).replace(OPENING_PHRASE, '');
    if (!/^(?:\s|\p{Lu}[\p{L}.’'\-]*)*$/u.test(lead)) return null;
    return { hit, cue, speakerSpan: hit.span, adjacent: false };
  }
  return null;
}

/** A paragraph that is only a dash and a name (perhaps with a role): "— Maria Lund, mayor of Ely." */
function signatureParagraph(ctx: SpeakerContext, para: Span | undefined): Attribution | null {
  if (!para) return null;
  const body = ctx.text.slice(para[0], para[1]);
  const dash = /^\s*(?:[—–]|-{1,2})\s*(?=\p{Lu})/u.exec(body);
  if (!dash || body.length > 160 || /[“”"«»]/.test(body)) return null;
  const hit = subjectAfter(ctx, para[0] + dash[0].length, para[1]);
  if (hit?.actor == null || hit.via === 'pronoun') return null;
  // Nothing but the name's own appositive may follow it.
  if (!/^\s*(?:[,(][^.!?;:]*)?[.)]?\s*$/.test(ctx.text.slice(hit.span[1], para[1]))) return null;
  return { hit, cue: '—', speakerSpan: hit.span, adjacent: true };
}

/** "Here's Maria Lund in 1992: “…”", "Here is the mayor's office on the plan:": the writer hands the floor over. */
function presentedSpeaker(ctx: SpeakerContext, frame: string, from: number): Attribution | null {
  const m = /(?:^|[.!?]\s+|\s)Here(?:['’]s|\s+is|\s+was)\s+([^“”"«».!?;:]{1,80}):\s*$/u.exec(frame);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  const first = mentionsBetween(ctx, at, at + m[1].length)[0];
  if (!first || first.possessive || !SPEAKING_OWNER.has(ctx.index.actors[first.actor].type)) return null;
  // The name leads the phrase (after a title at most) and no clause of its own follows it.
  if (!/^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(ctx.text.slice(at, first.span[0])) || /\b(?:said|says|told|wrote|that)\b/.test(ctx.text.slice(first.span[1], at + m[1].length))) return null;
  return { hit: { actor: first.actor, span: first.span, via: first.via }, cue: 'here is', speakerSpan: first.span, adjacent: true };
}

/** Verbs that take no person as object, so a name right after them is their subject: "said Solovey, “…”". */
const INVERTIBLE_CUES = new Set(['said', 'says', 'explained', 'explains', 'added', 'adds', 'continued', 'continues', 'stated', 'states', 'wrote', 'writes', 'noted', 'notes', 'recalled', 'recalls', 'observed', 'remarked', 'replied', 'responded', 'declared', 'argued', 'argues', 'insisted', 'concluded', 'quipped', 'joked', 'countered', 'retorted', 'tweeted', 'opined', 'mused']);

/** A verb or preposition between a cue and a later name: the words are a reported clause, not the cue's subject. */
const REPORTED_CLAUSE_WORD = /\b(?:might|may|must|will|would|could|can|should|shall|is|are|was|were|has|have|had|do|does|did|that|against|to|with|for|about|on|at|by|from|into)\b/;

/** "…, explained Rosenberg, “…”", "Stated Stone: “…”", "But, said Solovey, “…”": a cue opening its clause, then a
 * name, then only "," or ":" before the quote. */
function invertedSpeaker(ctx: SpeakerContext, frame: string, from: number, to: number, word: RegExpExecArray): Attribution | null {
  const cue = word[0].toLowerCase();
  if (!INVERTIBLE_CUES.has(cue)) return null;
  if (!/(?:^|[,;:—–]|\b(?:But|And|So|Yet))\s*$/.test(frame.slice(0, word.index))) return null;
  const hit = subjectAfter(ctx, from + word.index + word[0].length, to);
  if (hit?.actor == null || hit.via === 'pronoun') return null;
  // The name follows the cue, after a title or role at most: "Cecil, the group's strategist, said the group might run
  // ads against Mr. Quill, “…”" is Cecil's reported clause, and Quill is its object.
  if (REPORTED_CLAUSE_WORD.test(ctx.text.slice(from + word.index + word[0].length, hit.span[0]))) return null;
  // Only the name's own appositive may stand before the quote: "said Peter Moss, who ran her campaign, “…”".
  const rest = ctx.text.slice(hit.span[1], to);
  if (/^\s*(?:,\s*[^,“”"«»;:]{1,100})?[,:]\s*$/.test(rest)) return { hit, cue, speakerSpan: hit.span, adjacent: true };
  // "The paradox, says Carl Antony, a historian, is that she was “…”": an inserted attribution owns its sentence.
  if (/,\s*$/.test(frame.slice(0, word.index)) && /^\s*(?:,\s*[^,“”"«»;:]{1,100})?,\s*[^“”"«»;:.!?]*$/.test(rest)) return { hit, cue, speakerSpan: hit.span, adjacent: false };
  return null;
}

/** Nouns for someone's own words, owned by a possessive right before ("Clinton's response", "her March comment"). */
const OWNED_NOUN = '(?:response|reply|answer|statement|message|post|tweet|comment|comments|remark|remarks|claim|pledge|promise|vow|boast|quip|reaction|retort|words|verdict)';
// …then "was", or "that", before the quote: "Clinton's response was: “…”", "after her comment that, “…”".
const OWNED_TAIL = '(?:\\s+(?:was|were|read|reads)\\s*[:,]|\\s*[:,]|\\s+that\\s*,?)\\s*$';
const OWNED_WORDS = new RegExp(`['’]s\\s+(?:[\\p{L}\\-]+\\s+){0,2}?${OWNED_NOUN}${OWNED_TAIL}`, 'u');
const PRONOUN_OWNED_WORDS = new RegExp(`\\b(his|her|His|Her)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?${OWNED_NOUN}${OWNED_TAIL}`, 'u');

/** "Clinton's response was: “…”", "From Bush's Facebook post: “…”": the owner of the words speaks. */
function possessedWords(ctx: SpeakerContext, frame: string, from: number): Attribution | null {
  const m = OWNED_WORDS.exec(frame);
  if (!m) {
    // "… after her March comment that, “…”": the pronoun's referent.
    const p = PRONOUN_OWNED_WORDS.exec(frame);
    if (!p) return null;
    const hit = resolvePronoun(ctx, p[1].toLowerCase() === 'his' ? 'he' : 'she', from + p.index);
    if (hit?.actor == null) return null;
    return { hit: { ...hit, span: [from + p.index, from + p.index + p[1].length] }, cue: p[0].replace(/^\S+\s+/, '').replace(/[\s:,]+$/, ''), speakerSpan: [from + p.index, from + p.index + p[1].length], adjacent: true };
  }
  const at = from + m.index;
  const owner = ctx.index.mentions.find((x) => x.possessive && x.span[1] >= at && x.span[1] <= at + 2);
  if (!owner || !SPEAKING_OWNER.has(ctx.index.actors[owner.actor].type)) return null;
  return { hit: { actor: owner.actor, span: owner.span, via: owner.via }, cue: m[0].replace(/^['’]s\s+/, '').replace(/[\s:,]+$/, ''), speakerSpan: owner.span, adjacent: true };
}
const SPEAKING_OWNER = new Set(['person', 'organisation', 'agency', 'company', 'media', 'group']);

function dateOfSentence(dates: { sentence: number; date: DateValue }[], sentence: number): DateValue | null {
  return dates.find((d) => d.sentence === sentence)?.date ?? null;
}

/** All quotes of a document with speaker, kind, cue and the sentence they stand in. */
export function extractQuotes(
  input: QuoteInput,
  index: ActorIndex,
  dates: { sentence: number; date: DateValue }[] = [],
): QuoteRecord[] {
  const { text, paragraphs, sentences } = input;
  const segments = findQuoteSegments(text, paragraphs);
  const framed = segments.map((seg) => titleInsideFrame(text, seg));
  const ctx: SpeakerContext = { text: maskFramedTitles(speakerText(text), segments, framed), index, sentences, quoted: segments.map((s) => [s.open, s.close] as Span) };
  const attributions: (Attribution | null)[] = [];
  const kinds: QuoteRecord['kind'][] = [];
  const titles: boolean[] = [];

  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const para = paragraphs[seg.paragraph].span;
    // A quoted title between a determiner and its noun ("the “Avatar” star said") is part of the frame, not a
    // neighbouring quote that ends it.
    const modifierAt = (k: number) => k !== i && segments[k]?.paragraph === seg.paragraph && (titleBeforeRole(text, segments[k].open, segments[k].close) || !!framed[k]);
    let pi = i - 1;
    let ni = i + 1;
    while (modifierAt(pi)) pi--;
    while (modifierAt(ni)) ni++;
    const prev = segments[pi]?.paragraph === seg.paragraph ? segments[pi] : null;
    const next = segments[ni]?.paragraph === seg.paragraph ? segments[ni] : null;
    const left = prev ? prev.close : para[0];
    const right = next ? next.open : para[1];
    const before = text.slice(left, seg.open);
    const bStart = left + lastClauseStart(before);
    const after = text.slice(seg.close, right);
    const aEnd = seg.close + firstClauseEnd(after);

    // A frame after a quote that ends its own sentence and itself leads into the next quote ("…?” Mills then
    // writes back, “…”) belongs to the next quote.
    // (Not one that holds a clause with a named subject of its own, "…?” He wrote when Sandvik closed …, remarking,
    // “…”": its first verb is this quote's.)
    // (Nor one with a sentence of its own first: "“…?” Clinton writes to Sullivan. He responds, “…”".)
    const introducesNext = !!next && /[.?!]$/.test(text.slice(seg.span[0], seg.span[1])) && /[,:]\s*$/.test(after) && !NAMED_SUBORDINATE.test(after) && aEnd === right;
    const endsSentence = /\.$/.test(text.slice(seg.span[0], seg.span[1]));
    // "…“caused death.” Sanders called Trump a “pathological liar.”": a new sentence that runs on into the next quote
    // frames that quote, not this one.
    const framesNext = !!next && endsSentence && aEnd === right && /\p{L}\s*$/u.test(after);
    let att = seg.closed && !introducesNext && !framesNext ? attributeAfter(ctx, seg.close, aEnd, endsSentence, /[!?]$/.test(text.slice(seg.span[0], seg.span[1]))) : null;
    const sentenceFrom = para[0] + lastClauseStart(text.slice(para[0], seg.open).replace(/[“”"«»]/g, ' '));
    const attB = attributeBefore(ctx, bStart, seg.open, Math.min(bStart, sentenceFrom));
    // An unnamed description after the quote ("…,” and a few lawmakers have called …) does not outrank a cue before it.
    const unnamedAfter = att?.hit?.actor === null && att.hit.via === 'description';
    if ((!att?.hit || unnamedAfter) && attB && (attB.adjacent || !att)) att = attB.hit || !att ? attB : att;
    // "X asserted that “… broken.” Clinton said Wednesday she, too, …": the cue leading into the quote wins.
    else if (att?.yieldsToCueBefore && attB?.adjacent && attB.hit?.actor != null) att = attB;
    // "“…,” Quill told reporters. “…” Gov. Mason said he would have …": a quote that goes straight on from the
    // previous one, whose speaker is known, is that speaker's; the next sentence's verb, running on past it, reports
    // something else.
    else if (att?.runsOn && prev && pi === i - 1 && !/\S/.test(text.slice(bStart, seg.open)) && attributions[pi]?.hit?.actor != null) att = null;
    // "Under what Hale called “the old model,” the club charged …": a quote right after a cue verb is that verb's
    // object, its subject's words, whatever verb follows the quote.
    else if (att?.hit && attB?.adjacent && attB.hit?.actor != null && objectOfCue(text.slice(bStart, seg.open), attB.cue)) att = attB;

    const quoteText = text.slice(seg.span[0], seg.span[1]);
    const words = wordCount(quoteText);
    const beforeClause = text.slice(bStart, seg.open);
    // The quote starts its own clause (after ":", ",", "that", or a speech verb) rather than finishing the writer's.
    const leadsIn = endsLeadingIn(beforeClause) || SPEECH_VERBS.has(lastLetters(beforeClause));
    const embedded = !leadsIn && wordCount(beforeClause) > 0;
    const sentenceLike = /^[\p{Lu}\p{N}‘'"]/u.test(quoteText) && (/[.!?,…:;]["'’”]?$/.test(quoteText) || !seg.closed);
    let kind: QuoteRecord['kind'];
    // A speech cue next to the quote makes it someone's words even when the speaker is not resolved here.
    if (att?.adjacent) kind = embedded && words <= 6 && !sentenceLike ? 'partial' : 'speech';
    else if (embedded) kind = words <= 4 ? 'term' : 'partial';
    else if (words <= 3 && !sentenceLike) kind = 'term';
    else kind = 'speech';

    // A single quoted word inside the writer's sentence that is a name ("the use of “We”", "renamed it
    // “factcheckUK”") or a modifier between a determiner and its noun ("an “irregular” channel") is a term.
    // (Reported as a term, like a title below; its frame still speaks for a quote that follows it.)
    const scareWord =
      (kind !== 'speech' && words === 1 && embedded && (/^\p{Lu}/u.test(quoteText) || quotedModifier(text, seg.open, seg.close))) ||
      // "using the term “superpredator”", "an account named “ilduce2016”": a word the writer names, nobody's speech.
      (kind !== 'speech' && words <= 4 && NAMED_WORD_BEFORE.test(text.slice(Math.max(0, seg.open - 40), seg.open)));
    // "she described this as the “worst case” and accused him …": a verb joined by "and" after the fragment names no
    // one of its own; the fragment is still the sentence's subject's.
    const andAfter = !!att && att.hit === null && /^[\s,]*and\s/.test(after);
    if (kind !== 'speech' && (!att?.adjacent || andAfter)) {
      // A fragment inside the writer's sentence belongs to that sentence's speaking subject, if it has one.
      const sent = sentences[index.sentenceOf(seg.open)];
      const pc = partialCue(text, Math.max(bStart, sent?.span[0] ?? bStart), seg.open);
      if (pc !== null) {
        const from = Math.max(bStart, sent?.span[0] ?? bStart);
        // "But he laid off 200 staffers and began talking about what will happen “…”": a verb further on in a clause
        // that opens on its subject (a pronoun or a name, after an opening phrase at most) hangs on that subject.
        const hit = subjectBefore(ctx, pc, from) ?? (TALK_AT.test(text.slice(pc, pc + 20)) ? openingSubject(ctx, pc, from) : null);
        // (Not one of two people joined as the subject, "Mrs. Holt and former Gov. Tom Holt have worried that …":
        // the fragment may be either's.)
        if (hit?.actor != null && !joinedToPerson(ctx, hit.span, from)) {
          att = { hit, cue: text.slice(pc, pc + 12).split(/\s/)[0], speakerSpan: hit.span, adjacent: false };
          kind = 'partial';
        }
      } else if (att && !att.adjacent) {
        // "According to Ortiz, the cuts save “barely a rounding error”": a fragment of what the source is reported
        // to have said, however short.
        if (att.cue === 'according to' && att.hit?.actor != null && !scareWord) kind = 'partial';
        else att = kind === 'term' ? null : att;
      }
    }
    // "Sanders, the senator from Vermont, said the problems are so daunting that “we have got to …”": a quote that
    // carries on the writer's sentence, past a speech verb further back than a cue's reach, is that verb's subject's.
    // (…or in any case, after "that": "Reid told reporters that he had spoken to Johnson and that “I think …”".)
    if (kind === 'speech' && !att && (/^\p{Ll}/u.test(quoteText) || /\bthat\s*,?\s*$/.test(beforeClause)) && wordCount(beforeClause) > 0) {
      const sent = sentences[index.sentenceOf(seg.open)];
      const from = Math.max(bStart, sent?.span[0] ?? bStart);
      const pc = partialCue(text, from, seg.open);
      const hit = pc === null ? null : subjectBefore(ctx, pc, from);
      // (Not the subject of a subordinate clause inside the reported one: "Clinton said that when Warren railed
      // against Wall Street, “she is speaking for all of us.”")
      const subordinate = !!hit && SUBORDINATOR_BEFORE.test(text.slice(Math.max(from, hit.span[0] - 40), hit.span[0]));
      if (pc !== null && hit?.actor != null && !subordinate) att = { hit, cue: text.slice(pc, pc + 12).split(/\s/)[0], speakerSpan: hit.span, adjacent: false };
    }
    if (kind === 'speech' && !att) att = attributeLeadSentence(ctx, left, seg.open);
    if (kind === 'term') att = null;
    // "to chants of “Marco! Marco!,” the senator said": a crowd's chant is not what the cue beside it reports, and no
    // neighbouring quote lends it a speaker. A sign's or a shirt's words are its holder's, the subject before it ("Lee
    // held up a sign saying “…”"), not those of a speaker named after it or of a source ("According to the Post, the
    // men wore shirts that read “…”").
    const carrierLead = text.slice(Math.max(0, seg.open - 40), seg.open);
    const heldBySubject = !!att?.speakerSpan && att.speakerSpan[1] <= seg.open && att.cue !== 'according to';
    if (CROWD_VOICE_BEFORE.test(carrierLead) || (CARRIER_BEFORE.test(carrierLead) && !heldBySubject)) {
      att = { hit: null, blocked: true, cue: '', speakerSpan: null, adjacent: false };
    }
    // A programme or book title ("on NBC's “Meet the Press.”") is nobody's words; its frame still speaks for the
    // quote that follows, so the title keeps its attribution for inheritance and is reported as a term.
    const lead = text.slice(Math.max(bStart, seg.open - 60), seg.open);
    titles.push(scareWord || (looksLikeTitle(quoteText) && (TITLE_BEFORE.test(lead) || WORK_CALLED.test(lead))) || (looksLikeTitle(quoteText, 16) && WORK_BEFORE.test(lead)));
    attributions.push(att);
    kinds.push(kind);
  }

  // “Listen to the Music,” “Black Water,” “China Grove” and others: a run of three or more title-like quotes set
  // apart only by commas (or "and"/"or") is a list of titles, nobody's words.
  for (let i = 0; i < segments.length; ) {
    let j = i;
    const title = (k: number) => looksLikeTitle(text.slice(segments[k].span[0], segments[k].span[1]));
    while (j + 1 < segments.length && title(j) && title(j + 1) && /^[\s,]*(?:(?:and|or)\s+)?$/.test(text.slice(segments[j].close, segments[j + 1].open))) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) titles[k] = true;
    i = j + 1;
  }

  // Inheritance: later pieces of a split quote and quotes continued from the previous paragraph take the
  // speaker of the piece they continue; an unattributed opening piece takes its continuation's speaker.
  const speakerOf = attributions.map((a) => a?.hit?.actor ?? null);
  const via = attributions.map((a) => a);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < segments.length; i++) {
      if (speakerOf[i] !== null || kinds[i] === 'term' || attributions[i]?.blocked || (attributions[i]?.hit && attributions[i]!.hit!.actor === null)) continue;
      let link = continuationOf(segments, i, text);
      // "“…,” said Cuban, who is also a host on the TV show “Shark Tank.” “…”": a title in the tag is part of the frame;
      // the quote goes on from the one before it. So does a quoted term in the sentence of the tag ("“…,” said Ann
      // Roe before a “town hall” event. “…”"), not one in a sentence of its own.
      if (link !== null && (titles[link] || kinds[link] === 'term') && segments[link].continues === null && segments[i].continues === null) {
        const before = continuationOf(segments, link, text);
        const inTag = (b: number) => titles[link!] || (!ENDS_SENTENCE.test(text.slice(segments[b].span[0], segments[b].span[1])) && sentenceEnds(text.slice(segments[b].close, segments[link!].open + 2)) === 0);
        if (before !== null && !titles[before] && kinds[before] !== 'term' && inTag(before)) link = before;
      }
      if (link !== null && continuationOf(segments, i, text, index, speakerOf[link]) === null) continue;
      if (link !== null && speakerOf[link] !== null && kinds[link] !== 'term') {
        speakerOf[i] = speakerOf[link];
        via[i] = via[link];
      }
    }
    // The first later segment that continues each one: one carrying its mark on from the paragraph before, or the
    // next one (continuationOf answers nothing else). Asking every later segment was quadratic in a long document.
    const continuedBy = new Map<number, number>();
    segments.forEach((s, k) => {
      if (s.continues !== null && s.continues < k && !continuedBy.has(s.continues)) continuedBy.set(s.continues, k);
    });
    const firstContinuing = (i: number) => {
      const next = i + 1 < segments.length && segments[i + 1].continues === null && continuationOf(segments, i + 1, text) === i ? i + 1 : -1;
      const marked = continuedBy.get(i) ?? -1;
      return next < 0 ? marked : marked < 0 ? next : Math.min(next, marked);
    };
    for (let i = segments.length - 1; i >= 0; i--) {
      if (speakerOf[i] !== null || kinds[i] === 'term') continue;
      const j = firstContinuing(i);
      // (Not across two whole sentences or more: "Joel sings, “…” With Trump, there's no chance of that. Just ask
      // him. “…,” he said" — the later speaker's words are not the song.)
      if (j >= 0 && speakerOf[j] !== null && !attributions[i] && sentenceEnds(text.slice(segments[i].close, segments[j].open + 2)) < 2) {
        speakerOf[i] = speakerOf[j];
        via[i] = via[j];
      }
    }
  }

  // "“…,” Lee said during the interview in Macau, the city's …, ahead of the opening of his new hotel there.": a
  // long tail that is one sentence naming no other person is still the tag of the quote it follows.
  const longTagOnly = (tail: string, at: number, speaker: number): boolean =>
    wordCount(tail) <= 45 &&
    firstClauseEnd(tail) >= tail.trimEnd().length - 1 &&
    !index.mentions.some((m) => m.span[0] >= at && m.span[1] <= at + tail.length && m.actor !== speaker && index.actors[m.actor].type === 'person');

  // A paragraph that is only a quote, with no cue of its own, continues the speaker of the paragraph before it
  // when that paragraph ends on that speaker's quote or introduces it ("Smith told reporters:").
  for (let i = 0; i < segments.length; i++) {
    if (speakerOf[i] !== null || attributions[i] || kinds[i] !== 'speech') continue;
    const seg = segments[i];
    const para = paragraphs[seg.paragraph].span;
    if (text.slice(para[0], seg.open).trim()) continue;
    let last = i;
    while (segments[last + 1]?.paragraph === seg.paragraph) last++;
    if (wordCount(text.slice(segments[last].close, para[1])) > 0) continue;
    // "“…” ¶ — Maria Lund, mayor of Ely.": a paragraph that only names someone after a dash signs the quote above.
    const signed = signatureParagraph(ctx, paragraphs[seg.paragraph + 1]?.span);
    if (signed) {
      speakerOf[i] = signed.hit!.actor;
      via[i] = signed;
      continue;
    }
    const prevPara = seg.paragraph - 1;
    if (prevPara < 0) continue;
    let j = i - 1;
    while (j >= 0 && segments[j].paragraph === seg.paragraph) j--;
    const pp = paragraphs[prevPara].span;
    if (j >= 0 && segments[j].paragraph === prevPara && speakerOf[j] !== null && kinds[j] === 'speech') {
      const tail = text.slice(segments[j].close, pp[1]);
      if (wordCount(tail) <= 20 || longTagOnly(tail, segments[j].close, speakerOf[j]!)) {
        speakerOf[i] = speakerOf[j];
        via[i] = via[j];
      }
      continue;
    }
    const ptext = text.slice(pp[0], pp[1]);
    if (/:\s*$/.test(ptext)) {
      const att = attributeBefore(ctx, pp[0] + lastClauseStart(ptext), pp[1]);
      if (att?.hit?.actor != null) {
        speakerOf[i] = att.hit.actor;
        via[i] = att;
      }
    } else if (!(j >= 0 && segments[j].paragraph === prevPara)) {
      const att = leadParagraphSpeaker(ctx, index.sentenceOf(pp[1] - 1), pp);
      if (att) {
        speakerOf[i] = att.hit!.actor;
        via[i] = att;
      }
    }
  }

  // "Grisham, by her own accounting, has given “plenty of on-the-record statements …”": a fragment with no speaker of
  // its own that repeats words of a longer quote of the document gives that quote's speaker's words again.
  repeatedFragments(text, paragraphs, segments, kinds, titles, attributions, speakerOf, via);

  const out: QuoteRecord[] = [];
  const firstQuoteOfSentence = new Map<number, number>();
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const sentence = index.sentenceOf(seg.span[0]);
    const actor = speakerOf[i] !== null && !titles[i] ? index.actors[speakerOf[i]!] : null;
    const repeated = sentences[sentence]?.repeatOf ?? null;
    if (!firstQuoteOfSentence.has(sentence)) firstQuoteOfSentence.set(sentence, out.length);
    out.push({
      text: text.slice(seg.span[0], seg.span[1]),
      span: seg.span,
      speaker: actor?.name ?? null,
      speakerKey: actor?.key || null,
      kind: titles[i] ? 'term' : kinds[i],
      cue: titles[i] ? null : via[i]?.cue ?? null,
      speakerSpan: actor ? via[i]?.speakerSpan ?? null : null,
      sentence,
      repeatOf: repeated,
      date: dateOfSentence(dates, sentence),
    });
  }
  // repeatOf refers to the quote (index in this list) that the pull quote repeats.
  for (const q of out) {
    if (q.repeatOf === null) continue;
    const target = firstQuoteOfSentence.get(q.repeatOf);
    q.repeatOf = target ?? null;
  }
  markQuotedHeadings(text, input.paragraphs, segments, out);
  return out;
}

/** Fewest words (of letters: "90 to 95 percent" has two) a repeated fragment must have to be taken for the longer
 * quote's words: three-word phrases ("Gang of Eight", "law and order", "Build the wall!") are often slogans and names
 * that several people use. */
const MIN_REPEATED_WORDS = 4;

function repeatedFragments(
  text: string,
  paragraphs: { span: Span }[],
  segments: QuoteSegment[],
  kinds: QuoteRecord['kind'][],
  titles: boolean[],
  attributions: (Attribution | null)[],
  speakerOf: (number | null)[],
  via: (Attribution | null)[],
): void {
  const keys = segments.map((s) => wordsKey(text.slice(s.span[0], s.span[1])));
  for (let i = 0; i < segments.length; i++) {
    if (speakerOf[i] !== null || titles[i] || attributions[i]?.blocked || attributions[i]?.hit) continue;
    if (keys[i].split(' ').filter((w) => /\p{L}/u.test(w)).length < MIN_REPEATED_WORDS) continue;
    // (A paragraph that is only the quote, a pull quote or subheading, is counted once, by markQuotedHeadings.)
    const para = paragraphs[segments[i].paragraph]?.span;
    if (para && !/[\p{L}\p{N}]/u.test(text.slice(para[0], segments[i].open) + text.slice(segments[i].close, para[1]))) continue;
    const sources = new Set<number>();
    let from = -1;
    for (let j = 0; j < segments.length; j++) {
      if (j === i || speakerOf[j] === null || titles[j] || kinds[j] !== 'speech' || keys[j].length <= keys[i].length || !keys[j].includes(keys[i])) continue;
      sources.add(speakerOf[j]!);
      if (from < 0) from = j;
    }
    // (Words that more than one person said are no one's in particular.)
    if (sources.size !== 1) continue;
    speakerOf[i] = speakerOf[from];
    via[i] = via[from];
    if (kinds[i] === 'term') kinds[i] = 'partial';
  }
}

const wordsKey = (s: string) => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * A paragraph that is nothing but a quote ("My fears have been realized" as a subheading, a pull quote) whose
 * words another quote of the document says in full is that quote repeated: it takes that quote's speaker and is
 * counted once.
 */
function markQuotedHeadings(text: string, paragraphs: { span: Span }[], segments: QuoteSegment[], out: QuoteRecord[]): void {
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.repeatOf !== null || q.speaker !== null) continue;
    const para = paragraphs[segments[i].paragraph]?.span;
    if (!para || /[\p{L}\p{N}]/u.test(text.slice(para[0], segments[i].open) + text.slice(segments[i].close, para[1]))) continue;
    const key = wordsKey(q.text);
    if (key.split(' ').length < 5) continue; // three words or more
    const j = out.findIndex((o, k) => k !== i && o.repeatOf === null && o.speaker !== null && o.text.length > q.text.length && wordsKey(o.text).includes(key));
    if (j < 0) continue;
    q.repeatOf = j;
    q.speaker = out[j].speaker;
    q.speakerKey = out[j].speakerKey;
  }
}

/** Talking about something, whose words a fragment may then give: "began talking about what will happen “…”". */
const TALK_CUE = /\b(?:talk|talks|talked|talking|spoke|speaks|speaking)\s+(?:about|of)\b/g;
const TALK_AT = /^(?:talk|talks|talked|talking|spoke|speaks|speaking)\s+(?:about|of)\b/;

/** The subject opening the clause that holds the cue at `pos` ("But he laid off …", "Later, Holt …"), when only an
 * opening phrase or a conjunction comes before it and no other clause starts on the way to the cue. */
function openingSubject(ctx: SpeakerContext, pos: number, lo: number): SpeakerHit | null {
  const frame = ctx.text.slice(lo, pos);
  if (/[;:“”"«»]|,\s+(?:and|but|while|who|which|that|as|because)\b|\b(?:that|who|which|when|because|if|while)\s/.test(frame.slice(openingClause(frame)))) return null;
  const hit = clauseSubject(ctx, pos, lo);
  if (hit?.actor == null) return null;
  const start = lo + openingClause(frame);
  return /^[\s“”"]*(?:(?:But|And|So|Yet|Then)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(ctx.text.slice(start, hit.span[0])) ? hit : null;
}

function partialCue(text: string, lo: number, hi: number): number | null {
  const frame = text.slice(lo, hi);
  let last: number | null = null;
  PARTIAL_CUE.lastIndex = 0;
  for (let m = PARTIAL_CUE.exec(frame); m; m = PARTIAL_CUE.exec(frame)) last = lo + m.index;
  TALK_CUE.lastIndex = 0;
  for (let m = TALK_CUE.exec(frame); m; m = TALK_CUE.exec(frame)) if (last === null || lo + m.index > last) last = lo + m.index;
  if (last !== null) return last;
  const words = [...frame.matchAll(/[\p{L}]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) if (SPEECH_VERBS.has(words[i][0])) return lo + words[i].index!;
  return null;
}

/** Sentence ends in a stretch of text between quotes: a stop, question or exclamation mark before a capital. */
/** Quoted words that end their sentence inside the marks ("…, he said.”"). */
const ENDS_SENTENCE = /[.!?]\s*$/;
const sentenceEnds = (between: string) => (between.match(/[.!?]["”’]?\s+(?=[“"]?\p{Lu})/gu) ?? []).length;

/** The segment that segment i continues: the previous piece of the same sentence/paragraph with only an
 * attribution frame between them, or an unclosed quote of the previous paragraph. */
/** Text ending in a preposition or article: the name after it is an object, not a new sentence's subject. */
const AFTER_VERB_OR_PREPOSITION = /\b(?:to|with|by|for|against|about|from|of|on|at|into|than|the|a|an|his|her|their|its)\s+$/;

function continuationOf(segments: QuoteSegment[], i: number, text: string, index?: ActorIndex, speaker?: number | null): number | null {
  const seg = segments[i];
  if (seg.continues !== null) return seg.continues;
  const prev = segments[i - 1];
  if (!prev || prev.paragraph !== seg.paragraph) return null;
  const between = text.slice(prev.close, seg.open);
  if (wordCount(between) > 60) return null;
  // "…,” Lang said. Anna Frost disagreed. “…”: a new sentence with someone else as its subject hands the
  // floor to that person, so the first speaker is not carried over.
  if (index && speaker != null) {
    const cut = firstClauseEnd(between);
    if (cut < between.length) {
      // (Not a name in object position, "He then referred to Cooke’s testimony.", which hands over nothing.)
      const first = index.mentions.find((m) => m.span[0] >= prev.close + cut && m.span[1] <= seg.open && !(m.possessive && AFTER_VERB_OR_PREPOSITION.test(text.slice(Math.max(prev.close, m.span[0] - 24), m.span[0]))));
      if (first && first.actor !== speaker && index.actors[first.actor].type === 'person') return null;
    }
  }
  return i - 1;
}
