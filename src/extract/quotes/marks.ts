// Finding quoted passages: pairs of quotation marks inside a paragraph, an opening mark that is never closed
// (the quote runs to the paragraph's end), and quotes continued in the next paragraph (news convention: the
// paragraph ends without a closing mark and the next one opens with a mark).
import type { ParagraphRecord, Span } from '../../model/index.js';

export interface QuoteSegment {
  /** Position of the opening mark. */
  open: number;
  /** Position just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  /** Span of the quoted words, without marks and outer spaces. */
  span: Span;
  paragraph: number;
  closed: boolean;
  /** Index of the segment this one continues (previous paragraph left the quote open). */
  continues: number | null;
}

const OPENERS = new Set(['“', '„', '‟', '«']);
const CLOSERS = new Set(['”', '»']);
// Scraped text mixes curly and straight marks (“…" or "…”), so closers are accepted across styles.
const MATCHING: Record<string, string> = { '“': '”"', '„': '“”"', '‟': '”"', '«': '»', '"': '"”', '”': '”"' };

// Two right single marks stand for a closing double mark in some papers' typesetting (“It was a mistake,’’ she said).
const QUOTE_GLYPH = /[“„‟«”»"]|’’/g;
/** Openers that a doubled right single mark may close. */
const DOUBLED_SINGLE_CLOSES = new Set(['“', '„', '‟', '"']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetterOrDigit = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function trimSpan(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return b > a ? [a, b] : null;
}

/** Quoted segments of the whole text, in order. */
export function findQuoteSegments(text: string, paragraphs: ParagraphRecord[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  // Positions of every quotation glyph and opening single quote, found once; each paragraph walks its share.
  const glyphs = [...text.matchAll(QUOTE_GLYPH)].map((m) => m.index!);
  const singles = [...text.matchAll(/‘/g)].map((m) => m.index!);
  let gi = 0;
  let si = 0;
  for (const p of paragraphs) {
    const [ps, pe] = p.span;
    const firstOfParagraph = out.length;
    let open = -1;
    let openChar = '';
    const emit = (o: number, c: number, closed: boolean, markLength = 1) => {
      const span = trimSpan(text, o + 1, closed ? c - markLength : c);
      if (span) out.push({ open: o, close: c, span, paragraph: p.index, closed, continues: null });
    };
    // Only quotation glyphs matter: jump from one to the next.
    while (gi < glyphs.length && glyphs[gi] < ps) gi++;
    for (; gi < glyphs.length && glyphs[gi] < pe; gi++) {
      let i = glyphs[gi];
      const ch = text[i];
      if (ch === '’') {
        // A doubled right single mark: a closing double mark for an open double quote, otherwise two apostrophes.
        if (open >= 0 && DOUBLED_SINGLE_CLOSES.has(openChar) && !isLetterOrDigit(text[i + 2])) {
          emit(open, i + 2, true, 2);
          open = -1;
        }
        continue;
      }
      if (open >= 0) {
        const closes = MATCHING[openChar] ?? '';
        // An opening glyph right after the quoted words and before a space closes them: “It’s unusual,“ said X.
        if (closes.includes(ch) || (ch === '“' && openChar !== '«' && !isSpace(text[i - 1]) && isSpace(text[i + 1]))) {
          emit(open, i + 1, true);
          open = -1;
          continue;
        }
        // “He said, “I will never sign it,” and left,”: a quote inside a quote set with the same curly marks, when two
        // closing marks follow before any other opening mark; the inner pair stays part of the outer quote.
        if (ch === '“' && openChar === '“' && isSpace(text[i - 1])) {
          const inner = nestedClose(text, glyphs, gi, pe);
          if (inner >= 0) {
            gi = inner;
            continue;
          }
        }
        if (OPENERS.has(ch) && openChar !== '«' && ch !== '«' && isSpace(text[i - 1])) {
          // A new opening mark before the last one closed: the previous quote ran on without its closing mark.
          emit(open, i, false);
          open = i;
          openChar = ch;
        }
        continue;
      }
      if (ch === '"' && text[i - 1] === '=') {
        // An HTML attribute value in posted markup (href="…", onerror="…") is code, not speech: skip it whole.
        const end = text.indexOf('"', i + 1);
        if (end > i && end < pe) i = end;
        while (gi + 1 < glyphs.length && glyphs[gi + 1] <= i) gi++;
        continue;
      }
      if (OPENERS.has(ch) || ch === '"') {
        // (A handle or hashtag may open a quoted post: "@Vanderkimberly and I …".)
        if (ch === '"' && !isLetterOrDigit(text[i + 1]) && !/[‘'(\[….@#]/.test(text[i + 1] ?? '')) continue;
        open = i;
        openChar = ch;
      } else if (CLOSERS.has(ch) && isSpace(text[i - 1]) && isLetterOrDigit(text[i + 1])) {
        // A closing glyph used as an opener (”Like this”).
        open = i;
        openChar = ch;
      }
    }
    if (open >= 0) emit(open, pe, false);
    while (si < singles.length && singles[si] < ps) si++;
    if (si < singles.length && singles[si] < pe) addSingleQuoted(text, ps, pe, p.index, out, firstOfParagraph);
  }
  out.sort((a, b) => a.open - b.open);
  // Continuation across paragraphs.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    if (!prev.closed && cur.paragraph === prev.paragraph + 1 && isParagraphStart(text, cur.open)) cur.continues = i - 1;
  }
  return out;
}

/**
 * For an opening “ at glyphs[g] inside an open “…: the index (into glyphs) of the ” that closes it when another ”
 * follows before any further opening mark in the paragraph (ending before pe), else -1.
 */
function nestedClose(text: string, glyphs: number[], g: number, pe: number): number {
  let first = -1;
  for (let k = g + 1; k < glyphs.length && glyphs[k] < pe; k++) {
    const c = text[glyphs[k]];
    if (c === '“' || c === '„' || c === '«' || c === '"') return -1;
    if (c !== '”') continue;
    if (first >= 0) return first;
    first = k;
  }
  return -1;
}

function isParagraphStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!/\s/.test(text[i])) return false;
  }
  return true;
}

/** Curly single quotes (‘…’) used as the main quotation marks, outside any double-quoted segment. */
function addSingleQuoted(text: string, ps: number, pe: number, paragraph: number, out: QuoteSegment[], from: number) {
  const inside = (pos: number) => {
    for (let k = from; k < out.length; k++) if (pos >= out[k].open && pos < out[k].close) return true;
    return false;
  };
  for (let i = text.indexOf('‘', ps); i >= 0 && i < pe; i = text.indexOf('‘', i + 1)) {
    if (inside(i)) continue;
    if (!(i === ps || /[\s(\[—–-]/.test(text[i - 1]))) continue;
    for (let j = i + 1; j < pe; j++) {
      if (text[j] !== '’') continue;
      if (isLetterOrDigit(text[j + 1])) continue; // an apostrophe inside a word
      if (inside(j)) break;
      const span = trimSpan(text, i + 1, j);
      if (span) out.push({ open: i, close: j + 1, span, paragraph, closed: true, continues: null });
      i = j;
      break;
    }
  }
}
