// Who is speaking at a cue: the actor named right before the cue verb ("Smith said"), right after it
// ("said Smith"), or a pronoun resolved to the nearest compatible person named as a subject earlier.
import type { SentenceRecord, Span } from '../../model/index.js';
import type { ActorIndex, ActorMention, Gender } from '../actors/index.js';

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
  /^\s*(?:(?:\([^()“”"]{0,60}\)|,\s*[^,“”"«»;]{1,110}?,|also|later|then|again|recently|previously|once|further|has|had|have|would|will|was|is|repeatedly|often|earlier|just|simply|quickly|finally|publicly|privately|flatly|reportedly|afterward|afterwards|subsequently|separately|similarly|herself|himself|themselves|last\s+\w+|on\s+\w+day|on\s+Twitter|in\s+a\s+\w+(?:\s+\w+)?|who\s+\w+\s+\w+)\s*)*$/;

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
    if (m.possessive) {
      if (/^['’]?s?\s*$/.test(between)) return null;
      continue;
    }
    // A pronoun closer to the verb than the mention wins ("Smith arrived and he said").
    if (SKIPPABLE.test(between)) return toHit(ctx, m);
    break;
  }
  const pm = /\b(he|she|they|He|She|They)((?:\s+\S+){0,3}?)\s*$/.exec(text.slice(lo, pos));
  if (pm && SKIPPABLE.test(pm[2])) {
    const at = lo + pm.index;
    return resolvePronoun(ctx, pm[1].toLowerCase(), at);
  }
  return null;
}

const NP_END = /[,.;:!?(—–“”"«]|\s(?:in|on|at|during|while|who|when|after|before|as|to|from|last|this|earlier|about|of|for|with|because|but|and)\s/;

/** The subject after an inverted cue ("said Brad Smith, president of …"), up to the end of its noun phrase. */
export function subjectAfter(ctx: SpeakerContext, pos: number, hi: number): SpeakerHit | null {
  const { text } = ctx;
  const rest = text.slice(pos, hi);
  const lead = /^\s*/.exec(rest)![0].length;
  const pm = /^(he|she|they)\b/i.exec(rest.slice(lead));
  if (pm) return resolvePronoun(ctx, pm[1].toLowerCase(), pos + lead);
  const endRel = rest.slice(lead).search(NP_END);
  const end = endRel < 0 ? hi : pos + lead + endRel;
  const ms = mentionsBetween(ctx, pos, end + 1).filter((m) => m.span[1] <= end + 1);
  for (let i = ms.length - 1; i >= 0; i--) if (!ms[i].possessive) return toHit(ctx, ms[i]);
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

/** A mention right after a preposition or an object-taking verb is not a subject. */
function isObject(text: string, m: ActorMention): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 24), m.span[0]);
  return /\b(?:with|to|by|for|against|about|from|of|on|at|than|and|met|meet|meets|called|told|tell|asked|thanked|attacked|criticized|criticised|praised|including|like|as)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(before);
}
