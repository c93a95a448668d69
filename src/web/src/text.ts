// Pure text helpers of the web app (tested in text.test.ts): cutting text at highlight boundaries, reading the
// search snippet's <mark> tags, and deciding which document links may become links.
import type { Span } from './api.js';

export interface Layer {
  span: Span;
  /** CSS class naming the layer: 'hl-quote', 'hl-actor', 'hl-event', 'hl-target'. */
  cls: string;
  /** What the span is, shown on hover and read by screen readers. */
  label: string;
}

/** Cuts [from, to) at every layer boundary; returns pieces with the layers covering each. */
export function pieces(from: number, to: number, layers: Layer[]): { start: number; end: number; layers: Layer[] }[] {
  const inside = layers.filter((l) => l.span[0] < to && l.span[1] > from && l.span[1] > l.span[0]);
  const cuts = new Set<number>([from, to]);
  for (const l of inside) {
    cuts.add(Math.max(from, l.span[0]));
    cuts.add(Math.min(to, l.span[1]));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    out.push({ start, end, layers: inside.filter((l) => l.span[0] <= start && l.span[1] >= end) });
  }
  return out;
}

/**
 * The API wraps matches in <mark>…</mark> and leaves the rest of a snippet as raw document text: split on
 * exactly those two tags and nothing else, so any other markup stays text.
 */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const p of snippet.split(/(<mark>|<\/mark>)/)) {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else if (p) out.push({ text: p, marked });
  }
  return out;
}

/** Only http(s) links from documents become links; anything else (javascript:, data:, …) stays text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date prefix shown at its precision: '2019' → '2019', '2019-05' → 'May 2019', '2019-05-03' → '3 May 2019'. */
export function formatDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, da] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return da ? `${Number(da)} ${month} ${y}` : `${month} ${y}`;
}
