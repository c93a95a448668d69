// Cleaning on the five seed documents against their hand-made gold (../shared/gold/seed-documents.json): title, kind
// and published date (with precision) right for at least 4 of 5; every noise line gone from the text and kept in
// `removed`. A null date where the gold infers one from events is not wrong (the gold says so); a different one is.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { cleanDocument } from '../src/text/clean.js';
import type { CleanedDocument } from '../src/model/index.js';

const SEEDS = new URL('../../shared/corpus/seeds/', import.meta.url);
const GOLD = new URL('../../shared/gold/seed-documents.json', import.meta.url);

interface GoldDocument {
  title: string | null;
  kind: string;
  published: { value: string; precision: string } | null;
  noise: string[];
  byline?: string;
}

describe('seed documents: cleaning and metadata', async () => {
  const gold: Record<string, GoldDocument> = JSON.parse(readFileSync(GOLD, 'utf8')).documents;
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const cleaned = new Map<string, CleanedDocument>();
  for (const f of files) {
    cleaned.set(f, await cleanDocument({ path: `seeds/${f}`, content: readFileSync(new URL(f, SEEDS), 'utf8'), format: 'text', rawHash: f }));
  }

  it('has gold for every seed', () => {
    expect(files.length).toBe(5);
    for (const f of files) expect(gold[f], f).toBeDefined();
  });

  it('gets title, kind and published date right for at least 4 of 5', () => {
    const verdicts = files.map((f) => {
      const g = gold[f];
      const m = cleaned.get(f)!.meta;
      // A null gold title means the text has no title line: any derived title, or none, is fine.
      const title = g.title === null || m.title === g.title;
      const kind = m.kind === g.kind;
      const published = m.published === null || (!!g.published && m.published.value === g.published.value && m.published.precision === g.published.precision);
      return { file: f, title, kind, published, ok: title && kind && published, got: { title: m.title, kind: m.kind, published: m.published } };
    });
    console.log(verdicts.map((v) => `${v.ok ? 'ok  ' : 'MISS'} ${v.file} ${JSON.stringify(v.got)}`).join('\n'));
    expect(verdicts.filter((v) => v.ok).length).toBeGreaterThanOrEqual(4);
  });

  it('takes every noise line out of the text and keeps it in removed', () => {
    for (const f of files) {
      const { text, removed } = cleaned.get(f)!;
      const paragraphs = text.split('\n\n').map((p) => p.trim());
      for (const line of gold[f].noise) {
        expect(paragraphs, `${f}: "${line}" is still a paragraph`).not.toContain(line);
        // A one-word credit ("Sputnik") may still be a word of the article; a longer noise line must be gone.
        if (line.split(/\s+/).length >= 3) expect(text.includes(line), `${f}: "${line}" is still in the text`).toBe(false);
        expect(removed.some((r) => r.text.includes(line) && r.reason.length > 0), `${f}: "${line}" is not in removed`).toBe(true);
      }
    }
  });

  it('removes nothing from a document whose gold lists no noise (headings are structure)', () => {
    for (const f of files) if (gold[f].noise.length === 0) expect(cleaned.get(f)!.removed, f).toEqual([]);
  });

  it('moves bylines into the metadata', () => {
    for (const f of files) if (gold[f].byline) expect(cleaned.get(f)!.meta.byline).toBe(gold[f].byline);
  });

  it('loses no word: every word of the input is in the text or in removed', () => {
    for (const f of files) {
      const raw = readFileSync(new URL(f, SEEDS), 'utf8');
      const { text, removed } = cleaned.get(f)!;
      const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      // Every word of the input is either in the text or in removed (markup like ** aside).
      expect(words(text) + removed.reduce((n, r) => n + words(r.text), 0)).toBeGreaterThanOrEqual(words(raw));
    }
  });
});
