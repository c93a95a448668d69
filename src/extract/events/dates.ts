// Dates for events: a small fallback date finder (used when the date extractor gives nothing) and the choice of
// the date that belongs to one event.
import type { DateMention, DateValue, SentenceRecord, Span } from '../../model/index.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Built once (findDateExpressions runs per sentence); `run` rewinds them before each use.
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\d)`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');
const BARE_MONTH = new RegExp(`\\b(last|this|in|since|until|by|early|late|mid-?)\\s+${MONTH_RE}\\b(?!\\s+\\d)`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace(/\.$/, '').slice(0, 3)));

interface RawDate {
  at: number;
  end: number;
  date: DateValue;
  relative: boolean;
}

/** Resolves a month without a year to the latest such month not after the document date. */
function yearForMonth(month: number, published: DateValue | null): number | null {
  if (!published) return null;
  const y = Number(published.value.slice(0, 4));
  if (published.precision === 'year') return y;
  const pm = Number(published.value.slice(5, 7)) - 1;
  return month <= pm ? y : y - 1;
}

/** Date expressions in one piece of text: absolute dates, and relative ones resolved against `published`. */
export function findDateExpressions(text: string, published: DateValue | null): RawDate[] {
  const out: RawDate[] = [];
  const taken: Span[] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
  const push = (at: number, end: number, date: DateValue, relative: boolean) => {
    if (!free(at, end)) return;
    taken.push([at, end]);
    out.push({ at, end, date, relative });
  };
  const run = (re: RegExp, f: (m: RegExpExecArray) => { date: DateValue; relative: boolean } | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = f(m);
      if (r) push(m.index, m.index + m[0].length, r.date, r.relative);
    }
  };
  // 15 November 2019 / 15 November
  run(DAY_MONTH, (m) => {
    const mi = monthIndex(m[2]);
    const y = m[3] ? Number(m[3]) : yearForMonth(mi, published);
    if (y === null || mi < 0) return null;
    return { date: { value: `${y}-${pad(mi + 1)}-${pad(Number(m[1]))}`, precision: 'day' }, relative: !m[3] };
  });
  // November 15, 2019 / November 15
  run(MONTH_DAY, (m) => {
    const mi = monthIndex(m[1]);
    const day = Number(m[2]);
    if (day > 31) return null;
    const y = m[3] ? Number(m[3]) : yearForMonth(mi, published);
    if (y === null || mi < 0) return null;
    return { date: { value: `${y}-${pad(mi + 1)}-${pad(day)}`, precision: 'day' }, relative: !m[3] };
  });
  // June 2016
  run(MONTH_YEAR, (m) => {
    const mi = monthIndex(m[1]);
    return mi < 0 ? null : { date: { value: `${m[2]}-${pad(mi + 1)}`, precision: 'month' }, relative: false };
  });
  // last August / in August (no year)
  run(BARE_MONTH, (m) => {
    const mi = monthIndex(m[2]);
    if (mi < 0 || m[2] === 'May' && m[1] !== 'last' && m[1] !== 'in') return null;
    const y = yearForMonth(mi, published);
    if (y === null) return null;
    return { date: { value: `${y}-${pad(mi + 1)}`, precision: 'month' }, relative: true };
  });
  // on Monday, yesterday, today
  if (published && published.precision === 'day') {
    const pub = new Date(`${published.value}T12:00:00Z`);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    run(/\b(?:[Oo]n|[Ll]ast)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => {
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      const d = new Date(pub);
      for (let k = 0; k < 7 && d.getUTCDay() !== want; k++) d.setUTCDate(d.getUTCDate() - 1);
      return { date: { value: iso(d), precision: 'day' }, relative: true };
    });
    run(/\b(yesterday|today)\b/gi, (m) => {
      const d = new Date(pub);
      if (m[1].toLowerCase() === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
      return { date: { value: iso(d), precision: 'day' }, relative: true };
    });
  }
  // last year / last month
  if (published) {
    run(/\blast\s+(year|month)\b/gi, (m) => {
      const y = Number(published.value.slice(0, 4));
      if (m[1].toLowerCase() === 'year') return { date: { value: String(y - 1), precision: 'year' }, relative: true };
      if (published.precision === 'year') return null;
      const mo = Number(published.value.slice(5, 7));
      const v = mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`;
      return { date: { value: v, precision: 'month' }, relative: true };
    });
  }
  // 2017, early 2017, (2015), the 2017 election — a bare year between 1900 and 2099, not part of a larger number.
  run(/(?<![\d.,/-])(19\d{2}|20\d{2})(?![\d/]|\.\d|,\d)/g, (m) => ({ date: { value: m[1], precision: 'year' }, relative: false }));
  return out.sort((a, b) => a.at - b.at);
}

/** Fallback DateMentions for a whole document. */
export function findDates(text: string, sentences: SentenceRecord[], published: DateValue | null): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    const body = text.slice(s.span[0], s.span[1]);
    for (const d of findDateExpressions(body, published)) {
      out.push({ text: body.slice(d.at, d.end), span: [s.span[0] + d.at, s.span[0] + d.end], sentence: s.index, date: d.date, relative: d.relative });
    }
  }
  return out;
}

/**
 * The date of an event: the date mention nearest its trigger inside its clause, else inside the sentence when
 * only one is there; else null (the caller may fall back to the document date).
 */
export function pickDate(dates: DateMention[], clause: Span, trigger: Span, sentence: Span, barriers: Span[] = []): DateMention | null {
  const inClause = dates.filter((d) => d.span[0] >= clause[0] && d.span[1] <= clause[1]);
  // A date inside another event's stretch of the clause belongs to that event.
  const free = inClause.filter((d) => !barriers.some(([a, b]) => d.span[0] >= a && d.span[1] <= b));
  const pool = free.length ? free : [];
  if (pool.length) {
    const dist = (d: DateMention) => (d.span[1] <= trigger[0] ? trigger[0] - d.span[1] : d.span[0] >= trigger[1] ? d.span[0] - trigger[1] + 0.5 : 0);
    return pool.slice().sort((a, b) => dist(a) - dist(b))[0];
  }
  const inSentence = dates.filter((d) => d.span[0] >= sentence[0] && d.span[1] <= sentence[1]);
  return inSentence.length === 1 && !barriers.some(([a, b]) => inSentence[0].span[0] >= a && inSentence[0].span[1] <= b) ? inSentence[0] : null;
}
