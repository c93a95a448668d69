// Renders a document's cleaned text with layers of highlighted spans (quotes, actors, events, a target passage).
// Spans may overlap: the text is cut at every span boundary and each piece carries the classes of the spans
// covering it. Pieces are text nodes inside <span>s: the document's own characters are never parsed as HTML.
import type { ComponentChildren } from 'preact';
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

export function HighlightedText({ text, from, to, layers }: { text: string; from: number; to: number; layers: Layer[] }) {
  const out: ComponentChildren[] = [];
  for (const p of pieces(from, to, layers)) {
    const slice = text.slice(p.start, p.end);
    if (!p.layers.length) {
      out.push(slice);
      continue;
    }
    const cls = [...new Set(p.layers.map((l) => l.cls))].join(' ');
    const title = [...new Set(p.layers.map((l) => l.label))].join(' · ');
    out.push(
      <span key={p.start} class={cls} title={title} data-start={p.start}>
        {slice}
      </span>,
    );
  }
  return <>{out}</>;
}

/** Paragraph spans, or the whole text as one paragraph when segmentation gave none. */
export function paragraphsOf(text: string, paragraphs: Span[]): Span[] {
  return paragraphs.length ? paragraphs : [[0, text.length]];
}
