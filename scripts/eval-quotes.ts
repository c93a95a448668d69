// Quote evaluation: (a) the seed corpus against ../shared/gold/seed-quotes.json; (b) PolNeAR train through the
// shared scorer. Usage: npx tsx scripts/eval-quotes.ts [--show N] [--seeds-only] [--polnear-only]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findActors } from '../src/extract/actors/index.js';
import { findDateMentions } from '../src/extract/dates/index.js';
import { extractDocument } from '../src/extract/index.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { extractStatements } from '../src/extract/statements/index.js';
import type { DocumentMeta, QuoteRecord, StatementRecord } from '../src/model/index.js';
import { segment } from '../src/text/segment.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 20;

const meta = (title: string | null, published: DocumentMeta['published'] = null): DocumentMeta => ({
  title,
  outlet: null,
  byline: null,
  published,
  language: 'en',
  kind: 'news',
  url: null,
});

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
function sameText(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return false;
  const bag = new Map<string, number>();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let ov = 0;
  for (const w of y) if ((bag.get(w) ?? 0) > 0) (bag.set(w, bag.get(w)! - 1), ov++);
  return (2 * ov) / (x.length + y.length) >= 0.8;
}

function evalSeeds() {
  const gold = JSON.parse(readFileSync(path.join(SHARED, 'gold/seed-quotes.json'), 'utf8')).documents;
  const c = { speech: 0, found: 0, right: 0, pred: 0, matched: 0, terms: 0, termsAttributed: 0, macronWrong: 0 };
  const problems: string[] = [];
  for (const [file, g] of Object.entries<any>(gold)) {
    const text = readFileSync(path.join(SHARED, 'corpus/seeds', file), 'utf8');
    const seg = segment(text);
    const ex = extractDocument({ text, ...seg, meta: meta(null) });
    const qs = ex.quotes;
    c.pred += qs.length;
    const used = new Set<number>();
    for (const gq of g.quotes) {
      const hits = qs.map((q, i) => [q, i] as const).filter(([q]) => sameText(q.text, gq.text));
      hits.forEach(([, i]) => used.add(i));
      if (gq.kind === 'term') {
        c.terms++;
        if (hits.some(([q]) => q.speaker)) {
          c.termsAttributed++;
          problems.push(`TERM ATTRIBUTED ${file}: “${gq.text}” -> ${hits.map(([q]) => q.speaker)}`);
        }
        continue;
      }
      if (gq.kind !== 'speech') continue;
      c.speech++;
      if (!hits.length) {
        problems.push(`MISSED ${file}: “${gq.text.slice(0, 60)}” (${gq.speaker})`);
        continue;
      }
      c.found++;
      if (hits.some(([q]) => q.speaker === gq.speaker)) c.right++;
      else problems.push(`WRONG ${file}: “${gq.text.slice(0, 50)}” -> ${hits.map(([q]) => q.speaker)} (gold ${gq.speaker})`);
    }
    for (const [i, q] of qs.entries()) {
      if (used.has(i)) c.matched++;
      else problems.push(`EXTRA ${file}: “${q.text.slice(0, 60)}” -> ${q.speaker} [${q.kind}]`);
      if (q.speaker === 'Emmanuel Macron') {
        const gq = g.quotes.find((x: any) => sameText(q.text, x.text));
        if (gq && gq.speaker !== 'Emmanuel Macron') {
          c.macronWrong++;
          problems.push(`GIVEN TO MACRON ${file}: “${q.text.slice(0, 60)}” (gold ${gq.speaker})`);
        }
      }
    }
    for (const s of ex.statements) problems.push(`STATEMENT ${file}: ${s.speaker} ${s.cue}: ${s.text.slice(0, 70)}`);
  }
  for (const p of problems.slice(0, show * 3)) console.log(p);
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : '0');
  console.log(
    `SEEDS speech quotes ${c.speech}: found ${c.found} (recall ${r(c.found, c.speech)}), precision ${r(c.matched, c.pred)} ` +
      `(${c.matched}/${c.pred} predicted match a gold entry), speaker accuracy ${r(c.right, c.found)}, ` +
      `end-to-end ${c.right}/${c.speech} = ${r(c.right, c.speech)}; terms attributed ${c.termsAttributed}/${c.terms}; ` +
      `others' words given to Macron ${c.macronWrong}`,
  );
}

interface AnnAttribution {
  content: [number, number][];
  source: string | null;
}
/** Attributions of one PolNeAR .ann file (brat standoff): content spans and source words. */
function readAnn(file: string): AnnAttribution[] {
  const spans = new Map<string, { type: string; spans: [number, number][]; text: string }>();
  const out: AnnAttribution[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = /^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const ps = t[3].split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]);
      spans.set(t[1], { type: t[2], spans: ps, text: t[4] });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const parts = Object.fromEntries(e[1].split(' ').map((x) => x.split(':')));
    const content = spans.get(parts.Content);
    if (!content) continue;
    out.push({ content: content.spans, source: spans.get(parts.Source)?.text ?? null });
  }
  return out;
}

/**
 * Reported speech against PolNeAR's annotations: a statement is right when its content lies mostly inside an
 * annotated attribution's content (precision); where that attribution's source is a name, the speaker's last
 * word must appear in it. Recall: indirect attributions (no quotation marks in the content, named source) that
 * some statement covers.
 */
function scoreStatements(byDoc: Map<string, { text: string; statements: StatementRecord[] }>, textDir: string): string {
  const annDir = path.join(textDir, '..', 'attributions');
  let pred = 0;
  let inside = 0;
  let named = 0;
  let namedRight = 0;
  let gold = 0;
  let goldFound = 0;
  const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their)$/i;
  for (const [f, { text, statements }] of byDoc) {
    const ann = readAnn(path.join(annDir, f.replace(/\.txt$/, '.ann')));
    const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
    for (const st of statements) {
      pred++;
      const len = st.contentSpan[1] - st.contentSpan[0] || 1;
      const best = ann
        .map((a) => ({ a, ov: a.content.reduce((n, sp) => n + overlap(sp, st.contentSpan), 0) }))
        .sort((x, y) => y.ov - x.ov)[0];
      if (!best || best.ov / len < 0.5) continue;
      inside++;
      const src = best.a.source ?? '';
      if (/\p{Lu}/u.test(src) && !PRONOUN.test(src.trim())) {
        named++;
        const last = (st.speaker ?? '').toLowerCase().split(/\s+/).pop() ?? '';
        if (last && src.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\-]+/u).includes(last)) namedRight++;
      }
    }
    for (const a of ann) {
      const c = a.content.map(([x, y]) => text.slice(x, y)).join(' ');
      if (/[“”"]/.test(c) || !a.source || !/\p{Lu}/u.test(a.source) || PRONOUN.test(a.source.trim())) continue;
      gold++;
      if (statements.some((st) => a.content.some((sp) => overlap(sp, st.contentSpan) > 0))) goldFound++;
    }
  }
  const r = (x: number, y: number) => (y ? (x / y).toFixed(3) : '0');
  return (
    `REPORTED SPEECH ${pred} statements: ${r(inside, pred)} inside an annotated attribution; speaker right on ${namedRight}/${named} ` +
    `with a named source (${r(namedRight, named)}); recall of named indirect attributions ${goldFound}/${gold} (${r(goldFound, gold)})`
  );
}

function evalPolnear() {
  const dir = path.join(SHARED, 'eval/quote-attribution/polnear-train/text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const out: { text: string; speaker: string | null; source: { id: string; path: string; title: string }; span: [number, number] }[] = [];
  const statementsByDoc = new Map<string, { text: string; statements: StatementRecord[] }>();
  let segMs = 0;
  let ownMs = 0;
  let exMs = 0;
  for (const f of files) {
    const p = path.join(dir, f);
    const text = readFileSync(p, 'utf8');
    const title = text.split('\n')[0];
    let t = performance.now();
    const seg = segment(text);
    segMs += performance.now() - t;
    t = performance.now();
    const ex = extractDocument({ text, ...seg, meta: meta(title) });
    exMs += performance.now() - t;
    // The who-said-what stages alone (extractDocument also runs event extraction).
    t = performance.now();
    const index = findActors(text, seg.sentences);
    const dates = findDateMentions(text, seg.sentences, null);
    const qs = extractQuotes({ text, ...seg }, index, dates);
    extractStatements({ text, sentences: seg.sentences }, index, qs, dates);
    ownMs += performance.now() - t;
    statementsByDoc.set(f, { text, statements: ex.statements });
    for (const q of ex.quotes as QuoteRecord[]) {
      if (q.repeatOf !== null) continue;
      out.push({ text: q.text, speaker: q.speaker, source: { id: f, path: p, title }, span: q.span });
    }
  }
  console.log(scoreStatements(statementsByDoc, dir));
  const file = '/tmp/q.json';
  writeFileSync(file, JSON.stringify(out));
  const per = (ms: number) => (ms / files.length).toFixed(1);
  console.log(
    `POLNEAR ${files.length} documents: segment ${per(segMs)} ms/doc; actors+dates+quotes+statements ${per(ownMs)} ms/doc ` +
      `(×${(ownMs / segMs).toFixed(2)} of segmentation); whole extractDocument incl. events ${per(exMs)} ms/doc (first pass, cold JIT)`,
  );
  const res = execFileSync('python3', [path.join(SHARED, 'eval/quote-attribution/score.py'), file, '--show', String(show)], { encoding: 'utf8' });
  console.log(res);
}

/**
 * Dates of the seed events: the date mention inside (or in the sentence of) each gold event's evidence.
 * Run twice: with no document dates (relative dates must then be left out, and those events are not counted),
 * and with the gold's document dates (as a cleaning stage that finds them would supply).
 */
function evalSeedDates(withDocumentDates: boolean) {
  const gold = JSON.parse(readFileSync(path.join(SHARED, 'gold/seed-events.json'), 'utf8')).events;
  const docs = JSON.parse(readFileSync(path.join(SHARED, 'gold/seed-documents.json'), 'utf8')).documents;
  let n = 0;
  let right = 0;
  for (const ev of gold) {
    if (!ev.date) continue;
    const published = withDocumentDates ? docs[ev.doc]?.published ?? null : null;
    if (ev.needs_document_date && !published) continue;
    n++;
    const text = readFileSync(path.join(SHARED, 'corpus/seeds', ev.doc), 'utf8');
    const seg = segment(text);
    const ex = extractDocument({ text, ...seg, meta: meta(null, published && { value: published.value, precision: published.precision }) });
    const at = text.indexOf(ev.evidence);
    const sent = seg.sentences.find((s) => s.span[0] <= at && at < s.span[1]);
    const inEvidence = ex.dates.filter((d) => d.span[0] >= at && d.span[1] <= at + ev.evidence.length);
    const inSentence = ex.dates.filter((d) => sent && d.sentence === sent.index);
    const d = (inEvidence.length ? inEvidence : inSentence)[0];
    const ok = !!d && d.date.value === ev.date.value && d.date.precision === ev.date.precision;
    if (ok) right++;
    else console.log(`DATE ${ev.doc}: want ${ev.date.value}/${ev.date.precision}, got ${d ? `${d.date.value}/${d.date.precision} from “${d.text}”` : 'none'} — ${ev.evidence.slice(0, 60)}`);
  }
  console.log(`SEED EVENT DATES (${withDocumentDates ? 'with' : 'without'} document dates) ${right}/${n} right (value and precision) = ${(right / (n || 1)).toFixed(3)}`);
}

if (!args.includes('--polnear-only')) {
  evalSeeds();
  evalSeedDates(false);
  evalSeedDates(true);
}
if (!args.includes('--seeds-only')) evalPolnear();
