import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hasStateAbbreviation, properSpans } from './actors.js';
import { tokenize } from './tokens.js';
import { segment } from '../../text/segment.js';
import { extractDocument } from '../index.js';

describe('hasStateAbbreviation', () => {
  it('finds US, UK, EU and U.S./U.K. anywhere, as the regex it replaces does', () => {
    const re = /US|UK|EU|U\.[SsK]\./;
    for (const s of ['the US said', 'U.K.', 'U.s.', 'EU', 'USA', 'U.N.', 'U.', 'Ukraine', 'eu us', 'BUS', 'U.S', '']) expect(hasStateAbbreviation(s)).toBe(re.test(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('U', 'S', 's', 'K', 'E', '.', ' ', 'a'), { maxLength: 12 }), (chars) => {
        const s = chars.join('');
        expect(hasStateAbbreviation(s)).toBe(re.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('properSpans: abbreviated titles and initials', () => {
  const spans = (text: string) => properSpans(tokenize(text, 0), text, 0, { has: () => false }).map((p) => p.text);
  it('join the name after their full stop, and a dropped title leaves no full stop behind', () => {
    expect(spans('The vote was close, said Sen. Ada Brill, a Democrat.')).toEqual(['Sen. Ada Brill', 'Democrat']);
    expect(spans('They asked Mr. Brill.')).toEqual(['Brill']);
    expect(spans('The memo reached Gov. Ada T. Brill and J. R. Oakes.')).toEqual(['Gov. Ada T. Brill', 'J. R. Oakes']);
  });
});

describe('ActorIndex: a pronoun stands for the nearest person named before it', () => {
  it('a full name the actor extractor found counts, even inside a run the scan reads as a body', () => {
    const text = 'Tom Hale praised the plan. Senate Majority Leader Ada Brill says she met the Irish ambassador on Monday.';
    const meta = { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news' as const, url: null };
    const met = extractDocument({ text, meta, ...segment(text) }).events.filter((e) => e.category === 'Diplomatic action');
    expect(met.map((e) => e.actor)).toEqual(['Ada Brill']);
  });
});

describe('ActorIndex: a title gives the gender a pronoun must agree with', () => {
  it('"she" skips a person named "Mr." for the nearest one that may be a woman', () => {
    const text = 'Mrs. Prell met the mayor. Mr. Hale praised the plan, and she said it was fair.';
    const meta = { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news' as const, url: null };
    const said = extractDocument({ text, meta, ...segment(text) }).events.filter((e) => e.category === 'Public statement');
    expect(said.map((e) => e.actor)).toEqual(['Prell']);
  });
});
