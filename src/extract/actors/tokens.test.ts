import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokens.js';

// What the scan must give, written with the pattern it stands for: the matches of TOKEN, a full stop split off a
// word unless the word is an abbreviation or a single capital, a possessive ending cut off and marked.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.?|\S/gu;
const ABBREVIATIONS = 'mr mrs ms dr sen sens rep reps gov st jr sr lt gen col maj capt sgt adm prof rev inc corp co ltd no vs mt ft fla calif mass ariz wis'.split(' ');
function viaPattern(s: string) {
  const out: [string, number, boolean, boolean, boolean, boolean][] = [];
  const word = (t: string, start: number, newline: boolean) => {
    let possessive = false;
    if (/^.+['’]s$/su.test(t) && !/^['’]s$|['’]s['’]s$/u.test(t)) {
      possessive = true;
      t = t.slice(0, -2);
    } else if (/^\p{Lu}.*s['’]$/u.test(t)) {
      possessive = true;
      t = t.slice(0, -1);
    }
    out.push([t, start, /^\p{Lu}/u.test(t) || /^\p{N}*\p{Lu}{2,}\p{N}*$/u.test(t), true, possessive, newline]);
  };
  let last = 0;
  for (const m of s.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index!;
    const newline = s.slice(last, start).includes('\n');
    last = start + t.length;
    if (!/^[\p{L}\p{N}]/u.test(t)) out.push([t, start, false, false, false, newline]);
    else if (t.length > 1 && t.endsWith('.') && !/^(?:\p{Lu}\.){2,}$/u.test(t) && !ABBREVIATIONS.includes(t.slice(0, -1).toLowerCase()) && !/^\p{Lu}$/u.test(t.slice(0, -1))) {
      word(t.slice(0, -1), start, newline);
      out.push(['.', last - 1, false, false, false, false]);
    } else word(t, start, newline);
  }
  return out;
}
const pieces = ['a', 'Z', 's', 'é', 'É', 'Ω', '7', '٣', '𝐀', '𝟙', '😀', ' ', '\n', '\u00a0', "'", '’', '-', '&', '.', '_', ',', "'s", '’s', 'Mr', 'calif', 'A.', 'U.S.', '2FA', '5G', '2020', '\ud800', '\udc00'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives the tokens of the pattern it stands for', () => {
    const scanned = (s: string) => tokenize(s).map((t) => [t.text, t.start, t.cap, t.word, t.possessive, t.newline]);
    fc.assert(fc.property(text, (s) => { expect(scanned(s)).toEqual(viaPattern(s)); }), { numRuns: 20000 });
  });

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

describe('tokenize: possessives inside names', () => {
  it("keeps a collective noun's possessive whole before a capitalised word, and cuts it elsewhere", () => {
    const toks = tokenize("the People's Liberation Army, the Workers' Party and the people's choice, the Workers' vote");
    expect(toks.filter((t) => t.word).map((t) => [t.text, t.possessive])).toEqual([
      ['the', false],
      ["People's", false],
      ['Liberation', false],
      ['Army', false],
      ['the', false],
      ["Workers'", false],
      ['Party', false],
      ['and', false],
      ['the', false],
      ['people', true],
      ['choice', false],
      ['the', false],
      ['Workers', false],
      ['vote', false],
    ]);
  });
});
