import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isFalseBreak, missedBreaks, segment, splitParagraphs } from './segment.js';
import { SHARED } from '../../test/helpers.js';

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

  it('does not end a sentence after a title, a number word or before a lower-case word', () => {
    const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(...s.span));
    expect(sentencesOf('Sen. Maria Ortiz (D-Ore.) said on Monday that the bill was dead. Her office confirmed it.')).toEqual([
      'Sen. Maria Ortiz (D-Ore.) said on Monday that the bill was dead.',
      'Her office confirmed it.',
    ]);
    expect(sentencesOf('The crowd cheered for the Rev. Samuel Okafor on Sunday.')).toEqual(['The crowd cheered for the Rev. Samuel Okafor on Sunday.']);
    expect(sentencesOf('“We are done here.” she said, and left the room.')).toEqual(['“We are done here.” she said, and left the room.']);
    // Real ends stay ends.
    expect(sentencesOf('He moved to the U.S. He works in Ohio now.')).toEqual(['He moved to the U.S.', 'He works in Ohio now.']);
    expect(sentencesOf('She thanked Gen. Park. Mr. Lee spoke next.')).toEqual(['She thanked Gen. Park.', 'Mr. Lee spoke next.']);
    // No sentence opens on a comma: a party label's full stop before "),".
    expect(sentencesOf('Rep. Bo Rix (R-Ind.), who chairs the panel, objected. He left.')).toEqual(['Rep. Bo Rix (R-Ind.), who chairs the panel, objected.', 'He left.']);
  });

  it('tells false breaks from real ones', () => {
    expect(isFalseBreak('The motion was backed by Rep.', 'Lena Holt of Maine.')).toBe(true);
    expect(isFalseBreak('See item No.', '4 on the list.')).toBe(true);
    expect(isFalseBreak('It was over.', 'iPhone sales fell.')).toBe(false);
    expect(isFalseBreak('It was over.', 'The vote came later.')).toBe(false);
    expect(isFalseBreak('The ruling came in Nov.', 'Officials appealed.')).toBe(false);
    // A party-and-state tag split at its space: "R-W. Va." is one tag.
    const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(...s.span));
    expect(sentencesOf('Sen. Ada Brisk, R-W. Va., toured the dam and argued for repairs. She left.')).toEqual([
      'Sen. Ada Brisk, R-W. Va., toured the dam and argued for repairs.',
      'She left.',
    ]);
    expect(isFalseBreak('The vote went to Plan D-E.', 'Voters were pleased.')).toBe(false);
  });

  it('splits where the splitter took a word for an abbreviation and ran two sentences together', () => {
    const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(...s.span));
    expect(sentencesOf('Asked about the levy, the mayor shook her head no. “We will not raise it,” she said.')).toEqual([
      'Asked about the levy, the mayor shook her head no.',
      '“We will not raise it,” she said.',
    ]);
    expect(sentencesOf('Ruth Vance, a nurse from Eugene, Ore. "The clinic saved my son," she said.')).toEqual([
      'Ruth Vance, a nurse from Eugene, Ore.',
      '"The clinic saved my son," she said.',
    ]);
    expect(sentencesOf('It was the one vote the governor would miss. She was abroad that week.')).toEqual([
      'It was the one vote the governor would miss.',
      'She was abroad that week.',
    ]);
    expect(sentencesOf('The committee voted no. Rep. Dana Kirk then walked out.')).toEqual(['The committee voted no.', 'Rep. Dana Kirk then walked out.']);
    expect(sentencesOf('The deal was signed by Harlow Freight Co. It closed the next day.')).toEqual(['The deal was signed by Harlow Freight Co.', 'It closed the next day.']);
    // Not after a title, an initial before a nickname, a name's initial, "vs.", or before a Roman numeral.
    for (const one of [
      'Sen. “Bud” Rhodes voted against it.',
      'Edward M. "Ted" Quill spoke first.',
      'Was it Paul I. Berne who called?',
      'The case of Ortiz vs. The State was heard on Monday.',
      'The rule is in part no. IV of the code.',
      'She has lived in the U.S. for a decade and works for the U.S. Postal Service.',
    ])
      expect(sentencesOf(one)).toEqual([one]);
    expect(missedBreaks('He left at 9 p.m. They stayed.')).toEqual([18]);
  });

  it('keeps a numbered list item\'s number with the item, and splits nothing else around numbers', () => {
    const text = 'She listed three fixes. 1. Cut the fares. 2) Add more buses.\n3. Open the depot.\n\nThe team scored 10. 12 fans left early. Her rank is No. 2 in the party.';
    expect(segment(text).sentences.map((s) => text.slice(...s.span))).toEqual([
      'She listed three fixes.',
      '1. Cut the fares.',
      '2) Add more buses.',
      '3. Open the depot.',
      'The team scored 10.',
      '12 fans left early.',
      'Her rank is No. 2 in the party.',
    ]);
  });

  it('passes at least 36 of the 51 English golden rules (wink-nlp alone: 31; sentence-splitter: 36)', () => {
    const golden = JSON.parse(readFileSync(`${SHARED}/eval/sentence-boundaries/golden-rules-en.json`, 'utf8')) as {
      cases: { name: string; input: string; output: string[] }[];
    };
    const passed = golden.cases.filter((c) => {
      const got = segment(c.input).sentences.map((s) => c.input.slice(...s.span).trim());
      return JSON.stringify(got) === JSON.stringify(c.output.map((o) => o.trim()));
    });
    console.log(`golden rules: ${passed.length} of ${golden.cases.length}`);
    expect(passed.length).toBeGreaterThanOrEqual(36);
  });
});
