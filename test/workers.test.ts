// Distributed ingest end to end: the 181 benchmark pages plus the seeds are queued on a real PostgreSQL server,
// two `onrecord worker` processes take them at once, one is killed with SIGKILL half-way. Every input must
// end up stored exactly once, and the job the dead worker held must be finished by the other.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cliAsync, SEEDS, SHARED, tempDir } from './helpers.js';
import { startPostgres, type TestPostgres } from './postgres-setup.js';

const PAGES = path.join(SHARED, 'eval/article-extraction/html');

interface Worker {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--check-every', '1', '--poll', '0.5'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buf = '';
  child.stdout!.on('data', (d) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (err.trim()) process.stderr.write(`worker ${child.pid} stderr: ${err}\n`);
      resolve(code);
    }),
  );
  return { child, lines, exited };
}

/** Job ids a worker printed as started but not finished. */
function inFlight(w: Worker): string[] {
  const open = new Set<string>();
  for (const l of w.lines) {
    const m = /^job (\S+) (\S+)/.exec(l);
    if (!m) continue;
    if (m[2] === 'start') open.add(m[1]);
    else open.delete(m[1]);
  }
  return [...open];
}
const finished = (w: Worker) => w.lines.filter((l) => /^job \S+ (added|unchanged|duplicate|rejected) /.test(l)).length;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 250) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

let server: TestPostgres;
let url: string;
let db: pg.Client;
const workers: Worker[] = [];

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase();
  db = new pg.Client({ connectionString: url });
  await db.connect();
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await db?.end();
  await server?.stop();
});

describe('distributed ingest with two workers', () => {
  it('ingest --queue queues inputs on PostgreSQL and refuses a SQLite store', async () => {
    const sqlite = await cliAsync(['ingest', '--queue', '--db', path.join(tempDir(), 'x.db'), SEEDS]);
    expect(sqlite.status).toBe(2);
    expect(sqlite.stderr).toMatch(/needs a PostgreSQL store/);
    const other = await server.createDatabase();
    const r = await cliAsync(['ingest', '--queue', '--json', '--db', other, SEEDS]);
    expect(r.status, r.stderr).toBe(0);
    const n = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length;
    expect(JSON.parse(r.stdout)).toEqual({ queued: n, unchanged: 0, rejected: 0, warnings: 0 });
    expect(JSON.parse((await cliAsync(['queue', '--json', '--db', other])).stdout)).toMatchObject({ queued: n, active: 0, completed: 0 });
    // a worker that drains the queue and exits; queueing the same inputs again then finds them unchanged
    const w = await cliAsync(['worker', '--until-empty', '--quiet', '--db', other]);
    expect(w.status, w.stderr).toBe(0);
    expect(JSON.parse((await cliAsync(['queue', '--json', '--db', other])).stdout)).toMatchObject({ queued: 0, completed: n, failed: 0 });
    const again = await cliAsync(['ingest', '--queue', '--json', '--db', other, SEEDS]);
    expect(JSON.parse(again.stdout)).toMatchObject({ queued: 0, unchanged: n });
  });

  it('stores every input exactly once, even when a worker is killed mid-run', async () => {
    // The benchmark pages are gzipped: unpack them as .html files; add a byte-identical copy of a seed
    // under another name, which must become a recorded duplicate, not a second document.
    const dir = tempDir('onrecord-workers-');
    const pages = path.join(dir, 'pages');
    mkdirSync(pages);
    for (const f of readdirSync(PAGES).filter((f) => f.endsWith('.html.gz')))
      writeFileSync(path.join(pages, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(path.join(PAGES, f))));
    const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const copy = path.join(dir, 'copy-of-a-seed.txt');
    copyFileSync(path.join(SEEDS, seedFiles[0]), copy);
    const inputs = [...readdirSync(pages).map((f) => path.join(pages, f)), ...seedFiles.map((f) => path.join(SEEDS, f)), copy];
    expect(inputs.length).toBe(181 + seedFiles.length + 1);

    const queued = await cliAsync(['enqueue', '--json', '--db', url, '--job-timeout', '15', '--retry-delay', '1', pages, SEEDS, copy]);
    expect(queued.status, queued.stderr).toBe(0);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: inputs.length, unchanged: 0, rejected: 0 });

    const a = startWorker(url);
    const b = startWorker(url);
    workers.push(a, b);
    // Kill A with SIGKILL while it holds a job, once both have done a share of the work.
    const t0 = Date.now();
    const log = (m: string) => process.stderr.write(`workers.test: ${((Date.now() - t0) / 1000).toFixed(1)} s: ${m}\n`);
    const killAt = Math.round(inputs.length * 0.5);
    await until('both workers to do a share', () => finished(a) >= 3 && finished(a) + finished(b) >= killAt, 200_000, 20);
    // Jobs are short, so catch A in the act: freeze it (SIGSTOP), read what it printed (its pipe to us is
    // synchronous, so that is all it did), and kill it only if it holds a job; otherwise let it go on a moment.
    let orphaned: string[] = [];
    for (let tries = 0; !orphaned.length; tries++) {
      if (tries >= 100) throw new Error('never caught worker A holding a job');
      a.child.kill('SIGSTOP');
      await new Promise((r) => setTimeout(r, 150));
      orphaned = inFlight(a);
      if (!orphaned.length) {
        a.child.kill('SIGCONT');
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40));
      }
    }
    log(`killing A after ${finished(a)} inputs, holding ${orphaned.join(', ')} (B did ${finished(b)})`);
    a.child.kill('SIGKILL');
    await a.exited;
    expect(orphaned.length).toBeGreaterThan(0);

    // B drains the queue, including A's job once its 15 s timeout has passed.
    const progress = async () => {
      const r = await cliAsync(['queue', '--json', '--db', url]);
      if (r.status !== 0) throw new Error(`onrecord queue exited ${r.status}: ${r.stderr}`);
      return r.stdout;
    };
    await until('the queue to drain', async () => {
      const p = JSON.parse(await progress());
      return p.queued + p.retrying + p.active === 0;
    }, 150_000, 1000);
    log(`queue drained; B did ${finished(b)} inputs`);
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);

    const p = JSON.parse(await progress());
    expect(p).toMatchObject({ queued: 0, retrying: 0, active: 0, failed: 0, completed: inputs.length });

    // The job A died with was retried and completed by B.
    for (const id of orphaned) {
      expect(b.lines.some((l) => l.startsWith(`job ${id} `) && !l.includes(' start '))).toBe(true);
      const row = (
        await db.query(
          `SELECT state, retry_count FROM pgboss.job WHERE id = $1 UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE id = $1`,
          [id],
        )
      ).rows[0];
      expect(row.state).toBe('completed');
      expect(row.retry_count).toBeGreaterThanOrEqual(1);
    }

    // Exactly once: every input is either one stored document (under its own path) or, for the copy, a
    // recorded duplicate of the document it copies; no content is stored twice.
    const docs = (await db.query('SELECT id, path, content_hash FROM documents')).rows;
    const dups = (await db.query('SELECT path, duplicate_of, kind FROM duplicates')).rows;
    const rawInputs = (await db.query('SELECT path FROM raw_inputs')).rows.map((r) => r.path).sort();
    expect(new Set(docs.map((d) => d.content_hash)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.path)).size).toBe(docs.length);
    // (which of the two identical files is "the copy" depends on which worker got there first)
    const twins = [copy, path.join(SEEDS, seedFiles[0])];
    expect(dups).toHaveLength(1);
    expect(twins).toContain(dups[0].path);
    const original = docs.find((d) => d.path === twins.find((t) => t !== dups[0].path))!;
    expect(dups[0]).toEqual({ path: dups[0].path, duplicate_of: original.id, kind: 'exact' });
    expect([...docs.map((d) => d.path), ...dups.map((d) => d.path)].sort()).toEqual([...inputs].sort());
    expect(rawInputs).toEqual([...inputs].sort());
  }, 300_000);
});
