import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentenceRecord } from '../model/index.js';
import { markRepeats, wordsOf } from './repeats.js';

// The general rule wordsOf must agree with: lower case, NFKC, apostrophes dropped, runs of letters and digits.
const wordsByRule = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

const sentencesOf = (parts: string[]) => {
  const sentences: SentenceRecord[] = [];
  let at = 0;
  for (const p of parts) {
    sentences.push({ index: sentences.length, paragraph: 0, span: [at, at + p.length], repeatOf: null });
    at += p.length + 1;
  }
  return { text: parts.join(' '), sentences };
};

describe('wordsOf', () => {
  it('gives the words of the general rule for text of ASCII, punctuation and any other characters', () => {
    const typographic = [...'“”‘’–—…\u00a0\u2009\u200b\u2032\u2033‼⁇«»½²éßİﬁＡ１'];
    const char = fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 1 }), fc.constantFrom(...typographic));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        expect(wordsOf(s)).toEqual(wordsByRule(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins words across apostrophes and keeps accented letters', () => {
    expect(wordsOf('Don’t stop — it’s “Élysée” time…')).toEqual(['dont', 'stop', 'its', 'élysée', 'time']);
  });
});

describe('markRepeats', () => {
  it('marks the later of two sentences that share most words, and not sentences that share a few', () => {
    const { text, sentences } = sentencesOf([
      'The minister told reporters on Tuesday that the new rules would take effect in spring.',
      'Opposition parties said the rules came far too late for the farmers affected by the drought.',
      'The minister told reporters on Tuesday that the new rules will take effect in the spring.',
      'The minister told reporters on Friday that nothing had been decided about the farmers.',
    ]);
    markRepeats(text, sentences);
    expect(sentences.map((s) => s.repeatOf)).toEqual([null, null, 0, null]);
  });
});

describe('markRepeats finds near copies without comparing every pair', () => {
  // The definition: a sentence of 6+ words repeats the earliest earlier sentence whose word set is a near copy of its
  // own (similar size, Jaccard ≥ 0.8).
  const jaccard = (a: Set<string>, b: Set<string>) => {
    const inter = [...a].filter((w) => b.has(w)).length;
    return inter / (a.size + b.size - inter || 1);
  };
  const byDefinition = (parts: string[]) => {
    const words = parts.map((p) => new Set(wordsOf(p)));
    return words.map((w, i) => {
      if (w.size < 6) return null;
      for (let j = 0; j < i; j++) if (Math.min(w.size, words[j].size) / Math.max(w.size, words[j].size) >= 0.8 && jaccard(w, words[j]) >= 0.8) return j;
      return null;
    });
  };
  it('marks the same sentences as comparing every earlier sentence would', () => {
    // Few distinct words, so that near copies (and near misses) are common.
    const sentence = fc.array(fc.constantFrom(...'the mayor said port fees will rise in may and june to pay for new docks'.split(' ')), { minLength: 3, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), (list) => {
        const parts = list.map((ws) => ws.join(' ') + '.');
        const { text, sentences } = sentencesOf(parts);
        markRepeats(text, sentences);
        const want = byDefinition(parts);
        sentences.forEach((s, i) => {
          if (want[i] === null) expect(s.repeatOf).toBeNull();
          else expect(s.repeatOf).toBe(want[i]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
