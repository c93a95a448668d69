import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LowerWords } from './lower-words.js';

/** The definition LowerWords answers for: the set of the regex's matches over the whole text. */
const bySet = (text: string) => new Set(text.match(/\b[a-z][a-z-]+\b/g));

describe('LowerWords', () => {
  it('finds words written in lower case, not those only capitalised', () => {
    const w = new LowerWords('Officials met. The officials left; Smith stayed.');
    expect(w.has('officials')).toBe(true);
    expect(w.has('smith')).toBe(false);
    expect(w.has('the')).toBe(false);
  });

  it('follows the regex at hyphens, digits and accents', () => {
    const text = 'a well-known pre-2016 café re- -x ab_c';
    const w = new LowerWords(text);
    for (const word of ['well-known', 'known', 'pre-', 'pre', 'caf', 'café', 're-', 're', 'x', 'ab', 'well']) expect(w.has(word)).toBe(bySet(text).has(word));
  });

  it('agrees with the set of regex matches on any text', () => {
    const char = fc.constantFrom('a', 'b', 'c', '-', 'A', 'B', '1', '_', ' ', 'é', '.', '\n');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.array(fc.array(char, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (chars, asked) => {
        const text = chars.join('');
        const set = bySet(text);
        const w = new LowerWords(text);
        for (const word of [...set, ...asked.map((a) => a.join(''))]) expect(w.has(word)).toBe(set.has(word));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the set on longer texts with repeated words', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '-'), { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
    const sep = fc.constantFrom(' ', '. ', ', ', 'X', '1', ' A');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { minLength: 50, maxLength: 400 }), fc.array(word, { maxLength: 30 }), (parts, asked) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const set = bySet(text);
        const w = new LowerWords(text);
        for (const q of [...set, ...asked]) expect(w.has(q)).toBe(set.has(q));
      }),
      { numRuns: 300 },
    );
  });
});

describe('LowerWords over several documents', () => {
  it('answers for its own text after another document was read', () => {
    const a = new LowerWords('Officials met. The officials left.');
    const b = new LowerWords('Smith met the press.');
    expect(a.has('officials')).toBe(true);
    expect(b.has('press')).toBe(true);
    expect(a.has('press')).toBe(false);
    expect(b.has('officials')).toBe(false);
    expect(a.has('left')).toBe(true);
  });
});

describe('LowerWords in a long document', () => {
  it('answers from the set of all matches once its searches have read the text a few times over', () => {
    // Many asked words share the shape of a word in the text (first three letters and length) without being in it,
    // so each is searched for through the whole text until the searches give way to the set.
    const text = Array.from({ length: 200 }, (_, i) => `The officials${i % 7} met officers and ${i % 2 ? 'offered' : 'Offered'} coffee-breaks.`).join(' ');
    const set = bySet(text);
    const w = new LowerWords(text);
    const asked = ['officials', 'offset', 'offerer', 'officers', 'offered', 'coffee-breaks', 'coffee', 'breaks', 'met', 'the', 'and'];
    for (let k = 0; k < 30; k++) asked.push(`offic${String.fromCharCode(97 + (k % 26))}rs`);
    for (const q of [...asked, ...set]) expect(w.has(q)).toBe(set.has(q));
  });
});
