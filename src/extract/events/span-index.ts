// A set of spanned items kept sorted by start, so that the items overlapping or enclosing a span are found by
// binary search instead of a scan of the whole document's mentions.
import type { Span } from '../../model/index.js';
import { partitionPoint } from '../search.js';

export class SpanIndex<T extends { span: Span }> {
  private readonly items: T[] = [];
  /** The longest span ever inserted: an item touching [a, b] starts no earlier than a - maxLength. */
  private maxLength = 0;

  /** The items, sorted by start (equal starts in insertion order). */
  get list(): readonly T[] {
    return this.items;
  }

  insert(item: T): void {
    // After items with the same start, so equal starts keep insertion order.
    const at = this.firstStartAfter(item.span[0]);
    // Items mostly arrive in text order: appending is the common case, and splice allocates an array each call.
    if (at === this.items.length) this.items.push(item);
    else this.items.splice(at, 0, item);
    this.maxLength = Math.max(this.maxLength, item.span[1] - item.span[0]);
  }

  remove(item: T): void {
    const at = this.items.indexOf(item, firstStartingAt(this.items, item.span[0]));
    if (at >= 0) this.items.splice(at, 1);
  }

  /**
   * Every item that may overlap, enclose or lie inside [from, to]: those starting in [from - maxLength, to].
   * Callers apply their exact test to these.
   */
  near(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = firstStartingAt(this.items, from - this.maxLength); i < this.items.length && this.items[i].span[0] <= to; i++) out.push(this.items[i]);
    return out;
  }

  /** Whether an item has exactly this span. */
  has(span: Span): boolean {
    for (let i = firstStartingAt(this.items, span[0]); i < this.items.length && this.items[i].span[0] === span[0]; i++) {
      if (this.items[i].span[1] === span[1]) return true;
    }
    return false;
  }

  /** Whether an item's span encloses [from, to]. */
  encloses(from: number, to: number): boolean {
    for (let i = firstStartingAt(this.items, to - this.maxLength); i < this.items.length && this.items[i].span[0] <= from; i++) {
      if (this.items[i].span[1] >= to) return true;
    }
    return false;
  }

  private firstStartAfter(start: number): number {
    return partitionPoint(this.items.length, (i) => this.items[i].span[0] <= start);
  }
}

/** Index of the first item of a start-sorted list whose span starts at or after `start`. */
export function firstStartingAt<T extends { span: Span }>(sorted: readonly T[], start: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i].span[0] < start);
}
