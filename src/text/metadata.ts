// Document metadata: dates with their precision, outlets (and whether they are state media or official sources),
// the title of a plain-text document, and the document kind. A null is always preferred to a guess.
import { readFileSync } from 'node:fs';
import type { DateValue, DocumentKind } from '../model/index.js';
import { alternation } from './regexp.js';

interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
}
interface OutletData {
  stateMedia: OutletEntry[];
  official: { domainSuffixes: string[]; publisherPatterns: string[] };
  news: OutletEntry[];
}
interface KindCues {
  profileSections: string[];
  analysisWords: string[];
  officialPhrases: string[];
  opinionSections: string[];
}

const outlets: OutletData = JSON.parse(readFileSync(new URL('../../data/outlets.json', import.meta.url), 'utf8'));
const kindCues: KindCues = JSON.parse(readFileSync(new URL('../../data/noise-patterns.json', import.meta.url), 'utf8')).kindCues;
const officialPublisher = outlets.official.publisherPatterns.map((p) => new RegExp(p, 'iu'));

// ---------------------------------------------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1,
  feb: 2, february: 2, fevrier: 2, février: 2, februar: 2, febrero: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3,
  apr: 4, april: 4, avril: 4, abril: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7,
  aug: 8, august: 8, aout: 8, août: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, décembre: 12, dezember: 12, diciembre: 12,
};
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\\s+';
const TIME = '(?:\\s*(?:,|at|à|-|–|\\|)?\\s*\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}|UTC|GMT(?:[+-]\\d{1,2})?)?)?';

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = new RegExp(`^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})${TIME}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})${TIME}$`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY})?${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'iu');
const MONTH_YEAR = new RegExp(`^${MONTH_WORD},?\\s+(\\d{4})$`, 'iu');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayValue(y: number, m: number, d: number): DateValue | null {
  return validDay(y, m, d) ? { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' } : null;
}

function monthValue(y: number, m: number): DateValue | null {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 ? { value: `${y}-${pad(m)}`, precision: 'month' } : null;
}

/**
 * The date a file name or a URL path gives, as scraped corpora and news sites name their pages:
 * "wash-post_2016-04-21_story.txt", "20160421-briefing.html" (a day), "…/2016/04/21/story/" (a day),
 * "…/2016/04/story.html" (a month). Eight digits count only standing alone, so an ID is no date.
 */
export function dateFromPath(where: string | null | undefined): DateValue | null {
  if (!where) return null;
  const name = where.split(/[\\/]/).pop() ?? '';
  const named = /(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/.exec(name);
  if (named) {
    const d = dayValue(Number(named[1]), Number(named[3]), Number(named[4]));
    if (d) return d;
  }
  const folders = /\/((?:19|20)\d{2})\/(\d{2})\/(?:(\d{2})\/)?/.exec(where);
  if (!folders) return null;
  const [y, m] = [Number(folders[1]), Number(folders[2])];
  if (folders[3]) return dayValue(y, m, Number(folders[3]));
  return monthValue(y, m);
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '').normalize('NFC')] ?? MONTHS[word.toLowerCase().slice(0, 3)];
}

/**
 * Parses one date expression (the whole string). Numeric dates are read day-first (European order: 04.10.17 is
 * 4 October 2017) unless the first number cannot be a day's month partner; a slash date whose order cannot be told
 * (both parts ≤ 12) is null unless `monthFirst` says the page is American.
 */
export function parseDate(raw: string, options: { monthFirst?: boolean } = {}): DateValue | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  let m = ISO.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (m[3]) return dayValue(y, mo, Number(m[3]));
    return monthValue(y, mo);
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    if (m[4].length === 2 && y > new Date().getUTCFullYear() + 1) return null;
    if (a > 12) return dayValue(y, b, a);
    if (b > 12) return dayValue(y, a, b);
    if (m[2] === '/' && options.monthFirst === undefined) return a === b ? dayValue(y, a, b) : null;
    return options.monthFirst && m[2] === '/' ? dayValue(y, a, b) : dayValue(y, b, a);
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo ? dayValue(Number(m[3]), mo, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const mo = monthNumber(m[1]);
    return mo ? dayValue(Number(m[3]), mo, Number(m[2])) : null;
  }
  m = MONTH_YEAR.exec(s);
  if (m) {
    const mo = monthNumber(m[1]);
    const y = Number(m[2]);
    return mo ? monthValue(y, mo) : null;
  }
  return null;
}

/** Finds a date expression inside a short string ("Justine Coleman - 11/18/19 11:04 PM EST"). */
export function findDate(s: string, options: { monthFirst?: boolean } = {}): DateValue | null {
  const candidates = [
    new RegExp(`\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?`),
    new RegExp(`(?:${WEEKDAY})?\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+\\d{4}`, 'iu'),
    new RegExp(`(?:${WEEKDAY})?${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'iu'),
    /\b\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})\b/,
  ];
  for (const re of candidates) {
    const m = re.exec(s);
    if (m) {
      const d = parseDate(m[0], options);
      if (d) return d;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------- outlets

export interface OutletMatch {
  name: string;
  stateMedia: boolean;
  official: boolean;
}

function normName(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/[\s.:,;|–—-]+$/, '').trim();
}

const outletByName = new Map<string, OutletMatch>();
const outletByDomain = new Map<string, OutletMatch>();
for (const [list, stateMedia] of [[outlets.news, false], [outlets.stateMedia, true]] as const) {
  for (const o of list) {
    const match = { name: o.name, stateMedia, official: false };
    for (const n of [o.name, ...o.aliases]) outletByName.set(normName(n), match);
    for (const d of o.domains) outletByDomain.set(d.toLowerCase(), match);
  }
}

/** The outlet a standalone name stands for ("Sputnik", "Reuters"), or null. */
export function outletNamed(name: string): OutletMatch | null {
  if (!name || name.length > 60) return null;
  return outletByName.get(normName(name)) ?? null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function outletOfHost(host: string | null): OutletMatch | null {
  if (!host) return null;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const hit = outletByDomain.get(h);
    if (hit) return hit;
  }
  return null;
}

export function isOfficialHost(host: string | null): boolean {
  return !!host && outlets.official.domainSuffixes.some((d) => domainMatches(host, d));
}

export function isOfficialPublisher(name: string | null): boolean {
  return !!name && officialPublisher.some((re) => re.test(name.trim()));
}

// ---------------------------------------------------------------------------------------------------- titles

/** A line that reads as a title: short, no sentence-final period, not a bare date or list item. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 160) return false;
  const words = t.split(/\s+/).length;
  if (words > 25) return false;
  if (/[.;,:]$/.test(t) && !/\b(?:[A-Z]\.|etc\.|Inc\.|Ltd\.|Co\.)$/.test(t)) return false;
  if (/^[-*•·▪–]\s/.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  return !parseDate(t);
}

// ---------------------------------------------------------------------------------------------------- kind

export interface KindEvidence {
  paragraphs: string[];
  title: string | null;
  host: string | null;
  outlet: OutletMatch | null;
  publisher: string | null;
  byline: string | null;
  /** JSON-LD @type values and article:section from an HTML page. */
  types: string[];
  section: string | null;
  /** Noise reasons seen in the text (a ministry page has an "Updated:" stamp and "For more information" prompt). */
  stamps: { updated: boolean; linkPrompt: boolean };
}

const PROFILE_TITLE = /^(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+\s+on\s+\p{Lu}[\p{L}\s'’,&-]{2,80}$/u;
const REPORTED_SPEECH = /\b(?:said|says|told|added|according to|stated|explained|declared|warned|insisted)\b/i;
const DATELINE = /^(?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}),?\s*(?:\([A-Za-z. ]{1,20}\))?\s*[—–-]{1,2}\s+\p{Lu}/u;
/**
 * A dateline opening a report, as a headline detector needs it: a place in capitals (a capitalised sentence subject
 * followed by a dash is no dateline), maybe its state or a date, maybe an agency, then a dash ("DES MOINES, Iowa —",
 * "NEW YORK, Dec. 11 (UPI) —"). DATELINE above, which only weighs the kind of a text, takes any capitalised place.
 */
export const LEAD_DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3},?(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}\d.'’-]+){0,2})?\s*(?:\([\p{L}. ]{1,20}\))?\s*[—–-]{1,2}\s+\S/u;
const QUOTE_CHARS = /[“”"«»]/g;

/** One regular expression per word list, compiled once: the whole list is matched in a single scan. */
function wordListPattern(words: string[]): RegExp {
  return new RegExp(`\\b(?:${alternation(words)})\\b`, 'gi');
}
const ANALYSIS_WORDS = wordListPattern(kindCues.analysisWords);
const OFFICIAL_PHRASES = wordListPattern(kindCues.officialPhrases);

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Headings inside the text: short lines without final punctuation followed by a longer paragraph. */
export function headingLines(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i];
    if (p.length <= 80 && p.split(/\s+/).length <= 10 && !/[.!?:;,”"]$/.test(p) && !/^[-*•·▪]/.test(p) && paragraphs[i + 1].length > p.length * 2) out.push(p);
  }
  return out;
}

export function classifyKind(e: KindEvidence): DocumentKind {
  if (e.outlet?.stateMedia) return 'state-media';
  if (isOfficialHost(e.host) || isOfficialPublisher(e.publisher)) return 'official';
  const text = e.paragraphs.join('\n');
  const headings = headingLines(e.paragraphs).map((h) => h.toLowerCase().replace(/\d+$/, '').trim());
  const profileSections = new Set(headings.filter((h) => kindCues.profileSections.includes(h)));
  if (e.title && PROFILE_TITLE.test(e.title) && profileSections.size >= 3) return 'profile';

  const types = e.types.join(' ');
  const section = (e.section ?? '').toLowerCase();
  if (/Opinion|Analysis|Review|Satirical|Backgrounder/i.test(types) || kindCues.opinionSections.some((s) => section === s || section.startsWith(`${s} `))) return 'analysis';

  const speechParagraphs = e.paragraphs.filter((p) => REPORTED_SPEECH.test(p) && /[“"«]/.test(p)).length;
  const datelined = e.paragraphs.slice(0, 4).some((p) => DATELINE.test(p) && p.length > 80);
  const reporting = speechParagraphs >= 2 || datelined || (speechParagraphs >= 1 && !!e.byline);
  // Reporting is news whatever else the text holds; the costlier counts below only decide the rest.
  if (reporting) return 'news';

  const lower = text.toLowerCase();
  const words = Math.max(1, (text.match(/\S+/g) ?? []).length);
  const quoteMarks = (text.match(QUOTE_CHARS) ?? []).length;
  const officialScore =
    (e.stamps.updated ? 1 : 0) + (e.stamps.linkPrompt ? 1 : 0) + (countMatches(lower, OFFICIAL_PHRASES) >= 2 ? 1 : 0) +
    (e.paragraphs.filter((p) => /^[•·▪]\s*/.test(p)).length >= 3 ? 1 : 0);
  if (!e.byline && officialScore >= 2) return 'official';

  const analysisDensity = (countMatches(lower, ANALYSIS_WORDS) * 1000) / words;
  if (headings.length >= 2 && analysisDensity >= 4) return 'analysis';
  if (/NewsArticle|ReportageNewsArticle/.test(types) || (quoteMarks >= 4 && REPORTED_SPEECH.test(text))) return 'news';
  if (analysisDensity >= 8 && words >= 300) return 'analysis';
  if (e.byline && words >= 150) return 'news';
  return 'other';
}
