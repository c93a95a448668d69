import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

/** The regex the scanner implements, kept here as its specification. */
function reference(text: string, offset = 0) {
  const out = [];
  const re = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*|['’](?:s|t)\b|[^\s\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const lower = t.toLowerCase().replace(/’/g, "'");
    out.push({ text: t, lower, span: [offset + m.index, offset + m.index + t.length], word: /[\p{L}\p{N}]/u.test(t) && !lower.startsWith("'"), cap: /^\p{Lu}/u.test(t), plain: /^[A-Za-z0-9]+$/.test(t) });
  }
  return out;
}

describe('tokenize', () => {
  it('splits words, abbreviations, clitics and punctuation', () => {
    expect(tokenize('The U.S. and Franco-German AT&T’s deal, isn\'t it?', 10).map((t) => [t.text, t.lower, t.word, t.cap, t.span])).toEqual([
      ['The', 'the', true, true, [10, 13]],
      ['U.S.', 'u.s.', true, true, [14, 18]],
      ['and', 'and', true, false, [19, 22]],
      ['Franco-German', 'franco-german', true, true, [23, 36]],
      ['AT&T', 'at&t', true, true, [37, 41]],
      ['’s', "'s", false, false, [41, 43]],
      ['deal', 'deal', true, false, [44, 48]],
      [',', ',', false, false, [48, 49]],
      ['isn', 'isn', true, false, [50, 53]],
      ["'t", "'t", false, false, [53, 55]],
      ['it', 'it', true, false, [56, 58]],
      ['?', '?', false, false, [58, 59]],
    ]);
  });

  it('matches the regex on tricky text', () => {
    const samples = [
      'e.g. A.B test a.b.c. X.Y.Z and U.S.-led',
      "Hello—world… “quoted” ‘single’ 's 'sx 't_ ’t9",
      'Émile Zola à Paris; Łódź, Straße — ΑΘΗΝΑ, Москва 東京 ١٢٣',
      'emoji 😀 and 𝒜bc 𝟙𝟚 lone \ud800 high and \udc00 low',
      'tabs\tand\u00a0nbsp\u2009thin\u3000ideographic\ufeffbom',
      '--&& a-&b a&-b a- -a a&',
      // Lower case of capitalised ASCII words is taken from the whole text lower-cased, unless that changes lengths
      // ("İ" becomes two characters) or context (a Greek final sigma).
      'İstanbul Talks “Ended” ΟΔΟΣ.Α NATO',
      'ΟΔΟΣ.Α NATO “Said” KelvinK ẞig',
    ];
    for (const s of samples) expect(tokenize(s, 3)).toEqual(reference(s, 3));
  });

  it('matches the regex on random text', () => {
    const alphabet = fc.constantFrom(...'aZ.s t-&\'’ \t\n,“”é€😀\ud800\udc00ß1٣—_İΣΑ\u212a'.split(''), '😀', '𝒜');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
