import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../pipeline/ingest.js';
import { SqliteStore } from '../store/sqlite.js';
import { matchActors, quotesJson } from './index.js';

// A real SQLite store where one body was filed under two keys: its acronym and its full name appear in separate
// documents before a third ties them.
const dir = mkdtempSync(path.join(tmpdir(), 'onrecord-query-'));
let store: SqliteStore;

beforeAll(async () => {
  const docs = path.join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(path.join(docs, 'a.txt'), 'The HWA called the plan reckless. “We will not accept these terms,” the HWA said in a statement on Monday.');
  writeFileSync(path.join(docs, 'b.txt'), 'The Harbor Workers Alliance rejected the offer. “This is an insult to every member,” the Harbor Workers Alliance said on Tuesday.');
  writeFileSync(path.join(docs, 'c.txt'), 'The Harbor Workers Alliance (HWA) met the port authority on Friday. “Talks were useful,” the HWA said.');
  store = new SqliteStore(path.join(dir, 'q.db'));
  await store.init();
  await ingestPaths(store, [docs]);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('matchActors', () => {
  it('finds a body under both keys once a document has tied its acronym to its full name', async () => {
    const keys = (await matchActors(store, 'HWA')).map((a) => a.key).sort();
    expect(keys).toEqual(['organisation:harbor-workers-alliance', 'organisation:hwa']);
    const speakers = (await quotesJson(store, { speaker: 'Harbor Workers Alliance' })).map((q) => q.text).sort();
    expect(speakers).toEqual(['Talks were useful,', 'This is an insult to every member,', 'We will not accept these terms,']);
  });

});
