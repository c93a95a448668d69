// Clause-level helpers for events: where a clause starts and ends, what is parenthetical, and whether an act is
// negated, hypothetical, demanded or only reported.
import type { Span } from '../../model/index.js';
import { TRIGGER_DATA, phraseRegex, type Token } from './triggers.js';

/** Words that open a new clause: the subject of a verb after them is found after them. */
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'but', 'because', 'although', 'though',
  'if', 'unless', 'after', 'before', 'until', 'once', 'whether', 'so',
]);
/** Single-character tokens that always end a clause (what /^[;:—–“”"()[\]]$/ matches, without a regex per token). */
const HARD_CHARS = ';:—–“”"()[]';
const isHardBreak = (text: string): boolean => text.length === 1 && HARD_CHARS.includes(text);

/** A hyphen with space on both sides, which stands for a dash ("in Vietnam - ''13 months in hell'' - and said"). */
function spacedHyphen(toks: Token[], i: number): boolean {
  return toks[i].text === '-' && i > 0 && i + 1 < toks.length && toks[i - 1].span[1] < toks[i].span[0] && toks[i].span[1] < toks[i + 1].span[0];
}

/** Token indices that end a clause to their left (exclusive barrier) for a sentence's tokens. */
export function clauseBarriers(toks: Token[]): boolean[] {
  return toks.map(
    (t, i) =>
      isHardBreak(t.text) ||
      // A hyphen with space on both sides is a dash ("PARIS, Aug 31 (Reuters) - The party leader …").
      spacedHyphen(toks, i) ||
      CLAUSE_WORDS.has(t.lower) ||
      // ", and the two leaders signed": a coordinated clause with its own subject.
      (t.lower === 'and' && toks[i - 1]?.text === ',' && /^(the|a|an|his|her|its|their|he|she|they|we|it)$/.test(toks[i + 1]?.lower ?? '')) ||
      // ", as NASA's scientists have confirmed": a clause of its own (not ", as a result", ", as president").
      (t.lower === 'as' && toks[i - 1]?.text === ',' && (/^(the|his|her|its|their|he|she|they|we|it)$/.test(toks[i + 1]?.lower ?? '') || /^\p{Lu}/u.test(toks[i + 1]?.text ?? ''))),
  );
}

/** Token range [from, to] of the clause holding token i (barrier tokens excluded). */
export function clauseOf(toks: Token[], barriers: boolean[], i: number, j = i): [number, number] {
  let from = i;
  while (from > 0 && !barriers[from - 1]) from--;
  let to = j;
  while (to + 1 < toks.length && !barriers[to + 1]) to++;
  return [from, to];
}

/**
 * Token indices that are inside a parenthetical insertion: brackets, paired dashes, and comma-enclosed
 * insertions that open with "including", "such as", "who", "which"… ("Seven legislators, including X, demanded").
 */
/** A month or weekday name, whole or abbreviated (without its dot). */
export const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Participles of feeling that open an insertion (", alarmed that …,"); other -ed forms after a comma may be the verb. */
const FEELING_PARTICIPLES = new Set(TRIGGER_DATA.feelingParticiples.words);
const OPENING_ADVERBIAL = /^(?:in|on|at|after|before|during|since|when|while|as|by|for|from|until|within|last|next|earlier|later|once|unlike|like|despite|although|though|because|if)$/;

export function parentheticals(toks: Token[]): boolean[] {
  const out = toks.map(() => false);
  const mark = (a: number, b: number) => {
    for (let k = a; k <= b && k < toks.length; k++) out[k] = true;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].text;
    if (t === '(' || t === '[') {
      const close = toks.findIndex((x, k) => k > i && (x.text === ')' || x.text === ']'));
      if (close > i) mark(i, close);
    }
    if (t === '—' || t === '–' || spacedHyphen(toks, i)) {
      const close = toks.findIndex((x, k) => k > i && (x.text === '—' || x.text === '–' || spacedHyphen(toks, k)));
      if (close > i) {
        mark(i, close);
        i = close;
      }
    }
    if (t === ',' && i + 1 < toks.length) {
      const next = toks[i + 1].lower;
      const two = i + 2 < toks.length ? `${next} ${toks[i + 2].lower}` : next;
      // Also an appositive opened by "a"/"an" (", a Republican who served as a Marine,") and a participle clause
      // (", alarmed that the administration …,"): insertions between a subject and its verb.
      const third = toks[i + 2]?.lower ?? '';
      // The appositive follows a name ("Coffman of Colorado, a Republican"), not an opening adverbial ("In May, a
      // judge ruled", "The next month, a staffer announced").
      const appositive =
        (toks[i + 1].text === 'a' || toks[i + 1].text === 'an') && i > 0 && toks[i - 1].cap && !MONTH_OR_DAY.test(toks[i - 1].text) && !OPENING_ADVERBIAL.test(toks[0].lower);
      const participle = FEELING_PARTICIPLES.has(toks[i + 1].text) && /^(that|by|at|about|over|with)$/.test(third);
      if (appositive || participle || /^(including|who|which|whose|like|notably|itself|himself|herself)$/.test(next) || /^(such as|along with|together with|as well|known as|a coalition|an alliance|a group)$/.test(two)) {
        const close = toks.findIndex((x, k) => k > i + 1 && x.text === ',');
        if (close > i && close < toks.length - 2) mark(i, close);
      }
    }
  }
  return out;
}

const NEG_EXCEPT = phraseRegex(TRIGGER_DATA.negation.exceptions);
const NEG = /(?<![\p{L}])(not|never|no longer|nor|neither|cannot)(?![\p{L}])|n['’]t\b|\bdidn\b|\bhasn\b|\bhaven\b|\bwon\b(?=['’]t)/iu;
const HYPO = phraseRegex(TRIGGER_DATA.modality.hypothetical.filter((w) => !/^(if|unless|whether)$/.test(w)));
const HYPO_CLAUSE = /(?<![\p{L}])(if|unless|whether)(?![\p{L}])/iu;
const REPORTED = phraseRegex(TRIGGER_DATA.modality.reported);
const REPORTING = phraseRegex(TRIGGER_DATA.modality.reportingVerbs);

/** Is the act negated by a cue in the stretch between its subject and its trigger ("has not officially")? */
export function isNegated(window: string): boolean {
  const w = window.replace(NEG_EXCEPT, ' ');
  return NEG.test(w);
}

/** Is the act only possible ("would", "could", "plans to") given the stretch before its trigger? */
export function isHypothetical(window: string, clauseLead: string): boolean {
  return HYPO.test(window) || HYPO_CLAUSE.test(clauseLead);
}

/** Is the act alleged or reported by someone ("alleged", "they claim", "according to")? */
export function isAlleged(window: string): boolean {
  return REPORTED.test(window);
}

/** Does a reporting verb ("said that", "told … that") or a noun of report ("allegations that") introduce the clause holding the trigger? */
export function isReportedSpeech(sentenceBefore: string): boolean {
  if (REPORTING.test(sentenceBefore) && /\bthat\b|[,:“"]/.test(sentenceBefore)) return true;
  // The noun may close scare quotes: "fabricated “proof” that …".
  const m = /\b(\w+)[”"’']*\s+that\s*$/i.exec(sentenceBefore);
  return m !== null && REPORT_NOUNS.has(m[1].toLowerCase());
}
const REPORT_NOUNS = new Set(TRIGGER_DATA.modality.reportNouns ?? []);

/** Whether the trigger sits inside quotation marks (the speaker's own words). */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/[“]/g) ?? []).length;
  const closes = (before.match(/[”]/g) ?? []).length;
  if (opens || closes) return opens > closes;
  return ((before.match(/"/g) ?? []).length & 1) === 1;
}

export const spanOf = (toks: Token[], a: number, b: number): Span => [toks[a].span[0], toks[b].span[1]];
