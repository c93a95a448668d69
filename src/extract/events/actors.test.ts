import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hasStateAbbreviation } from './actors.js';

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
