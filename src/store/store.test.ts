// One suite, both stores: every Store method with real records, run against SQLite (a temporary file) and
// PostgreSQL (a real server started for the test, see test/postgres-setup.ts). Both must behave the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { DocumentRecord, EntityRecord, Extraction, Span } from '../model/index.js';
import { bands, contentHash, minhash, sha256 } from '../text/dedupe.js';
import { segment } from '../text/segment.js';
import { startPostgres, type TestPostgres } from '../../test/postgres-setup.js';
import { PostgresStore } from './postgres.js';
import { MIGRATIONS } from './migrations/sqlite.js';
import { SqliteStore } from './sqlite.js';
import type { DocumentWrite, Store } from './store.js';

// Invented news text (our own words), two documents that share actors.
const TEXT_A = [
  'Foreign Minister Ana Duarte said on Tuesday that the hacking group APT31 had broken into the ministry mail servers. "We will not tolerate attacks on our institutions," Duarte told reporters in Lisbon.',
  'The ministry summoned the ambassador of Eastland over the intrusion. Officials said the breach began in January.',
  '"We will not tolerate attacks on our institutions," Duarte told reporters in Lisbon.',
].join('\n\n');
const TEXT_B = [
  'The embassy of Eastland rejected the accusation on Wednesday. "These claims are baseless and absurd," spokesman Piotr Malek said.',
  'Minister Duarte later called for sanctions against the hackers and their sponsors.',
].join('\n\n');

const at = (text: string, needle: string, from = 0): Span => {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: "${needle}" not in text`);
  return [i, i + needle.length];
};
const sentenceOf = (doc: DocumentRecord, span: Span) =>
  doc.sentences.find((s) => s.span[0] <= span[0] && span[1] <= s.span[1])!.index;

function makeDocument(text: string, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  const seg = segment(text);
  const hash = contentHash(text);
  const raw = `<html><body><p>${text}</p><footer>Subscribe today</footer></body></html>`;
  return {
    id: hash.slice(0, 16),
    path: `/corpus/${hash.slice(0, 6)}.html`,
    url: `https://news.example/${hash.slice(0, 6)}`,
    title: text.slice(0, 40),
    outlet: 'Example Post',
    byline: 'By A. Writer',
    published: { value: '2024-03-05', precision: 'day', source: 'meta' },
    language: 'en',
    kind: 'news',
    text,
    removed: [{ text: 'Subscribe today', reason: 'boilerplate' }],
    raw,
    rawHash: sha256(raw),
    contentHash: hash,
    paragraphs: seg.paragraphs,
    sentences: seg.sentences,
    duplicateOf: null,
    similarity: null,
    ingestedAt: '2024-03-06T10:00:00.000Z',
    ...extra,
  };
}

function entity(doc: DocumentRecord, key: string, name: string, type: EntityRecord['type'], said: string[], aliases: string[] = []): EntityRecord {
  const mentions = said.map((t) => {
    const span = at(doc.text, t);
    return { span, text: t, sentence: sentenceOf(doc, span), via: 'name' as const };
  });
  return { key, name, type, aliases, roles: type === 'person' ? [{ text: 'Foreign Minister', span: mentions[0].span }] : [], mentions };
}

function extractionA(doc: DocumentRecord): Extraction {
  const t = doc.text;
  const quoteSpan = at(t, 'We will not tolerate attacks on our institutions,');
  const repeatSpan = at(t, 'We will not tolerate attacks on our institutions,', quoteSpan[1]);
  const statement = at(t, 'Foreign Minister Ana Duarte said on Tuesday that the hacking group APT31 had broken into the ministry mail servers.');
  return {
    entities: [
      entity(doc, 'person:ana-duarte', 'Ana Duarte', 'person', ['Ana Duarte', 'Duarte']),
      entity(doc, 'threat-actor:apt31', 'APT31', 'threat-actor', ['APT31'], ['Zirconium']),
      entity(doc, 'state:eastland', 'Eastland', 'state', ['Eastland']),
    ],
    quotes: [
      { text: t.slice(...quoteSpan), span: quoteSpan, speaker: 'Ana Duarte', speakerKey: 'person:ana-duarte', kind: 'speech', cue: 'told', speakerSpan: at(t, 'Duarte told'), sentence: sentenceOf(doc, quoteSpan), repeatOf: null, date: { value: '2024-03-05', precision: 'day' } },
      { text: t.slice(...repeatSpan), span: repeatSpan, speaker: 'Ana Duarte', speakerKey: 'person:ana-duarte', kind: 'speech', cue: 'told', speakerSpan: null, sentence: sentenceOf(doc, repeatSpan), repeatOf: 0, date: null },
    ],
    statements: [
      { speaker: 'Ana Duarte', speakerKey: 'person:ana-duarte', cue: 'said', text: 'APT31 had broken into the ministry mail servers', span: statement, contentSpan: at(t, 'the hacking group APT31 had broken into the ministry mail servers'), sentence: sentenceOf(doc, statement), date: { value: '2024-03-05', precision: 'day' } },
    ],
    dates: [{ text: 'Tuesday', span: at(t, 'Tuesday'), sentence: 0, date: { value: '2024-03-05', precision: 'day' }, relative: true }],
    events: [
      { category: 'Accusation or attribution', actor: 'Ana Duarte', actorKey: 'person:ana-duarte', target: 'APT31', targetKey: 'threat-actor:apt31', text: 'accused APT31 of breaking into the mail servers', trigger: 'said', date: { value: '2024-03-05', precision: 'day' }, place: null, span: statement, sentence: 0, polarity: 'asserted', modality: 'actual' },
      { category: 'Diplomatic action', actor: 'Ana Duarte', actorKey: 'person:ana-duarte', target: 'Eastland', targetKey: 'state:eastland', text: 'summoned the ambassador of Eastland', trigger: 'summoned', date: null, place: 'Lisbon', span: at(t, 'The ministry summoned the ambassador of Eastland over the intrusion.'), sentence: 2, polarity: 'asserted', modality: 'actual' },
    ],
    operations: [
      { name: 'ministry mail intrusion', targets: ['ministry'], attributedTo: ['APT31'], attributions: [{ by: 'Ana Duarte', how: 'official', date: { value: '2024-03-05', precision: 'day' }, span: statement }], responses: [], date: { value: '2024-01', precision: 'month' }, span: statement },
    ],
  };
}

function extractionB(doc: DocumentRecord): Extraction {
  const t = doc.text;
  const q = at(t, 'These claims are baseless and absurd,');
  const call = at(t, 'Minister Duarte later called for sanctions against the hackers and their sponsors.');
  return {
    entities: [
      entity(doc, 'state:eastland', 'Eastland', 'state', ['Eastland']),
      entity(doc, 'person:piotr-malek', 'Piotr Malek', 'person', ['Piotr Malek']),
      entity(doc, 'person:ana-duarte', 'Duarte', 'person', ['Duarte'], ['Minister Duarte']),
    ],
    quotes: [
      { text: t.slice(...q), span: q, speaker: 'Piotr Malek', speakerKey: 'person:piotr-malek', kind: 'speech', cue: 'said', speakerSpan: at(t, 'Piotr Malek'), sentence: sentenceOf(doc, q), repeatOf: null, date: null },
      { text: 'baseless', span: at(t, 'baseless'), speaker: null, speakerKey: null, kind: 'term', cue: null, speakerSpan: null, sentence: sentenceOf(doc, q), repeatOf: null, date: null },
    ],
    statements: [],
    dates: [],
    events: [
      { category: 'Denial or rejection', actor: 'Eastland', actorKey: 'state:eastland', target: null, targetKey: null, text: 'rejected the accusation', trigger: 'rejected', date: { value: '2024-03-06', precision: 'day' }, place: null, span: at(t, 'The embassy of Eastland rejected the accusation on Wednesday.'), sentence: 0, polarity: 'asserted', modality: 'actual' },
      { category: 'Appeal or call', actor: 'Ana Duarte', actorKey: 'person:ana-duarte', target: null, targetKey: null, text: 'called for sanctions', trigger: 'called for', date: null, place: null, span: call, sentence: sentenceOf(doc, call), polarity: 'asserted', modality: 'demanded' },
    ],
    operations: [],
  };
}

const put = (store: Store, write: DocumentWrite) => {
  const sig = minhash(write.document.text);
  return store.putDocument(write, bands(sig), sig);
};

type Backend = { name: 'sqlite' | 'postgres'; open: () => Promise<Store> };

let pgServer: TestPostgres | null = null;
let sqliteDir = '';
beforeAll(async () => {
  sqliteDir = mkdtempSync(path.join(tmpdir(), 'onrecord-store-'));
  pgServer = await startPostgres();
});
afterAll(async () => {
  await pgServer?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

let n = 0;
const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const s = new SqliteStore(path.join(sqliteDir, `store-${n++}.db`));
      await s.init();
      return s;
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const s = new PostgresStore(await pgServer!.createDatabase());
      await s.init();
      return s;
    },
  },
];

describe.each(backends)('$name store', (backend) => {
  let store: Store;
  let docA: DocumentRecord;
  let docB: DocumentRecord;
  let xA: Extraction;
  let xB: Extraction;

  beforeEach(async () => {
    store = await backend.open();
    docA = makeDocument(TEXT_A);
    docB = makeDocument(TEXT_B, { published: { value: '2024-03', precision: 'month', source: 'text' }, kind: 'official' });
    // The third paragraph of A repeats a sentence: segmentation marks it, and the store must not index it.
    docA.sentences = docA.sentences.map((s, i, all) => {
      const text = docA.text.slice(...s.span);
      const first = all.findIndex((o) => docA.text.slice(...o.span) === text);
      return first < i ? { ...s, repeatOf: first } : s;
    });
    xA = extractionA(docA);
    xB = extractionB(docB);
  });
  afterEach(async () => {
    await store.close();
  });

  it('reports its kind and migrates idempotently', async () => {
    expect(store.kind).toBe(backend.name);
    await store.init(); // a second init on a migrated store changes nothing
    expect(await store.countDocuments()).toBe(0);
  });

  it('round-trips a document: text, sentences, spans, metadata', async () => {
    expect(docA.sentences.some((s) => s.repeatOf !== null)).toBe(true);
    await put(store, { document: docA, extraction: xA });
    const back = await store.getDocument(docA.id);
    expect(back).toEqual(docA);
    for (const s of back!.sentences) expect(back!.text.slice(...s.span).length).toBe(s.span[1] - s.span[0]);
    expect(await store.getDocument('0000000000000000')).toBeNull();
    expect(await store.getExtraction(docA.id)).toEqual(xA);
    expect(await store.getExtraction('0000000000000000')).toEqual({ entities: [], quotes: [], statements: [], dates: [], events: [], operations: [] });
  });

  it('knows raw inputs, content hashes and near-duplicate candidates', async () => {
    expect(await store.hasRaw(docA.rawHash, docA.path)).toBe(false);
    await put(store, { document: docA, extraction: xA });
    expect(await store.hasRaw(docA.rawHash, docA.path)).toBe(true);
    expect(await store.hasRaw(docB.rawHash, docB.path)).toBe(false);
    expect(await store.findByContentHash(docA.contentHash)).toBe(docA.id);
    expect(await store.findByContentHash(docB.contentHash)).toBeNull();
    const sig = minhash(docA.text);
    const candidates = await store.nearDuplicateCandidates(bands(sig));
    expect(candidates.map((c) => c.id)).toEqual([docA.id]);
    expect([...candidates[0].signature]).toEqual([...sig]);
    expect(await store.nearDuplicateCandidates([])).toEqual([]);
    expect(await store.nearDuplicateCandidates(['no-such-band'])).toEqual([]);
  });

  it('records duplicates without storing them again', async () => {
    await put(store, { document: docA, extraction: xA });
    const copyRaw = sha256('another wrapper around the same article');
    await store.recordDuplicate({ path: '/mirror/copy.html', rawHash: copyRaw, duplicateOf: docA.id, similarity: 1, kind: 'exact' });
    await store.recordDuplicate({ path: '/mirror/copy.html', rawHash: copyRaw, duplicateOf: docA.id, similarity: 1, kind: 'exact' });
    expect(await store.hasRaw(copyRaw, '/mirror/copy.html')).toBe(true);
    expect(await store.hasRaw(copyRaw, '/elsewhere/copy.html')).toBe(false); // same bytes, another path: not seen yet
    expect(await store.hasRaw(docA.rawHash, null)).toBe(false);
    expect(await store.countDocuments()).toBe(1);
  });

  it('stores a near-duplicate with its original and keeps it out of candidates', async () => {
    await put(store, { document: docA, extraction: xA });
    const near = makeDocument(TEXT_A + '\n\nAn editor added this closing line.', { duplicateOf: docA.id, similarity: 0.9 });
    await put(store, { document: near, extraction: extractionA(near) });
    const list = await store.listDocuments();
    expect(list.map((d) => [d.id, d.duplicateOf])).toEqual([
      [docA.id, null],
      [near.id, docA.id],
    ]);
    const candidates = await store.nearDuplicateCandidates(bands(minhash(near.text)));
    expect(candidates.map((c) => c.id)).toEqual([docA.id]);
    expect((await store.getDocument(near.id))!.similarity).toBe(0.9);
  });

  it('lists documents in insertion order with sentence counts', async () => {
    await put(store, { document: docB, extraction: xB });
    await put(store, { document: docA, extraction: xA });
    const list = await store.listDocuments();
    expect(list).toEqual([
      { id: docB.id, title: docB.title, outlet: 'Example Post', published: '2024-03', precision: 'month', path: docB.path, url: docB.url, kind: 'official', language: 'en', sentences: docB.sentences.length, byline: 'By A. Writer', duplicateOf: null },
      { id: docA.id, title: docA.title, outlet: 'Example Post', published: '2024-03-05', precision: 'day', path: docA.path, url: docA.url, kind: 'news', language: 'en', sentences: docA.sentences.length, byline: 'By A. Writer', duplicateOf: null },
    ]);
    expect(await store.countDocuments()).toBe(2);
  });

  describe('search', () => {
    beforeEach(async () => {
      await put(store, { document: docA, extraction: xA });
      await put(store, { document: docB, extraction: xB });
    });

    it('finds ranked sentences with marked snippets and exact spans', async () => {
      const hits = await store.search('ambassador', 10);
      expect(hits).toHaveLength(1);
      const h = hits[0];
      expect(h.document).toEqual({ id: docA.id, title: docA.title, path: docA.path, kind: 'news' });
      expect(h.text).toBe(docA.text.slice(...h.span));
      expect(h.text).toContain('ambassador of Eastland');
      expect(h.snippet).toMatch(/<mark>ambassador<\/mark>/i);
      expect(docA.sentences[h.sentence].span).toEqual(h.span);
      expect(h.score).toBeGreaterThan(0);
    });

    it('stems words and ranks the better match first', async () => {
      const hits = await store.search('sanction', 10); // stems to the same word as "sanctions"
      expect(hits.map((h) => h.document.id)).toEqual([docB.id]);
      const ranked = await store.search('Duarte', 10);
      expect(ranked.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
      // the repeated sentence of A is not indexed, so each distinct sentence appears once
      const texts = ranked.map((h) => h.text);
      expect(new Set(texts).size).toBe(texts.length);
    });

    it('understands phrases, prefixes, OR and NOT', async () => {
      expect((await store.search('"mail servers"', 10)).map((h) => h.document.id)).toEqual([docA.id]);
      expect((await store.search('"servers mail"', 10)).every((h) => h.document.id === docA.id)).toBe(true);
      expect((await store.search('sanct*', 10)).map((h) => h.document.id)).toEqual([docB.id]);
      const either = await store.search('ambassador OR spokesman', 10);
      expect(new Set(either.map((h) => h.document.id))).toEqual(new Set([docA.id, docB.id]));
      const not = await store.search('Duarte NOT sanctions', 10);
      expect(not.length).toBeGreaterThan(0);
      expect(not.every((h) => !/sanctions/.test(h.text))).toBe(true);
    });

    it('treats any user text as a valid query', async () => {
      for (const q of ['APT31 AND (', '"unclosed', '*', 'NEAR/3', '', '   ', 'OR', 'NOT NOT', '-', "'; DROP TABLE documents; --", 'a:* & !b', '((("', 'é', '\\', 'ambassador"']) {
        const hits = await store.search(q, 5);
        expect(Array.isArray(hits), q).toBe(true);
      }
      expect(await store.search('', 5)).toEqual([]);
      expect(await store.search('*', 5)).toEqual([]);
      expect((await store.search('APT31 AND (', 5)).map((h) => h.document.id)).toEqual([docA.id]);
      expect((await store.search('"unclosed ambassador', 5)).map((h) => h.document.id)).toEqual([docA.id]);
      expect((await store.search('ambassador"', 5)).map((h) => h.document.id)).toEqual([docA.id]);
      expect(await store.countDocuments()).toBe(2);
    });

    it('respects the limit', async () => {
      expect(await store.search('the', 1)).toHaveLength(1); // no stop words, as in FTS5
      expect((await store.search('the', 50)).length).toBeGreaterThan(3);
      expect((await store.search('Eastland Duarte ministry embassy', 1)).length).toBe(1);
    });
  });

  describe('actors and records', () => {
    beforeEach(async () => {
      await put(store, { document: docA, extraction: xA });
      await put(store, { document: docB, extraction: xB });
    });

    it('merges actors across documents', async () => {
      const actors = await store.actors();
      const duarte = actors.find((a) => a.key === 'person:ana-duarte')!;
      expect(duarte).toEqual({
        key: 'person:ana-duarte',
        name: 'Ana Duarte',
        type: 'person',
        aliases: ['Duarte', 'Minister Duarte'],
        roles: ['Foreign Minister'],
        mentions: 3,
        documents: 2,
      });
      expect(actors.find((a) => a.key === 'state:eastland')).toMatchObject({ mentions: 2, documents: 2 });
      expect(actors.map((a) => a.key)).toEqual([
        'person:ana-duarte',
        'state:eastland',
        'threat-actor:apt31',
        'person:piotr-malek',
      ]);
      expect((await store.actors({ type: 'person' })).map((a) => a.key)).toEqual(['person:ana-duarte', 'person:piotr-malek']);
      expect(await store.actors({ type: 'company' })).toEqual([]);
    });

    it('counts a document once when two of its names were linked to one actor', async () => {
      const text = 'Ana Duarte spoke first. Later the minister, named here as A. Duarte, spoke again.';
      const doc = makeDocument(text);
      const x = { ...extractionB(docB), quotes: [], statements: [], events: [], operations: [], dates: [] };
      x.entities = [entity(doc, 'person:ana-duarte', 'Ana Duarte', 'person', ['Ana Duarte']), entity(doc, 'person:ana-duarte', 'A. Duarte', 'person', ['A. Duarte'])];
      await put(store, { document: doc, extraction: x });
      expect((await store.actors()).find((a) => a.key === 'person:ana-duarte')).toMatchObject({ mentions: 5, documents: 3 });
    });

    it('finds actors by name, alias or surname, in any case', async () => {
      expect((await store.findActors(['duarte'])).map((a) => a.key)).toEqual(['person:ana-duarte']);
      expect((await store.findActors(['ZIRCONIUM'])).map((a) => a.key)).toEqual(['threat-actor:apt31']);
      expect((await store.findActors(['malek', 'eastland', 'Malek', 'nobody'])).map((a) => a.key).sort()).toEqual([
        'person:piotr-malek',
        'state:eastland',
      ]);
      expect(await store.findActors([])).toEqual([]);
    });

    it('gives mentions of an actor with their documents', async () => {
      const m = await store.actorMentions('person:ana-duarte');
      expect(m.map((x) => [x.document.id, x.record.name])).toEqual([
        [docA.id, 'Ana Duarte'],
        [docB.id, 'Duarte'],
      ]);
      expect(m[0].document).toEqual({ id: docA.id, path: docA.path, title: docA.title, published: '2024-03-05' });
    });

    it('filters quotes, statements, events and lists operations', async () => {
      const quotes = await store.quotes();
      expect(quotes.map((q) => q.record)).toEqual([...xA.quotes, ...xB.quotes]);
      expect((await store.quotes({ speakerKey: 'person:piotr-malek' })).map((q) => q.record.text)).toEqual([
        'These claims are baseless and absurd,',
      ]);
      expect((await store.quotes({ documentId: docB.id })).length).toBe(2);
      expect(await store.quotes({ speakerKey: 'person:ana-duarte', documentId: docB.id })).toEqual([]);
      for (const q of quotes) {
        const doc = q.document.id === docA.id ? docA : docB;
        expect(doc.text.slice(...q.record.span)).toBe(q.record.text);
      }

      expect((await store.statements()).map((s) => s.record)).toEqual(xA.statements);
      expect(await store.statements({ speakerKey: 'person:piotr-malek' })).toEqual([]);
      expect((await store.statements({ documentId: docA.id })).length).toBe(1);

      expect((await store.events()).map((e) => e.record)).toEqual([...xA.events, ...xB.events]);
      expect((await store.events({ actorKey: 'person:ana-duarte' })).map((e) => e.record.category)).toEqual([
        'Accusation or attribution',
        'Diplomatic action',
        'Appeal or call',
      ]);
      expect((await store.events({ category: 'Denial or rejection' })).map((e) => e.document.id)).toEqual([docB.id]);
      expect(await store.events({ actorKey: 'state:eastland', category: 'Appeal or call' })).toEqual([]);
      expect((await store.events({ documentId: docA.id })).length).toBe(2);

      const ops = await store.operations();
      expect(ops.map((o) => o.record)).toEqual(xA.operations);
      expect(ops[0].document.id).toBe(docA.id);
    });
  });

  it('leaves nothing behind when writing a document fails', async () => {
    await put(store, { document: docB, extraction: xB });
    const broken = extractionA(docA);
    (broken.entities[1] as any).name = null; // violates NOT NULL half-way through the write
    await expect(put(store, { document: docA, extraction: broken })).rejects.toThrow();
    expect(await store.countDocuments()).toBe(1);
    expect(await store.hasRaw(docA.rawHash, docA.path)).toBe(false);
    expect(await store.findByContentHash(docA.contentHash)).toBeNull();
    expect(await store.getDocument(docA.id)).toBeNull();
    expect(await store.search('ambassador', 5)).toEqual([]);
    expect((await store.actors()).map((a) => a.key).sort()).toEqual(['person:ana-duarte', 'person:piotr-malek', 'state:eastland']);
    expect((await store.actors()).find((a) => a.key === 'person:ana-duarte')!.documents).toBe(1);
    expect(await store.quotes({ documentId: docA.id })).toEqual([]);
    // and the store still works afterwards
    await put(store, { document: docA, extraction: xA });
    expect(await store.countDocuments()).toBe(2);
  });

  it('commits a batch whole, with search rows, while a document failing inside it undoes only itself', async () => {
    await store.beginBatch();
    await put(store, { document: docB, extraction: xB });
    const broken = extractionA(docA);
    (broken.entities[1] as any).name = null;
    await expect(put(store, { document: docA, extraction: broken })).rejects.toThrow();
    // Inside the batch the writer already sees its own documents (duplicate checks rely on it).
    expect(await store.findByContentHash(docB.contentHash)).toBe(docB.id);
    await store.endBatch();
    expect(await store.countDocuments()).toBe(1);
    expect(await store.getDocument(docA.id)).toBeNull();
    expect((await store.search('baseless', 5)).map((h) => h.document.id)).toEqual([docB.id]);
    expect(await store.search('ambassador', 5)).toEqual([]);
    // Nested batches commit once, at the outermost end.
    await store.beginBatch();
    await store.beginBatch();
    await put(store, { document: docA, extraction: xA });
    await store.endBatch();
    await store.endBatch();
    expect((await store.search('ambassador', 5)).map((h) => h.document.id)).toContain(docA.id);
    expect(await store.countDocuments()).toBe(2);
  });
});

describe('postgres store under concurrent writers', () => {
  it('stores the same content once when two writers race, and merges shared actors without losing counts', async () => {
    const url = await pgServer!.createDatabase();
    const one = new PostgresStore(url);
    const two = new PostgresStore(url);
    await Promise.all([one.init(), two.init()]);
    try {
      const a = makeDocument(TEXT_A);
      const copy = { ...makeDocument(TEXT_A), raw: 'a different wrapper', rawHash: sha256('a different wrapper'), path: '/other.html' };
      const b = makeDocument(TEXT_B);
      await Promise.all([
        put(one, { document: a, extraction: extractionA(a) }),
        put(two, { document: copy, extraction: extractionA(copy) }),
        put(two, { document: b, extraction: extractionB(b) }),
      ]);
      expect(await one.countDocuments()).toBe(2);
      expect(await one.hasRaw(a.rawHash, a.path)).toBe(true);
      expect(await one.hasRaw(copy.rawHash, copy.path)).toBe(true);
      const duarte = (await one.actors()).find((x) => x.key === 'person:ana-duarte')!;
      expect(duarte).toMatchObject({ documents: 2, mentions: 3 });
      expect((await one.similarActors('duartte')).map((x) => x.key)[0]).toBe('person:ana-duarte');
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe('sqlite store batches', () => {
  it('commits a batch left open at close, search rows included', async () => {
    const file = path.join(sqliteDir, `batch-${n++}.db`);
    const store = new SqliteStore(file);
    await store.init();
    const doc = makeDocument(TEXT_A);
    await store.beginBatch();
    await put(store, { document: doc, extraction: extractionA(doc) });
    await store.close();
    const again = new SqliteStore(file);
    await again.init();
    expect((await again.getDocument(doc.id))!.sentences).toEqual(doc.sentences);
    expect((await again.search('ambassador', 5)).map((h) => h.document.id)).toEqual([doc.id]);
    await again.close();
  });
});

describe('sqlite store migrations', () => {
  it('upgrades a version-1 file in place: documents, sentences and search rows read back the same', async () => {
    const file = path.join(sqliteDir, `v1-${n++}.db`);
    // A version-1 store, written the way version 1 wrote it (implicit sentence rowids, one index per sentence).
    const db = new Database(file);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    db.exec(MIGRATIONS.find((m) => m.version === 1)!.sql);
    db.prepare('INSERT INTO schema_version (version) VALUES (1)').run();
    const docs = [makeDocument(TEXT_B), makeDocument(TEXT_A)];
    for (const d of docs) {
      db.prepare(
        `INSERT INTO documents (id, path, url, title, outlet, byline, published, precision, published_source, language, kind,
           text, raw, raw_hash, content_hash, removed, paragraphs, duplicate_of, similarity, signature, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)`,
      ).run(d.id, d.path, d.url, d.title, d.outlet, d.byline, d.published!.value, d.published!.precision, d.published!.source,
        d.language, d.kind, d.text, d.raw, d.rawHash, d.contentHash, JSON.stringify(d.removed), JSON.stringify(d.paragraphs), d.ingestedAt);
      for (const s of d.sentences) {
        const info = db.prepare('INSERT INTO sentences (document_id, idx, paragraph, start, end, repeat_of) VALUES (?, ?, ?, ?, ?, ?)')
          .run(d.id, s.index, s.paragraph, s.span[0], s.span[1], s.repeatOf);
        db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)').run(info.lastInsertRowid, d.text.slice(...s.span));
      }
    }
    db.close();

    const store = new SqliteStore(file);
    await store.init();
    for (const d of docs) expect((await store.getDocument(d.id))!.sentences).toEqual(d.sentences);
    expect((await store.listDocuments()).map((d) => d.sentences)).toEqual(docs.map((d) => d.sentences.length));
    const hits = await store.search('ambassador', 5);
    expect(hits.map((h) => [h.document.id, h.text])).toEqual([[docs[1].id, 'The ministry summoned the ambassador of Eastland over the intrusion.']]);
    // New documents continue after the migrated sentences, and both stay searchable.
    const c = makeDocument('A third report, about an ambassador recalled from Westland.');
    await put(store, { document: c, extraction: { entities: [], quotes: [], statements: [], dates: [], events: [], operations: [] } });
    expect((await store.getDocument(c.id))!.sentences).toEqual(c.sentences);
    expect((await store.search('ambassador', 5)).map((h) => h.document.id).sort()).toEqual([docs[1].id, c.id].sort());
    expect(store.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    await store.close();
  });
});
