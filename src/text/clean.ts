// The cleaning stage: raw input (HTML, plain text, Markdown, PDF text) → main text with noise removed, paragraphs
// separated by "\n\n", plus metadata. Never throws: unreadable input degrades to normalised text.
import { repairMojibake } from './mojibake.js';
import { dateFromLead } from './anniversary.js';
import type { CleanedDocument, DateValue, DocumentMeta, RawInput, RemovedText } from '../model/index.js';
import { extractHtml, type HtmlMeta } from './html.js';
import { detectLanguage } from './language.js';
import {
  classifyKind, dateFromPath, findDate, LEAD_DATELINE, hostOf, isOfficialHost, isOfficialPublisher, looksLikeTitle, outletNamed, outletOfHost, parseDate,
  type OutletMatch,
} from './metadata.js';
import { removeNoise, type Paragraph } from './noise.js';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Mis-decoded UTF-8 repaired, line endings unified, invisible characters gone, runs of spaces collapsed, lines trimmed. */
export function normalizeText(s: string): string {
  return repairMojibake(s)
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}

/** Markdown markup stripped to its text: headings, emphasis, links, images, code marks, quotes, rules. */
export function stripMarkdown(s: string): string {
  return s
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^>\s?/, '')
        .replace(/^(?:[-*_]\s*){3,}$/, '')
        .replace(/^[-*+]\s+/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
        .replace(/^\[[^\]]+\]:\s*\S+.*$/, '')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3'),
    )
    .join('\n');
}

/** Plain-text paragraphs: one per line, except that hard-wrapped blocks (PDF text, e-mail) are joined back. */
export function textParagraphs(text: string, options: { pdf?: boolean } = {}): string[] {
  return textLayout(text, options).map((p) => p.text);
}

/**
 * Paragraphs of a plain text with one layout fact the noise pass uses: in a text that separates paragraphs with
 * blank lines, a line stuck to its neighbour without one (`glued`) was usually inlined by a scraper (a link box).
 */
export function textLayout(text: string, options: { pdf?: boolean } = {}): Paragraph[] {
  const blocks = text.split(/\n{2,}/).map((b) => b.split('\n').filter(Boolean)).filter((b) => b.length);
  let inner = 0;
  let wrapped = 0;
  for (const b of blocks) {
    for (const line of b.slice(0, -1)) {
      inner++;
      if (line.length >= 35 && !/[.!?:;"”’)\]]$/.test(line)) wrapped++;
    }
  }
  // PDF text is wrapped by construction; elsewhere most inner lines must look cut mid-sentence.
  const hardWrapped = inner >= 5 && wrapped / inner >= (options.pdf ? 0.4 : 0.6);
  if (hardWrapped) return blocks.flatMap(unwrapBlock).map((t) => ({ text: t }));
  const blankLineLayout = blocks.length >= 3 && blocks.filter((b) => b.length === 1).length / blocks.length >= 0.6;
  return blocks.flatMap((b) => b.map((line) => ({ text: line, glued: blankLineLayout && b.length > 1 })));
}

/** A page number or running page count: its own line, never part of a paragraph (the noise pass removes it). */
const PAGE_FURNITURE = /^(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

/**
 * Joins the lines of a hard-wrapped block, mending end-of-line hyphens. A line that ends a sentence and stops well
 * short of the block's usual width ends a paragraph (PDF pages come as one block with no blank lines).
 */
function unwrapBlock(lines: string[]): string[] {
  const widths = lines.map((l) => l.length).sort((a, b) => a - b);
  const usual = widths[Math.floor(widths.length * 0.75)] ?? 0;
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (PAGE_FURNITURE.test(line)) {
      if (current) out.push(current);
      out.push(line);
      current = '';
      continue;
    }
    if (!current) current = line;
    else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line)) current = current.slice(0, -1) + line;
    else current = `${current} ${line}`;
    if (lines.length > 2 && /[.!?:"”’)]$/.test(line) && line.length < usual * 0.8) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** "Headline | Site", "Headline - Site" → "Headline" when the tail is the site's name or short. */
function stripSiteSuffix(title: string, site: string | null): string {
  const m = /^(.{10,}?)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return title;
  const tail = m[2].trim().toLowerCase();
  if ((site && (tail === site.toLowerCase() || site.toLowerCase().includes(tail))) || outletNamed(m[2]) || /\.(?:com|org|net|co\.uk|fr|de)$/.test(tail)) return m[1].trim();
  return title;
}

function htmlTitle(meta: HtmlMeta): string | null {
  const site = meta.siteName ?? meta.publisher;
  const t = meta.headline ?? meta.title;
  return t ? stripSiteSuffix(t, site) : null;
}

/**
 * The first line of a plain text as its title, or null. It is one when it reads like a headline and a longer
 * paragraph follows, or when the layout says so whatever it ends with: print archives give "Headline; deck" as
 * two lines; a body that opens on a dateline ("DES MOINES, Iowa — …") or a line under it in capitals (a kicker)
 * mark it as the headline; a line in Title Case is a headline even with a full stop.
 */
function textTitle(first: string, next: string): string | null {
  const t = first.trim();
  const words = t.split(/\s+/).length;
  if (words < 2 || t.length > 160 || !/\p{Ll}/u.test(t) || /[。．]$/.test(t) || /^[@#(\[]/.test(t)) return null;
  const laidOut = t.endsWith(';') || LEAD_DATELINE.test(next.trim()) || isKicker(next) || (words >= 4 && isTitleCase(t));
  if (words <= 20 && laidOut) {
    return t.endsWith(';') ? t.slice(0, -1).trimEnd() : t;
  }
  const reads = looksLikeTitle(t) || isPeriodHeadline(t, next);
  return reads && words <= 20 && t.length <= 140 && next.length > t.length ? t : null;
}

/** A short line in capitals under a headline: a section label or kicker ("ABSTRACT.", "NEWS ANALYSIS"). */
function isKicker(line: string): boolean {
  const t = line.trim();
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && t.split(/\s+/).length <= 8;
}

/** Every word that has letters starts with a capital ("Flint Response Captures The Difference Between …"). */
function isTitleCase(line: string): boolean {
  const lettered = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return lettered.length > 0 && lettered.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/**
 * Some outlets end headlines with a full stop ("Senate passes the farm bill."). A first line that is one short
 * sentence, standing alone above a paragraph at least twice its length, is read as such a headline.
 */
function isPeriodHeadline(first: string, next: string): boolean {
  const t = first.trim();
  return /[^.]\.$/.test(t) && !/[.!?]["”’]?\s+\p{Lu}/u.test(t) && t.split(/\s+/).length <= 16 && next.length >= 2 * t.length;
}

/** A date the page's URL or the file's name gives, when the text and its markup give none. */
function pathDate(url: string | null, file: string | null | undefined): (DateValue & { source: string }) | null {
  const fromUrl = dateFromPath(url);
  if (fromUrl) return { ...fromUrl, source: 'URL' };
  const fromFile = dateFromPath(file);
  return fromFile ? { ...fromFile, source: 'file name' } : null;
}

/** A date the lead itself pins down (a weekday tied to an anniversary of a known event), as a last resort. */
function leadDate(paragraphs: string[]): (DateValue & { source: string }) | null {
  const d = dateFromLead(paragraphs);
  return d ? { ...d, source: 'lead: weekday and anniversary' } : null;
}

function datedValue(raw: string, source: string): (DateValue & { source: string }) | null {
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(raw.trim());
  const d = iso ? parseDate(iso[1]) : (parseDate(raw) ?? findDate(raw));
  return d ? { ...d, source } : null;
}

function canonicalOutlet(raw: string | null | undefined): { name: string; match: OutletMatch | null } | null {
  if (!raw || /^(?:https?:|www\.)/i.test(raw.trim())) return null;
  // "Site | Tagline about the site" → "Site"
  const name = raw.split(/\s+[|–—]\s+/)[0].trim();
  if (!name) return null;
  const match = outletNamed(name);
  return { name: match?.name ?? name, match };
}

/** "By JANE DOE, AP" → "JANE DOE, AP"; a bare "By" or an over-long credit is no byline. */
function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = raw.replace(/^\s*(?:by|par|von|por)\b[:\s]*/i, '').trim();
  return t && t.length <= 120 && /\p{L}/u.test(t) && !parseDate(t) ? t : null;
}

export async function cleanDocument(raw: RawInput): Promise<CleanedDocument> {
  try {
    return await cleanUnsafe(raw);
  } catch (e) {
    // Last resort: the input's own text, normalised, so nothing is lost and ingest goes on.
    const text = textParagraphs(normalizeText(String(raw?.content ?? '').replace(/<[^>]*>/g, ' '))).join('\n\n');
    return {
      text,
      removed: [{ text: `cleaning failed: ${String((e as Error)?.message ?? e).slice(0, 200)}`, reason: 'error' }],
      meta: { title: null, outlet: null, byline: null, published: null, language: null, kind: 'other', url: raw?.given?.url ?? null },
    };
  }
}

async function cleanUnsafe(raw: RawInput): Promise<CleanedDocument> {
  const content = typeof raw.content === 'string' ? raw.content : String(raw.content ?? '');
  const removed: RemovedText[] = [];
  let paragraphs: Paragraph[];
  let html: HtmlMeta | null = null;
  if (raw.format === 'html') {
    const extracted = extractHtml(content);
    html = extracted.meta;
    removed.push(...extracted.removed);
    paragraphs = extracted.paragraphs.map((p) => ({ ...p, text: normalizeText(p.text).replace(/\n+/g, ' ') }));
  } else {
    let text = normalizeText(content);
    text = raw.format === 'markdown' ? stripMarkdown(text) : text.replace(/\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g, '$1');
    paragraphs = textLayout(text, { pdf: raw.format === 'pdf' });
  }

  const knownTitle = raw.given?.title ?? (html ? htmlTitle(html) : null);
  const noise = removeNoise(paragraphs, { title: knownTitle });
  removed.push(...noise.removed);
  const body = noise.paragraphs;
  const text = body.join('\n\n');

  const url = raw.given?.url ?? html?.url ?? (raw.path && /^https?:\/\//i.test(raw.path) ? raw.path : null);
  const host = hostOf(url);

  let title = knownTitle ? knownTitle.trim() : null;
  if (!title && !html && body.length > 1) title = textTitle(body[0], body[1]);

  const hostOutlet = outletOfHost(host);
  // A known domain names the outlet more reliably than og:site_name (which can be a section: "U.S.").
  const named =
    canonicalOutlet(raw.given?.outlet) ?? (hostOutlet ? { name: hostOutlet.name, match: hostOutlet } : null) ??
    canonicalOutlet(html?.siteName) ?? canonicalOutlet(html?.publisher) ??
    (noise.found.creditOutlet ? { name: noise.found.creditOutlet.name, match: noise.found.creditOutlet } : null);
  const outletMatch = named?.match ?? hostOutlet ?? noise.found.creditOutlet;

  const published =
    (raw.given?.published ? datedValue(raw.given.published, 'given') : null) ??
    (html?.published ? datedValue(html.published.raw, html.published.source) : null) ??
    noise.found.published ?? noise.found.updated ?? pathDate(url, raw.path) ?? leadDate(body);

  const byline = cleanByline(html?.byline) ?? noise.found.byline ?? null;
  const language = (await detectLanguage(text)) ?? (html?.lang ? html.lang.slice(0, 2).toLowerCase() : null);
  const publisher = html?.publisher ?? html?.siteName ?? raw.given?.outlet ?? null;
  const kind = classifyKind({
    paragraphs: body,
    title,
    host,
    outlet: outletMatch,
    publisher,
    byline,
    types: html?.types ?? [],
    section: html?.section ?? null,
    stamps: { updated: !!noise.found.updated, linkPrompt: noise.found.linkPrompt },
  });
  const outlet = named?.name ?? (kind === 'official' && (isOfficialHost(host) || isOfficialPublisher(publisher)) ? publisher : null);

  const meta: DocumentMeta = { title, outlet, byline, published, language, kind, url };
  return { text, removed, meta };
}
