import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from './actors.js';

const byRegex = (text: string) => new Set(text.match(/\b[a-z][a-z-]+\b/g) ?? []);

describe('lowerCaseWords', () => {
  it('finds the words written in lower case', () => {
    expect([...lowerCaseWords('The well-being of Kiev-based staff, said a co-chair- of x and -ab.')]).toEqual([
      'well-being',
      'of',
      'based',
      'staff',
      'said',
      'co-chair',
      'and',
      'ab',
    ]);
  });
  it('matches its regex on random text', () => {
    const alphabet = fc.constantFrom(...'ab-Z _9é.\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(lowerCaseWords(s)).toEqual(byRegex(s));
      }),
      { numRuns: 3000 },
    );
  });
});
