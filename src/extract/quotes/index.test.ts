// Property tests: the extractors never throw on arbitrary text, and every quote's text is the exact slice at its span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.js';
import { findActors, toEntityRecords } from '../actors/index.js';
import { findDateMentions } from '../dates/index.js';
import { extractStatements } from '../statements/index.js';
import { extractQuotes } from './index.js';

const PIECES = [
  '“', '”', '"', '«', '»', '‘', '’', "'", ' ', ' ', ' ', '\n', '\n\n', ',', '.', ':', '—', '(', ')', 'said', 'told', 'according to',
  'he', 'she', 'they', 'Smith', 'Anna Berg', 'President', 'Sen.', 'Macron', 'NATO', 'the French president', 'Monday', 'last week',
  '15 November', '2017', '04.10.17', 'We will win', 'adding that', 'Le Grip', 'APT28', "Berg's", 'who', 'a doctor', '…', '[', ']',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function run(text: string) {
  const seg = segment(text);
  const index = findActors(text, seg.sentences);
  const dates = findDateMentions(text, seg.sentences, { value: '2019-11-20', precision: 'day' });
  const quotes = extractQuotes({ text, ...seg }, index, dates);
  const statements = extractStatements({ text, sentences: seg.sentences }, index, quotes, dates);
  return { entities: toEntityRecords(index), quotes, statements, dates };
}

describe('extraction on arbitrary text', () => {
  it('never throws, and quote text equals the slice at its span without marks', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const { quotes, entities, statements, dates } = run(text);
        for (const q of quotes) {
          expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          expect(q.text).toBe(q.text.trim());
          if (q.kind === 'term') expect(q.speaker).toBeNull();
        }
        for (const e of entities) for (const m of e.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
        for (const s of statements) expect(text.slice(s.contentSpan[0], s.contentSpan[1])).toBe(s.text);
        for (const d of dates) expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
      }),
      { numRuns: 400 },
    );
  });
  it('quoted text opens right after a quotation mark', () => {
    const text = 'Anna Berg said: “We will win.” Then «Encore», she said, and "again"';
    for (const q of run(text).quotes) expect(/[“"«]\s*$/.test(text.slice(0, q.span[0]))).toBe(true);
  });
});

describe('titles are nobody’s words', () => {
  const kinds = (text: string) => Object.fromEntries(run(text).quotes.map((q) => [q.text, q.kind]));

  it('takes a run of three or more title-like quotes set apart by commas for a list of titles', () => {
    const k = kinds('The band will play its old hits, including “Salt on the Wind,” “Northern Lights Again,” “Ferry Song” and “Last Boat Home.”');
    expect(k['Northern Lights Again,']).toBe('term');
    expect(k['Ferry Song']).toBe('term');
  });

  it('takes a title-like quote right after “a poem called” for a title', () => {
    expect(kinds('Its drummer once wrote a poem called “Winter Tide, Station Road,” which won a prize.')['Winter Tide, Station Road,']).toBe('term');
  });

  it('leaves a sentence quoted after “called” and two quotes in a row as speech', () => {
    const k = kinds('“We owe the town one more summer,” said Maren Solvik. “Then We Rest,” she added. “Come Early.”');
    expect(k['We owe the town one more summer,']).toBe('speech');
    expect(kinds('The mayor called it “a fair deal for everyone,” and left.')['a fair deal for everyone,']).not.toBe('term');
  });
});

describe('a single quoted word in the writer’s sentence', () => {
  const quote = (text: string, t: string) => run(text).quotes.find((q) => q.text === t);
  it('is a term when it is a name or a modifier between a determiner and its noun', () => {
    expect(quote('Lena Ortiz denied that she had set up an "unofficial" channel to the ministry.', 'unofficial')?.kind).toBe('term');
    expect(quote('Lena Ortiz agreed to pay back the money she made from the name "Harbour."', 'Harbour.')?.speaker).toBeNull();
  });
  it('keeps its speaker when it is a word the speaker chose', () => {
    expect(quote('Lena Ortiz said the council had "betrayed" the fishermen.', 'betrayed')?.speaker).toBe('Lena Ortiz');
  });
});
