// Trigger lexicon for typed events: loads data/event-triggers.json and matches its patterns on word tokens.
import { readFileSync } from 'node:fs';
import type { EventCategory, Span } from '../../model/index.js';
import type { Token } from './tokens.js';
import { escapeRegExp } from '../../text/regexp.js';

export { tokenize, type Token } from './tokens.js';

interface TriggerData {
  irregular: Record<string, string[]>;
  categories: Record<string, { verbs: string[]; nouns: string[] }>;
  objectVerbs: { verbs: string[]; classes: Record<string, string[]> };
  policyNames: { heads: string[] };
  stanceCall: { nouns: string[] };
  frames: Record<string, { category: string; cues: string[]; needsAct?: string[]; pledges?: { cues: string[]; consequenceVerbs: string[] } } | string>;
  negation: { cues: string[]; exceptions: string[] };
  /** occasionNouns: what something is said in or at ("in a 2012 interview"); reportNouns: "allegations that …". */
  modality: { hypothetical: string[]; reported: string[]; reportingVerbs: string[]; occasionNouns?: string[]; reportNouns?: string[] };
  cyberContext: { words: string[] };
  cyberNeedsContext: string[];
  militaryContext: { words: string[] };
  militaryNeedsContext: string[];
  breachedNorms: { words: string[] };
  patientParticiples: { words: string[] };
  feelingParticiples: { words: string[] };
  addressKinds: { words: string[] };
  privateVisits: { words: string[] };
  diplomaticGuests: { words: string[] };
  proposedActs: { words: string[] };
  faultingVerbs: { words: string[] };
  notMet: { words: string[] };
  chargedWithTask: { bodies: string[]; gerunds: string[] };
  possibilityNouns: { words: string[] };
  attributableActs: { words: string[] };
  unrealisedBeforeTo: { words: string[] };
  internalMeetings: { words: string[] };
  preventingWords: { words: string[] };
}

export const TRIGGER_DATA: TriggerData = JSON.parse(
  readFileSync(new URL('../../../data/event-triggers.json', import.meta.url), 'utf8'),
);

export type TriggerKind = 'verb' | 'noun' | 'object' | 'frame';
export type FrameKind = 'decline' | 'demand' | 'appeal' | 'threat';

export interface TriggerPattern {
  source: string;
  kind: TriggerKind;
  /** Fixed category; object verbs decide theirs from the object noun. */
  category: EventCategory | null;
  frame: FrameKind | null;
  slots: (Set<string> | '*')[];
  /** Index of the inflected (verb) slot, or -1. */
  verbSlot: number;
  /** The base form of the inflected word, e.g. 'target' for 'target~'. */
  verbBase: string | null;
  /** A frame that is an event only when it embeds an act ("failed to win" is no rejection). */
  needsAct: boolean;
}

/** Inflected forms of an English verb or noun base (regular rules plus the irregular table). */
export function inflect(base: string, irregular: Record<string, string[]> = TRIGGER_DATA.irregular): string[] {
  const forms = new Set<string>([base]);
  const sibilant = /(s|sh|ch|x|z)$/.test(base);
  if (base.endsWith('e')) {
    forms.add(base + 's');
    forms.add(base + 'd');
    forms.add(base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + 'ies');
    forms.add(base.slice(0, -1) + 'ied');
    forms.add(base + 'ing');
  } else {
    forms.add(base + (sibilant ? 'es' : 's'));
    forms.add(base + 'ed');
    forms.add(base + 'ing');
  }
  // A final consonant may double ("expel" → "expelled", "plan" → "planned"); an unused form costs nothing.
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(base)) {
    const last = base[base.length - 1];
    forms.add(base + last + 'ed');
    forms.add(base + last + 'ing');
  }
  for (const f of irregular[base] ?? []) forms.add(f);
  return [...forms];
}

function compile(source: string, kind: TriggerKind, category: EventCategory | null, frame: FrameKind | null, needsAct = false): TriggerPattern {
  let verbSlot = -1;
  let verbBase: string | null = null;
  const slots = source
    .toLowerCase()
    .split(/\s+/)
    .map((w, i): Set<string> | '*' => {
      if (w === '*') return '*';
      const alts = w.split('|');
      const forms = new Set<string>();
      for (const a of alts) {
        if (a.endsWith('~')) {
          const base = a.slice(0, -1);
          if (verbSlot < 0) {
            verbSlot = i;
            verbBase = base;
          }
          for (const f of inflect(base)) forms.add(f);
        } else forms.add(a.replace(/’/g, "'"));
      }
      return forms;
    });
  return { source, kind, category, frame, slots, verbSlot, verbBase, needsAct };
}

function buildPatterns(): TriggerPattern[] {
  const out: TriggerPattern[] = [];
  for (const [cat, lists] of Object.entries(TRIGGER_DATA.categories)) {
    for (const v of lists.verbs) out.push(compile(v, 'verb', cat as EventCategory, null));
    for (const n of lists.nouns) out.push(compile(n, 'noun', cat as EventCategory, null));
  }
  for (const v of TRIGGER_DATA.objectVerbs.verbs) out.push(compile(v, 'object', null, null));
  for (const [kind, f] of Object.entries(TRIGGER_DATA.frames)) {
    if (typeof f === 'string') continue;
    for (const c of f.cues) out.push(compile(c, 'frame', f.category as EventCategory, kind as FrameKind, (f.needsAct ?? []).includes(c)));
  }
  return out;
}

export const PATTERNS = buildPatterns();

/**
 * One-word noun triggers that are also a form of some trigger verb ("address", "attacks", "interview"): where the
 * tagger reads one as a verb ("have regional actors address conflicts"), no noun pattern applies.
 */
export const NOUN_VERB_FORMS: ReadonlySet<string> = (() => {
  const verbForms = new Set<string>();
  for (const p of PATTERNS) if (p.verbSlot >= 0) for (const f of p.slots[p.verbSlot] as Set<string>) verbForms.add(f);
  const out = new Set<string>();
  for (const p of PATTERNS) if (p.kind === 'noun' && p.slots.length === 1) for (const f of p.slots[0] as Set<string>) if (verbForms.has(f)) out.add(f);
  return out;
})();

/** Patterns indexed by the forms of their first slot: the cheap prefilter. */
const BY_FIRST = new Map<string, TriggerPattern[]>();
for (const p of PATTERNS) {
  const first = p.slots[0];
  if (first === '*') continue;
  for (const f of first) {
    const list = BY_FIRST.get(f) ?? [];
    list.push(p);
    BY_FIRST.set(f, list);
  }
}

/**
 * A quick "no" before the map lookup, for the 98% of tokens that start no pattern: which (first letter, second
 * letter, length) a first-slot form of a–z letters has. Other words (punctuation, numbers) are looked up only if
 * some form is not of that shape.
 */
const FIRST_SHAPES = new Uint8Array(26 * 26 * 32);
const shapeOf = (w: string): number => {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? (a * 26 + b) * 32 + Math.min(w.length, 31) : -1;
};
for (const f of BY_FIRST.keys()) if (shapeOf(f) >= 0) FIRST_SHAPES[shapeOf(f)] = 1;
/** Whether some first-slot form has no shape (not two a–z letters first): only then are such words looked up. */
const UNSHAPED_FIRST = [...BY_FIRST.keys()].some((f) => shapeOf(f) < 0);
const mayStartPattern = (w: string): boolean => {
  const k = shapeOf(w);
  return k < 0 ? UNSHAPED_FIRST : FIRST_SHAPES[k] === 1;
};

export interface TriggerMatch {
  pattern: TriggerPattern;
  /** Token indices [first, last] inclusive. */
  first: number;
  last: number;
  /** Token index of the inflected word (the verb), or `first`. */
  head: number;
  span: Span;
}

const GAP = 4;

/** Tries one pattern at token i; returns the index of the last token matched, or -1. */
function matchAt(p: TriggerPattern, toks: Token[], i: number, slot = 0, verbAt: number[] = []): number {
  if (slot === p.slots.length) return i - 1;
  const s = p.slots[slot];
  if (s === '*') {
    // Skip up to GAP words but never a clause break.
    for (let skip = 0, j = i; skip <= GAP && j <= toks.length; skip++, j++) {
      const end = matchAt(p, toks, j, slot + 1, verbAt);
      if (end >= 0) return end;
      if (j >= toks.length || !toks[j].word) break;
    }
    return -1;
  }
  if (i >= toks.length || !s.has(toks[i].lower)) return -1;
  if (slot === p.verbSlot) verbAt[0] = i;
  return matchAt(p, toks, i + 1, slot + 1, verbAt);
}

/** All pattern matches in a token list (overlaps kept; the caller chooses). */
export function findTriggers(toks: Token[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    const cands = mayStartPattern(w) ? BY_FIRST.get(w) : undefined;
    if (!cands) continue;
    for (const p of cands) {
      const verbAt: number[] = [];
      const last = matchAt(p, toks, i, 0, verbAt);
      if (last < 0) continue;
      out.push({ pattern: p, first: i, last, head: verbAt[0] ?? i, span: [toks[i].span[0], toks[last].span[1]] });
    }
  }
  return out;
}

const OBJECT_CLASSES = new Map<string, EventCategory>();
for (const [cat, nouns] of Object.entries(TRIGGER_DATA.objectVerbs.classes)) {
  for (const n of nouns) if (!OBJECT_CLASSES.has(n)) OBJECT_CLASSES.set(n, cat as EventCategory);
}

/** Category that an object noun gives an object verb ('launched an initiative' → Agreement or initiative). */
export function objectClass(word: string): EventCategory | null {
  return OBJECT_CLASSES.get(word.toLowerCase()) ?? null;
}

export const CYBER_CONTEXT = new Set(TRIGGER_DATA.cyberContext.words);
export const CYBER_NEEDS_CONTEXT = new Set(TRIGGER_DATA.cyberNeedsContext.map((w) => w.replace(/~$/, '')));
export const MILITARY_CONTEXT = new Set(TRIGGER_DATA.militaryContext.words);
export const MILITARY_NEEDS_CONTEXT = new Set(TRIGGER_DATA.militaryNeedsContext.map((w) => w.replace(/~$/, '')));
export const STANCE_NOUNS = TRIGGER_DATA.stanceCall.nouns;
export const POLICY_HEADS = TRIGGER_DATA.policyNames.heads;

/** Builds a case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: string[], flags = 'i'): RegExp {
  const esc = phrases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/'/g, "['’]").replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${esc.join('|')})(?![\\p{L}\\p{N}])`, flags + 'u');
}

const threatFrame = TRIGGER_DATA.frames.threat;
const pledges = typeof threatFrame === 'object' ? threatFrame.pledges : undefined;
/** Threat cues that promise an act ("vow~ to"): a threat only when a consequence verb follows. */
export const PLEDGE_CUES = new Set(pledges?.cues ?? []);
export const CONSEQUENCE_VERBS = new Set(pledges?.consequenceVerbs ?? []);
