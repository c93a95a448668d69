// Who-said-what regression cases: test/cases/quotes-<name>/source.txt and expected.json, run through the real
// ingest stages (clean, segment, extract). Adding a case is adding a folder. expected.json: `quotes` (text and
// speaker, null for none), `notBy` (person → texts not theirs), `terms` (quoted words that are no one's speech),
// `countOnce` (a pull quote's text, counted only where the article gives it).
import { describe, expect, it } from 'vitest';
import { analyseCase, caseNames } from './helpers.js';

const names = caseNames('quotes-');

describe('quote regression cases', () => {
  it('has cases', () => expect(names.length).toBeGreaterThan(0));
  for (const name of names) {
    it(name, async () => {
      const { expected, document, extraction } = await analyseCase(name);
      const quotes = extraction.quotes.filter((q) => q.kind !== 'term' && q.repeatOf === null);
      for (const q of quotes) expect(document.text.slice(q.span[0], q.span[1])).toBe(q.text);
      for (const want of expected.quotes) {
        const got = quotes.find((q) => q.text === want.text);
        expect(got, `quote “${want.text}”`).toBeDefined();
        expect(got!.speaker, `speaker of “${want.text}”`).toBe(want.speaker);
      }
      for (const [person, texts] of Object.entries<string[]>(expected.notBy ?? {})) {
        for (const t of texts) expect(quotes.filter((q) => q.speaker === person).map((q) => q.text)).not.toContain(t);
      }
      // Words in quotation marks that nobody says (titles, scare quotes, a single quoted word) are terms.
      const terms = extraction.quotes.filter((q) => q.kind === 'term');
      for (const t of expected.terms ?? []) {
        expect(terms.map((q) => q.text), `“${t}” is a term`).toContain(t);
        expect(quotes.map((q) => q.text), `“${t}” is no one's quote`).not.toContain(t);
      }
      if (expected.countOnce) {
        const words = (s: string) => s.toLowerCase().match(/[\p{L}]+/gu)!.join(' ');
        const whole = quotes.filter((q) => words(q.text) === words(expected.countOnce));
        expect(whole, 'a pull quote is counted once, as the article gives it').toHaveLength(0);
      }
    });
  }
});
