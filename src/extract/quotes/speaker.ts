// Who is speaking at a cue: the actor named right before the cue verb ("Smith said"), right after it
// ("said Smith"), or a pronoun resolved to the nearest compatible person named as a subject earlier.
import type { SentenceRecord, Span } from '../../model/index.js';
import { type ActorIndex, type ActorMention, type Gender, addAdHocActor } from '../actors/index.js';
import { SPEECH_VERBS, lexiconTag } from '../actors/lexicon.js';

export interface SpeakerContext {
  text: string;
  index: ActorIndex;
  sentences: SentenceRecord[];
  /** [open, close) of every quoted segment: names inside quotes never speak. */
  quoted: Span[];
}

export interface SpeakerHit {
  actor: number | null;
  span: Span;
  via: ActorMention['via'];
}

const PRONOUN = /^(he|she|they|He|She|They)$/;
/** Words that may stand between a subject and its speech verb: "Smith also said", "Cruz (R-Texas) told". */
const SKIPPABLE =
  /^\s*(?:(?:\([^()“”"]{0,60}\)|,\s*[^,“”"«»;]{1,110}?,|also|later|then|again|recently|previously|once|further|has|had|have|would|will|was|is|repeatedly|often|earlier|just|simply|quickly|finally|publicly|privately|flatly|reportedly|afterward|afterwards|subsequently|separately|similarly|herself|himself|themselves|last\s+\w+|on\s+\w+day|\w+day|(?:is|was|were)\s+quoted\s+as|on\s+Twitter|in\s+a\s+\w+(?:\s+\w+)?|who\s+\w+\s+\w+|,?\s*who)\s*)*$/;
/** A longer appositive after a name that opens its clause: "Harry Bond, 30, of Raleigh, N.C., who was polled, said". */
const LONG_APPOSITIVE = /^,[^“”"«»;!?]{1,160},\s*$/;

export const insideQuote = (ctx: SpeakerContext, span: Span) => ctx.quoted.some(([a, b]) => span[0] >= a && span[1] <= b);

const SPEAKING_TYPES = new Set(['person', 'organisation', 'agency', 'company', 'media', 'state', 'group', 'threat-actor']);

function mentionsBetween(ctx: SpeakerContext, lo: number, hi: number): ActorMention[] {
  const ms = ctx.index.mentions;
  // binary search for first mention starting at or after lo
  let a = 0;
  let b = ms.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (ms[m].span[0] < lo) a = m + 1;
    else b = m;
  }
  const out: ActorMention[] = [];
  for (let i = a; i < ms.length && ms[i].span[0] < hi; i++) {
    if (ms[i].span[1] <= hi && !insideQuote(ctx, ms[i].span)) out.push(ms[i]);
  }
  return out;
}

const toHit = (ctx: SpeakerContext, m: ActorMention): SpeakerHit | null =>
  SPEAKING_TYPES.has(ctx.index.actors[m.actor].type) ? { actor: m.actor, span: m.span, via: m.via } : null;

/** The subject of a verb at `pos`, looking left no further than `lo`. */
export function subjectBefore(ctx: SpeakerContext, pos: number, lo: number): SpeakerHit | null {
  const { text } = ctx;
  const ms = mentionsBetween(ctx, lo, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const between = text.slice(m.span[1], pos);
    if (between.length > 160) break;
    if (m.possessive) {
      if (/^['’]?s?\s*$/.test(between)) return null;
      continue;
    }
    // Nearer names may sit inside an appositive ("Kander, who is running against Roy Blunt, said").
    if (SKIPPABLE.test(between)) return toHit(ctx, m);
    // A name set off by commas right before the verb: "Sanders's campaign manager, Jeff Weaver, said".
    if (/^\s*,\s*$/.test(between) && /,\s*$/.test(text.slice(Math.max(lo, m.span[0] - 3), m.span[0]))) return toHit(ctx, m);
    if (LONG_APPOSITIVE.test(between) && !/\S/.test(text.slice(lo, m.span[0]).replace(/[“”"«»,.]/g, ''))) return toHit(ctx, m);
  }
  const pm = /\b(he|she|they|He|She|They)((?:\s+\S+){0,3}?)\s*$/.exec(text.slice(lo, pos));
  if (pm && SKIPPABLE.test(pm[2])) {
    const at = lo + pm.index;
    // "Lapp … said she thinks “…”": the pronoun is the subject of the outer speech verb, whose subject speaks.
    const outer = /\b(\p{L}+)\s+(?:that\s+)?$/u.exec(text.slice(lo, at));
    if (outer && SPEECH_VERBS.has(outer[1])) {
      const hit = subjectBefore(ctx, lo + outer.index, lo);
      if (hit?.actor != null) return hit;
    }
    return resolvePronoun(ctx, pm[1].toLowerCase(), at);
  }
  // A capitalised name the actor pass did not type ("Judicial Watch said", "Spencer, 54, of Ohio, said").
  const nm = NAME_BEFORE.exec(text.slice(Math.max(lo, pos - 80), pos));
  if (nm && !STOP_NAME.test(nm[1])) {
    const start = pos - nm[0].length;
    return adHoc(ctx, start, start + nm[1].length);
  }
  const clause = text.slice(lo, pos);
  const ap = CLAUSE_NAME.exec(clause);
  if (ap && !STOP_NAME.test(ap[1]) && (SKIPPABLE.test(ap[2]) || LONG_APPOSITIVE.test(ap[2]))) {
    const start = lo + ap.index + ap[0].indexOf(ap[1]);
    return adHoc(ctx, start, start + ap[1].length);
  }
  return null;
}

const CLAUSE_NAME = /^[\s“”"]*((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])(?![\p{L}'’])(,.*)$/su;

const NAME_BEFORE = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])\s*$/u;
/** The capitalised name ending a speaker phrase: "pollster Frank Luntz", "Luntz". */
const NAME_AFTER = /^\s*(?:[\p{Ll}\-]+\s+){0,3}((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[\p{L}])\s*$/u;
const STOP_NAME = /^(?:The|A|An|This|That|It|He|She|They|We|I|You|But|And|Or|So|Then|There|Here|Also|Later|Now|When|While|Asked|Speaking|Officials?|Critics|Others|Some|Many|Most|Republicans|Democrats|Reporters)$/;

/** An actor for a capitalised name the actor pass left untyped, made only when it stands in speaker position. */
function adHoc(ctx: SpeakerContext, a: number, b: number): SpeakerHit | null {
  if (insideQuote(ctx, [a, b])) return null;
  // A title cut off from its name ("Coast Guard Capt") names no one.
  if (/\b(?:Capt|Sgt|Adm|Maj|Gen|Col|Lt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Rev)\.?$/.test(ctx.text.slice(a, b))) return null;
  const id = addAdHocActor(ctx.index, ctx.text, [a, b]);
  return id === null ? null : { actor: id, span: [a, b], via: 'name' };
}

/**
 * The subject of the clause a participle cue hangs on ("Weaver …, telling reporters, “…”"): the first speaking
 * actor of the clause that is not an object or a possessive, or a leading pronoun.
 */
export function clauseSubject(ctx: SpeakerContext, pos: number, lo: number): SpeakerHit | null {
  const head = ctx.text.slice(lo, pos);
  const lead = /^\s*(?:[A-Z][a-z]+,\s+)?(he|she|He|She)\b/.exec(head);
  const ms = mentionsBetween(ctx, lo, pos);
  const first = ms.find(
    (m) => !m.possessive && !isObject(ctx.text, m) && !isModifier(ctx.text, m) && SPEAKING_TYPES.has(ctx.index.actors[m.actor].type),
  );
  if (lead && (!first || first.span[0] > lo + lead.index + lead[0].length)) {
    return resolvePronoun(ctx, lead[1].toLowerCase(), lo + lead.index + lead[0].length - lead[1].length);
  }
  return first ? toHit(ctx, first) : null;
}

const NP_END = /[,.;:!?(—–“”"«]|\s(?:in|on|at|during|while|who|when|after|before|as|to|from|last|this|earlier|about|of|for|with|because|but|and)\s/;

/** The subject after an inverted cue ("said Brad Smith, president of …"), up to the end of its noun phrase. */
export function subjectAfter(ctx: SpeakerContext, pos: number, hi: number): SpeakerHit | null {
  const { text } = ctx;
  const rest = text.slice(pos, hi);
  const lead = /^\s*/.exec(rest)![0].length;
  const pm = /^(he|she|they)\b/i.exec(rest.slice(lead));
  if (pm) return resolvePronoun(ctx, pm[1].toLowerCase(), pos + lead);
  // Dots of titles and initials ("Rep.", "W.") do not end the noun phrase.
  const masked = rest.slice(lead).replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|St|Jr|Sr|Lt|Gen|Col|Prof|Rev|Sgt|Capt|Adm|Maj|\p{Lu})\./gu, (m) => `${m.slice(0, -1)}_`);
  const endRel = masked.search(NP_END);
  const end = endRel < 0 ? hi : pos + lead + endRel;
  const ms = mentionsBetween(ctx, pos, end + 1).filter((m) => m.span[1] <= end + 1);
  for (let i = ms.length - 1; i >= 0; i--) if (!ms[i].possessive) return toHit(ctx, ms[i]);
  const nm = NAME_AFTER.exec(text.slice(pos + lead, end));
  if (nm && !STOP_NAME.test(nm[1]) && !/['’]s?$/.test(nm[1])) {
    const start = pos + lead + nm[0].indexOf(nm[1]);
    return adHoc(ctx, start, start + nm[1].length);
  }
  return null;
}

/** Gender of an actor, from first names, titles and the pronouns used near its mentions. */
export function genderOf(ctx: SpeakerContext, actor: number): Gender {
  return ctx.index.actors[actor].gender;
}

/**
 * he/she → the nearest compatible person named outside quotes, preferring the subject (first person named) of
 * the closest sentence that names one. `they` is left unresolved: plural speakers are rarely one actor.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number): SpeakerHit | null {
  const span: Span = [pos, pos + pronoun.length];
  if (pronoun === 'they') return { actor: null, span, via: 'pronoun' };
  const want: Gender = pronoun === 'he' ? 'm' : 'f';
  const sentence = ctx.index.sentenceOf(pos);
  const paragraph = ctx.sentences[sentence]?.paragraph ?? 0;
  for (let s = sentence; s >= 0 && s >= sentence - 8; s--) {
    const sent = ctx.sentences[s];
    if (paragraph - sent.paragraph > 3) break;
    if (sent.repeatOf !== null && s !== sentence) continue;
    const hi = s === sentence ? pos : sent.span[1];
    const people = mentionsBetween(ctx, sent.span[0], hi).filter((m) => {
      const a = ctx.index.actors[m.actor];
      return a.type === 'person' && (a.gender === null || a.gender === want);
    });
    if (!people.length) continue;
    const distinct = new Set(people.map((m) => m.actor));
    if (distinct.size === 1) return { actor: people[0].actor, span, via: 'pronoun' };
    const subject = people.find((m) => !m.possessive && !isObject(ctx.text, m));
    const chosen = subject ?? people[0];
    return { actor: chosen.actor, span, via: 'pronoun' };
  }
  return { actor: null, span, via: 'pronoun' };
}

/** A name used as a modifier ("the 2014 Senate victories", "the Trump campaign") is not a subject. */
function isModifier(text: string, m: ActorMention): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.span[1], m.span[1] + 30));
  if (!next || SPEECH_VERBS.has(next[1])) return false;
  return /Noun|Plural|Singular/.test(lexiconTag(next[1]) ?? '');
}

/** A mention right after a preposition or an object-taking verb is not a subject. */
function isObject(text: string, m: ActorMention): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 24), m.span[0]);
  if (/\b(?:the|a|an|this|that|his|her|their|its|our|in|of)\s+$/i.test(before)) return true;
  return /\b(?:with|to|by|for|against|about|from|of|on|at|than|and|met|meet|meets|called|told|tell|asked|thanked|attacked|criticized|criticised|praised|including|like|as)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(before);
}
