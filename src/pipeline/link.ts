// Applies cross-document actor links to one document's extraction: every record then names the corpus-wide actor.
import { hasGenerationalSuffix, nameWords, type ActorSummary, type Extraction } from '../model/index.js';

/**
 * Of two names for one actor, the fuller: more words wins ("Donald Trump" over "Trump"), then the known one. A
 * generational suffix the document itself never uses is left off the corpus's name ("Joseph R. Biden Jr." in a
 * report that says "Joe Biden" is Joseph R. Biden): house styles differ on it, and the name should end in the surname.
 */
export function fullerName(known: string, local: string, person = true): string {
  const words = (s: string) => s.trim().split(/\s+/).length;
  const bare = person && hasGenerationalSuffix(known) && !hasGenerationalSuffix(local) ? nameWords(known) : null;
  const k = bare && bare.length > 1 ? bare.join(' ') : known;
  return words(local) > words(k) ? local : k;
}

export function applyLinks(x: Extraction, links: Map<string, string>, known: ActorSummary[] = []): void {
  if (!links.size) return;
  const knownNames = new Map(known.map((a) => [a.key, a.name]));
  // The name each linked local actor goes by from now on: the fuller of its own and the corpus's.
  const linkedName = new Map<string, string>();
  for (const e of x.entities) {
    const to = links.get(e.key);
    if (!to) continue;
    const globalName = knownNames.get(to);
    const best = globalName ? fullerName(globalName, e.name, e.type === 'person') : e.name;
    linkedName.set(e.key, best);
    if (best !== e.name) {
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = best;
    }
    if (globalName && globalName !== best && !e.aliases.includes(globalName)) e.aliases.push(globalName);
    e.key = to;
  }
  const key = (k: string | null) => (k && links.get(k)) ?? k;
  const name = (k: string | null, n: string | null) => (k && linkedName.get(k)) ?? n;
  for (const q of x.quotes) {
    q.speaker = name(q.speakerKey, q.speaker);
    q.speakerKey = key(q.speakerKey);
  }
  for (const s of x.statements) {
    s.speaker = name(s.speakerKey, s.speaker);
    s.speakerKey = key(s.speakerKey);
  }
  for (const e of x.events) {
    e.actor = name(e.actorKey, e.actor);
    e.actorKey = key(e.actorKey);
    e.target = name(e.targetKey, e.target);
    e.targetKey = key(e.targetKey);
    if (e.actingForKey) {
      e.actingFor = name(e.actingForKey, e.actingFor ?? null);
      e.actingForKey = key(e.actingForKey);
    }
  }
}
