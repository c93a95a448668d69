// Who the user means: an actor of the store by name, alias, any case or part of the name; else "ambiguous" (several
// different people fit) or "unknown" (with close names as suggestions).
import type { ActorSummary } from '../model/index.js';
import { matchActors } from '../query/index.js';
import type { Store } from '../store/store.js';
import { editDistance } from './text.js';

/** The person a profile is about. `keys` holds every actor key that is this person (split records are merged). */
export interface PersonRef {
  name: string;
  aliases: string[];
  keys: string[];
  type: string;
  roles: string[];
  /** True when the store has no actor record and the person is found by name in the text only. */
  textOnly: boolean;
}

export type PersonResolution =
  | { status: 'ok'; person: PersonRef }
  | { status: 'ambiguous'; message: string; candidates: string[] }
  | { status: 'unknown'; message: string; suggestions: string[] };

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when every word of `short` occurs in `long` (so "Macron" is part of "Emmanuel Macron"). */
const partOf = (short: string, long: string) => {
  const l = new Set(norm(long).split(' '));
  return norm(short)
    .split(' ')
    .every((w) => l.has(w));
};

export async function resolvePerson(store: Store, query: string): Promise<PersonResolution> {
  const wanted = query.trim();
  if (!wanted) return { status: 'unknown', message: 'no person given', suggestions: [] };
  let found = await matchActors(store, wanted);
  if (!found.length && norm(wanted) !== wanted.toLowerCase()) found = await matchActors(store, norm(wanted));
  if (!found.length) found = await byNameParts(store, wanted);
  const people = found.filter((a) => a.type === 'person');
  const pool = people.length ? people : found;
  if (pool.length) {
    const groups = groupSamePerson(pool);
    if (groups.length === 1) return { status: 'ok', person: personFrom(await widen(store, groups[0])) };
    // One group named exactly as asked wins over groups that merely contain the words.
    const exact = groups.filter((g) => g.some((a) => [a.name, ...a.aliases].some((n) => norm(n) === norm(wanted))));
    if (exact.length === 1) return { status: 'ok', person: personFrom(await widen(store, exact[0])) };
    const candidates = groups.map((g) => describe(fullest(g))).sort();
    return {
      status: 'ambiguous',
      message: `"${wanted}" could be ${candidates.length} different actors; name one of them`,
      candidates,
    };
  }
  const textual = await findInText(store, wanted);
  if (textual) return { status: 'ok', person: textual };
  const suggestions = await closeNames(store, wanted);
  return {
    status: 'unknown',
    message: `no actor called "${wanted}" in the store${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`,
    suggestions,
  };
}

/**
 * True when two records name one person: one's name is part of the other's ("Macron" / "Emmanuel Macron"), or both
 * share surname and first name ("Donald J. Trump" / "Donald Trump").
 */
export function samePerson(a: Pick<ActorSummary, 'name' | 'type'>, b: Pick<ActorSummary, 'name' | 'type'>): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'person' && initialsDiffer(a.name, b.name)) return false;
  if (partOf(a.name, b.name) || partOf(b.name, a.name)) return true;
  if (a.type !== 'person') return false;
  const x = norm(a.name).split(' ');
  const y = norm(b.name).split(' ');
  return x.length > 1 && y.length > 1 && x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

/**
 * The middle initials of a full name ("George H.W. Bush" → "hw", "George W Bush" → "w"), sorted; '' when there are
 * none, null when a middle word is a whole name (not initials: "Hillary Rodham Clinton").
 */
export function middleInitials(name: string): string | null {
  const words = norm(name).split(' ');
  if (words.length < 3) return '';
  const middle = words.slice(1, -1);
  // "HW" (initials written together) counts as two; a longer word is a middle name.
  if (!middle.every((w) => w.length <= 2 && /^\p{L}+$/u.test(w))) return null;
  return [...middle.join('')].sort().join('');
}

/** Two full names whose middle initials both exist and differ are different people (a father and son: George H.W. and
 * George W. Bush; George P. Bush). A name without them may be either. */
export function initialsDiffer(a: string, b: string): boolean {
  const x = middleInitials(a);
  const y = middleInitials(b);
  return !!x && !!y && x !== y;
}

/** Records that are one person stored twice go together; different people apart. The fullest name leads. */
function groupSamePerson(actors: ActorSummary[]): ActorSummary[][] {
  const sorted = [...actors].sort((a, b) => b.mentions - a.mentions || b.name.length - a.name.length || a.key.localeCompare(b.key));
  const groups: ActorSummary[][] = [];
  for (const a of sorted) {
    // A one-word record ("Trump") joins a group only when exactly one group could be meant.
    const homes = groups.filter((g) => g.some((m) => samePerson(a, m)));
    if (homes.length === 1) homes[0].push(a);
    else if (homes.length === 0) groups.push([a]);
    else if (a.name.includes(' ')) groups.push([a]);
  }
  return groups.map((g) => g.sort((a, b) => fullness(b) - fullness(a) || b.mentions - a.mentions || a.key.localeCompare(b.key)));
}

/** Full names first ("Emmanuel Macron" over "Macron"), the most mentioned of those. */
const fullness = (a: ActorSummary) => Math.min(2, a.name.split(/\s+/).length);

/** Other records of the same person (found by surname), so that every key of theirs is searched. */
async function widen(store: Store, group: ActorSummary[]): Promise<ActorSummary[]> {
  const main = group[0];
  if (main.type !== 'person') return group;
  const surname = norm(main.name).split(' ').pop()!;
  const found = await store.findActors([surname, norm(main.name)]);
  // A name without middle initials ("George Bush") joins only when no one of that first and last name has other
  // initials than the person's (father and son share it).
  const firstLast = (n: string) => stripMiddle(norm(n));
  const kin = found.some((a) => a.type === 'person' && firstLast(a.name) === firstLast(main.name) && initialsDiffer(a.name, main.name));
  const more = found.filter(
    (a) =>
      !group.some((g) => g.key === a.key) &&
      samePerson(a, main) &&
      !(kin && a.name.includes(' ') && middleInitials(a.name) === '' && firstLast(a.name) === firstLast(main.name)),
  );
  // A bare surname record joins only if no other person of that surname exists.
  const others = (await store.findActors([surname])).filter(
    (a) => a.type === 'person' && a.name.includes(' ') && !group.some((g) => samePerson(a, g)) && !more.some((m) => m.key === a.key),
  );
  return [...group, ...more.filter((a) => a.name.includes(' ') || !others.length)];
}

const fullest = (g: ActorSummary[]) => g[0];

/** "George H.W. Bush" → "George Bush". */
const stripMiddle = (name: string) => {
  const w = name.trim().split(/\s+/);
  return w.length > 2 ? `${w[0]} ${w[w.length - 1]}` : name;
};

function describe(a: ActorSummary): string {
  const role = a.roles[0];
  return role ? `${a.name} (${role})` : `${a.name} (${a.type})`;
}

function personFrom(group: ActorSummary[]): PersonRef {
  const main = fullest(group);
  const aliases = new Set<string>();
  for (const a of group) for (const n of [a.name, ...a.aliases]) if (n !== main.name) aliases.add(n);
  const roles = [...new Set(group.flatMap((a) => a.roles))];
  return {
    name: main.name,
    aliases: [...aliases].sort(),
    keys: group.map((a) => a.key).sort(),
    type: main.type,
    roles,
    textOnly: false,
  };
}

/** Actors whose name has a word starting with each word typed ("Emmanuel", "emm macron"). */
async function byNameParts(store: Store, wanted: string): Promise<ActorSummary[]> {
  const parts = norm(wanted).split(' ').filter(Boolean);
  if (!parts.length || parts.join('').length < 2) return [];
  return (await store.actors({ type: 'person' })).filter((a) =>
    [a.name, ...a.aliases].some((n) => {
      const ws = norm(n).split(' ');
      // Two-letter names (Xi, Li, Wu) are whole words; longer parts may be the start of one ("Macr" → Macron).
      return parts.every((p) => ws.some((w) => (p.length < 3 ? w === p : w.startsWith(p))));
    }),
  );
}

/** A person the extractor did not record but the text names (as a capitalised multi-word name). */
async function findInText(store: Store, wanted: string): Promise<PersonRef | null> {
  if (wanted.trim().split(/\s+/).length < 2) return null;
  const hits = await store.search(`"${wanted.replace(/"/g, ' ')}"`, 5);
  const exact = hits.find((h) => h.text.toLowerCase().includes(wanted.toLowerCase()));
  if (!exact) return null;
  const at = exact.text.toLowerCase().indexOf(wanted.toLowerCase());
  const name = exact.text.slice(at, at + wanted.length);
  if (!/^\p{Lu}/u.test(name)) return null;
  return { name, aliases: [], keys: [], type: 'person', roles: [], textOnly: true };
}

/** Close names among the stored actors (edit distance on the full name and on each word of it). */
async function closeNames(store: Store, wanted: string): Promise<string[]> {
  const w = norm(wanted);
  const scored: { name: string; d: number }[] = [];
  for (const a of await store.actors()) {
    let best = Infinity;
    for (const n of [a.name, ...a.aliases]) {
      const nn = norm(n);
      best = Math.min(best, editDistance(w, nn));
      for (const part of nn.split(' ')) if (part.length > 2) best = Math.min(best, editDistance(w, part) + 0.5);
    }
    const limit = Math.max(2, Math.floor(w.length / 3));
    if (best <= limit) scored.push({ name: a.name, d: best });
  }
  scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, 5);
}
