// The profile record (profile.md, cli.md): what `profile --format json` prints and what md/html render.
import type { DateValue, DocumentKind, EventCategory, Span } from './index.js';

/** A pointer to evidence: `source` indexes `sources` (its `n`), `span` indexes that document's cleaned text. */
export interface Citation {
  source: number;
  span: Span;
  /** The cited passage itself (what the span holds), so renderers can show it without the store. */
  text?: string;
}

export interface ProfileSource {
  n: number;
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  kind: DocumentKind;
  path: string | null;
  url: string | null;
}

export interface Profile {
  person: { name: string; aliases: string[]; key?: string; type?: string };
  topic: string | { label: string; terms: string[]; [k: string]: unknown };
  /** `paragraph` groups summary sentences into paragraphs; `note` marks a remark about the evidence itself. */
  summary: { text: string; citations: Citation[]; paragraph?: number; note?: boolean }[];
  context: { text: string; citations: Citation[] }[];
  actions: { category: EventCategory; text: string; date: DateValue | null; citations: Citation[] }[];
  quotes: { text: string; date: DateValue | null; citations: Citation[] }[];
  criticism: { text: string; critic: string | null; citations: Citation[] }[];
  timeline: { date: DateValue; text: string; citations: Citation[] }[];
  related: { name: string; type: string; relation: string; citations: Citation[] }[];
  disputed: { text: string; citations: Citation[] }[];
  sources: ProfileSource[];
}

/** The outcome of asking for a profile: a profile, or why there is none (ambiguous or unknown person). */
export type ProfileResult =
  | { status: 'ok'; profile: Profile; explain?: unknown }
  | { status: 'ambiguous'; message: string; candidates: string[] }
  | { status: 'unknown'; message: string; suggestions: string[] };
