import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps dotted initials whole and splits a sentence-final full stop off a word', () => {
    expect(texts('The U.S. envoy met Lena Ortiz.')).toEqual(['The', 'U.S.', 'envoy', 'met', 'Lena', 'Ortiz', '.']);
  });

  it('keeps the full stop of abbreviations and single capitals', () => {
    expect(texts('Dr. Ana J. Brun of Vexa Inc. spoke')).toEqual(['Dr.', 'Ana', 'J.', 'Brun', 'of', 'Vexa', 'Inc.', 'spoke']);
  });

  it("cuts possessive endings and marks them, but not a doubled 's", () => {
    const toks = tokenize("Ortiz's plan and the firm’s staff");
    expect(toks.map((t) => [t.text, t.possessive])).toEqual([
      ['Ortiz', true],
      ['plan', false],
      ['and', false],
      ['the', false],
      ['firm', true],
      ['staff', false],
    ]);
    expect(texts("it's's")).toEqual(["it's's"]);
  });

  it('joins words over inner hyphens, apostrophes and ampersands', () => {
    expect(texts('a well-known AT&T rock’n’roll O’Neil')).toEqual(['a', 'well-known', 'AT&T', 'rock’n’roll', 'O’Neil']);
  });

  it('gives exact spans, also after an offset', () => {
    const toks = tokenize('  Éva said: “no”', 10);
    expect(toks.map((t) => [t.text, [t.start, t.end]])).toEqual([
      ['Éva', [12, 15]],
      ['said', [16, 20]],
      [':', [20, 21]],
      ['“', [22, 23]],
      ['no', [23, 25]],
      ['”', [25, 26]],
    ]);
  });

  it('marks capitalised words and codes, and tokens after a line break', () => {
    const toks = tokenize('Éva met 5G and 2FA teams\nToday apt31 APT31');
    expect(toks.filter((t) => t.cap).map((t) => t.text)).toEqual(['Éva', '2FA', 'Today', 'APT31']);
    expect(toks.filter((t) => t.newline).map((t) => t.text)).toEqual(['Today']);
  });

  it('reads letters outside the basic plane as letters and other symbols as single tokens', () => {
    expect(texts('𝐀𝐁c 😀 x')).toEqual(['𝐀𝐁c', '😀', 'x']);
  });
});
