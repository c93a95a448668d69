// Applies cross-document actor links to one document's extraction: every record then names the corpus-wide actor.
import type { ActorSummary, Extraction } from '../model/index.js';

export function applyLinks(x: Extraction, links: Map<string, string>, known: ActorSummary[] = []): void {
  if (!links.size) return;
  const names = new Map(known.map((a) => [a.key, a.name]));
  const key = (k: string | null) => (k && links.get(k)) ?? k;
  const name = (k: string | null, n: string | null) => (k && links.has(k) ? (names.get(links.get(k)!) ?? n) : n);
  for (const e of x.entities) {
    const to = links.get(e.key);
    if (!to) continue;
    const globalName = names.get(to);
    if (globalName && globalName !== e.name) {
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = globalName;
    }
    e.key = to;
  }
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
  }
}
