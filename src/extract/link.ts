// Cross-document actor linking: a document's actors are matched to actors the corpus already knows.
import type { ActorSummary, EntityRecord } from '../model/index.js';

/**
 * Maps local entity keys to the keys of known actors when the match is unambiguous: same type and the same
 * name or alias, or (for people) a surname that only one known person carries.
 */
export function linkToKnownActors(known: ActorSummary[], entities: EntityRecord[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const e of entities) {
    if (known.some((k) => k.key === e.key)) continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const same = known.filter((k) => k.type === e.type && [k.name, ...k.aliases].some((n) => names.includes(n.toLowerCase())));
    if (same.length === 1) {
      links.set(e.key, same[0].key);
      continue;
    }
    if (e.type === 'person' && !e.name.includes(' ')) {
      const surname = e.name.toLowerCase();
      const bySurname = known.filter((k) => k.type === 'person' && k.name.toLowerCase().split(/\s+/).pop() === surname);
      if (bySurname.length === 1) links.set(e.key, bySurname[0].key);
    }
  }
  return links;
}
