// Binary search over sorted lists (tokens, mentions, sentences by offset): one implementation for every stage.

/** The first index in [0, length) where `before(i)` is false; `before` must hold on a prefix and then never again. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
