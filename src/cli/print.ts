// Plain-text renderings of the query results for a terminal. JSON output never goes through here.
import type { EventJson, QuoteJson } from '../query/index.js';

type Doc = { id: string; title: string | null; kind: string; published: string | null; outlet: string | null; sentences: number; path: string | null; duplicateOf?: string | null };

const short = (s: string | null | undefined, n: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

export function documents(docs: Doc[]): string {
  if (!docs.length) return 'no documents stored';
  return docs
    .map((d) =>
      [d.id, d.kind.padEnd(11), (d.published ?? '').padEnd(10), short(d.title ?? d.path, 70), d.outlet ? `(${d.outlet})` : '', d.duplicateOf ? `[near-duplicate of ${d.duplicateOf}]` : '']
        .filter(Boolean)
        .join('  '),
    )
    .join('\n');
}

export function document(d: any): string {
  const lines = [
    `${d.title ?? '(untitled)'}`,
    `id ${d.id} · ${d.kind}${d.outlet ? ` · ${d.outlet}` : ''}${d.published ? ` · ${d.published} (${d.precision})` : ''}${d.language ? ` · ${d.language}` : ''}`,
    d.byline ? `by ${d.byline}` : '',
    d.path ? `from ${d.path}` : '',
    '',
    d.text,
    '',
  ];
  if (d.removed.length) lines.push('Removed as noise:', ...d.removed.map((r: any) => `  [${r.reason}] ${short(r.text, 100)}`), '');
  if (d.entities.length) lines.push(`Actors: ${d.entities.map((e: any) => `${e.name} (${e.type})`).join(', ')}`, '');
  if (d.quotes.length) lines.push('Quotes:', ...d.quotes.map((q: QuoteJson) => `  “${short(q.text, 100)}” — ${q.speaker ?? 'unattributed'}`), '');
  if (d.events.length) lines.push('Events:', ...d.events.map((e: EventJson) => `  ${e.category}: ${short(e.text, 100)}${e.actor ? ` [${e.actor}]` : ''}`), '');
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

export function hits(list: { document: { id: string; title: string | null }; snippet: string; score: number }[]): string {
  if (!list.length) return 'no passages found';
  return list
    .map((h, i) => `${i + 1}. ${short(h.document.title, 70)} [${h.document.id}] score ${h.score}\n   ${h.snippet.replace(/<mark>/g, '«').replace(/<\/mark>/g, '»')}`)
    .join('\n');
}

export function entities(list: { name: string; type: string; aliases: string[]; mentions: number }[]): string {
  if (!list.length) return 'no actors found';
  return list
    .map((e) => `${e.name} (${e.type}) · ${e.mentions} mention${e.mentions === 1 ? '' : 's'}${e.aliases.length ? ` · also ${e.aliases.slice(0, 6).join(', ')}` : ''}`)
    .join('\n');
}

export function quotes(list: QuoteJson[]): string {
  if (!list.length) return 'no quotes found';
  return list.map((q) => `“${short(q.text, 160)}”\n   — ${q.speaker ?? 'unattributed'} · ${short(q.source.title ?? q.source.path, 60)} [${q.source.id}]`).join('\n');
}

export function events(list: EventJson[]): string {
  if (!list.length) return 'no events found';
  return list
    .map((e) => `${(e.date?.value ?? 'undated').padEnd(10)}  ${e.category}: ${short(e.text, 110)}${e.actor ? ` — ${e.actor}` : ''}${e.target ? ` → ${e.target}` : ''}`)
    .join('\n');
}
