import { describe, expect, it } from 'vitest';
import { allMatches } from './regex.js';

describe('allMatches', () => {
  it('gives what matchAll gives, and can be called again on the same regex', () => {
    const re = /\b([A-Z]\w+)\s+(said|says)\b/g;
    const text = 'Ana Ruiz said it twice; later Bo says no, and Ruiz said so.';
    const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
    expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(want);
    expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(want);
  });
  it('steps over empty matches', () => {
    expect(allMatches(/x*/g, 'axb').map((m) => [m.index, m[0]])).toEqual([...'axb'.matchAll(/x*/g)].map((m) => [m.index, m[0]]));
    expect(allMatches(/x*/gu, 'a😀x').map((m) => [m.index, m[0]])).toEqual([...'a😀x'.matchAll(/x*/gu)].map((m) => [m.index, m[0]]));
  });
});
