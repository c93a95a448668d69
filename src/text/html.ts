// Main-content extraction from an HTML page: metadata first (before anything mutates the DOM), then a pre-clean of
// page furniture (navigation, share bars, related links, captions…), then @mozilla/readability on linkedom, with
// JSON-LD `articleBody` and the densest run of <p> as fallbacks when readability finds little.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RemovedText } from '../model/index.js';
import type { Paragraph } from './noise.js';

/** What the page says about itself (raw strings; metadata.ts interprets them). */
export interface HtmlMeta {
  title: string | null;
  headline: string | null;
  siteName: string | null;
  publisher: string | null;
  byline: string | null;
  published: { raw: string; source: string } | null;
  url: string | null;
  lang: string | null;
  /** JSON-LD @type values seen on the page (NewsArticle, OpinionNewsArticle, GovernmentOrganization…). */
  types: string[];
  /** article:section / JSON-LD articleSection, e.g. "Opinion". */
  section: string | null;
}

export interface HtmlExtraction {
  paragraphs: Paragraph[];
  removed: RemovedText[];
  meta: HtmlMeta;
}

type El = any; // linkedom's DOM types do not line up with lib.dom's; this module only uses the common subset

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);

/** Elements that are page furniture whatever their class says. */
const FURNITURE_SELECTOR = 'nav, aside, footer, figcaption, form, button, [role="navigation"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"], [hidden], .hidden, .sr-only, .visually-hidden, .screen-reader-text';

/** class/id words that mark furniture: sharing, recirculation, promotion, comments, captions, bylines, ads. */
const FURNITURE_WORDS = /(?:^|[\s_-])(?:share|sharing|social|sociallinks|related|recirc|recommended|more-?stories|read-?more|readmore|promo|promotion|newsletter|subscribe|subscription|signup|sign-up|comment|disqus|byline|author-?info|author-?bio|caption|credit|advert|advertisement|ad|ad-?slot|dfp|sponsor(?:ed)?|outbrain|taboola|breadcrumb|tag|tag-?list|toolbar|paywall|popup|modal|cookie|consent|print-?only|skip-?link|timestamp|dateline|meta-?data|article-?meta|post-?meta|entry-?meta|rollover|tooltip|popover|hovercard)s?(?:$|[\s_-])/i;
/** Words that mark furniture even inside a longer class token ("newsCaption", "socialShareBar"). */
const FURNITURE_PARTS = /caption|share(?:bar|tools|buttons|links)|social|newsletter|advert|sponsor|outbrain|taboola|breadcrumb|recirc|rollover|tooltip/i;

/** How much more text the densest run of <p> must hold before it wins over readability's choice. */
const DENSE_OVER_READABILITY = 3;

export function extractHtml(html: string): HtmlExtraction {
  try {
    return extractFromDocument(parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document, html);
  } catch {
    // linkedom gives up on some broken markup (a document with no root element); the tag-stripped text still counts.
    return { paragraphs: stripTags(html), removed: [{ text: 'the page could not be parsed as HTML; its tags were stripped', reason: 'boilerplate-html' }], meta: emptyMeta() };
  }
}

function extractFromDocument(document: El, html: string): HtmlExtraction {
  const meta = readHtmlMeta(document);
  const jsonLdBody = readJsonLdBody(document);
  const removed: RemovedText[] = [];
  const body = document.body;
  if (!body) return { paragraphs: jsonLdBody ? splitPlain(jsonLdBody) : stripTags(html), removed, meta };

  const allText = normalizeSpace(body.textContent ?? '');
  const dropped = preClean(body, allText.length);
  if (dropped.length) removed.push({ text: summarise(dropped), reason: 'boilerplate-html' });

  // Taken before readability, which moves and prunes nodes of the document it parses.
  const dense = densestParagraphs(document);
  let article: El = null;
  try {
    const reader = new Readability(document, { serializer: (n: unknown) => n, charThreshold: 400 });
    const parsed = reader.parse();
    article = parsed?.content ?? null;
    if (parsed) {
      meta.byline ??= cleanAttr(parsed.byline);
      meta.siteName ??= cleanAttr(parsed.siteName);
      meta.title ??= cleanAttr(parsed.title);
      if (!meta.published && parsed.publishedTime) meta.published = { raw: parsed.publishedTime, source: 'html-meta' };
    }
  } catch {
    article = null;
  }
  let paragraphs = article ? blocksToParagraphs(article) : [];
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (jsonLdBody && jsonLdBody.length > chars * 1.3 && jsonLdBody.length > 200) paragraphs = splitPlain(jsonLdBody);
  else {
    // Readability sometimes keeps one block of a long run of sibling paragraphs (or nothing at all).
    const denseChars = dense.reduce((n, p) => n + p.text.length, 0);
    if ((chars < 250 && denseChars > chars) || denseChars > chars * DENSE_OVER_READABILITY) paragraphs = dense;
  }
  if (!paragraphs.length && jsonLdBody) paragraphs = splitPlain(jsonLdBody);
  paragraphs = unescapeMarkup(paragraphs);
  const kept = paragraphs.reduce((n, p) => n + p.text.length + 1, 0);
  if (allText.length > kept) removed.push({ text: `${allText.length - kept} characters of page text outside the article`, reason: 'boilerplate-html' });
  return { paragraphs, removed, meta };
}

function emptyMeta(): HtmlMeta {
  return { title: null, headline: null, siteName: null, publisher: null, byline: null, published: null, url: null, lang: null, types: [], section: null };
}

function cleanAttr(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  // Some pages encode entities twice, so "&#8216;" survives the parser inside attribute values.
  const t = normalizeSpace(s.includes('&') ? decodeEntities(s) : s);
  return t ? t : null;
}

function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}

function metaContent(document: El, selector: string): string | null {
  const el = document.querySelector(selector);
  return el ? cleanAttr(el.getAttribute('content')) : null;
}

function readHtmlMeta(document: El): HtmlMeta {
  const meta = emptyMeta();
  meta.title = metaContent(document, 'meta[property="og:title"]') ?? metaContent(document, 'meta[name="twitter:title"]') ?? cleanAttr(document.querySelector('title')?.textContent);
  meta.siteName = metaContent(document, 'meta[property="og:site_name"]') ?? metaContent(document, 'meta[name="application-name"]');
  meta.byline = metaContent(document, 'meta[name="author"]') ?? metaContent(document, 'meta[property="article:author"]');
  if (meta.byline && /^https?:/i.test(meta.byline)) meta.byline = null;
  meta.url = cleanAttr(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(document, 'meta[property="og:url"]');
  meta.lang = cleanAttr(document.documentElement?.getAttribute?.('lang'));
  meta.section = metaContent(document, 'meta[property="article:section"]');
  const h1 = cleanAttr(document.querySelector('h1')?.textContent);
  meta.headline = h1;
  const published =
    metaContent(document, 'meta[property="article:published_time"]') ??
    metaContent(document, 'meta[name="article:published_time"]') ??
    metaContent(document, 'meta[itemprop="datePublished"]') ??
    metaContent(document, 'meta[name="pubdate"]') ??
    metaContent(document, 'meta[name="publish-date"]') ??
    metaContent(document, 'meta[name="date"]') ??
    metaContent(document, 'meta[name="dc.date"]') ??
    metaContent(document, 'meta[name="DC.date.issued"]');
  if (published) meta.published = { raw: published, source: 'html-meta' };
  for (const node of jsonLdNodes(document)) {
    const types = ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    meta.types.push(...types);
    if (!types.some((t) => /Article|Posting|Report|WebPage|BlogPosting/i.test(t))) continue;
    if (typeof node.headline === 'string') meta.headline = cleanAttr(node.headline) ?? meta.headline;
    if (!meta.published && typeof node.datePublished === 'string') meta.published = { raw: node.datePublished, source: 'json-ld' };
    const publisher = node.publisher;
    const publisherName = typeof publisher === 'string' ? publisher : typeof publisher?.name === 'string' ? publisher.name : null;
    if (publisherName) meta.publisher ??= cleanAttr(publisherName);
    if (!meta.byline) meta.byline = authorName(node.author);
    if (!meta.section && typeof node.articleSection === 'string') meta.section = cleanAttr(node.articleSection);
  }
  if (!meta.published) {
    // Only a <time> that belongs to the article: a page header's clock or a related story's time would be a wrong date.
    const time = document.querySelector('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"][datetime], article time[datetime], main time[datetime]');
    const dt = cleanAttr(time?.getAttribute('datetime'));
    if (dt) meta.published = { raw: dt, source: 'html-time' };
  }
  return meta;
}

function authorName(author: any): string | null {
  const list = ([] as any[]).concat(author ?? []);
  const names = list.map((a) => (typeof a === 'string' ? a : typeof a?.name === 'string' ? a.name : null)).filter((n): n is string => !!n && !/^https?:/i.test(n));
  return names.length ? cleanAttr(names.join(', ')) : null;
}

function jsonLdNodes(document: El): any[] {
  const out: any[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length && out.length < 200) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        out.push(node);
        const graph = (node as any)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return out;
}

function readJsonLdBody(document: El): string | null {
  let best: string | null = null;
  for (const node of jsonLdNodes(document)) {
    const body = node.articleBody ?? node.text;
    if (typeof body === 'string' && body.length > (best?.length ?? 0)) best = body;
  }
  return best;
}

/** Removes page furniture in place; returns short descriptions of what went. */
function preClean(body: El, totalChars: number): string[] {
  const dropped: string[] = [];
  const drop = (el: El, why: string) => {
    const text = normalizeSpace(el.textContent ?? '');
    // Never drop a container that holds most of the page: a body class like "has-comments" says nothing about it.
    if (text.length > Math.max(2000, totalChars * 0.35)) return;
    // A class word is a weak cue: a block carrying several full paragraphs is prose ("entry-content-read-more").
    if (why === 'furniture' && !/comment/i.test(el.getAttribute('class') ?? '') && longParagraphs(el) >= 2) return;
    if (text) dropped.push(`${why}: ${text.slice(0, 80)}`);
    el.remove();
  };
  for (const el of [...body.querySelectorAll(FURNITURE_SELECTOR)]) if (el.isConnected !== false) drop(el, el.tagName.toLowerCase());
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    if (el.isConnected === false || el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if ((FURNITURE_WORDS.test(label) || FURNITURE_PARTS.test(label))) drop(el, 'furniture');
  }
  return dropped;
}

function longParagraphs(el: El): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) if ((p.textContent ?? '').length >= 120 && ++n >= 2) break;
  return n;
}

function summarise(dropped: string[]): string {
  const head = dropped.slice(0, 12).join(' | ');
  return dropped.length > 12 ? `${head} | … and ${dropped.length - 12} more elements` : head;
}

/** The article element as paragraphs: every block element starts a new one; whitespace inside collapses. */
export function blocksToParagraphs(root: El): Paragraph[] {
  const out: Paragraph[] = [];
  let buf = '';
  let linked = 0;
  let heading = false;
  const flush = () => {
    const t = normalizeSpace(buf);
    if (t) out.push({ text: t, heading, linkShare: Math.min(1, linked / Math.max(1, buf.replace(/\s+/g, '').length)) });
    buf = '';
    linked = 0;
    heading = false;
  };
  const walk = (node: El, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const v: string = child.nodeValue ?? '';
        buf += v;
        if (inLink) linked += v.replace(/\s+/g, '').length;
      } else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          heading = /^H[1-6]$/.test(tag);
          walk(child, inLink);
          flush();
        } else {
          walk(child, inLink || tag === 'A');
        }
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}

/** The run of sibling <p> with the most text: a fallback for pages readability does not recognise. */
function densestParagraphs(document: El): Paragraph[] {
  const byParent = new Map<El, string[]>();
  for (const p of document.querySelectorAll('p')) {
    const t = normalizeSpace(p.textContent ?? '');
    if (t.length < 20) continue;
    const list = byParent.get(p.parentNode) ?? [];
    list.push(t);
    byParent.set(p.parentNode, list);
  }
  let best: string[] = [];
  let bestLen = 0;
  for (const list of byParent.values()) {
    const len = list.reduce((n, t) => n + t.length, 0);
    if (len > bestLen) [best, bestLen] = [list, len];
  }
  return best.map((t) => ({ text: t, linkShare: 0 }));
}

function splitPlain(text: string): Paragraph[] {
  return text.split(/\n\s*\n|\r\n\s*\r\n/).map(normalizeSpace).filter(Boolean).map((t) => ({ text: t, linkShare: 0 }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? all;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : ' ';
  });
}

function stripTags(html: string): Paragraph[] {
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(?:p|div|h\d|li|blockquote|tr|section|article)\s*>|<br\s*\/?>|<(?:p|div|h\d|li|blockquote|tr)(?:\s[^>]*)?>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ');
  return splitPlain(decodeEntities(text));
}

/** Some pages ship their article as escaped markup inside the markup; the text node then shows the tags. */
const LITERAL_MARKUP = /<\/?(?:p|div|h[1-6]|a|img|iframe|em|strong|span|br|li|ul|figure)\b[^<>]*>|&lt;\/?(?:p|div|h[1-6]|a|img|iframe|em|strong|span|br)\b/i;

function unescapeMarkup(paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((p) => LITERAL_MARKUP.test(p.text))) return paragraphs;
  return paragraphs.flatMap((p) => (LITERAL_MARKUP.test(p.text) ? stripTags(decodeEntities(p.text)).map((q) => ({ ...q, heading: p.heading })) : [p]));
}
