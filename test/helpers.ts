// Shared helpers for end-to-end tests: run the real `onrecord` binary, make temporary folders, find ../shared.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '../shared');
export const SEEDS = path.join(SHARED, 'corpus/seeds');
export const BIN = path.join(ROOT, 'bin/onrecord.js');

// Every folder made here is removed when the test process exits, so runs leave nothing behind in the temp folder.
const madeDirs: string[] = [];
process.once('exit', () => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});
export const tempDir = (prefix = 'onrecord-') => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
};

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI synchronously (`npm test` builds dist/ first). */
export function cli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI asynchronously; resolves with its result (for tests that must not block the event loop). */
export function cliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export const json = <T = any>(r: CliResult): T => {
  if (r.status !== 0) throw new Error(`onrecord exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};

const CASES = path.join(ROOT, 'test/cases');
/** Names of the regression case folders test/cases/<prefix>…/ (source.txt and expected.json), in order. */
export const caseNames = (prefix: string): string[] => readdirSync(CASES).filter((n) => n.startsWith(prefix)).sort();

/** One regression case run through the real ingest stages (clean, segment, extract), with what it expects. */
export async function analyseCase(name: string) {
  // (Imported here, not at the top: most tests that use these helpers never load the pipeline.)
  const { analyseInput } = await import('../src/pipeline/ingest.js');
  const dir = path.join(CASES, name);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const content = readFileSync(path.join(dir, 'source.txt'), 'utf8');
  const analysis = await analyseInput({ path: `${name}/source.txt`, content, format: 'text', rawHash: name });
  if ('reason' in analysis) throw new Error(analysis.reason);
  return { expected, document: analysis.document, extraction: analysis.extraction };
}
