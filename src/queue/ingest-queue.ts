// Distributed ingest on PostgreSQL with pg-boss: `enqueue` reads and decodes the inputs where the files are and
// queues one job per input (its decoded text travels in the job, so workers on other machines need no shared
// filesystem); any number of `worker` processes take jobs and run them through the ingest pipeline into the same
// store. pg-boss gives retries with backoff, and a job whose worker died (no completion within the job
// timeout) is failed by its maintenance and retried by another worker. Nothing is stored twice: workers skip
// inputs already seen (raw hash + path) and the store keeps one document per content hash.
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { RawInput } from '../model/index.js';
import { listInputs, readInput } from '../ingest/read.js';
import { ingestInput, type Outcome } from '../pipeline/ingest.js';
import { isPostgresUrl, openStore } from '../store/open.js';

export const QUEUE = 'onrecord-ingest';
export const DEFAULT_JOB_TIMEOUT_SECONDS = 15 * 60;
export const DEFAULT_RETRIES = 3;
/** pg-boss keeps its tables in this schema of the store's database. */
const BOSS_SCHEMA = 'pgboss';

export interface IngestJob {
  input: RawInput;
  skipExtraction?: boolean;
}

export class QueueUnavailable extends Error {}

/** The queue lives in the PostgreSQL database of the store; SQLite has no shared server to queue on. */
export function requirePostgres(db: string): void {
  if (!isPostgresUrl(db))
    throw new QueueUnavailable(
      `the ingest queue needs a PostgreSQL store (--db postgres://…); "${db}" is a SQLite file: use plain \`onrecord ingest\` there`,
    );
}

async function startBoss(db: string, opts: { maintenanceSeconds?: number; supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: db,
    schema: BOSS_SCHEMA,
    max: 3,
    supervise: opts.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 30,
  });
  boss.on('error', (e) => process.stderr.write(`onrecord: queue: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, policy: 'standard' });
    } catch (e) {
      if (!(await boss.getQueue(QUEUE))) throw e; // another process created it at the same moment: fine
    }
  }
  return boss;
}

export interface EnqueueSummary {
  queued: number;
  unchanged: number;
  rejected: number;
  warnings: number;
}

export interface EnqueueOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Seconds a worker may spend on one input before pg-boss hands it to another worker. */
  jobTimeoutSeconds?: number;
  retries?: number;
  /** Seconds before a failed job is retried (doubling each time). */
  retryDelaySeconds?: number;
  skipExtraction?: boolean;
  onRejected?: (path: string, reason: string) => void;
  onWarning?: (path: string, message: string) => void;
}

/** Reads the inputs and queues one job per input (a JSONL file gives one per record). */
export async function enqueuePaths(db: string, paths: string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  requirePostgres(db);
  const summary: EnqueueSummary = { queued: 0, unchanged: 0, rejected: 0, warnings: 0 };
  const store = await openStore(db); // creates the schema once, before any worker starts
  const boss = await startBoss(db, { supervise: false });
  try {
    for await (const item of listInputs(paths)) {
      if ('rejection' in item) {
        summary.rejected++;
        opts.onRejected?.(item.rejection.path, item.rejection.reason);
        continue;
      }
      for (const read of await readInput(item.path, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
        if ('rejection' in read) {
          summary.rejected++;
          opts.onRejected?.(read.rejection.path, read.rejection.reason);
          continue;
        }
        if (read.warning) {
          summary.warnings++;
          opts.onWarning?.(read.input.path ?? item.path, read.warning);
        }
        if (await store.hasRaw(read.input.rawHash, read.input.path)) {
          summary.unchanged++;
          continue;
        }
        const data: IngestJob = { input: read.input, ...(opts.skipExtraction ? { skipExtraction: true } : {}) };
        // One insert per job: each gets its own created_on, so workers take inputs in the order given.
        await boss.insert([{
          name: QUEUE,
          data,
          retryLimit: opts.retries ?? DEFAULT_RETRIES,
          retryDelay: opts.retryDelaySeconds ?? 10,
          retryBackoff: true,
          expireInSeconds: opts.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS,
        }]);
        summary.queued++;
      }
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, timeout: 1000 });
    await store.close();
  }
  return summary;
}

export interface WorkerOptions {
  /** Jobs this process runs at once (extraction is CPU-bound: start more processes rather than raising this). */
  concurrency?: number;
  /** Seconds between checks for jobs whose worker died (pg-boss maintenance). */
  maintenanceSeconds?: number;
  pollSeconds?: number;
  /** Exit once nothing is queued, retrying or running. */
  untilEmpty?: boolean;
  onJob?: (event: { id: string; phase: 'start' | 'done' | 'error'; path: string | null; outcome?: Outcome; error?: string }) => void;
  /** Resolves when the worker should stop (e.g. on SIGTERM); running jobs finish first. */
  stopSignal?: Promise<void>;
}

/** Takes jobs until stopped (or, with untilEmpty, until the queue is drained). Resolves with how many it did. */
export async function runWorker(db: string, opts: WorkerOptions = {}): Promise<{ done: number; failed: number }> {
  requirePostgres(db);
  const store = await openStore(db);
  const boss = await startBoss(db, { maintenanceSeconds: opts.maintenanceSeconds });
  const counts = { done: 0, failed: 0 };
  const handle = async ([job]: PgBoss.Job<IngestJob>[]) => {
    const path = job.data.input.path;
    opts.onJob?.({ id: job.id, phase: 'start', path });
    try {
      const outcome = await ingestInput(store, job.data.input, { skipExtraction: job.data.skipExtraction });
      counts.done++;
      opts.onJob?.({ id: job.id, phase: 'done', path, outcome });
      return outcome; // a rejected input is a finished job too: retrying cannot make it readable
    } catch (e: any) {
      counts.failed++;
      opts.onJob?.({ id: job.id, phase: 'error', path, error: String(e?.message ?? e).split('\n')[0] });
      throw e; // pg-boss retries it (with backoff) up to the job's retry limit
    }
  };
  try {
    for (let i = 0; i < Math.max(1, opts.concurrency ?? 1); i++) {
      let id = '';
      id = await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: opts.pollSeconds ?? 1 }, async (jobs) => {
        try {
          return await handle(jobs);
        } finally {
          // pg-boss waits out the polling interval after each job; a busy queue should not, so ask for
          // the next job at once (an empty fetch then falls back to polling).
          boss.notifyWorker(id);
        }
      });
    }
    const stops: Promise<unknown>[] = [];
    if (opts.stopSignal) stops.push(opts.stopSignal);
    if (opts.untilEmpty) stops.push(waitUntilEmpty(db, opts.pollSeconds ?? 1));
    await (stops.length ? Promise.race(stops) : new Promise(() => {}));
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    await store.close();
  }
  return counts;
}

async function waitUntilEmpty(db: string, pollSeconds: number): Promise<void> {
  for (;;) {
    const p = await queueProgress(db);
    if (p.queued + p.retrying + p.active === 0) return;
    await new Promise((r) => setTimeout(r, Math.max(200, pollSeconds * 1000)));
  }
}

export interface QueueProgress {
  queued: number;
  retrying: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** The most recent failures: which input, and why. */
  failures: { id: string; path: string | null; error: string; retries: number }[];
}

/** Job counts by state, read straight from pg-boss's tables (including jobs already archived). */
export async function queueProgress(db: string): Promise<QueueProgress> {
  requirePostgres(db);
  const progress: QueueProgress = { queued: 0, retrying: 0, active: 0, completed: 0, failed: 0, cancelled: 0, failures: [] };
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('${BOSS_SCHEMA}.job') AS job, to_regclass('${BOSS_SCHEMA}.archive') AS archive`);
    if (!exists.rows[0].job) return progress;
    const tables = [`${BOSS_SCHEMA}.job`, ...(exists.rows[0].archive ? [`${BOSS_SCHEMA}.archive`] : [])];
    const union = tables.map((t) => `SELECT id, state, data, output, retry_count, completed_on FROM ${t} WHERE name = $1`).join(' UNION ALL ');
    const states = await client.query(`SELECT state, count(*)::int AS n FROM (${union}) j GROUP BY state`, [QUEUE]);
    for (const r of states.rows) {
      if (r.state === 'created') progress.queued += r.n;
      else if (r.state === 'retry') progress.retrying += r.n;
      else if (r.state === 'active') progress.active += r.n;
      else if (r.state === 'completed') progress.completed += r.n;
      else if (r.state === 'failed') progress.failed += r.n;
      else if (r.state === 'cancelled') progress.cancelled += r.n;
    }
    const failures = await client.query(
      `SELECT id, data->'input'->>'path' AS path, output, retry_count FROM (${union}) j
       WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 20`,
      [QUEUE],
    );
    progress.failures = failures.rows.map((r) => ({
      id: r.id,
      path: r.path,
      error: String(r.output?.message ?? r.output?.value?.message ?? JSON.stringify(r.output)).split('\n')[0],
      retries: Number(r.retry_count),
    }));
  } finally {
    await client.end();
  }
  return progress;
}

export function progressLine(p: QueueProgress): string {
  const retrying = p.retrying ? ` (+${p.retrying} waiting to retry)` : '';
  return `queued ${p.queued}${retrying}, active ${p.active}, completed ${p.completed}, failed ${p.failed}`;
}
