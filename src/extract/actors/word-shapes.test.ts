import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hasAdjectiveSuffix, isContraction, isShortCode, isSpaceUnit, isSubjectVerb, titleCasedCapitals } from './word-shapes.js';

// Words from pieces the quick looks must tell apart: cases, apostrophes, hyphens, digits, letters outside ASCII and
// the basic plane, lone surrogates, and the endings the patterns look for.
const pieces = ['a', 'e', 'd', 's', 't', 'm', 'n', 'A', 'Z', 'É', 'é', 'ß', '7', '٣', '𝐀', '𝟙', "'", '’', '-', '.', 'ed', 've', 'll', 're', 'has', 'is', 'style', 'backed', 'STYLE', 'APT', '28', 'G', '\ud800', '\udc00'];
const word = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((xs) => xs.join(''));
const holds = (quick: (w: string) => boolean, pattern: RegExp, extra: (w: string) => boolean = () => true) =>
  fc.assert(fc.property(word, (w) => { expect(quick(w)).toBe(pattern.test(w) && extra(w)); }), { numRuns: 20000 });

describe('word shapes', () => {
  it('isContraction is its pattern', () => {
    holds(isContraction, /['’](?:m|ve|ll|re|d)$|n['’]t$/i);
    expect(isContraction('We’ll')).toBe(true);
    expect(isContraction('Wells')).toBe(false);
  });
  it('hasAdjectiveSuffix is its pattern', () => {
    holds(hasAdjectiveSuffix, /-(?:style|like|backed|led|era|based|esque|type|funded|linked|allied|aligned)$/i);
    expect(hasAdjectiveSuffix('Saudi-backed')).toBe(true);
  });
  it('isShortCode is its pattern on words of at most eight characters', () => {
    holds(isShortCode, /^\p{Lu}{2,}\p{N}*$|^\p{Lu}+\p{N}+$/u, (w) => w.length <= 8);
    expect(isShortCode('APT28')).toBe(true);
    expect(isShortCode('Apt28')).toBe(false);
  });
  it('isSubjectVerb is its pattern', () => {
    holds(isSubjectVerb, /^(?:\p{Ll}{3,}ed|has|had|is|was|will|would|can|could|did|does)$/u);
    expect(isSubjectVerb('described')).toBe(true);
    expect(isSubjectVerb('red')).toBe(false);
  });
  it('isSpaceUnit is /\\s/ on one code unit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), (c) => { expect(isSpaceUnit(c)).toBe(/\s/.test(String.fromCharCode(c))); }), { numRuns: 20000 });
    for (let c = 0; c < 0x3100; c++) expect(isSpaceUnit(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('titleCasedCapitals', () => {
  it('writes a name set in capitals as running text does, and leaves other names alone', () => {
    expect(titleCasedCapitals('DES MOINES')).toBe('Des Moines');
    expect(titleCasedCapitals('ST. LOUIS')).toBe('St. Louis');
    expect(titleCasedCapitals('WINSTON-SALEM')).toBe('Winston-Salem');
    expect(titleCasedCapitals('McAllen')).toBe('McAllen');
    expect(titleCasedCapitals('1234')).toBe('1234');
  });
});

describe('more adjective suffixes (helper U4)', () => {
  it('reads "-compatible", "-sponsored", "-powered" names as modifiers', () => {
    for (const w of ['Qi-compatible', 'Saudi-sponsored', 'AI-powered', 'Ostland-friendly']) expect(hasAdjectiveSuffix(w), w).toBe(true);
    expect(hasAdjectiveSuffix('Clinton-run')).toBe(false);
  });
});
