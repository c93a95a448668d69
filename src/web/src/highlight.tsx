// Renders a document's cleaned text with layers of highlighted spans (quotes, actors, events, a target passage).
// Spans may overlap: the text is cut at every span boundary and each piece carries the classes of the spans
// covering it. Pieces are text nodes inside <span>s: the document's own characters are never parsed as HTML.
import type { ComponentChildren } from 'preact';
import type { Span } from './api.js';
import { pieces, type Layer } from './text.js';

export type { Layer };

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
