// The same corpus in both stores must give the same answers: the seeds are ingested into SQLite and into a
// real PostgreSQL server, and every read the CLI and the API serve (documents, quotes, events, entities,
// search hits, show, profiles) is compared between them, in process and through the built CLI.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { buildProfile } from '../src/profile/index.js';
import { documentsJson, entitiesJson, eventsJson, quotesJson, showJson } from '../src/query/index.js';
import { PostgresStore } from '../src/store/postgres.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { cli, SEEDS, tempDir } from './helpers.js';
import { startPostgres, type TestPostgres } from './postgres-setup.js';

let server: TestPostgres;
let sqlite: Store;
let postgres: Store;
let sqlitePath: string;
let postgresUrl: string;

beforeAll(async () => {
  server = await startPostgres();
  postgresUrl = await server.createDatabase();
  sqlitePath = path.join(tempDir('onrecord-backends-'), 'seeds.db');
  sqlite = new SqliteStore(sqlitePath);
  postgres = new PostgresStore(postgresUrl);
  await sqlite.init();
  await postgres.init();
  const a = await ingestPaths(sqlite, [SEEDS]);
  const b = await ingestPaths(postgres, [SEEDS]);
  expect(b).toEqual(a);
  expect(a.added).toBeGreaterThan(0);
});
afterAll(async () => {
  await sqlite?.close();
  await postgres?.close();
  await server?.stop();
});

/** Both stores' answer to the same question. */
const both = async <T>(ask: (s: Store) => Promise<T>): Promise<[T, T]> => [await ask(sqlite), await ask(postgres)];

describe('SQLite and PostgreSQL give identical outputs for the seeds', () => {
  it('documents, quotes, events and entities', async () => {
    const [docsA, docsB] = await both(documentsJson);
    expect(docsA.length).toBeGreaterThan(0);
    expect(docsB).toEqual(docsA);
    const [qA, qB] = await both((s) => quotesJson(s));
    expect(qA.length).toBeGreaterThan(0);
    expect(JSON.stringify(qB)).toBe(JSON.stringify(qA)); // same order and same key order, not just equal sets
    const [allA, allB] = await both((s) => quotesJson(s, { all: true }));
    expect(JSON.stringify(allB)).toBe(JSON.stringify(allA));
    const [eA, eB] = await both((s) => eventsJson(s));
    expect(eA.length).toBeGreaterThan(0);
    expect(JSON.stringify(eB)).toBe(JSON.stringify(eA));
    const [entA, entB] = await both((s) => entitiesJson(s));
    expect(JSON.stringify(entB)).toBe(JSON.stringify(entA));
  });

  it('per-speaker and per-actor queries, and each document in full', async () => {
    const people = (await sqlite.actors({ type: 'person' })).slice(0, 5);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) {
      const [qA, qB] = await both((s) => quotesJson(s, { speaker: p.name }));
      expect(JSON.stringify(qB), p.name).toBe(JSON.stringify(qA));
      const [eA, eB] = await both((s) => eventsJson(s, { actor: p.name }));
      expect(JSON.stringify(eB), p.name).toBe(JSON.stringify(eA));
    }
    for (const d of await sqlite.listDocuments()) {
      const [a, b] = await both((s) => showJson(s, d.id));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });

  it('search finds the same passages (scores differ: BM25 against ts_rank)', async () => {
    for (const q of ['cyber', 'said', 'minister', '"foreign affairs"']) {
      const [a, b] = await both((s) => s.search(q, 500));
      const key = (h: { document: { id: string }; span: [number, number] }) => `${h.document.id}:${h.span[0]}`;
      expect(new Set(b.map(key)), q).toEqual(new Set(a.map(key)));
    }
  });

  it('profiles', async () => {
    const people = (await sqlite.actors({ type: 'person' })).slice(0, 3);
    let built = 0;
    for (const p of people)
      for (const topic of ['cybersecurity', 'sanctions', 'diplomacy']) {
        const [a, b] = await both((s) => buildProfile(s, { person: p.name, topic }));
        expect(JSON.stringify(b), `${p.name} on ${topic}`).toBe(JSON.stringify(a));
        if (a.status === 'ok') built++;
      }
    expect(built).toBeGreaterThan(0);
  });

  it('through the CLI: quotes --json, events --json and profile --format json', () => {
    const run = (db: string, args: string[]) => {
      const r = cli([...args, '--db', db]);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    for (const args of [['quotes', '--json'], ['events', '--json'], ['documents', '--json'], ['entities', '--json']])
      expect(run(postgresUrl, args), args.join(' ')).toBe(run(sqlitePath, args));
    const person = cli(['entities', '--type', 'person', '--json', '--db', sqlitePath]);
    const top = JSON.parse(person.stdout)[0].name as string;
    const args = ['profile', top, '--topic', 'cybersecurity', '--format', 'json'];
    expect(run(postgresUrl, args)).toBe(run(sqlitePath, args));
  });
});
