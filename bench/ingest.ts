// Ingest throughput on real text, as ratios to baselines measured in the same run:
//  - Readability + linkedom alone over the 181 benchmark pages (the HTML baseline),
//  - a bare wink-nlp sentence pass over the same cleaned text (the NLP baseline),
// and peak RSS of a whole ingest at two corpus sizes (memory must stay flat as the corpus grows).
import { Readability } from '@mozilla/readability';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const PAGES = path.join(SHARED, 'eval/article-extraction/html');
const work = path.join(tmpdir(), `onrecord-bench-${process.pid}`);

const time = async (fn: () => unknown | Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
};
const fmt = (n: number, d = 2) => n.toFixed(d);
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

export async function benchIngest(opts: { bigMb?: number } = {}) {
  mkdirSync(work, { recursive: true });
  const results: string[] = [];
  const line = (s: string) => {
    console.log(s);
    results.push(s);
  };

  // 1. The 181 real pages.
  const pagesDir = path.join(work, 'pages');
  mkdirSync(pagesDir, { recursive: true });
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html.gz'));
  let pageBytes = 0;
  const htmls: string[] = [];
  for (const f of pages) {
    const html = gunzipSync(readFileSync(path.join(PAGES, f))).toString('utf8');
    htmls.push(html);
    pageBytes += Buffer.byteLength(html);
    writeFileSync(path.join(pagesDir, f.replace(/\.gz$/, '')), html);
  }
  const mb = pageBytes / 1024 / 1024;

  const nlp = winkNLP(model, ['sbd', 'pos']);
  let articleTexts: string[] = [];
  const tReadability = await time(() => {
    articleTexts = htmls.map((h) => {
      const { document } = parseHTML(h);
      return new Readability(document as any).parse()?.textContent ?? '';
    });
  });
  const tWink = await time(() => {
    for (const t of articleTexts) nlp.readDoc(t).sentences().length();
  });
  const run = async (skipExtraction: boolean, workers = 1) => {
    const db = path.join(work, `pages-${skipExtraction ? 'noextract' : 'full'}.db`);
    rmSync(db, { force: true });
    const store = new SqliteStore(db);
    await store.init();
    const t = await time(() => ingestPaths(store, [pagesDir], { skipExtraction, workers }));
    await store.close();
    return t;
  };
  const tNoExtract = await run(true);
  const tFull = await run(false);
  const pageCores = Math.min(4, availableParallelism());
  const tFullWorkers = pageCores > 1 ? await run(false, pageCores) : null;
  line(`181 pages, ${fmt(mb)} MB of HTML`);
  line(`  readability+linkedom alone   ${fmt(tReadability)} s  (${fmt(mb / tReadability)} MB/s, ${fmt(pages.length / tReadability, 0)} docs/s)`);
  line(`  bare wink-nlp sentence pass  ${fmt(tWink)} s  (over the article text readability returned)`);
  line(`  ingest without extraction    ${fmt(tNoExtract)} s  (${fmt(mb / tNoExtract)} MB/s, ${fmt(pages.length / tNoExtract, 0)} docs/s) = ${fmt(tNoExtract / tReadability)}x readability, ${fmt(tNoExtract / tWink)}x wink`);
  line(`  whole ingest                 ${fmt(tFull)} s  (${fmt(mb / tFull)} MB/s, ${fmt(pages.length / tFull, 0)} docs/s) = ${fmt(tFull / tReadability)}x readability, ${fmt(tFull / tWink)}x wink; extraction adds ${fmt(tFull / tNoExtract)}x`);
  if (tFullWorkers) line(`  whole ingest, ${pageCores} workers      ${fmt(tFullWorkers)} s  (${fmt(mb / tFullWorkers)} MB/s, ${fmt(pages.length / tFullWorkers, 0)} docs/s) = ${fmt(tFullWorkers / tReadability)}x readability (the CLI's default)`);

  // 2. A large text corpus built by varying real text (sentences reshuffled, numbers changed), streamed through ingest.
  const bigMb = opts.bigMb ?? 50;
  const sentences = articleTexts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 30);
  const vocabulary = [...new Set(sentences.flatMap((s) => s.match(/\b[a-z]{4,}\b/g) ?? []))];
  const makeCorpus = (dir: string, targetMb: number) => {
    mkdirSync(dir, { recursive: true });
    let bytes = 0;
    let i = 0;
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Each sentence copy gets one common word swapped for another, so no sentence text recurs verbatim and nothing
    // keyed on whole sentences (a cache, a dedupe) profits from the reuse real corpora do not have.
    const vary = (sentence: string) => {
      const slots = [...sentence.matchAll(/\b[a-z]{4,}\b/g)];
      if (!slots.length) return sentence;
      const m = slots[Math.floor(rnd() * slots.length)];
      return sentence.slice(0, m.index) + vocabulary[Math.floor(rnd() * vocabulary.length)] + sentence.slice(m.index! + m[0].length);
    };
    const pick = () => vary(sentences[Math.floor(rnd() * sentences.length)]);
    while (bytes < targetMb * 1024 * 1024) {
      const paras: string[] = [`Report ${i}: ${sentences[Math.floor(rnd() * sentences.length)].slice(0, 80)}`];
      for (let p = 0; p < 8; p++) {
        const para: string[] = [];
        for (let s = 0; s < 4; s++) para.push(pick());
        paras.push(para.join(' ').replace(/\d+/g, () => String(Math.floor(rnd() * 1000))));
      }
      const text = paras.join('\n\n');
      writeFileSync(path.join(dir, `r${String(i).padStart(6, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
      i++;
    }
    return { bytes, docs: i };
  };
  const small = makeCorpus(path.join(work, 'small'), bigMb / 5);
  const big = makeCorpus(path.join(work, 'big'), bigMb);
  const texts = readdirSync(path.join(work, 'big')).map((f) => readFileSync(path.join(work, 'big', f), 'utf8'));
  const cpuBefore = process.cpuUsage();
  const tWinkBig = await time(() => {
    for (const t of texts) nlp.readDoc(t).sentences().length();
  });
  const cpuWinkBig = cpuSeconds(process.cpuUsage(cpuBefore));
  const measure = (dir: string, workers = 1, skipExtraction = false) => {
    const db = path.join(work, `${path.basename(dir)}.db`);
    rmSync(db, { force: true });
    const script = `
      import { ingestPaths } from ${JSON.stringify(path.join(ROOT, 'src/pipeline/ingest.ts'))};
      import { SqliteStore } from ${JSON.stringify(path.join(ROOT, 'src/store/sqlite.ts'))};
      const store = new SqliteStore(${JSON.stringify(db)}); await store.init();
      const c = process.cpuUsage(); const t = performance.now();
      const s = await ingestPaths(store, [${JSON.stringify(dir)}], { workers: ${workers}, skipExtraction: ${skipExtraction} });
      const seconds = (performance.now() - t) / 1000; const cpu = process.cpuUsage(c); await store.close();
      console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, summary: s, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  const s = measure(path.join(work, 'small'));
  const cores = Math.min(4, availableParallelism());
  // Extraction's share is judged like for like: each whole-ingest row against the no-extraction row of the same threads.
  const bn = measure(path.join(work, 'big'), 1, true);
  const b = measure(path.join(work, 'big'));
  const bnw = cores > 1 ? measure(path.join(work, 'big'), cores, true) : null;
  const bw = cores > 1 ? measure(path.join(work, 'big'), cores) : null;
  const bigMbReal = big.bytes / 1024 / 1024;
  const row = (label: string, r: { seconds: number }, extra = '') =>
    line(`  ${label.padEnd(38)} ${fmt(r.seconds)} s  (${fmt(bigMbReal / r.seconds)} MB/s, ${fmt(big.docs / r.seconds, 0)} docs/s) = ${fmt(r.seconds / tWinkBig)}x the bare wink-nlp pass${extra}`);
  // On one thread, CPU time is the same work measured without the waits a shared machine adds: the steadier ratio.
  const cpuRatio = (r: { cpuSeconds: number }) => `; CPU time ${fmt(r.cpuSeconds)} s = ${fmt(r.cpuSeconds / cpuWinkBig)}x the pass's`;
  line(`text corpus of ${fmt(bigMbReal, 1)} MB (${big.docs} documents, built from the pages' sentences)`);
  line(`  ${'bare wink-nlp pass (sentences + POS)'.padEnd(38)} ${fmt(tWinkBig)} s  (${fmt(bigMbReal / tWinkBig)} MB/s; CPU time ${fmt(cpuWinkBig)} s)`);
  row('ingest without extraction, one thread', bn, cpuRatio(bn));
  row('whole ingest, one thread', b, `${cpuRatio(b)}; extraction adds ${fmt(b.seconds / bn.seconds)}x (CPU ${fmt(b.cpuSeconds / bn.cpuSeconds)}x)`);
  if (bnw) row(`ingest without extraction, ${cores} workers`, bnw);
  if (bw && bnw) row(`whole ingest, ${cores} workers (CLI default)`, bw, `; extraction adds ${fmt(bw.seconds / bnw.seconds)}x`);
  line(`  peak RSS: ${fmt(small.bytes / 1024 / 1024, 1)} MB corpus → ${fmt(s.maxRssMb, 0)} MB; ${fmt(bigMbReal, 1)} MB corpus → ${fmt(b.maxRssMb, 0)} MB (ratio ${fmt(b.maxRssMb / s.maxRssMb)} for ${fmt(big.bytes / small.bytes, 1)}x the text)`);
  rmSync(work, { recursive: true, force: true });
  return results;
}
