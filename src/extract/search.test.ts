import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from './search.js';

describe('partitionPoint', () => {
  it('finds the first item that is not before the point', () => {
    const starts = [0, 4, 4, 9, 15];
    expect(partitionPoint(starts.length, (i) => starts[i] < 4)).toBe(1);
    expect(partitionPoint(starts.length, (i) => starts[i] <= 4)).toBe(3);
    expect(partitionPoint(starts.length, (i) => starts[i] < 100)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, at) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => x >= at);
        expect(partitionPoint(sorted.length, (i) => sorted[i] < at)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
