// Profile time on a large store: >= 10,000 documents generated from real text (the seeds and the PolNeAR news
// articles of ../shared/eval), with paragraphs re-mixed, sentences shuffled and person names swapped, ingested
// through the real pipeline into a temporary SQLite file. Prints the median buildProfile time with the store size.
// Target: under 1 s. The store is kept between runs (BENCH_FRESH=1 rebuilds it; BENCH_DOCS sets the size).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { buildProfile } from '../src/profile/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const SEEDS = path.join(SHARED, 'corpus/seeds');
const POLNEAR = path.join(SHARED, 'eval/quote-attribution/polnear-train/text');
const WORK = path.join(tmpdir(), 'onrecord-bench-profile');

/** A small deterministic random generator, so every run builds the same store. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luis', 'Maya', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Sven', 'Tara', 'Umar'];
const LAST = ['Albers', 'Brandt', 'Castell', 'Dorsey', 'Eklund', 'Ferrante', 'Gallo', 'Hartmann', 'Ivanova', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Ortega', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka'];

/** Paragraph pools: seed articles (001–004; never the profile 000) and real news articles. */
function pools(): { seed: string[][]; news: string[][] } {
  const paras = (t: string) => t.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 8);
  const seed = readdirSync(SEEDS)
    .filter((f) => /^00[1-4]_/.test(f))
    .sort()
    .map((f) => paras(readFileSync(path.join(SEEDS, f), 'utf8')));
  const news = existsSync(POLNEAR)
    ? readdirSync(POLNEAR)
        .sort()
        .slice(0, 400)
        .map((f) => paras(readFileSync(path.join(POLNEAR, f), 'utf8')))
        .filter((p) => p.length >= 3)
    : [];
  return { seed, news: news.length ? news : seed };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** One generated article: paragraphs of a real one (shuffled, some sentences reordered), names swapped. */
function makeDocument(i: number, p: { seed: string[][]; news: string[][] }, rand: () => number): string {
  const base = p.news[Math.floor(rand() * p.news.length)];
  let paras = shuffle(base, rand).slice(0, 3 + Math.floor(rand() * 5));
  // One document in five also carries seed paragraphs (the Macron / cybersecurity material).
  if (rand() < 0.2) {
    const s = p.seed[Math.floor(rand() * p.seed.length)];
    paras = [...shuffle(s, rand).slice(0, 2 + Math.floor(rand() * 3)), ...paras];
  }
  const swapFrom = ['Donald Trump', 'Hillary Clinton', 'Bernie Sanders', 'Ted Cruz', 'Jeb Bush', 'Marco Rubio'];
  const to = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
  const from = swapFrom[Math.floor(rand() * swapFrom.length)];
  const surnameFrom = from.split(' ')[1];
  const surnameTo = to.split(' ')[1];
  const text = paras
    .map((para) => {
      const sents = para.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
      if (sents.length > 2 && rand() < 0.3) {
        const k = 1 + Math.floor(rand() * (sents.length - 1));
        [sents[0], sents[k]] = [sents[k], sents[0]];
      }
      return sents.join(' ');
    })
    .join('\n\n')
    .replaceAll(from, to)
    .replace(new RegExp(`\\b${surnameFrom}\\b`, 'g'), surnameTo);
  return `Report ${i}\n\n${text}\n`;
}

async function buildStore(dbPath: string, n: number): Promise<{ seconds: number }> {
  const dir = path.join(WORK, 'docs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = rng(20181112);
  const p = pools();
  // A few generated texts come out the same as another and are stored once: write 1% more than asked.
  const files = n + Math.ceil(n / 100);
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `doc-${String(i).padStart(5, '0')}.txt`), makeDocument(i, p, rand));
  }
  for (const f of [dbPath, dbPath + '-wal', dbPath + '-shm']) rmSync(f, { force: true });
  const store = new SqliteStore(dbPath);
  await store.init();
  const t = performance.now();
  let done = 0;
  await ingestPaths(store, [dir], {
    onOutcome: () => {
      if (++done % 1000 === 0) process.stdout.write(`  ingested ${done}/${files}\n`);
    },
  });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds: (performance.now() - t) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchProfile(): Promise<void> {
  const n = Number(process.env.BENCH_DOCS ?? 10_000);
  mkdirSync(WORK, { recursive: true });
  const dbPath = path.join(WORK, `store-${n}.db`);
  if (process.env.BENCH_FRESH === '1' || !existsSync(dbPath)) {
    console.log(`building a store of ${n} generated documents in ${dbPath} (once; kept for later runs) …`);
    const { seconds } = await buildStore(dbPath, n);
    console.log(`  ingest took ${seconds.toFixed(1)} s`);
  }
  const store = new SqliteStore(dbPath);
  await store.init();
  const docs = await store.countDocuments();
  const cases = [
    { person: 'Emmanuel Macron', topic: 'cybersecurity' },
    { person: 'Xi Jinping', topic: 'cybersecurity' },
    { person: 'Donald Trump', topic: 'immigration' },
    { person: 'Hillary Clinton', topic: 'cybersecurity' },
  ];
  for (const c of cases) {
    const times: number[] = [];
    let summary = '';
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      const r = await buildProfile(store, c, { explain: true });
      times.push(performance.now() - t);
      if (r.status === 'ok') {
        const p = r.profile;
        const ex = r.explain as { evidence: Record<string, number> };
        summary = `${p.quotes.length} quotes, ${p.actions.length} actions, ${p.sources.length} sources; ${ex.evidence.personDocuments} documents mention the person, ${ex.evidence.documentsRead} read`;
      } else summary = r.status;
    }
    const ms = median(times);
    console.log(
      `profile "${c.person}" on ${c.topic}: median ${ms.toFixed(0)} ms (first ${times[0].toFixed(0)} ms) over 5 runs, store of ${docs} documents — ${ms < 1000 ? 'under' : 'OVER'} the 1 s target; ${summary}`,
    );
  }
  await store.close();
}

export default benchProfile;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await benchProfile();
