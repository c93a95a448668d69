// `npm run eval`: quote and event metrics. Runs the stage-level evaluations (seeds, PolNeAR train extracted
// directly), then the same PolNeAR articles through the real product: `onrecord ingest` + `onrecord quotes --json`
// scored by the corpus's own score.py, so cleaning and storage are measured too.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : '0';

const tsx = (script: string, ...args: string[]) => {
  console.log(`\n## ${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) process.exitCode = 1;
};

tsx('eval-quotes.ts', '--seeds-only', '--show', show);
tsx('eval-events.ts');

console.log('\n## PolNeAR train through the CLI (ingest → quotes --json → score.py)');
const dir = mkdtempSync(path.join(tmpdir(), 'onrecord-eval-'));
try {
  const db = path.join(dir, 'polnear.db');
  const bin = path.join(ROOT, 'bin/onrecord.js');
  const t = performance.now();
  const ingest = spawnSync(process.execPath, [bin, 'ingest', path.join(SHARED, 'eval/quote-attribution/polnear-train/text'), '--db', db], { encoding: 'utf8' });
  process.stdout.write(ingest.stdout);
  console.log(`ingest took ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const quotes = execFileSync(process.execPath, [bin, 'quotes', '--json', '--db', db], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const file = path.join(dir, 'quotes.json');
  writeFileSync(file, quotes);
  const score = (gold: string[]) => execFileSync('python3', [path.join(SHARED, 'eval/quote-attribution/score.py'), file, ...gold, '--show', show], { encoding: 'utf8' });
  console.log("gold.json as shipped (it reads only double marks, so the NYT articles' quotes, written ''like this'', count as spurious):");
  process.stdout.write(score([]));
  // The same annotations with those quotes derived by the same rule (scripts/complete-gold.py).
  const completed = path.join(dir, 'gold-completed.json');
  process.stdout.write(execFileSync('python3', [path.join(ROOT, 'scripts/complete-gold.py'), path.join(SHARED, 'eval/quote-attribution'), completed], { encoding: 'utf8' }));
  process.stdout.write(score([completed]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
