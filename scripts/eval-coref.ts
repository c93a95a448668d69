// Speakers given by a pronoun or a description (PolNeAR TRAIN only). The gold names only the mention ("he",
// "the senator"), not the person, so scripts/coref-check.json holds a hand-resolved seeded sample: for each
// quote (document, gold span start) the person or organisation the mention refers to, or null when the article
// never names them. This script scores onrecord's speaker on that set (right / wrong / missing, pronoun and
// description apart) and prints the misses with context.
// Usage: npx tsx scripts/eval-coref.ts [--coverage] [--sample 40] [--seed 7] [--quiet] [--impl path/to/extract/index.ts]
//   --coverage  also: how many pronoun/description speech quotes of all PolNeAR train get any speaker
//   --sample N  also: print N more random pronoun/description quotes with context, for extending the hand set
//   --blind     with --sample: leave onrecord's answer out of the printed sample (resolve by hand first)
//   --impl      score another checkout's extractor (e.g. /tmp/base/src/extract/index.ts) on the same set
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentMeta, QuoteRecord } from '../src/model/index.js';
import { segment } from '../src/text/segment.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '../shared/eval/quote-attribution');
const args = process.argv.slice(2);
const arg = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const impl = args.includes('--impl') ? path.resolve(args[args.indexOf('--impl') + 1]) : path.join(ROOT, 'src/extract/index.ts');
const { extractDocument } = (await import(pathToFileURL(impl).href)) as typeof import('../src/extract/index.js');

interface GoldQuote { text: string; span: [number, number]; kind: string; source_mention?: string; source_span?: [number, number]; mention?: string }
interface CheckItem { doc: string; quoteStart: number; speaker: string | null; alsoAccept?: string[]; batch?: number }
const gold = JSON.parse(readFileSync(path.join(DIR, 'gold.json'), 'utf8')).documents as Record<string, { quotes: GoldQuote[] }>;
const check = JSON.parse(readFileSync(path.join(ROOT, 'scripts/coref-check.json'), 'utf8')).items as CheckItem[];
const meta = (title: string): DocumentMeta => ({ title, outlet: null, byline: null, published: null, language: 'en', kind: 'news', url: null });

const docCache = new Map<string, { text: string; quotes: QuoteRecord[] }>();
function extracted(doc: string) {
  let hit = docCache.get(doc);
  if (!hit) {
    const text = readFileSync(path.join(DIR, 'polnear-train/text', doc), 'utf8');
    hit = { text, quotes: extractDocument({ text, ...segment(text), meta: meta(text.split('\n')[0]) }).quotes };
    docCache.set(doc, hit);
  }
  return hit;
}
const overlapping = (quotes: QuoteRecord[], span: [number, number]) => quotes.find((x) => x.span[0] < span[1] && span[0] < x.span[1]);

/** Name words without titles, initials, suffixes, articles or possessives. */
const TITLE_WORDS = new Set('the mr mrs ms dr sen rep gov president prince king queen sir lord jr sr ii iii vice former u.s us'.split(' '));
const nameWords = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\-]+/u)
    .filter((w) => w.length > 1 && !TITLE_WORDS.has(w));
/** Same referent: the shorter name's words all occur in the longer one ("Clinton" ~ "Hillary Clinton", not "Bill Clinton"). */
function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

type Verdict = 'right' | 'wrong' | 'missing' | 'spurious' | 'null-right';
const table: Record<string, Record<Verdict, number>> = {};
const problems: string[] = [];
for (const item of check) {
  const g = gold[item.doc]?.quotes.find((q) => q.span[0] === item.quoteStart);
  if (!g) throw new Error(`coref-check: no gold quote at ${item.doc}:${item.quoteStart}`);
  const { text, quotes } = extracted(item.doc);
  const q = overlapping(quotes, g.span);
  const got = q?.speaker ?? null;
  const want = [item.speaker, ...(item.alsoAccept ?? [])].filter((x): x is string => !!x);
  let v: Verdict;
  if (item.speaker === null) v = got === null ? 'null-right' : 'spurious';
  else if (got === null) v = 'missing';
  else v = want.some((w) => sameName(w, got)) ? 'right' : 'wrong';
  for (const key of [g.mention!, `batch ${item.batch ?? 1} ${g.mention}`]) (table[key] ??= { right: 0, wrong: 0, missing: 0, spurious: 0, 'null-right': 0 })[v]++;
  if (v !== 'right' && v !== 'null-right') {
    const at = g.source_span ?? g.span;
    const lo = Math.min(at[0], g.span[0]);
    const ctx = text.slice(Math.max(0, lo - 260), Math.min(text.length, Math.max(at[1], g.span[1]) + 60)).replace(/\s+/g, ' ');
    problems.push(
      `${v.toUpperCase()} ${item.doc}:${item.quoteStart} [${g.mention}: "${g.source_mention}"] want ${item.speaker ?? 'null'}, got ${got ?? 'null'}${q ? ` (${q.kind})` : ' (quote not found)'}\n   …${ctx}…`,
    );
  }
}
if (!args.includes('--quiet')) for (const p of problems) console.log(p + '\n');
const fmt = (r: Record<Verdict, number>) => {
  const named = r.right + r.wrong + r.missing;
  const n = named + r.spurious + r['null-right'];
  const acc = (r.right + r['null-right']) / (n || 1);
  return (
    `${n} quotes: accuracy ${acc.toFixed(3)} (right speaker or rightly none); named ${named}: right ${r.right}, wrong ${r.wrong}, ` +
    `missing ${r.missing}; unnamed ${r.spurious + r['null-right']}: rightly none ${r['null-right']}, given to someone ${r.spurious}`
  );
};
const sum = (keys: string[]) => {
  const all: Record<Verdict, number> = { right: 0, wrong: 0, missing: 0, spurious: 0, 'null-right': 0 };
  for (const key of keys) for (const k of Object.keys(all) as Verdict[]) all[k] += table[key]?.[k] ?? 0;
  return all;
};
// Batch 1 was used while developing the resolver; later batches were annotated afterwards, as unseen cases.
const batches = [...new Set(check.map((c) => c.batch ?? 1))].sort((a, b) => a - b);
for (const prefix of ['', ...batches.map((b) => `batch ${b} `)]) {
  for (const m of ['pronoun', 'description']) if (table[prefix + m]) console.log(`COREF-CHECK ${prefix}${m}: ${fmt(table[prefix + m])}`);
  console.log(`COREF-CHECK ${prefix}all: ${fmt(sum([prefix + 'pronoun', prefix + 'description']))}`);
}

if (args.includes('--coverage') || args.includes('--sample')) {
  const counts: Record<string, { total: number; found: number; withSpeaker: number }> = {};
  const pool: { doc: string; text: string; g: GoldQuote; speaker: string | null }[] = [];
  for (const doc of Object.keys(gold)) {
    const { text, quotes } = extracted(doc);
    for (const g of gold[doc].quotes) {
      if (g.kind !== 'speech' || !g.mention) continue;
      const c = (counts[g.mention] ??= { total: 0, found: 0, withSpeaker: 0 });
      c.total++;
      const q = overlapping(quotes, g.span);
      if (!q) continue;
      c.found++;
      if (q.speaker) c.withSpeaker++;
      if (g.mention === 'pronoun' || g.mention === 'description') pool.push({ doc, text, g, speaker: q.speaker });
    }
  }
  for (const [m, c] of Object.entries(counts)) console.log(`COVERAGE ${m}: ${c.total} speech quotes, found ${c.found}, with a speaker ${c.withSpeaker}`);
  let seed = arg('--seed', 7);
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const inCheck = new Set(check.map((c) => `${c.doc}:${c.quoteStart}`));
  const sample = pool
    .filter((p) => !inCheck.has(`${p.doc}:${p.g.span[0]}`))
    .map((p) => ({ p, r: rand() }))
    .sort((a, b) => a.r - b.r)
    .slice(0, arg('--sample', 0))
    .map((x) => x.p);
  for (const [i, s] of sample.entries()) {
    const at = s.g.source_span ?? s.g.span;
    const ctx = s.text.slice(Math.max(0, at[0] - 500), Math.min(s.text.length, Math.max(at[1], s.g.span[1]) + 80)).replace(/\s+/g, ' ');
    console.log(`\n#${i + 1} ${s.doc} ${s.g.span[0]} [${s.g.mention}: "${s.g.source_mention}"]${args.includes('--blind') ? '' : ` onrecord -> ${s.speaker ?? 'null'}`}\n  quote: ${s.g.text.slice(0, 100)}\n  context: …${ctx}…`);
  }
}
