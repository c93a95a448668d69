import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDoubledApostrophes } from './doubled-apostrophes.js';

describe('readDoubledApostrophes', () => {
  it('reads two apostrophes around words as double quotation marks, keeping every offset', () => {
    const text = "''We will not leave,'' she said. ''Not now.'' He called it ''a bluff.''";
    const read = readDoubledApostrophes(text);
    expect(read).toBe(' "We will not leave,"  she said.  "Not now."  He called it  "a bluff." ');
    expect(read.length).toBe(text.length);
  });
  it('takes the last two of three closing marks, and the first two of three opening ones, around a nested quote', () => {
    const text = "''We hear 'it is a special case,''' he said. '''Never,' they say,'' she added.";
    expect(readDoubledApostrophes(text)).toBe(' "We hear \'it is a special case,\'"  he said.  "\'Never,\' they say,"  she added.');
  });
  it('leaves apostrophes that are no quotation marks', () => {
    for (const text of ["the '90s and rock 'n' roll", "Ms. O'Neill's car", "the Jones'' house"]) expect(readDoubledApostrophes(text)).toBe(text);
  });
  it('never changes the length of any text', () => {
    fc.assert(fc.property(fc.string(), (s) => readDoubledApostrophes(s).length === s.length));
    fc.assert(fc.property(fc.array(fc.constantFrom("''", ' ', 'a', '.', ',', '\n', "'")).map((a) => a.join('')), (s) => readDoubledApostrophes(s).length === s.length));
  });
});
