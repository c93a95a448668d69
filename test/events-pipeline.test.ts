// Issue 4's acceptance through the real pipeline: the seeds cleaned, segmented, extracted and stored as a user
// would ingest them (document dates are what cleaning found, not the gold's), scored against the gold events.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorsMatch } from '../src/extract/events/match.js';
import type { DateValue, EventRecord } from '../src/model/index.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { goldEvents, overlaps, sameDate } from './events-eval.js';
import { SEEDS, tempDir } from './helpers.js';

describe('seed events through the pipeline', () => {
  const docs = new Map<string, { text: string; published: DateValue | null; events: EventRecord[] }>();
  beforeAll(async () => {
    const store = new SqliteStore(path.join(tempDir(), 'events.db'));
    await store.init();
    const files = readdirSync(SEEDS).filter((f) => !f.startsWith('000_')).map((f) => path.join(SEEDS, f));
    await ingestPaths(store, files);
    for (const d of await store.listDocuments()) {
      const doc = (await store.getDocument(d.id))!;
      const events = (await store.events({ documentId: d.id })).map((e) => e.record);
      docs.set(path.basename(d.path!), { text: doc.text, published: doc.published, events });
    }
    await store.close();
  });

  it('finds at least 18 of the 22 gold events with the right category and actor, breaks no "not", dates 80% right', () => {
    let right = 0;
    let violations = 0;
    let datesRight = 0;
    let datesCounted = 0;
    const missed: string[] = [];
    for (const g of goldEvents()) {
      const d = docs.get(g.doc)!;
      const at = d.text.indexOf(g.evidence);
      expect(at, `evidence in the cleaned text of ${g.doc}`).toBeGreaterThanOrEqual(0);
      const ev: [number, number] = [at, at + g.evidence.length];
      const near = d.events.filter((e) => overlaps(e.triggerSpan ?? e.span, ev));
      const hits = near.filter((e) => e.category === g.category && actorsMatch(g.actor, e.actor));
      if (hits.length) right++;
      else missed.push(`${g.category} / ${g.actor}: ${g.evidence.slice(0, 60)}`);
      if (g.not) violations += near.filter((e) => e.category === g.not).length;
      if (g.date && (!g.needs_document_date || d.published)) {
        datesCounted++;
        if (hits.some((e) => sameDate(e.date, g.date))) datesRight++;
      }
    }
    console.log(`pipeline events: ${right}/22 right category and actor; dates ${datesRight}/${datesCounted}; missed: ${missed.join(' | ') || 'none'}`);
    expect(right).toBeGreaterThanOrEqual(18);
    expect(violations).toBe(0);
    expect(datesRight / datesCounted).toBeGreaterThanOrEqual(0.8);
  });
});
