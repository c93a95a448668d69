// HTTP throughput of `onrecord serve` on the seed store, measured with autocannon over real sockets:
// requests per second and p95 latency of /api/search and /api/profile, each also as a ratio to the trivial
// /api/health endpoint measured in the same run (so the figures travel between machines).
// Run: `npx tsx bench/http.ts` or `npm run bench -- http`. BENCH_SECONDS (default 5), BENCH_CONNECTIONS (10).
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
// @ts-ignore autocannon ships no types
import autocannon from 'autocannon';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.resolve(ROOT, '../shared/corpus/seeds');

interface Measure {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs autocannon against one or more paths (requests rotate through them) and keeps every latency. */
async function measure(name: string, base: string, paths: string[], seconds: number, connections: number): Promise<Measure> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result: any = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: result.requests.total / (result.duration || seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export async function benchHttp(): Promise<Measure[]> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const work = mkdtempSync(path.join(tmpdir(), 'onrecord-http-bench-'));
  const store = new SqliteStore(path.join(work, 'bench.db'));
  await store.init();
  await ingestPaths(store, [SEEDS]);
  // Two servers on one store: the normal one (profiles cached until the store changes) and one that rebuilds
  // every profile, to show what a first request costs.
  const cached: RunningServer = await startServer({ store, port: 0, webRoot: null });
  const uncached: RunningServer = await startServer({ store, port: 0, webRoot: null, profileCacheSize: 0 });
  const searches = ['APT31', 'cyberattack', '"election interference"', 'Macron sanction*', 'Russia OR China', 'disinformation'].map(
    (q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`,
  );
  const profile = `/api/profile?person=${encodeURIComponent('Emmanuel Macron')}&topic=cybersecurity`;
  try {
    const first = await fetch(cached.url + profile);
    if (first.status !== 200) console.log(`(profile endpoint answered ${first.status}; its figures measure that answer)`);
    const results = [
      await measure('GET /api/health (baseline)', cached.url, ['/api/health'], seconds, connections),
      await measure('GET /api/search (6 queries)', cached.url, searches, seconds, connections),
      await measure('GET /api/profile (cached)', cached.url, [profile], seconds, connections),
      await measure('GET /api/profile (rebuilt each time)', uncached.url, [profile], seconds, connections),
    ];
    const base = results[0];
    console.log(`autocannon, ${connections} connections, ${seconds}s each, seed store (5 documents), ${process.version}`);
    console.log('endpoint'.padEnd(40), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'rps/health'.padStart(11), 'p95/health'.padStart(11), ' non-2xx');
    for (const r of results)
      console.log(
        r.name.padEnd(40),
        r.rps.toFixed(0).padStart(9),
        r.p50.toFixed(1).padStart(8),
        r.p95.toFixed(1).padStart(8),
        (r.rps / base.rps).toFixed(3).padStart(11),
        (r.p95 / Math.max(base.p95, 0.1)).toFixed(1).padStart(11),
        ` ${r.non2xx + r.errors}`,
      );
    return results;
  } finally {
    await cached.close();
    await uncached.close();
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export default benchHttp;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchHttp();
