// PostgreSQL against SQLite, on the 181 benchmark pages plus the seeds, with a real throwaway PostgreSQL server:
//  - ingest: every input is analysed once (clean, segment, extract: the same work on either store), then
//    committed into each store (deduplication, actor linking, one transaction per document): store cost per doc;
//  - query latency: median of repeated reads (search, quotes, events, documents, entities, profile);
//  - distributed ingest: the same corpus through the pg-boss queue with 1 and with 2 worker processes.
// Run: `npx tsx bench/postgres.ts [--limit N]` or `npm run bench -- postgres`.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { listInputs, readInput } from '../src/ingest/read.js';
import type { RawInput } from '../src/model/index.js';
import { analyseInput, commitAnalysis, type Analysis } from '../src/pipeline/ingest.js';
import { buildProfile } from '../src/profile/index.js';
import { documentsJson, entitiesJson, eventsJson, quotesJson } from '../src/query/index.js';
import { enqueuePaths, QUEUE } from '../src/queue/ingest-queue.js';
import { PostgresStore } from '../src/store/postgres.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { startPostgres } from '../test/postgres-setup.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const PAGES = path.join(SHARED, 'eval/article-extraction/html');
const SEEDS = path.join(SHARED, 'corpus/seeds');

const fmt = (n: number, d = 1) => n.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

/** Runs `onrecord worker --until-empty` processes from the TypeScript sources and waits for all to exit. */
function runWorkers(url: string, n: number): Promise<void> {
  const entry = pathToFileURL(path.join(ROOT, 'src/cli/main.ts')).href;
  const script = `import { main } from ${JSON.stringify(entry)};
    process.exitCode = await main(['node', 'onrecord', 'worker', '--until-empty', '--quiet', '--poll', '0.5', '--db', ${JSON.stringify(url)}]);`;
  const runs = Array.from({ length: n }, () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${err}`))));
    }),
  );
  return Promise.all(runs).then(() => undefined);
}

export async function benchPostgres(opts: { limit?: number } = {}) {
  const limit = opts.limit ?? Number(process.env.BENCH_PG_LIMIT ?? Infinity);
  const work = path.join(tmpdir(), `onrecord-bench-pg-${process.pid}`);
  const corpus = path.join(work, 'corpus');
  mkdirSync(corpus, { recursive: true });
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html.gz')).slice(0, limit);
  for (const f of pages) writeFileSync(path.join(corpus, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(path.join(PAGES, f))));
  for (const f of readdirSync(SEEDS)) writeFileSync(path.join(corpus, f), readFileSync(path.join(SEEDS, f)));

  const server = await startPostgres();
  const rows: string[] = [];
  const line = (s: string) => {
    console.log(s);
    rows.push(s);
  };
  try {
    // 1. Analyse once, commit into each store.
    const inputs: RawInput[] = [];
    for await (const item of listInputs([corpus])) {
      if ('rejection' in item) continue;
      for (const r of await readInput(item.path)) if (!('rejection' in r)) inputs.push(r.input);
    }
    const [analyses, tAnalyse] = await timed(async () => {
      const out: Analysis[] = [];
      for (const i of inputs) out.push(await analyseInput(i));
      return out;
    });
    const sqlite = new SqliteStore(path.join(work, 'bench.db'));
    const postgres = new PostgresStore(await server.createDatabase());
    const stores: [string, Store][] = [
      ['SQLite', sqlite],
      ['PostgreSQL', postgres],
    ];
    // Documents go into both stores alternately, so a busy machine slows both alike.
    const commitMs: Record<string, number> = { SQLite: 0, PostgreSQL: 0 };
    for (const [, store] of stores) await store.init();
    for (let i = 0; i < inputs.length; i++)
      for (const [name, store] of stores) {
        const copy = structuredClone(analyses[i]); // commit links actors in place
        commitMs[name] += (await timed(() => commitAnalysis(store, inputs[i], copy)))[1];
      }
    const n = inputs.length;
    line(`corpus: ${n} inputs (${pages.length} benchmark pages + seeds)`);
    line(`analysis (clean, segment, extract; same on both)   ${fmt(tAnalyse / n)} ms/doc`);
    line('');
    line('| | SQLite | PostgreSQL | PostgreSQL / SQLite |');
    line('|---|---:|---:|---:|');
    line(`| commit (dedupe, link, store), ms/doc | ${fmt(commitMs.SQLite / n, 2)} | ${fmt(commitMs.PostgreSQL / n, 2)} | ${fmt(commitMs.PostgreSQL / commitMs.SQLite, 2)}x |`);
    const ingestA = (tAnalyse + commitMs.SQLite) / 1000;
    const ingestB = (tAnalyse + commitMs.PostgreSQL) / 1000;
    line(`| whole ingest, docs/s (one process) | ${fmt(n / ingestA, 2)} | ${fmt(n / ingestB, 2)} | ${fmt(ingestA / ingestB, 2)}x throughput |`);

    // 2. Query latency (medians of repeated runs; warm caches, as a server would have).
    const person = (await sqlite.actors({ type: 'person' }))[0]?.name ?? 'nobody';
    const queries: [string, (s: Store) => Promise<unknown>][] = [
      ['search "cyber attack"', (s) => s.search('cyber attack', 20)],
      ['search hostile `APT31 AND (`', (s) => s.search('APT31 AND (', 20)],
      ['quotes --json', (s) => quotesJson(s)],
      [`quotes --speaker (${person})`, (s) => quotesJson(s, { speaker: person })],
      ['events --json', (s) => eventsJson(s)],
      ['documents --json', (s) => documentsJson(s)],
      ['entities --json', (s) => entitiesJson(s)],
      [`profile (${person} on cybersecurity)`, (s) => buildProfile(s, { person, topic: 'cybersecurity' })],
    ];
    for (const [label, q] of queries) {
      const times: Record<string, number[]> = { SQLite: [], PostgreSQL: [] };
      for (const [, store] of stores) await q(store);
      for (let i = 0; i < 15; i++) for (const [name, store] of stores) times[name].push((await timed(() => q(store)))[1]);
      const ms = { SQLite: median(times.SQLite), PostgreSQL: median(times.PostgreSQL) };
      line(`| ${label}, ms | ${fmt(ms.SQLite, 2)} | ${fmt(ms.PostgreSQL, 2)} | ${fmt(ms.PostgreSQL / ms.SQLite, 2)}x |`);
    }
    await sqlite.close();
    await postgres.close();

    // 3. Distributed ingest: 1 vs 2 worker processes (each includes its start-up: loading the NLP models).
    const perWorkers: Record<number, number> = {};
    for (const k of [1, 2]) {
      const url = await server.createDatabase();
      const q = await enqueuePaths(url, [corpus]);
      const [, t] = await timed(() => runWorkers(url, k));
      const check = new PostgresStore(url);
      const stored = await check.countDocuments();
      await check.close();
      // Steady state: from the first job started to the last one completed (leaves out process start-up).
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const span = (
        await client.query(
          `SELECT extract(epoch FROM max(completed_on) - min(started_on)) AS s FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
          [QUEUE],
        )
      ).rows[0].s;
      await client.end();
      perWorkers[k] = q.queued / Number(span);
      line(
        `| queue, ${k} worker process${k > 1 ? 'es' : ''}: ${q.queued} inputs → ${stored} documents | | ` +
          `${fmt(perWorkers[k], 2)} docs/s (${fmt(Number(span))} s; ${fmt(t / 1000)} s with start-up) | |`,
      );
    }
    line(`2 workers / 1 worker throughput: ${fmt(perWorkers[2] / perWorkers[1], 2)}x (on this machine's ${(await import('node:os')).availableParallelism()} cores)`);
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export default benchPostgres;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--limit');
  await benchPostgres({ limit: i > 0 ? Number(process.argv[i + 1]) : undefined });
}
