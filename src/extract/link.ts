// Cross-document actor linking: a document's actors are matched to actors the corpus already knows.
import type { ActorSummary, EntityRecord } from '../model/index.js';

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
const surnameOf = (name: string) => norm(name).split(' ').pop() ?? '';

/**
 * Maps local entity keys to the keys of known actors when the match is unambiguous: the same key is kept as is;
 * otherwise the same type and the same name or alias; for people also a bare surname ("Macron", "President
 * Macron") that exactly one known person carries, or a full name whose surname and first name agree.
 */
export function linkToKnownActors(known: ActorSummary[], entities: EntityRecord[]): Map<string, string> {
  const links = new Map<string, string>();
  const byKey = new Set(known.map((k) => k.key));
  const names = new Map<string, Set<string>>(); // normalised name/alias → known keys (same type checked below)
  for (const k of known) {
    for (const n of [k.name, ...k.aliases]) {
      const key = norm(n);
      if (!key) continue;
      const set = names.get(key) ?? new Set<string>();
      set.add(k.key);
      names.set(key, set);
    }
  }
  const typeOf = new Map(known.map((k) => [k.key, k.type]));
  const people = known.filter((k) => k.type === 'person');
  for (const e of entities) {
    if (byKey.has(e.key)) continue;
    // 1. Same name or alias, same type. For people only full names count here: a bare surname ("Sanders") is
    // shared by relatives and namesakes, and is left to the stricter surname rules below.
    const hits = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      if (e.type === 'person' && !norm(n).includes(' ')) continue;
      for (const key of names.get(norm(n)) ?? []) if (typeOf.get(key) === e.type) hits.add(key);
    }
    if (hits.size === 1) {
      links.set(e.key, [...hits][0]);
      continue;
    }
    if (hits.size > 1 || e.type !== 'person') continue;
    // 2. People: a bare surname carried by exactly one known person.
    const words = norm(e.name).split(' ');
    const surname = surnameOf(e.name);
    const bySurname = people.filter((k) => surnameOf(k.name) === surname);
    if (words.length === 1) {
      if (bySurname.length === 1) links.set(e.key, bySurname[0].key);
      continue;
    }
    // 3. A full name that extends a known surname-only person ("Donald Trump" after a document said only "Trump").
    const bare = bySurname.filter((k) => !norm(k.name).includes(' '));
    const full = bySurname.filter((k) => norm(k.name).includes(' '));
    if (bare.length === 1 && full.length === 0) links.set(e.key, bare[0].key);
  }
  return links;
}
