// Records produced by the extraction stage (pure: text in, records out) and kept by the store.
import type { DateValue, Span } from './document.js';

export const ACTOR_TYPES = [
  'person',
  'state',
  'place',
  'organisation',
  'agency',
  'company',
  'threat-actor',
  'media',
  'initiative',
  'group',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** One occurrence of an actor in a document's cleaned text. */
export interface MentionRecord {
  span: Span;
  text: string;
  sentence: number;
  /** How the mention refers: by name, alias, title/description ("the French president") or pronoun. */
  via: 'name' | 'alias' | 'description' | 'pronoun';
}

/** A role or title an actor holds, with the passage that says so. */
export interface RoleRecord {
  text: string;
  span: Span;
}

/** An actor as found in one document. `key` is the canonical key used to merge actors across documents. */
export interface EntityRecord {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: RoleRecord[];
  mentions: MentionRecord[];
}

/** An actor across the corpus (merged from per-document EntityRecords). */
export interface ActorSummary {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  mentions: number;
  documents: number;
}

/** A direct quotation: verbatim words in quotation marks. `text` equals the stored slice at `span`. */
export interface QuoteRecord {
  text: string;
  /** Span of the quoted words without their quotation marks. */
  span: Span;
  /** Canonical name of the speaker, or null when unknown (scare quotes, terms, unattributed). */
  speaker: string | null;
  speakerKey: string | null;
  /** 'speech' = someone's words; 'partial' = a fragment inside the writer's sentence; 'term' = scare quote. */
  kind: 'speech' | 'partial' | 'term';
  /** The attribution cue ("said", "told", "according to"), if any. */
  cue: string | null;
  /** Where the speaker is named or referred to for this quote (may be a pronoun). */
  speakerSpan: Span | null;
  sentence: number;
  /** Set when the quote repeats an earlier one in the same document (pull quote): counted once. */
  repeatOf: number | null;
  date: DateValue | null;
}

/** Reported (indirect) speech: "X said that …", "X warned …". */
export interface StatementRecord {
  speaker: string | null;
  speakerKey: string | null;
  cue: string;
  /** What was said, in the writer's words. */
  text: string;
  /** The whole evidence passage (usually the sentence). */
  span: Span;
  contentSpan: Span;
  sentence: number;
  date: DateValue | null;
}

/** A date expression found in text, resolved against the document date where relative. */
export interface DateMention {
  text: string;
  span: Span;
  sentence: number;
  date: DateValue;
  relative: boolean;
}

export const EVENT_CATEGORIES = [
  'Public statement',
  'Appeal or call',
  'Diplomatic action',
  'Agreement or initiative',
  'Investigation',
  'Demand',
  'Accusation or attribution',
  'Denial or rejection',
  'Threat or warning',
  'Sanction or legal action',
  'Cyber operation',
  'Military action',
  'Policy decision',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** A typed action or event (codebook.md). */
export interface EventRecord {
  category: EventCategory;
  /** Canonical names. */
  actor: string | null;
  actorKey: string | null;
  target: string | null;
  targetKey: string | null;
  /** Short description of what was done. */
  text: string;
  trigger: string;
  date: DateValue | null;
  place: string | null;
  span: Span;
  sentence: number;
  /** Events the text reports as not done, only possible, or demanded are typed accordingly, never as done. */
  polarity: 'asserted' | 'negated';
  modality: 'actual' | 'hypothetical' | 'demanded' | 'reported';
  /** Optional: where the trigger word(s) sit (inside `span`). */
  triggerSpan?: Span;
  /** Optional: the act a Demand, Appeal or Denial is about (demanded attribution, declined to sign…), not performed. */
  about?: EventCategory | null;
  /** Optional: the person a body acts for ("the Elysée", "the French government" → the French president). */
  actingFor?: string | null;
  actingForKey?: string | null;
}

/** A hostile cyber operation with who attributes it to whom (EuRepoC-style). */
export interface CyberOperationRecord {
  name: string;
  targets: string[];
  attributedTo: string[];
  attributions: {
    by: string;
    how: 'official' | 'unofficial' | 'technical' | 'demanded' | 'declined';
    date: DateValue | null;
    span: Span;
    /** Optional: whom this attribution names (null when declined without naming anyone). */
    to?: string | null;
  }[];
  responses: { by: string; category: EventCategory; text: string; date: DateValue | null; span: Span }[];
  date: DateValue | null;
  span: Span;
}

/** Everything extraction finds in one document. */
export interface Extraction {
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  statements: StatementRecord[];
  dates: DateMention[];
  events: EventRecord[];
  operations: CyberOperationRecord[];
}

export const emptyExtraction = (): Extraction => ({
  entities: [],
  quotes: [],
  statements: [],
  dates: [],
  events: [],
  operations: [],
});
