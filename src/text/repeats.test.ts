import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentWords, wordsOf } from './repeats.js';
import { segment, splitText } from './segment.js';

describe('documentWords', () => {
  it('gives the words wordsOf gives, for the document and for each sentence', () => {
    const text = 'The envoy didn’t sign. “We won’t,” she said.\n\nTalks resume in Geneva on 4 May. Ünïcode ﬁne.';
    const { sentences } = splitText(text);
    const got = documentWords(text, sentences);
    expect(got.words).toEqual(wordsOf(text));
    expect(got.bySentence).toEqual(sentences.map((s) => wordsOf(text.slice(...s.span))));
    expect(got.words).toContain('didnt');
  });

  it('never differs from wordsOf on the whole text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const { sentences } = segment(text);
        expect(documentWords(text, sentences).words).toEqual(wordsOf(text));
      }),
      { numRuns: 300 },
    );
  });
});
