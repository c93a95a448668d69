import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findWordStarts, matchesAt, startWords, stickyCopy } from './word-starts.js';

const pieces = ['the', 'The', 'his', 'said', 'said that', ' ', '  ', '-', "'", '’', 'é', '9', '_', 'x', 'president', ',', '.', 'theirs', 'Their'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((xs) => xs.join(''));

describe('word starts', () => {
  const patterns = [/\b(?:[Tt]he|his|[Tt]heir)\s+([a-z][a-z\- ]{1,30}?)(?=[\s,.]|$)/gu, /\b(said)\b(?:\s+\S+){0,3}?\s+that\s+/g, /\bthe\b/g];
  const words = startWords([
    ...['the', 'The', 'his', 'their', 'Their'].map((w): [string, number] => [w, 1]),
    ['said', 2],
    ['the', 4],
  ]);
  it('a sticky pattern tried at the words found gives the global search’s matches', () => {
    fc.assert(
      fc.property(text, (s) => {
        const starts = findWordStarts(s, words);
        patterns.forEach((re, i) => {
          const want = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
          const got = [...matchesAt(stickyCopy(re), s, starts, 1 << i)].map((m) => [m.index, m[0]]);
          expect(got).toEqual(want);
        });
      }),
      { numRuns: 3000 },
    );
  });
  it('finds whole words only, within the range given', () => {
    const s = 'Xthe the-said the said_ said';
    expect(findWordStarts(s, words).at).toEqual([5, 9, 14, 24]);
    expect(findWordStarts(s, words, 6).at).toEqual([9, 14, 24]);
    expect(startWords([['co-op', 1]]).scannable).toBe(false);
  });
});
