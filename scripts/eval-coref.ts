// Speakers given by a pronoun or a description (PolNeAR TRAIN only): coverage of onrecord's speaker on those
// speech quotes, plus a seeded random sample printed with context so a human can mark each one right/wrong.
// The gold names only the mention ("he", "the senator"), not the person, hence the hand check.
// Usage: npx tsx scripts/eval-coref.ts [--sample 40] [--seed 7]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import type { DocumentMeta } from '../src/model/index.js';
import { segment } from '../src/text/segment.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '../shared/eval/quote-attribution');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const sampleSize = arg('--sample', 40);
let seed = arg('--seed', 7);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

interface GoldQuote { text: string; span: [number, number]; kind: string; source_mention?: string; source_span?: [number, number]; mention?: string }
const gold = JSON.parse(readFileSync(path.join(DIR, 'gold.json'), 'utf8')).documents as Record<string, { quotes: GoldQuote[] }>;
const meta = (title: string): DocumentMeta => ({ title, outlet: null, byline: null, published: null, language: 'en', kind: 'news', url: null });

const counts: Record<string, { total: number; found: number; withSpeaker: number }> = {};
const pool: { doc: string; text: string; g: GoldQuote; speaker: string | null }[] = [];
for (const [doc, { quotes }] of Object.entries(gold)) {
  const text = readFileSync(path.join(DIR, 'polnear-train/text', doc), 'utf8');
  const ex = extractDocument({ text, ...segment(text), meta: meta(text.split('\n')[0]) });
  for (const g of quotes) {
    if (g.kind !== 'speech' || !g.mention) continue;
    const c = (counts[g.mention] ??= { total: 0, found: 0, withSpeaker: 0 });
    c.total++;
    const q = ex.quotes.find((x) => x.span[0] < g.span[1] && g.span[0] < x.span[1]);
    if (!q) continue;
    c.found++;
    if (q.speaker) c.withSpeaker++;
    if (g.mention === 'pronoun' || g.mention === 'description') pool.push({ doc, text, g, speaker: q.speaker });
  }
}
for (const [m, c] of Object.entries(counts)) console.log(`${m}: ${c.total} speech quotes, found ${c.found}, with a speaker ${c.withSpeaker}`);
const sample = pool.map((p) => ({ p, r: rand() })).sort((a, b) => a.r - b.r).slice(0, sampleSize).map((x) => x.p);
for (const [i, s] of sample.entries()) {
  const at = s.g.source_span ?? s.g.span;
  const ctx = s.text.slice(Math.max(0, at[0] - 500), Math.min(s.text.length, Math.max(at[1], s.g.span[1]) + 80)).replace(/\s+/g, ' ');
  console.log(`\n#${i + 1} ${s.doc} [${s.g.mention}: "${s.g.source_mention}"] onrecord -> ${s.speaker ?? 'null'}\n  quote: ${s.g.text.slice(0, 100)}\n  context: …${ctx}…`);
}
