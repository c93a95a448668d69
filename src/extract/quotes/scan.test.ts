import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { endsLeadingIn, lastLetters, wordCount } from './scan.js';
import { endsInWordOrDot } from './roles.js';

// Strings from characters the scans must tell apart: letters and digits (also outside ASCII and the BMP), white
// space, apostrophes, punctuation, lone surrogates.
const pieces = ['a', 'Z', 'é', 'Ω', '7', '٣', '𝐀', '𝟙', ' ', '\n', '\u00a0', "'", '’', '-', ',', ':', '.', '_', 'that', 'that ', 'said', '\ud800', '\udc00'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));

describe('quote text scans', () => {
  it('wordCount counts the matches of the word pattern', () => {
    fc.assert(fc.property(text, (s) => { expect(wordCount(s)).toBe((s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length); }), { numRuns: 3000 });
    expect(wordCount("Rock'n'roll isn’t 2 easy")).toBe(5);
  });
  it('lastLetters is the last word before trailing space', () => {
    fc.assert(fc.property(text, (s) => { expect(lastLetters(s)).toBe(/(\p{L}+)\s*$/u.exec(s)?.[1] ?? ''); }), { numRuns: 3000 });
    expect(lastLetters('as he said  ')).toBe('said');
  });
  it('endsLeadingIn tells a frame that hands over to a quote', () => {
    fc.assert(fc.property(text, (s) => { expect(endsLeadingIn(s)).toBe(/[:,]\s*$|^\s*$|\bthat\s*$/.test(s)); }), { numRuns: 3000 });
    expect(endsLeadingIn('she wrote that ')).toBe(true);
    expect(endsLeadingIn('the hat ')).toBe(false);
  });
  it('endsInWordOrDot tells text ending in a word or a full stop', () => {
    fc.assert(fc.property(text, (s) => { expect(endsInWordOrDot(s)).toBe(/[\p{L}\p{N}.]\s*$/u.test(s)); }), { numRuns: 3000 });
  });
});
