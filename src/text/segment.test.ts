import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, splitParagraphs } from './segment.js';

describe('segment', () => {
  it('splits paragraphs on line breaks and sentences inside them, with exact offsets', () => {
    const text = 'The minister spoke first. She said the plan was ready.\n\nDr. Smith disagreed on Tuesday.';
    const { paragraphs, sentences } = segment(text);
    expect(paragraphs.map((p) => text.slice(...p.span))).toEqual([
      'The minister spoke first. She said the plan was ready.',
      'Dr. Smith disagreed on Tuesday.',
    ]);
    expect(sentences.map((s) => text.slice(...s.span))).toEqual([
      'The minister spoke first.',
      'She said the plan was ready.',
      'Dr. Smith disagreed on Tuesday.',
    ]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const text = '“We will not wait.” The envoy left.';
    const { sentences } = segment(text);
    expect(text.slice(...sentences[0].span)).toBe('“We will not wait.”');
  });

  it('marks a sentence scraped twice with a few words swapped as a repeat of the first', () => {
    const text =
      'Negotiators in the capital have worked hard to bring the northern provinces into the new accord.\n' +
      'Other news followed.\n' +
      'Negotiators in the capital worked have hard to bring the northern provinces into the new accord.';
    const { sentences } = segment(text);
    expect(sentences[2].repeatOf).toBe(0);
    expect(sentences[1].repeatOf).toBeNull();
  });

  it('marks a pull quote that restates a quote given later in two pieces', () => {
    const text =
      '“Nobody expected the vote to pass so quickly in the end” — Jane Roe, a senator\n' +
      'The bill passed on Friday.\n' +
      '“Nobody expected the vote to pass,” she said, “so quickly in the end.”';
    const { sentences } = segment(text);
    expect(sentences[0].repeatOf).not.toBeNull();
    expect(sentences.filter((s) => s.repeatOf !== null)).toHaveLength(1);
  });

  it('never throws on arbitrary text and every span lies inside it, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const { paragraphs, sentences } = segment(text);
        for (const p of paragraphs) expect(p.span[0] >= 0 && p.span[0] < p.span[1] && p.span[1] <= text.length).toBe(true);
        let last = 0;
        for (const s of sentences) {
          expect(s.span[0]).toBeGreaterThanOrEqual(last);
          expect(s.span[1]).toBeLessThanOrEqual(text.length);
          expect(s.span[0]).toBeLessThan(s.span[1]);
          last = s.span[1];
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds no paragraph in blank text', () => {
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });
});
