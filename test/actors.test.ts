// Actors on the seed corpus: each expected actor found once across the corpus (after cross-document linking),
// aliases merged, type right. Seeds are read at test time; extraction runs on the raw text segmented here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { linkToKnownActors } from '../src/extract/link.js';
import type { ActorSummary, ActorType, DocumentMeta, EntityRecord } from '../src/model/index.js';
import { segment } from '../src/text/segment.js';
import { analyseCase, caseNames, SEEDS } from './helpers.js';

const meta: DocumentMeta = { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news', url: null };

/** What the pipeline does at ingest: extract each document, link its actors to those already known, merge. */
function corpusActors(): ActorSummary[] {
  const known = new Map<string, ActorSummary>();
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(SEEDS, f), 'utf8');
    const { entities } = extractDocument({ text, ...segment(text), meta });
    const links = linkToKnownActors([...known.values()], entities);
    for (const e of entities as EntityRecord[]) {
      const key = links.get(e.key) ?? e.key;
      const have = known.get(key);
      if (!have) {
        known.set(key, { key, name: e.name, type: e.type, aliases: [...e.aliases], roles: e.roles.map((r) => r.text), mentions: e.mentions.length, documents: 1 });
        continue;
      }
      for (const a of [e.name, ...e.aliases]) if (a !== have.name && !have.aliases.includes(a)) have.aliases.push(a);
      // The fuller name wins as the canonical name ("Emmanuel Macron" over "Macron").
      if (e.type === have.type && e.name.length > have.name.length && e.name.endsWith(have.name)) {
        have.aliases.push(have.name);
        have.name = e.name;
      }
      have.mentions += e.mentions.length;
      have.documents++;
    }
  }
  return [...known.values()];
}

const actors = corpusActors();
const lower = (s: string) => s.toLowerCase();
const named = (name: string) => actors.filter((a) => [a.name, ...a.aliases].some((n) => lower(n) === lower(name)));

const EXPECTED: [string, ActorType, string?][] = [
  ['Emmanuel Macron', 'person'],
  ['Vladimir Putin', 'person'],
  ['Donald Trump', 'person'],
  ['Angela Merkel', 'person'],
  ['Xi Jinping', 'person'],
  ['Brad Smith', 'person'],
  ['Marina Kaljurand', 'person'],
  ['Henri Verdier', 'person'],
  ['Yannick Harrel', 'person'],
  ['Olivier Cadic', 'person'],
  ['Constance Le Grip', 'person'],
  ['France', 'state'],
  ['Russia', 'state'],
  ['China', 'state'],
  ['United States', 'state'],
  ['ANSSI', 'agency'],
  ['ENISA', 'agency'],
  ['NATO', 'organisation'],
  ['Microsoft', 'company'],
  ['RT', 'media'],
  ['Sputnik', 'media'],
  ['APT31', 'threat-actor'],
  ['Fancy Bear', 'threat-actor', 'APT28'],
  ['IPAC', 'organisation'],
  ['Paris Call', 'initiative'],
];

describe('actors of the seed corpus', () => {
  for (const [name, type, canonical] of EXPECTED) {
    it(`${name} is found once, as ${type}${canonical ? `, named ${canonical}` : ''}`, () => {
      const hits = named(name);
      expect(hits.map((a) => a.key)).toHaveLength(1);
      expect(hits[0].type).toBe(type);
      if (canonical) expect(hits[0].name).toBe(canonical);
    });
  }
  it('Macron’s other names are aliases of one actor', () => {
    const macron = named('Emmanuel Macron')[0];
    expect(macron.aliases).toEqual(expect.arrayContaining(['Macron', 'Macrons']));
    expect(actors.filter((a) => a.type === 'person' && /macron/i.test(a.name))).toHaveLength(1);
  });
  it('the misspelt "Vernier" is an alias of Henri Verdier, not a separate person', () => {
    expect(named('Henri Verdier')[0].aliases).toContain('Vernier');
    expect(actors.some((a) => a.name === 'Vernier')).toBe(false);
  });
  it('roles are kept with their evidence', () => {
    const text = readFileSync(path.join(SEEDS, '004_29701f9ba0fbfdd2.txt'), 'utf8');
    const cadic = extractDocument({ text, ...segment(text), meta }).entities.find((e) => e.name === 'Olivier Cadic')!;
    expect(cadic.roles.map((r) => r.text)).toContain('Senator');
    for (const r of cadic.roles) expect(text.slice(r.span[0], r.span[1])).toBe(r.text);
  });
  it('descriptions refer to the person ("The French president" → Macron)', () => {
    const text = readFileSync(path.join(SEEDS, '002_acf9c728671e25f3.txt'), 'utf8');
    const macron = extractDocument({ text, ...segment(text), meta }).entities.find((e) => e.name === 'Emmanuel Macron')!;
    expect(macron.mentions.some((m) => m.via === 'description' && /French president/i.test(m.text))).toBe(true);
  });
});

// Actor regression cases: test/cases/actors-<name>/source.txt and expected.json, run through the real ingest stages
// (clean, segment, extract). Adding a case is adding a folder. expected.json: `entities` (name and type each must
// have), `absent` (names no entity may have, aliases included), `quotes` (text and speaker, null for none).
describe('actor regression cases', () => {
  const names = caseNames('actors-');
  it('has cases', () => expect(names.length).toBeGreaterThan(0));
  for (const name of names) {
    it(name, async () => {
      const { expected, extraction } = await analyseCase(name);
      const { entities, quotes } = extraction;
      for (const want of expected.entities ?? []) {
        const got = entities.find((e) => e.name === want.name || e.aliases.includes(want.name));
        expect(got, `entity ${want.name}`).toBeDefined();
        expect(got!.type, `type of ${want.name}`).toBe(want.type);
      }
      for (const n of expected.absent ?? []) expect(entities.filter((e) => e.name === n || e.aliases.includes(n)).map((e) => `${e.type} ${e.name}`), `no entity ${n}`).toEqual([]);
      for (const want of expected.quotes ?? []) {
        const got = quotes.find((q) => q.text === want.text);
        expect(got, `quote “${want.text}”`).toBeDefined();
        expect(got!.speaker, `speaker of “${want.text}”`).toBe(want.speaker);
      }
    });
  }
});
