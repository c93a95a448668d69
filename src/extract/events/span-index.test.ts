import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../model/index.js';
import { SpanIndex, firstStartingAt } from './span-index.js';

type Item = { span: Span; id: number };

describe('SpanIndex', () => {
  it('answers like a scan of all items, through inserts and removals', () => {
    const op = fc.record({ start: fc.nat(60), length: fc.nat(12), remove: fc.boolean(), query: fc.tuple(fc.nat(80), fc.nat(15)) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new SpanIndex<Item>();
        let all: Item[] = [];
        ops.forEach((o, id) => {
          if (o.remove && all.length) {
            const gone = all[id % all.length];
            index.remove(gone);
            all = all.filter((x) => x !== gone);
          } else {
            const item = { span: [o.start, o.start + o.length] as Span, id };
            index.insert(item);
            all.push(item);
          }
          const [a, len] = o.query;
          const b = a + len;
          const touching = all.filter((m) => (m.span[0] < b && a < m.span[1]) || (m.span[0] >= a && m.span[1] <= b));
          const near = new Set(index.near(a, b));
          for (const m of touching) expect(near.has(m)).toBe(true);
          expect(index.encloses(a, b)).toBe(all.some((m) => m.span[0] <= a && b <= m.span[1]));
          expect(index.has([a, b])).toBe(all.some((m) => m.span[0] === a && m.span[1] === b));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds the first item starting at or after a position', () => {
    const sorted = [0, 2, 2, 5].map((s) => ({ span: [s, s + 1] as Span }));
    expect([-1, 0, 1, 2, 3, 5, 6].map((p) => firstStartingAt(sorted, p))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
