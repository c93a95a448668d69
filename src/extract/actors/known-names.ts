// Names inside longer names. A listed short form ("Security Council" for the UN Security Council) also ends other
// names ("the National Security Council"), a listed name may open one ("Yahoo News"), and a country may close one
// ("Bank of America"): the mention then goes to the longer name, and a name lying inside another is no actor of its
// own ("Michigan" in "University of Michigan").
import type { ActorType, Span } from '../../model/index.js';
import { type ActorIndex, type ActorMention, headWordType } from './index.js';
import { DEMONYMS, KNOWN, isCommonWord, isFunctionWord, lexiconTag, slug, TITLES } from './lexicon.js';

const KNOWN_BY_KEY = new Map(KNOWN.map((k) => [k.key, k]));
/** Every listed name and alias, lower case: a longer phrase that is itself listed is that entry's own match. */
const LISTED = new Set(KNOWN.flatMap((k) => [k.name, ...k.aliases]).map((n) => n.toLowerCase()));
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.words));

/** "National" in "National Security Council": a capitalised word that can belong to a name, not qualify one. */
function joinsName(word: string): boolean {
  if (isFunctionWord(word) || isCommonWord(word) || TITLE_WORDS.has(word) || /['’]s?$/.test(word)) return false;
  // "Russian Sputnik", "Obama National Security Council", "Florida Department …", "Democratic White House": a
  // nationality, a surname, a place or a party qualifies the name that follows.
  if (DEMONYMS.has(word.toLowerCase()) || PARTY_WORDS.has(word)) return false;
  const tag = String(lexiconTag(word) ?? '');
  return !/LastName|Region|Place|Country|City/.test(tag);
}
const PARTY_WORDS = new Set(['Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal', 'Socialist', 'Green']);

const BODY_TYPES = new Set(['organisation', 'agency', 'company', 'media', 'group', 'initiative']);
const WORD_BEFORE = /(\p{Lu}[\p{L}\-]*)[ \t\u00a0]+$/u;

/** "Bank of ", "University of the ": a head word and "of" right before a name make that name part of a longer one. */
const HEAD_OF_BEFORE = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
const PLACE_TYPES = new Set(['state', 'place']);

/**
 * Names inside names: "America" in "Bank of America", "Michigan" in "University of Michigan". A country or place
 * right after a head word and "of" is part of that body's name (an actor for the whole name takes the mention), and
 * a mention lying inside another actor's mention is dropped.
 */
export function reviewNestedNames(text: string, index: ActorIndex): void {
  const byKey = new Map(index.actors.map((a, i) => [a.key, i]));
  let near = mentionsNear(index.mentions);
  for (const m of index.mentions) {
    const a = index.actors[m.actor];
    if (!PLACE_TYPES.has(a.type)) continue;
    const from = Math.max(0, m.span[0] - 40);
    const h = HEAD_OF_BEFORE.exec(text.slice(from, m.span[0]));
    const type = h && headWordType(h[1]);
    if (!h || !type || type === 'place' || type === 'initiative') continue;
    const start = from + h.index;
    // The head word alone may have been taken for a name ("Museum" in "Museum of London"): it joins the whole.
    const headOnly = near(start, start).find((o) => o.span[0] === start && o.span[1] <= m.span[0] && !/\s/.test(o.text));
    if (near(start - near.longest, start).some((o) => o !== m && o !== headOnly && o.span[0] <= start && o.span[1] > start)) continue;
    if (headOnly) dropMentions(index, new Set([headOnly]));
    moveToLongerName(text, index, byKey, m, [start, m.span[1]], type);
    near = mentionsNear(index.mentions);
  }
  // Mentions inside another actor's longer mention ("Michigan" in "University of Michigan"). Not a person's: a body's
  // name that swallowed a person ("… Executive Director Nihad Awad") is the mistake there.
  near = mentionsNear(index.mentions);
  const inside = new Set(
    index.mentions.filter(
      (m) =>
        index.actors[m.actor].type !== 'person' &&
        near(m.span[1] - near.longest, m.span[0]).some(
          (o) => o !== m && o.actor !== m.actor && o.span[0] <= m.span[0] && o.span[1] >= m.span[1] && o.span[1] - o.span[0] > m.span[1] - m.span[0],
        ),
    ),
  );
  if (inside.size) dropMentions(index, inside);
}

/**
 * The mentions starting between two offsets, in the index's order, found by binary search; `longest` is the longest
 * mention's length, so that whatever may contain or cross a position starts at most that far before it. (A long
 * report has thousands of mentions: asking each one about every other was quadratic.)
 */
function mentionsNear(mentions: ActorMention[]): ((from: number, to: number) => ActorMention[]) & { longest: number } {
  const order = mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.span[0] - b.m.span[0] || a.i - b.i);
  const starts = order.map((o) => o.m.span[0]);
  const firstAtOrAfter = (pos: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const near = (from: number, to: number) => {
    const found: { m: ActorMention; i: number }[] = [];
    for (let k = firstAtOrAfter(from); k < order.length && starts[k] <= to; k++) found.push(order[k]);
    return found.sort((a, b) => a.i - b.i).map((o) => o.m);
  };
  return Object.assign(near, { longest: mentions.reduce((n, m) => Math.max(n, m.span[1] - m.span[0]), 0) });
}

/** Takes mentions out of their actors and the index. */
function dropMentions(index: ActorIndex, drop: Set<ActorMention>): void {
  for (const m of drop) index.actors[m.actor].mentions = index.actors[m.actor].mentions.filter((x) => x !== m);
  index.mentions = index.mentions.filter((m) => !drop.has(m));
}

/**
 * Moves gazetteer mentions preceded by unlisted capitalised words to an actor for the whole name, of the entry's
 * type. Mentions of other actors stop the name ("White House" in "White House National Security Council").
 */
export function reviewKnownNames(text: string, index: ActorIndex): void {
  extendKnownForward(text, index);
  const taken = index.mentions.map((m) => m.span);
  const inOtherMention = (at: number) => taken.some(([a, b]) => at >= a && at < b);
  const byKey = new Map(index.actors.map((a, i) => [a.key, i]));
  for (const m of index.mentions) {
    const known = KNOWN_BY_KEY.get(index.actors[m.actor].key);
    // Only a body's short form of several words ("Security Council", "State Department"): a country, a person or a
    // body's own name ("White House", "Apple") that capitalised words precede is qualified by them.
    if (!known || !BODY_TYPES.has(known.type) || m.via !== 'alias' || !/\s/.test(m.text)) continue;
    let start = m.span[0];
    for (;;) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!w) break;
      const at = start - w[0].length;
      if (!joinsName(w[1]) || inOtherMention(at)) break;
      start = at;
    }
    if (start === m.span[0]) continue;
    const name = text.slice(start, m.span[1]);
    if (LISTED.has(name.toLowerCase())) continue;
    moveToLongerName(text, index, byKey, m, [start, m.span[1]], known.type);
  }
}

const ARTICLE_OPENING = /^[Tt]he\s+/;
const WORDS_AFTER = /^(?:[ \t\u00a0]+\p{Lu}[\p{L}&.'’-]*){1,3}/u;

/**
 * "Yahoo News", "Sony Pictures", "Verizon Wireless Arena": a listed body's name followed by capitalised words that
 * end in a head word is a longer name of the head word's type (the listed name is its first word).
 */
function extendKnownForward(text: string, index: ActorIndex): void {
  const byKey = new Map(index.actors.map((a, i) => [a.key, i]));
  for (const m of index.mentions) {
    const known = KNOWN_BY_KEY.get(index.actors[m.actor].key);
    if (!known || !BODY_TYPES.has(known.type) || m.possessive) continue;
    const after = WORDS_AFTER.exec(text.slice(m.span[1], m.span[1] + 80));
    if (!after) continue;
    // The longest run of the following words that ends in a head word.
    const words = [...after[0].matchAll(/\S+/g)];
    let end = -1;
    let type: ReturnType<typeof headWordType>;
    for (let k = words.length - 1; k >= 0 && end < 0; k--) {
      // ("… Arena." at a sentence end; but "Inc." keeps its full stop.)
      const raw = words[k][0].replace(/,+$/, '');
      const w = headWordType(raw) ? raw : raw.replace(/[.,]+$/, '');
      const t = headWordType(w);
      if (t && t !== 'initiative') {
        end = m.span[1] + words[k].index! + w.length;
        // ("the Wells Fargo Center", "Barclays Center": a company's name right before Center names the hall it
        // sponsors, a place.)
        type = known.type === 'company' && k === 0 && /^Cent(?:er|re)$/.test(w) ? 'place' : t;
      }
    }
    if (end < 0 || !type) continue;
    // ("The UN Security Council": an article the listed short form carried opens no longer name, unless the listed
    // name has it too: "The New York Times Magazine".)
    const start = m.span[0] + (ARTICLE_OPENING.test(known.name) ? 0 : (ARTICLE_OPENING.exec(m.text)?.[0].length ?? 0));
    const name = text.slice(start, end);
    if (LISTED.has(name.toLowerCase())) continue;
    moveToLongerName(text, index, byKey, m, [start, end], type);
  }
}

/** Gives mention m the longer span and moves it to the actor of that name and type, made if the document has none. */
function moveToLongerName(text: string, index: ActorIndex, byKey: Map<string, number>, m: ActorMention, span: Span, type: ActorType): void {
  const name = text.slice(span[0], span[1]);
  const key = `${type}:${slug(name)}`;
  let to = byKey.get(key);
  if (to === undefined) {
    to = index.actors.length;
    index.actors.push({ key, name, type, aliases: new Set(), roles: [], gender: null, countries: new Set(), roleWords: new Set(), mentions: [] });
    byKey.set(key, to);
  }
  const from = index.actors[m.actor];
  from.mentions = from.mentions.filter((x) => x !== m);
  m.actor = to;
  m.span = span;
  m.text = name;
  index.actors[to].mentions.push(m);
}
