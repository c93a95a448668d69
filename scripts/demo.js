#!/usr/bin/env node
// `npm run demo`: ingests the seed corpus into a fresh SQLite file and shows what onrecord found,
// ending with the Emmanuel Macron / cybersecurity profile written as Markdown and HTML.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = process.env.ONRECORD_SEEDS ?? path.resolve(root, '../shared/corpus/seeds');
const outDir = path.join(root, 'out');
const db = path.join(outDir, 'demo.db');

if (!existsSync(seeds)) {
  console.error(`demo: seed corpus not found at ${seeds} (set ONRECORD_SEEDS)`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const f of [db, db + '-wal', db + '-shm']) rmSync(f, { force: true });

const run = (title, args, { show = true } = {}) => {
  if (title) console.log(`\n== ${title}\n$ onrecord ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin/onrecord.js'), ...args, '--db', db], {
    encoding: 'utf8',
  });
  if (show) process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) {
    console.error(`demo: "onrecord ${args.join(' ')}" exited with ${r.status}`);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
};

run('Ingest the seed corpus', ['ingest', seeds]);
run('Documents', ['documents']);
run('Search "Paris Call"', ['search', 'Paris Call', '--limit', '3']);
run('Actors', ['entities']);
run('Quotes', ['quotes']);
run('Events (timeline)', ['events']);
const md = path.join(outDir, 'emmanuel-macron-cybersecurity.md');
const html = path.join(outDir, 'emmanuel-macron-cybersecurity.html');
run('Profile', ['profile', 'Emmanuel Macron', '--topic', 'cybersecurity', '--format', 'md', '--out', md], { show: false });
run('', ['profile', 'Emmanuel Macron', '--topic', 'cybersecurity', '--format', 'html', '--out', html], { show: false });
console.log(`\nThe profile "Emmanuel Macron on Cybersecurity" is in:\n  ${path.relative(process.cwd(), md)}\n  ${path.relative(process.cwd(), html)}`);
console.log(`The store is ${path.relative(process.cwd(), db)}; try: npx onrecord quotes --speaker Macron --db ${path.relative(process.cwd(), db)}`);
