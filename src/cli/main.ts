// The `onrecord` command line (cli.md). Thin: parses arguments, opens the store, calls the pipeline or a query,
// prints. Exit codes: 0 ok, 1 failure (e.g. every input rejected, unknown id), 2 usage error.
import { Command, CommanderError, Option } from 'commander';
import { createWriteStream, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import type { IngestSummary } from '../pipeline/ingest.js';
import {
  documentsJson,
  entitiesJson,
  eventsJson,
  exportJsonl,
  quotesJson,
  searchJson,
  showJson,
} from '../query/index.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { extensionCommands } from './extensions.js';
import { progressReporter } from './progress.js';
import * as print from './print.js';

export class UsageError extends Error {}
export class CommandFailure extends Error {}

const dbOption = () =>
  new Option('--db <path>', 'the store: a SQLite file, or a postgres:// URL').env('ONRECORD_DB').default(DEFAULT_DB);

/** Runs the CLI and resolves to the exit code. Writes go to the given streams (process ones by default). */
export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let exitCode = 0;
  const program = new Command('onrecord')
    .description('Who said what, who did what, and who says so: a knowledge base and profiles from news corpora.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  const withStore = async <T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> => {
    const store = await openStore(db);
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  };
  const out = (s: string) => io.out.write(s.endsWith('\n') ? s : s + '\n');
  const json = (v: unknown) => out(JSON.stringify(v, null, 2));

  program
    .command('ingest')
    .description('read files, folders (recursively) or - (stdin); clean, segment, extract and store them')
    .argument('<paths...>', 'files or folders (.txt .md .html .htm .pdf .json .jsonl, each also gzip-compressed as .gz), or - for standard input')
    .addOption(dbOption())
    .option('--max-size <mb>', 'largest input accepted, in MB', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .option('--workers <n>', 'worker threads for cleaning and extraction', String(defaultWorkers()))
    .option('--json', 'print the summary as JSON')
    .option('--queue', 'queue the inputs for `onrecord worker` processes instead (PostgreSQL store; same as enqueue)')
    .action(async (paths: string[], o) => {
      if (o.queue) return void (exitCode = await (await import('./queue-command.js')).enqueueCommand(paths, o, out, (s) => io.err.write(s)));
      const workers = positiveInt(o.workers, '--workers');
      const maxMb = Number(o.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size must be a positive number of MB, not "${o.maxSize}"`);
      // Loaded here, not at start-up: the cleaning and extraction stages are heavy, and read-only commands need neither.
      const { ingestPaths } = await import('../pipeline/ingest.js');
      const summary = await withStore(o.db, async (store) => {
        const progress = progressReporter(io.err);
        try {
          return await ingestPaths(store, paths, {
            maxBytes: Math.round(maxMb * 1024 * 1024),
            workers,
            onTotal: progress.start,
            onOutcome: (x) => {
              progress.tick();
              if (x.status === 'rejected') progress.log(`onrecord: ${x.path}: ${x.reason}`);
            },
            onWarning: (p, m) => progress.log(`onrecord: ${p}: ${m}`),
          });
        } finally {
          progress.stop();
        }
      });
      if (o.json) json(summary);
      else out(summaryLine(summary));
      const readable = summary.added + summary.unchanged + summary.duplicates;
      if (readable === 0 && summary.rejected > 0) exitCode = 1;
    });

  program
    .command('documents')
    .description('list the stored documents')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (o) => {
      const docs = await withStore(o.db, documentsJson);
      o.json ? json(docs) : out(print.documents(docs));
    });

  program
    .command('show')
    .description('one document: metadata, cleaned text, removed noise, entities, quotes and events')
    .argument('<doc-id>', 'document id (or a unique prefix of it)')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      const doc = await withStore(o.db, (s) => showJson(s, id));
      if (!doc) throw new CommandFailure(`no document with id "${id}"`);
      o.json ? json(doc) : out(print.document(doc));
    });

  program
    .command('search')
    .description('ranked passages matching a query (words, "phrases", AND/OR/NOT, prefix*)')
    .argument('<query...>', 'what to look for')
    .addOption(dbOption())
    .option('--limit <n>', 'how many passages', '10')
    .option('--json', 'print JSON')
    .action(async (words: string[], o) => {
      const limit = positiveInt(o.limit, '--limit');
      const hits = await withStore(o.db, (s) => searchJson(s, words.join(' '), limit));
      o.json ? json(hits) : out(print.hits(hits));
    });

  program
    .command('entities')
    .description('actors with their aliases and mention counts')
    .addOption(dbOption())
    .option('--type <type>', 'only this type (person, state, organisation, agency, company, threat-actor, media, …)')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const list = await withStore(o.db, (s) => entitiesJson(s, o.type));
      o.json ? json(list) : out(print.entities(list));
    });

  program
    .command('quotes')
    .description('direct quotes with their speakers')
    .addOption(dbOption())
    .option('--speaker <name>', 'only quotes by this person (any alias, any case)')
    .option('--all', 'also list scare quotes / terms and repeated pull quotes')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const list = await withStore(o.db, (s) => quotesJson(s, { speaker: o.speaker, all: o.all }));
      o.json ? json(list) : out(print.quotes(list));
    });

  program
    .command('events')
    .description('typed actions and events, oldest first (a timeline)')
    .addOption(dbOption())
    .option('--actor <name>', 'only events with this actor (as actor or target)')
    .option('--category <category>', 'only this codebook category, e.g. "Accusation or attribution"')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const list = await withStore(o.db, (s) => eventsJson(s, { actor: o.actor, category: o.category }));
      o.json ? json(list) : out(print.events(list));
    });

  program
    .command('export')
    .description('everything stored: jsonl (one document per line) or a STIX 2.1 bundle')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'stix']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o) => {
      await withStore(o.db, async (store) => {
        const sink = o.out ? createWriteStream(o.out) : io.out;
        if (o.format === 'jsonl') {
          for await (const line of exportJsonl(store)) sink.write(line + '\n');
        } else {
          const { stixBundleFromStore } = await import('./stix.js');
          sink.write(JSON.stringify(await stixBundleFromStore(store), null, 2) + '\n');
        }
        if (o.out) await new Promise<void>((res, rej) => (sink as any).end((e: unknown) => (e ? rej(e) : res())));
      });
    });

  for (const add of extensionCommands) add(program, { dbOption, withStore, out, json, setExit: (c) => (exitCode = c), writeFile: writeFileSync });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e: any) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err.write(`onrecord: ${e.message}\n`);
      return 2;
    }
    io.err.write(`onrecord: ${String(e?.message ?? e).split('\n')[0]}\n`);
    return 1;
  }
}

export function summaryLine(s: IngestSummary): string {
  const near = s.nearDuplicates ? ` (${s.nearDuplicates} of them near-duplicates)` : '';
  return `added ${s.added}${near}, unchanged ${s.unchanged}, duplicates ${s.duplicates}, rejected ${s.rejected}`;
}

/** One worker thread per core, up to four; the main thread writes to the store. */
function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive whole number, not "${v}"`);
  return n;
}
