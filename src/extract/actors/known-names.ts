// Gazetteer matches that are the tail of a longer name. A listed short form ("Security Council" for the UN
// Security Council) also ends other names ("the National Security Council"): when capitalised words the entry does
// not list stand right before the match, the text names something else, and the mention goes to that longer name.
import type { ActorIndex } from './index.js';
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

/**
 * Moves gazetteer mentions preceded by unlisted capitalised words to an actor for the whole name, of the entry's
 * type. Mentions of other actors stop the name ("White House" in "White House National Security Council").
 */
export function reviewKnownNames(text: string, index: ActorIndex): void {
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
    const key = `${known.type}:${slug(name)}`;
    let to = byKey.get(key);
    if (to === undefined) {
      to = index.actors.length;
      index.actors.push({ key, name, type: known.type, aliases: new Set(), roles: [], gender: null, countries: new Set(), roleWords: new Set(), mentions: [] });
      byKey.set(key, to);
    }
    const from = index.actors[m.actor];
    from.mentions = from.mentions.filter((x) => x !== m);
    m.actor = to;
    m.span = [start, m.span[1]];
    m.text = name;
    index.actors[to].mentions.push(m);
  }
}
