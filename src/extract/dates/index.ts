// Dates in text: absolute (15 November 2019, March 2021, 2017, 04.10.17 day-first, early 2017) and relative to the
// document's date (on Monday, last August, last week, over the weekend). Relative dates need a document date:
// without one they are left out rather than guessed.
import type { DateMention, DateValue, SentenceRecord } from '../../model/index.js';
import { readFileSync } from 'node:fs';
import { partitionPoint } from '../search.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = {};
MONTHS.forEach((m, i) => {
  MONTH_ABBR[m] = i + 1;
  MONTH_ABBR[m.slice(0, 3)] = i + 1;
});
MONTH_ABBR.sept = 9;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR_RE = '((?:19|20)\\d\\d)';

interface Rule {
  re: RegExp;
  /**
   * Every position where a match of `re` could start (a superset, in any order), from the document's anchors;
   * absent: `re` is searched through the whole text. Patterns that open with a common word ("in", "by", "last")
   * are slow to search for; their anchor words (months, years, weekdays) are rare and quick to find.
   */
  starts?: (text: string, anchors: Anchors, out: number[]) => void;
  /** `future`: the mention's clause speaks of the future (futureAround). */
  resolve: (m: RegExpExecArray, doc: DocDate | null, future: boolean) => { date: DateValue; relative: boolean } | null;
}

interface DocDate {
  y: number;
  m: number | null;
  d: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): DateValue => ({ value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });
const month = (y: number, m: number): DateValue => ({ value: `${y}-${pad(m)}`, precision: 'month' });
const year = (y: number): DateValue => ({ value: String(y), precision: 'year' });
const monthNum = (s: string) => MONTH_ABBR[s.toLowerCase().replace(/\.$/, '')] ?? null;
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

function shiftDays(doc: DocDate, n: number): DateValue | null {
  if (doc.m === null || doc.d === null) return null;
  const t = new Date(Date.UTC(doc.y, doc.m - 1, doc.d + n));
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
const FUTURE = /\b(?:will|next|plans? to|scheduled|set to|is to|are to|going to|upcoming|expected to)\b/i;
/**
 * What speaks of the future only where nothing in its clause is past: a condition ("If Cruz wins the contest
 * Tuesday"; not the writer's "if you want to understand Thursday's debate") or a modal of possibility ("might lead
 * to gains in November"; lower case: "May" is a month; not "might have").
 */
const FUTURE_UNLESS_PAST = /\b[Ii]f\b(?!\s+you\b)|\b(?:might|may)\b(?!\s+(?:not\s+)?have\b)/;
/** A date owned by someone names a known occasion, past as often as not ("his Tuesday wins", "their May rally"). */
const OWNED_BEFORE = /\b(?:his|her|their|its|our|my|your)\s+$/i;

/**
 * The year a month without a year most likely refers to: the latest such month not after the document date, or the
 * next one when its clause speaks of the future.
 */
function yearForMonth(doc: DocDate, m: number, future: boolean): number {
  if (doc.m === null) return doc.y;
  if (future) return m >= doc.m ? doc.y : doc.y + 1;
  return m <= doc.m ? doc.y : doc.y - 1;
}

const SINCE_BEFORE = /\bsince\s+(?:(?:the|their|his|her|its|our|your|my|that|this)\s+)?$/i;

/** Where a clause starts: punctuation, or a word that opens a subordinate clause. */
const CLAUSE_START = /[,;:“”"()—–]|\b(?:when|while|because|although)\b/gi;
/** A verb in the past: the act a date is told with already happened ("said on Monday", "marched … on Monday"). */
const PAST = /\b(?:said|told|was|were|had|did|met|spoke|wrote|took|gave|made|came|went|[a-z]{3,}ed)\b/i;
/** Words that may open a clause before a date without saying anything of its time ("but on Thursday, …"). */
const CONNECTIVES = /^(?:\s|\b(?:and|but|so|then|yet|also|even|only|just)\b)*$/i;

/**
 * Whether a date mention speaks of the future. Its own clause decides first: a future marker before the mention
 * ("the chamber will vote on Tuesday") makes it ahead, a verb in the past ("said on Monday that he will run",
 * "marched through the city on Monday") makes it behind; a mention that opens its clause ("On Friday, the council
 * will vote") takes the rest of the clause. A clause that says nothing takes the nearest clause before it that does
 * ("told investors of the group, its parent, on Oct. 31"); only when none does does a future marker anywhere in the
 * sentence count ("Grassley is up for re-election in November and will face …").
 */
export function futureAround(sentence: string, at: number, end: number): boolean {
  const before = sentence.slice(0, at);
  // "since their Oct. 13 debate": what something has run since lies behind, whatever the sentence's tense.
  if (SINCE_BEFORE.test(before)) return false;
  // Where each clause before the mention starts (the last one is the mention's own).
  const starts = [0];
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) starts.push(m.index + m[0].length);
  const lead = before.slice(starts[starts.length - 1]);
  if (FUTURE.test(lead)) return true;
  if (PAST.test(lead)) return false;
  if (FUTURE_UNLESS_PAST.test(lead) && !OWNED_BEFORE.test(lead)) return true;
  if (CONNECTIVES.test(lead)) {
    const rest = sentence.slice(end).replace(/^\s*,/, '');
    CLAUSE_START.lastIndex = 0;
    const stop = CLAUSE_START.exec(rest);
    const clause = stop ? rest.slice(0, stop.index) : rest;
    if (FUTURE.test(clause)) return true;
    if (PAST.test(clause)) return false;
  }
  // A mention in a stretch without a verb ("told investors of the group, its parent, on Oct. 31") takes the tense
  // of the nearest clause before it that has one, before any word further away ("Reed, who will chair it, told …").
  for (let k = starts.length - 1; k > 0; k--) {
    const clause = before.slice(starts[k - 1], starts[k]);
    if (FUTURE.test(clause)) return true;
    if (PAST.test(clause)) return false;
  }
  return FUTURE.test(sentence);
}

const RULES: Rule[] = [
  // 2019-11-15
  {
    re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g,
    resolve: (m) => {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      return mo >= 1 && mo <= 12 && validDay(y, mo, d) ? { date: day(y, mo, d), relative: false } : null;
    },
  },
  // 04.10.17, 04/10/2017: day first (the European order the corpus uses).
  {
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/g,
    resolve: (m) => {
      const d = +m[1];
      const mo = +m[2];
      let y = +m[3];
      if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
      return mo >= 1 && mo <= 12 && validDay(y, mo, d) ? { date: day(y, mo, d), relative: false } : null;
    },
  },
  // 15 November 2019, 15 November
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE})?\\b`, 'g'),
    resolve: (m, doc, future) => {
      const mo = monthNum(m[2])!;
      const d = +m[1];
      const y = m[3] ? +m[3] : doc ? yearForMonth(doc, mo, future) : null;
      if (y === null || !validDay(y, mo, d)) return null;
      return { date: day(y, mo, d), relative: !m[3] };
    },
  },
  // November 15, 2019 / November 15
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR_RE})?\\b(?!\\s*(?:%|percent|million|billion))`, 'g'),
    starts: (text, anchors, out) => {
      for (const a of anchors.months()) if (isCapital(text, a)) out.push(a);
    },
    resolve: (m, doc, future) => {
      const mo = monthNum(m[1])!;
      const d = +m[2];
      const y = m[3] ? +m[3] : doc ? yearForMonth(doc, mo, future) : null;
      if (y === null || !validDay(y, mo, d)) return null;
      return { date: day(y, mo, d), relative: !m[3] };
    },
  },
  // (early / late / in) March 2021
  {
    re: new RegExp(`\\b(?:(?:early|mid|late|end of|beginning of|start of)[-\\s]+)?${MONTH_RE}\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'g'),
    starts: (text, anchors, out) => {
      for (const a of anchors.months()) if (isCapital(text, a)) out.push(a), wordsBefore(text, a, DASH_OR_SPACE, [3, 4, 5, 6, 8, 12], out);
    },
    resolve: (m) => ({ date: month(+m[2], monthNum(m[1])!), relative: false }),
  },
  // last August, this March, next May, in August (year implied by the document date)
  {
    re: new RegExp(`\\b(last|this|next|in|since|until|by|early|late|mid-|mid)\\s*${MONTH_RE}\\b(?!\\s+\\d)`, 'gi'),
    starts: (text, anchors, out) => {
      for (const a of anchors.months()) keywordsBefore(text, back(text, a, SPACE), MONTH_KEYWORDS, out);
    },
    resolve: (m, doc, future) => {
      if (!doc) return null;
      const mo = monthNum(m[2]);
      if (!mo) return null;
      const w = m[1].toLowerCase();
      if (m[2] === 'May' && w === 'in' && false) return null;
      let y: number;
      if (w === 'last') y = doc.m !== null && mo < doc.m ? doc.y : doc.y - 1;
      else if (w === 'next') y = doc.m !== null && mo > doc.m ? doc.y : doc.y + 1;
      else if (w === 'this') y = doc.y;
      else y = yearForMonth(doc, mo, future);
      if (/^(may|march)$/i.test(m[2]) && m[2][0] !== m[2][0].toUpperCase()) return null;
      return { date: month(y, mo), relative: true };
    },
  },
  // (in) 2017, early 2017, the 2016 election — a bare year
  {
    re: /\b(?:(?:early|mid|late|end of|beginning of|start of|in|since|by|until)[-\s]+)?((?:19|20)\d\d)\b(?![-./]\d|\s*(?:%|percent|people|members|km|euros?|dollars?))/g,
    starts: (text, anchors, out) => {
      for (const y of anchors.years()) out.push(y), wordsBefore(text, y, DASH_OR_SPACE, [2, 3, 4, 5, 6, 8, 12], out);
    },
    resolve: (m) => ({ date: year(+m[1]), relative: false }),
  },
  // yesterday, today, on Monday, over the weekend, last week/month/year, this year, next year
  {
    re: /\b(yesterday|today|tonight|(?:(?:on|last|this|next|since|until|by)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:over|at|during)\s+the\s+weekend|last\s+weekend|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year))\b/gi,
    // "yesterday"; "on|last … Monday", "last weekend", "this week"; "over the weekend"; "earlier this month".
    starts: (text, anchors, out) => {
      for (const a of anchors.days()) {
        const b = back(text, a, SPACE);
        out.push(a);
        wordsBefore(text, a, SPACE, [2, 4, 5], out);
        wordsBefore(text, b - 3, SPACE, [2, 4, 6], out);
        wordsBefore(text, b - 4, SPACE, [5, 7], out);
      }
    },
    resolve: (m, doc, future) => {
      if (!doc) return null;
      const p = m[1].toLowerCase().replace(/\s+/g, ' ');
      const dayLevel = doc.m !== null && doc.d !== null;
      if (p === 'yesterday') return dayLevel ? { date: shiftDays(doc, -1)!, relative: true } : null;
      if (p === 'today' || p === 'tonight') return dayLevel ? { date: shiftDays(doc, 0)!, relative: true } : null;
      const wd = WEEKDAYS.findIndex((w) => p.endsWith(w));
      if (wd >= 0) {
        if (!dayLevel) return null;
        const bare = p.length === WEEKDAYS[wd].length;
        if (bare && !bareWeekday(m)) return null;
        const cur = new Date(Date.UTC(doc.y, doc.m! - 1, doc.d!)).getUTCDay();
        const ahead = p.startsWith('next') || ((bare || p.startsWith('on')) && future);
        let diff = ahead ? (wd - cur + 7) % 7 || 7 : -((cur - wd + 7) % 7);
        if (p.startsWith('last') && diff === 0) diff = -7;
        return { date: shiftDays(doc, diff)!, relative: true };
      }
      if (p.endsWith('weekend')) {
        if (!dayLevel) return null;
        const cur = new Date(Date.UTC(doc.y, doc.m! - 1, doc.d!)).getUTCDay();
        const back = cur === 0 ? 0 : cur === 6 ? 0 : cur; // days back to the last Sunday
        const t = shiftDays(doc, -back)!;
        return { date: { value: t.value.slice(0, 7), precision: 'month' }, relative: true };
      }
      if (p.endsWith('week')) {
        if (!dayLevel) return null;
        const t = shiftDays(doc, p.startsWith('last') ? -7 : p.startsWith('next') ? 7 : 0)!;
        return { date: { value: t.value.slice(0, 7), precision: 'month' }, relative: true };
      }
      if (p.endsWith('month')) {
        if (doc.m === null) return null;
        const delta = p.startsWith('last') ? -1 : p.startsWith('next') ? 1 : 0;
        const t = new Date(Date.UTC(doc.y, doc.m - 1 + delta, 1));
        return { date: month(t.getUTCFullYear(), t.getUTCMonth() + 1), relative: true };
      }
      if (p.endsWith('year')) {
        const delta = p.startsWith('last') ? -1 : p.startsWith('next') ? 1 : 0;
        return { date: year(doc.y + delta), relative: true };
      }
      return null;
    },
  },
];

/** Words that make a capitalised weekday part of a name ("Super Tuesday", "Good Friday"). */
const NAMED_DAY_WORDS = new Set<string>(JSON.parse(readFileSync(new URL('../../../data/date-words.json', import.meta.url), 'utf8')).namedDayWords);
/** A month name or a day number: a weekday before one ("Tuesday, Nov. 8") only repeats the full date. */
const DATE_AFTER = /^,?\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/**
 * Whether a weekday without a preposition dates something, as news writing uses it ("said Monday", "Tuesday
 * afternoon", "at a Tuesday breakfast"): written with a capital, not part of a name ("Super Tuesday", "the Sunday
 * Times", "Mail on Sunday" is read with "on"), and not a repeat of the full date that follows it.
 */
function bareWeekday(m: RegExpExecArray): boolean {
  const text = m.input;
  const at = m.index;
  const end = at + m[0].length;
  if (!isCapital(text, at)) return false;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || DATE_AFTER.test(text.slice(end, end + 16))) return false;
  const prev = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
  return !prev || !NAMED_DAY_WORDS.has(prev[1].toLowerCase());
}

// ---------- anchors: where matches of the slow patterns can start ----------

interface Anchors {
  /** Starts of month names (jan, feb, … in any case; overlapping ones too). */
  months: () => number[];
  /** Starts of years 19xx / 20xx. */
  years: () => number[];
  /** Starts of yesterday, today, tonight, weekday names, weekend, week, month, year (any case). */
  days: () => number[];
}

/** Anchors of one text, each list found on first use. */
function anchorsOf(text: string): Anchors {
  let words: number[][] | null = null;
  let years: number[][] | null = null;
  return {
    months: () => (words ??= positions(MONTH_OR_DAY_WORD, text, 2))[0],
    years: () => (years ??= positions(YEAR, text, 1))[0],
    days: () => (words ??= positions(MONTH_OR_DAY_WORD, text, 2))[1],
  };
}
// One search for both kinds of words (case-insensitive searches are slow): no month name and day word can start at
// the same place, so each match is one or the other.
const MONTH_OR_DAY_WORD = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|y(?:esterday|ear)|to(?:day|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month/gi;
const YEAR = /(?:19|20)\d\d/g;
/**
 * Every position where a pattern matches, overlapping matches included (the search goes on one past each start),
 * sorted into `kinds` lists: the first list takes matches of the pattern's group 1, the last list the others.
 */
function positions(re: RegExp, text: string, kinds: number): number[][] {
  const out: number[][] = Array.from({ length: kinds }, () => []);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out[m[1] !== undefined ? 0 : kinds - 1].push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const SPACE = /\s/;
const DASH_OR_SPACE = /[-\s]/;
const isCapital = (text: string, p: number) => {
  const c = text.charCodeAt(p);
  return c >= 65 && c <= 90;
};
/** The position before the run of `cls` characters that ends at `p`. */
function back(text: string, p: number, cls: RegExp): number {
  while (p > 0 && cls.test(text[p - 1])) p--;
  return p;
}
/** Adds the starts of words of the given lengths that end where a (non-empty) run of `cls` characters before `p` begins. */
function wordsBefore(text: string, p: number, cls: RegExp, lengths: number[], out: number[]): void {
  if (p <= 0) return;
  const b = back(text, p, cls);
  if (b < p) for (const n of lengths) if (b - n >= 0) out.push(b - n);
}
const MONTH_KEYWORDS = new Set(['last', 'this', 'next', 'in', 'since', 'until', 'by', 'early', 'late', 'mid-', 'mid']);
/** Adds the starts of the keywords (any case) that end at `b`. */
function keywordsBefore(text: string, b: number, keywords: Set<string>, out: number[]): void {
  for (const n of [2, 3, 4, 5]) if (b - n >= 0 && keywords.has(text.slice(b - n, b).toLowerCase())) out.push(b - n);
}

/** Matches of a rule, in order, as a global search of the whole text would find them. */
function* ruleMatches(rule: Rule, sticky: RegExp, text: string, anchors: Anchors): Generator<RegExpExecArray> {
  if (!rule.starts) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) yield m;
    return;
  }
  // A match can only start at a candidate: the first candidate (at or after the previous match) where the pattern
  // matches is where the global search would have found its next match, and it finds the same match there.
  const found: number[] = [];
  rule.starts(text, anchors, found);
  const starts = Float64Array.from(found).sort();
  let from = 0;
  for (const s of starts) {
    if (s < from) continue; // inside the previous match (a candidate listed twice is tried again only if it failed)
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    from = s + m[0].length;
    yield m;
  }
}
const STICKY = new Map(RULES.map((r) => [r, new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y')]));

function docDate(published: DateValue | null | undefined): DocDate | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(published.value);
  if (!m) return null;
  return {
    y: +m[1],
    m: m[2] && published.precision !== 'year' ? +m[2] : null,
    d: m[3] && published.precision === 'day' ? +m[3] : null,
  };
}

/** Date mentions of a document, earliest rule winning where two overlap (the more specific rules come first). */
export function findDateMentions(text: string, sentences: SentenceRecord[], published: DateValue | null): DateMention[] {
  const doc = docDate(published);
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  let si = 0;
  const anchors = anchorsOf(text);
  for (const rule of RULES) {
    for (const m of ruleMatches(rule, STICKY.get(rule)!, text, anchors)) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlaps(a, b)) continue;
      si = sentenceAt(sentences, a);
      const from = sentences[si]?.span[0] ?? 0;
      const sent = sentences[si] ? text.slice(from, sentences[si].span[1]) : '';
      const r = rule.resolve(m, doc, futureAround(sent, a - from, b - from));
      if (!r) continue;
      taken.push([a, b]);
      out.push({ text: m[0], span: [a, b], sentence: si, date: r.date, relative: r.relative });
    }
  }
  // "to celebrate the 100th anniversary of the end of World War I": the day of a known event, that many years on.
  if (text.includes('anniversar') || text.includes('centen')) {
    for (const a of anniversaryMentions(text, sentences)) if (!overlaps(a.span[0], a.span[1])) out.push(a);
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/** Known events news text marks anniversaries of (data/historic-dates.json), by lower-case name, longest first. */
const HISTORIC: { name: string; date: string }[] = (
  JSON.parse(readFileSync(new URL('../../../data/historic-dates.json', import.meta.url), 'utf8')).events as { date: string; names: string[] }[]
)
  .flatMap((e) => e.names.map((n) => ({ name: n.toLowerCase(), date: e.date })))
  .sort((a, b) => b.name.length - a.name.length);
const ANNIVERSARY_ORDINALS: Record<string, number> = {
  tenth: 10, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  'seventy-fifth': 75, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const ANNIVERSARY =
  /\b(?:(\d{1,3})(?:st|nd|rd|th)?[- ](?:year[- ])?anniversary|(hundredth|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|ninetieth) anniversary|(centenary|centennial|bicentenary|bicentennial))\s+of\s+(?:the\s+)?([^,.;:()]+)/gi;
/** Words before an anniversary that put the act off its day ("a day after", "on the eve of", "ahead of"). */
const OFF_THE_DAY = /\b(?:(?:a|one|two|three|\d+)\s+days?\s+(?:after|before)|the\s+day\s+(?:after|before)|eve\s+of|ahead\s+of|since|until|before|after)\b/i;

/** Day dates of anniversaries of known events, at the anniversary phrase. */
function anniversaryMentions(text: string, sentences: SentenceRecord[]): DateMention[] {
  const out: DateMention[] = [];
  ANNIVERSARY.lastIndex = 0;
  for (let m = ANNIVERSARY.exec(text); m; m = ANNIVERSARY.exec(text)) {
    const years = m[1] ? Number(m[1]) : m[2] ? ANNIVERSARY_ORDINALS[m[2].toLowerCase()] : /^bi/i.test(m[3]) ? 200 : 100;
    const name = m[4].toLowerCase().replace(/\s+/g, ' ').trim();
    const known = HISTORIC.find((h) => name === h.name || name.startsWith(h.name + ' '));
    if (!years || !known) continue;
    const si = sentenceAt(sentences, m.index);
    const from = sentences[si]?.span[0] ?? 0;
    if (OFF_THE_DAY.test(text.slice(Math.max(from, m.index - 80), m.index))) continue;
    const value = `${Number(known.date.slice(0, 4)) + years}${known.date.slice(4)}`;
    // The mention ends with the event's name ("… of D-Day", not "… of D-Day with the queen").
    const end = m.index + m[0].length - m[4].length + known.name.length;
    out.push({ text: text.slice(m.index, end), span: [m.index, end], sentence: si, date: { value, precision: 'day' }, relative: false });
  }
  return out;
}

function sentenceAt(sentences: SentenceRecord[], pos: number): number {
  // The last sentence starting at or before pos (the first when none does).
  return Math.max(0, partitionPoint(sentences.length, (i) => sentences[i].span[0] <= pos) - 1);
}
