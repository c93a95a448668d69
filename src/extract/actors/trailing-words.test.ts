import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { trailingLowerWords } from './trailing-words.js';

// The pattern the scan replaces, and how its match was read into words.
const viaPattern = (s: string) => {
  const tail = /(?:,?\s*\p{Ll}[\p{L}\-]*){1,3},?\s+$/u.exec(s);
  return tail ? tail[0].split(/[\s,]+/).filter(Boolean).reverse() : [];
};

const pieces = ['a', 'son', 'Z', 'é', 'É', 'ß', 'Ω', 'ω', '7', '𝐚', '𝐀', ' ', '  ', '\n', '\u00a0', '\u2009', ',', ', ', '-', "'", '.', '\ud800', '\udc00'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));

describe('trailingLowerWords', () => {
  it('reads the same words as the pattern it replaces', () => {
    fc.assert(fc.property(text, (s) => { expect(trailingLowerWords(s)).toEqual(viaPattern(s)); }), { numRuns: 20000 });
  });
  it('takes the nearest words first, at most three', () => {
    expect(trailingLowerWords("Steenburgen's son, filmmaker ")).toEqual(['filmmaker', 'son', 's']);
    expect(trailingLowerWords('and then his younger brother ')).toEqual(['brother', 'younger', 'his']);
    expect(trailingLowerWords('the daughter of ')).toEqual(['of', 'daughter', 'the']);
  });
  it('needs white space at the end; a word may be the tail of a token', () => {
    expect(trailingLowerWords('his wife')).toEqual([]);
    expect(trailingLowerWords('U.S. ')).toEqual([]);
    expect(trailingLowerWords('Senator ')).toEqual(['enator']);
    expect(trailingLowerWords('X-ray technician ')).toEqual(['technician', 'ray']);
  });
});
