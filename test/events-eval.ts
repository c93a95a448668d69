// Shared by scripts/eval-events.ts and test/events-seeds.test.ts: runs event extraction over the seed documents
// and scores it against ../shared/gold/seed-events.json.
import { readFileSync } from 'node:fs';
import type { CyberOperationRecord, DateValue, DocumentMeta, EntityRecord, EventRecord } from '../src/model/index.js';
import { segment } from '../src/text/segment.js';
import { extractDocument, type ExtractionInput } from '../src/extract/index.js';
import { extractEvents } from '../src/extract/events/index.js';
import { actorsMatch } from '../src/extract/events/match.js';

const SHARED = new URL('../../shared/', import.meta.url);

interface GoldEvent {
  doc: string;
  category: string;
  actor: string;
  target?: string;
  what: string;
  date: DateValue | null;
  evidence: string;
  not?: string;
  needs_document_date?: boolean;
}

export interface SeedRun {
  doc: string;
  text: string;
  input: ExtractionInput;
  events: EventRecord[];
  operations: CyberOperationRecord[];
  entities: EntityRecord[];
}

export interface GoldDetail {
  doc: string;
  category: string;
  actor: string;
  categoryOk: boolean;
  actorOk: boolean;
  dateOk: boolean | null;
  violations: string[];
  got: EventRecord[];
}

export function goldEvents(): GoldEvent[] {
  return JSON.parse(readFileSync(new URL('gold/seed-events.json', SHARED), 'utf8')).events;
}

/** The published date a careful reader gives each seed (only the evaluation may know it; cleaning finds its own). */
function goldPublished(doc: string): DateValue | null {
  const docs = JSON.parse(readFileSync(new URL('gold/seed-documents.json', SHARED), 'utf8')).documents;
  const p = docs[doc]?.published;
  return p ? { value: p.value, precision: p.precision } : null;
}

export function runSeeds(opts: { fallback?: boolean } = {}): SeedRun[] {
  const docs = [...new Set(goldEvents().map((g) => g.doc))];
  return docs.map((doc) => {
    const text = readFileSync(new URL(`corpus/seeds/${doc}`, SHARED), 'utf8');
    const meta: DocumentMeta = { title: null, outlet: null, byline: null, published: goldPublished(doc), language: 'en', kind: 'news', url: null };
    const input: ExtractionInput = { text, meta, ...segment(text) };
    if (opts.fallback) {
      const { events, operations } = extractEvents(input, { entities: [], dates: [], statements: [] });
      return { doc, text, input, events, operations, entities: [] };
    }
    const x = extractDocument(input);
    if (x.events.length) return { doc, text, input, events: x.events, operations: x.operations, entities: x.entities };
    // Not wired into extractDocument yet: run events on what the other extractors found.
    const { events, operations } = extractEvents(input, { entities: x.entities, dates: x.dates, statements: x.statements });
    return { doc, text, input, events, operations, entities: x.entities };
  });
}

export const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
export const sameDate = (a: DateValue | null, b: DateValue | null) => !!a && !!b && a.value === b.value && a.precision === b.precision;

export async function evaluateEvents(opts: { fallback?: boolean } = {}) {
  const runs = runSeeds(opts);
  const details: GoldDetail[] = [];
  let category = 0;
  let actor = 0;
  let violations = 0;
  let withNot = 0;
  let datesRight = 0;
  let datesCounted = 0;
  for (const g of goldEvents()) {
    const run = runs.find((r) => r.doc === g.doc)!;
    const at = run.text.indexOf(g.evidence);
    if (at < 0) throw new Error(`evidence not found in ${g.doc}: ${g.evidence}`);
    const ev: [number, number] = [at, at + g.evidence.length];
    const near = run.events.filter((e) => overlaps(e.triggerSpan ?? e.span, ev));
    const sameCat = near.filter((e) => e.category === g.category);
    const withActor = sameCat.filter((e) => actorsMatch(g.actor, e.actor));
    const best = withActor.find((e) => sameDate(e.date, g.date)) ?? withActor[0] ?? sameCat[0] ?? null;
    const bad = g.not ? near.filter((e) => e.category === g.not).map((e) => `${e.category} by ${e.actor} (${e.trigger})`) : [];
    if (g.not) withNot++;
    if (sameCat.length) category++;
    if (withActor.length) actor++;
    violations += bad.length;
    let dateOk: boolean | null = null;
    const docDateKnown = goldPublished(g.doc) !== null;
    if (g.date && (!g.needs_document_date || docDateKnown)) {
      datesCounted++;
      dateOk = !!best && sameDate(best.date, g.date);
      if (dateOk) datesRight++;
    }
    details.push({ doc: g.doc, category: g.category, actor: g.actor, categoryOk: sameCat.length > 0, actorOk: withActor.length > 0, dateOk, violations: bad, got: near });
  }
  return {
    mode: opts.fallback ? 'events alone (no actor/date extractor output)' : 'full extraction',
    summary: {
      gold: details.length,
      category,
      actor,
      violations,
      withNot,
      datesRight,
      datesCounted,
      extracted: runs.reduce((n, r) => n + r.events.length, 0),
    },
    details,
    runs,
  };
}
