// One noise pass for paragraphs from HTML and plain text alike: captions, teasers, prompts, scraping markers, date
// stamps, bylines, credit lines, section labels and link teasers leave the text and go to `removed` with a reason.
// What a removed line says (a byline, a date, an outlet) is handed back for the metadata.
import { readFileSync } from 'node:fs';
import type { DateValue, RemovedText } from '../model/index.js';
import { findDate, looksLikeTitle, outletNamed, parseDate, type OutletMatch } from './metadata.js';
import { escapeRegExp } from './regexp.js';

export interface Paragraph {
  text: string;
  /** An HTML heading (h1–h6): structure, never a teaser. */
  heading?: boolean;
  /** Share of the paragraph's characters inside links; present exactly when the paragraph comes from HTML. */
  linkShare?: number;
  /** Plain text: the line sits in a block with others although the text separates paragraphs by blank lines. */
  glued?: boolean;
}

export interface NoiseFindings {
  byline: string | null;
  published: (DateValue & { source: string }) | null;
  updated: (DateValue & { source: string }) | null;
  creditOutlet: OutletMatch | null;
  sectionLabel: string | null;
  linkPrompt: boolean;
}

export interface NoiseResult {
  paragraphs: string[];
  removed: RemovedText[];
  found: NoiseFindings;
}

interface LineRule {
  reason: string;
  maxLength?: number;
  textOnly?: boolean;
  patterns: string[];
}
interface NoiseData {
  lineRules: LineRule[];
  dateStampLabels: string[];
  bylineLead: string[];
  sectionLabels: string[];
}

const data: NoiseData = JSON.parse(readFileSync(new URL('../../data/noise-patterns.json', import.meta.url), 'utf8'));
// Each rule's patterns as one alternation: one scan of the line per rule.
const lineRules = data.lineRules.map((r) => ({ reason: r.reason, maxLength: r.maxLength ?? Infinity, textOnly: !!r.textOnly, pattern: new RegExp(r.patterns.map((p) => `(?:${p})`).join('|'), 'iu') }));
const DATE_STAMP = new RegExp(`^(${data.dateStampLabels.map(escapeRegExp).join('|')})\\s*(?:on|le|at|:|-|–)?\\s*:?\\s*(.{4,60})$`, 'iu');
const BYLINE = new RegExp(`^(?:${data.bylineLead.map(escapeRegExp).join('|')})\\s+(.{2,140})$`, 'iu');
const SECTION_LABELS = new Set(data.sectionLabels);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|du|van|von|der|den|del|della|la|le|bin|ibn|al|el|y|dos|das|and|&)$/u;
const NOT_A_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|this|that|these|those|contrast|comparison|then|now|far|law|default|chance|design|way|all|most|some|many)$/i;
const TRAILING_DATE = /\s[-–|,]?\s*(?:(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+\p{L}+\.?\s+\d{4})|(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))(?:\s.*)?$/u;
/** A standalone header that opens a list of links to other articles. */
const RECIRCULATION_HEADER = /^(?:you may (?:also )?like|you might (?:also )?like|more (?:great )?(?:[\p{L}]+ )?stories|more from [\p{L} ]{1,30}|related(?: news| posts| articles| stories| coverage)?|recommended(?: for you)?|most (?:read|popular|viewed)|popular (?:now|stories|posts)|trending(?: now)?|read next|up next|don['’]t miss|see also|latest(?: news)?|editor['’]s picks)\s*[.:…]*$/iu;
const CLOCK_TIME = /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?/gi;
const TIME_ZONE = /^[A-Z]{2,4}$/;
/** Words a date stamp may hold besides the date: time zones, "at"/"on", weekdays, month names (any language). */
const STAMP_WORD = /^(?:at|on|le|à|mon|tue|wed|thu|fri|sat|sun|\p{L}*day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\p{L}+(?:ber|uary|ch|il|ne|ly|ust|vier|rier|ars|ril|in|let|ût|bre))$/iu;
/** "Headline - Source" / "Headline — Expert": a teaser naming where it points. */
const DASH_ATTRIBUTION = /\s[-–—|]\s(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;

function emptyFindings(): NoiseFindings {
  return { byline: null, published: null, updated: null, creditOutlet: null, sectionLabel: null, linkPrompt: false };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Title Case: most words of four letters or more start with a capital. */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}

function ruleReason(text: string, fromHtml: boolean): string | null {
  for (const rule of lineRules) {
    if (rule.textOnly && fromHtml) continue;
    if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule.reason;
  }
  return null;
}

/** "Updated: 04.10.17", "Published 12 March 2021", or a line that is only a date. */
function dateStamp(raw: string): { date: DateValue | null; label: string } | null {
  if (raw.length > 80) return null;
  const text = raw.replace(/^[|•·–—-]\s*/, '');
  const m = DATE_STAMP.exec(text);
  if (m) {
    const rest = m[2].trim();
    const date = parseDate(rest) ?? findDate(rest);
    // The rest must be the date (and a time): "Updated: 11:05, Tue, Nov 19, 2019", "Updated at 1:23 p.m."
    const leftover = rest.replace(CLOCK_TIME, ' ').replace(/\p{L}+/gu, (w) => (TIME_ZONE.test(w) || STAMP_WORD.test(w) ? ' ' : w));
    const onlyDate = !/\p{L}{2,}/u.test(leftover);
    if (onlyDate && (date || /\d{1,2}(?::\d{2})?\s*[ap]\.?m|\d{1,2}:\d{2}/i.test(rest))) return { date, label: m[1].toLowerCase() };
  }
  const only = parseDate(text);
  return only ? { date: only, label: 'date' } : null;
}

/** "By Fabien Buzzanca", "By Jane Doe and John Roe | Reuters", "By Jane Doe - 11/18/19 11:04 PM EST". */
function byline(text: string): { names: string; date: DateValue | null } | null {
  if (text.length > 160) return null;
  const m = BYLINE.exec(text);
  if (!m) return null;
  // "by Jane Doe September 15, 2014": the date goes to the metadata, the rest must be names.
  const trailingDate = TRAILING_DATE.exec(m[1]);
  const stamped = trailingDate ? findDate(trailingDate[0]) : null;
  const body = stamped && trailingDate ? m[1].slice(0, trailingDate.index).trim() : m[1];
  const [names, ...rest] = body.split(/\s*(?:[|•·,]|\s[-–—]\s)\s*/);
  const words = names.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 8 || NOT_A_NAME.test(words[0]) || !/^\p{Lu}/u.test(words[0])) return null;
  if (!words.every((w) => NAME_WORD.test(w))) return null;
  const tail = rest.join(' ');
  const date = stamped ?? (tail ? findDate(tail) : null);
  if (wordCount(tail) > 10 && !date) return null;
  return { names: names.trim(), date };
}

/** One "Headline of four words or more - Source Name" split, with nothing dash-like elsewhere. */
function dashAttributed(t: string): boolean {
  const parts = t.split(/\s[-–—|]\s/);
  return parts.length === 2 && wordCount(parts[0]) >= 4 && DASH_ATTRIBUTION.test(t);
}

function isLinkTeaser(p: Paragraph, headingCount: number): boolean {
  const t = p.text;
  if (p.heading || t.length > 160 || /[.!?:;,]$/.test(t)) return false;
  const words = wordCount(t);
  if (p.linkShare !== undefined) return p.linkShare >= 0.9 && words >= 4 && words <= 20;
  if (words < 4 || words > 18 || !isTitleCase(t)) return false;
  // A headline with "- Source" is a link to another article; so is a lone title-case line stuck to a paragraph in
  // a text without other headings. Where a text has several headings they are its structure and stay.
  return dashAttributed(t) || (headingCount <= 1 && !!p.glued);
}

/**
 * Removes noise paragraphs. `title` is the document's title when known (an HTML page's), so a copy of it at the
 * top of the body goes too.
 */
export function removeNoise(input: Paragraph[], options: { title?: string | null } = {}): NoiseResult {
  const found = emptyFindings();
  const removedAt: { at: number; entry: RemovedText }[] = [];
  const keep: boolean[] = input.map(() => true);
  const drop = (i: number, reason: string) => {
    keep[i] = false;
    removedAt.push({ at: i, entry: { text: input[i].text, reason } });
  };

  for (let i = 0; i < input.length; i++) {
    const text = input[i].text.trim();
    if (!text) {
      keep[i] = false;
      continue;
    }
    const reason = ruleReason(text, input[i].linkShare !== undefined);
    if (reason) {
      if (reason === 'link-prompt') found.linkPrompt = true;
      drop(i, reason);
      continue;
    }
    const stamp = dateStamp(text);
    // A bare date in the middle of the text is a timeline entry, not the page's stamp.
    const nearEdge = i < 4 || i >= input.length - 3;
    if (stamp && (stamp.label !== 'date' || nearEdge)) {
      const isUpdate = /updat|modif|mis [àa] jour|stand|actualiz/.test(stamp.label);
      const slot = isUpdate ? 'updated' : 'published';
      if (stamp.date) found[slot] ??= { ...stamp.date, source: `date stamp "${text}"` };
      drop(i, 'date-stamp');
      continue;
    }
    const by = byline(text);
    if (by) {
      found.byline ??= by.names;
      if (by.date) found.published ??= { ...by.date, source: `byline "${text}"` };
      drop(i, 'byline');
      continue;
    }
    const outlet = text.length <= 40 ? outletNamed(text) : null;
    if (outlet) {
      found.creditOutlet ??= outlet;
      drop(i, 'credit');
    }
  }

  // The top of the text: a copy of the known title, then a section label ("World") above the real title.
  let first = keep.indexOf(true);
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (first >= 0 && options.title && norm(input[first].text) === norm(options.title)) {
    drop(first, 'title');
    first = keep.indexOf(true);
  }
  if (first >= 0) {
    const label = input[first].text.trim();
    const next = keep.indexOf(true, first + 1);
    const after = next >= 0 ? keep.indexOf(true, next + 1) : -1;
    const shortLabel = label.length <= 30 && wordCount(label) <= 3 && !/[.!?:;,]$/.test(label) && !input[first].heading;
    const listed = SECTION_LABELS.has(label.toLowerCase());
    if (shortLabel && next >= 0 && (listed || (after >= 0 && looksLikeTitle(input[next].text))) && input[next].text.length > label.length) {
      found.sectionLabel = label;
      drop(first, 'section-label');
    }
  }

  dropKickedHeadlines(input, keep, drop);
  dropRecirculationTails(input, keep, drop);
  dropNavigationRuns(input, keep, drop);

  // Link teasers between paragraphs.
  const start = keep.indexOf(true);
  const headingCount = input.filter((p, i) => keep[i] && i !== start && !p.linkShare && looksLikeHeading(p.text)).length;
  for (let i = 0; i < input.length; i++) {
    if (!keep[i] || i === start) continue;
    if (isLinkTeaser(input[i], headingCount)) drop(i, 'teaser');
  }
  // In document order, so a reader of `removed` sees the page from top to bottom.
  const removed = removedAt.sort((a, b) => a.at - b.at).map((r) => r.entry);
  return { paragraphs: input.filter((_, i) => keep[i]).map((p) => p.text.trim()), removed, found };
}

type Drop = (i: number, reason: string) => void;

function nextKept(keep: boolean[], i: number): number {
  return keep.indexOf(true, i + 1);
}

const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** "RANDY ANDY" + "Prince parties in unearthed pics": an all-caps kicker over a teaser headline (tabloid rails). */
function dropKickedHeadlines(input: Paragraph[], keep: boolean[], drop: Drop): void {
  for (let i = 0; i < input.length; i++) {
    // The first line may be a label over the document's own title ("FOR IMMEDIATE RELEASE"): that is for the
    // section-label rule, not this one.
    // Only in HTML, where such rails are links: in plain text an all-caps line over a short one is a subheading.
    if (!keep[i] || input[i].heading || input[i].linkShare === undefined || i === keep.indexOf(true)) continue;
    const kicker = input[i].text;
    if (!ALL_CAPS.test(kicker) || wordCount(kicker) > 6 || /[.!?\d]/.test(kicker)) continue;
    const j = nextKept(keep, i);
    if (j < 0) continue;
    const headline = input[j].text;
    if (ALL_CAPS.test(headline) || wordCount(headline) > 22 || /[.:;,]$/.test(headline) || wordCount(headline) < 4) continue;
    drop(i, 'teaser');
    drop(j, 'teaser');
  }
}

/** After a recirculation header ("More stories", "You may also like") the short and link lines are teasers too. */
function dropRecirculationTails(input: Paragraph[], keep: boolean[], drop: Drop): void {
  for (let i = 0; i < input.length; i++) {
    if (keep[i] || !RECIRCULATION_HEADER.test(input[i].text.trim())) continue;
    for (let j = i + 1; j < input.length; j++) {
      if (!keep[j]) continue;
      const p = input[j];
      const short = wordCount(p.text) <= 20 && !/[.!?]["”’]?$/.test(p.text);
      if (!(short || (p.linkShare ?? 0) >= 0.5)) break;
      drop(j, 'teaser');
    }
  }
}

/** Three or more link-only lines of one to three words in a row: a menu (HTML only). */
function dropNavigationRuns(input: Paragraph[], keep: boolean[], drop: Drop): void {
  const isMenuItem = (p: Paragraph) => (p.linkShare ?? 0) >= 0.9 && wordCount(p.text) <= 3;
  for (let i = 0; i < input.length; ) {
    if (!keep[i] || !isMenuItem(input[i])) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < input.length; j++) {
      if (!keep[j]) continue;
      if (!isMenuItem(input[j])) break;
      run.push(j);
    }
    if (run.length >= 3) for (const k of run) drop(k, 'navigation');
    i = j + 1;
  }
}

function looksLikeHeading(t: string): boolean {
  return t.length <= 100 && wordCount(t) <= 14 && !/[.!?:;,”"]$/.test(t) && !/^[-*•·▪]/.test(t);
}
