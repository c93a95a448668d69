// Distributed ingest commands (PostgreSQL store only):
//   onrecord enqueue <paths...>   (also `onrecord ingest --queue <paths...>`) — queue inputs for workers
//   onrecord worker               — take queued inputs and ingest them; run as many as you like, anywhere
//   onrecord queue [--watch]      — progress: queued / active / completed / failed
import { Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import type { AddCommand } from './extensions.js';
import { UsageError } from './main.js';

type Write = (s: string) => void;

const number = (v: string, name: string, min: number, integer = true): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n)))
    throw new UsageError(`${name} must be a ${integer ? 'whole ' : ''}number of at least ${min}, not "${v}"`);
  return n;
};

/** Queues inputs; shared by `enqueue` and `ingest --queue`. Resolves to the exit code. */
export async function enqueueCommand(
  paths: string[],
  o: { db: string; maxSize?: string; jobTimeout?: string; retries?: string; retryDelay?: string; json?: boolean },
  out: Write,
  err: Write,
): Promise<number> {
  const { enqueuePaths, requirePostgres, QueueUnavailable } = await import('../queue/ingest-queue.js');
  try {
    requirePostgres(o.db);
  } catch (e) {
    if (e instanceof QueueUnavailable) throw new UsageError(e.message);
    throw e;
  }
  const maxMb = number(o.maxSize ?? String(DEFAULT_MAX_BYTES / 1024 / 1024), '--max-size', 0.000001, false);
  const summary = await enqueuePaths(o.db, paths, {
    maxBytes: Math.round(maxMb * 1024 * 1024),
    jobTimeoutSeconds: o.jobTimeout ? number(o.jobTimeout, '--job-timeout', 1) : undefined,
    retries: o.retries !== undefined ? number(o.retries, '--retries', 0) : undefined,
    retryDelaySeconds: o.retryDelay !== undefined ? number(o.retryDelay, '--retry-delay', 0) : undefined,
    onRejected: (p, reason) => err(`onrecord: ${p}: ${reason}\n`),
    onWarning: (p, m) => err(`onrecord: ${p}: ${m}\n`),
  });
  if (o.json) out(JSON.stringify(summary, null, 2) + '\n');
  else
    out(
      `queued ${summary.queued}, unchanged ${summary.unchanged}, rejected ${summary.rejected}` +
        (summary.queued ? ' — run `onrecord worker` (any number, on any machine reaching the database) to ingest them' : '') +
        '\n',
    );
  return summary.queued + summary.unchanged === 0 && summary.rejected > 0 ? 1 : 0;
}

export const addQueueCommands: AddCommand = (program, kit) => {
  program
    .command('enqueue')
    .description('queue files, folders or - for `onrecord worker` processes (PostgreSQL store); same as ingest --queue')
    .argument('<paths...>', 'files or folders (.txt .md .html .htm .pdf .json .jsonl, each also gzip-compressed as .gz), or - for standard input')
    .addOption(kit.dbOption())
    .option('--max-size <mb>', 'largest input accepted, in MB', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .option('--job-timeout <seconds>', 'after this long without finishing, a job is given to another worker', '900')
    .option('--retries <n>', 'how often a failing job is retried', '3')
    .option('--retry-delay <seconds>', 'wait before the first retry (doubling each time)', '10')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], o) => {
      kit.setExit(await enqueueCommand(paths, o, kit.out, (s) => process.stderr.write(s)));
    });

  program
    .command('worker')
    .description('take queued inputs and ingest them into the PostgreSQL store, until interrupted')
    .addOption(kit.dbOption())
    .option('--concurrency <n>', 'jobs at once in this process (extraction is CPU-bound: prefer more processes)', '1')
    .option('--until-empty', 'exit once nothing is queued, retrying or running')
    .addOption(
      new Option('--check-every <seconds>', 'how often to look for jobs whose worker died').default('30'),
    )
    .option('--poll <seconds>', 'how often an idle worker asks for work', '1')
    .option('--quiet', 'no line per job')
    .action(async (o) => {
      const { requirePostgres, runWorker, QueueUnavailable } = await import('../queue/ingest-queue.js');
      try {
        requirePostgres(o.db);
      } catch (e) {
        if (e instanceof QueueUnavailable) throw new UsageError(e.message);
        throw e;
      }
      const stopSignal = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      const counts = await runWorker(o.db, {
        concurrency: number(o.concurrency, '--concurrency', 1),
        maintenanceSeconds: number(o.checkEvery, '--check-every', 1),
        pollSeconds: number(o.poll, '--poll', 0.5, false),
        untilEmpty: !!o.untilEmpty,
        stopSignal,
        onJob: o.quiet
          ? undefined
          : (j) => {
              const what = j.phase === 'start' ? 'start' : j.phase === 'error' ? `error ${j.error}` : j.outcome!.status;
              kit.out(`job ${j.id} ${what} ${j.path ?? '<stdin>'}`);
            },
      });
      kit.out(`worker: ${counts.done} inputs done, ${counts.failed} attempts failed (retried by the queue)`);
    });

  program
    .command('queue')
    .description('progress of the ingest queue: queued, active, completed and failed inputs')
    .addOption(kit.dbOption())
    .option('--watch', 'refresh every second until nothing is queued or running')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const { queueProgress, progressLine, requirePostgres, QueueUnavailable } = await import('../queue/ingest-queue.js');
      try {
        requirePostgres(o.db);
      } catch (e) {
        if (e instanceof QueueUnavailable) throw new UsageError(e.message);
        throw e;
      }
      for (;;) {
        const p = await queueProgress(o.db);
        if (o.json) kit.json(p);
        else {
          kit.out(progressLine(p));
          for (const f of p.failures) kit.out(`  failed: ${f.path ?? '<stdin>'}: ${f.error} (after ${f.retries} retries)`);
        }
        if (!o.watch || p.queued + p.retrying + p.active === 0) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
    });
};
