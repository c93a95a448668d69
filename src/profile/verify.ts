// Verification, always on: a quote must equal the text at its cited span; any other statement must cite evidence,
// and its cited passages must hold most of its content words (text filled from records: every slot value).
// What fails is dropped and reported (`--explain`), never shown.
import type { Draft, Dropped } from './sections.js';
import { contentWords, coverage } from './text.js';

/** Share of a statement's content words its passages must hold. */
export const MIN_COVERAGE = 0.6;

const passageText = (d: Draft) => d.cites.map((c) => c.doc.record.text.slice(c.span[0], c.span[1])).join('\n');

/** Why a draft fails verification, or null when it passes. */
export function checkDraft(d: Draft): string | null {
  if (!d.text.trim()) return 'empty';
  if (!d.cites.length) return 'no evidence';
  for (const c of d.cites) {
    const len = c.doc.record.text.length;
    if (!(c.span[0] >= 0 && c.span[1] <= len && c.span[0] < c.span[1])) return 'cited span outside the document';
  }
  const passage = passageText(d);
  if (d.verbatim) {
    const at = d.cites[0];
    return at.doc.record.text.slice(at.span[0], at.span[1]) === d.text ? null : 'quote is not verbatim at its cited span';
  }
  if (d.note) return null; // a note about the evidence itself (how little there is), marked as such
  if (d.slots?.length) {
    const low = passage.toLowerCase();
    const missing = d.slots.filter((s) => !low.includes(s.toLowerCase()));
    if (missing.length) return `slot value not in the cited passage: ${missing.join(', ')}`;
    // The words around the slots come from the record's own text; those must be in the passage too, mostly.
    const rest = d.text;
    if (contentWords(rest).length && coverage(rest, passage) < MIN_COVERAGE / 2) return 'most words not in the cited passage';
    return null;
  }
  const cov = coverage(d.text, passage);
  return cov >= MIN_COVERAGE ? null : `only ${Math.round(cov * 100)}% of its content words are in the cited passage`;
}

/** Keeps the drafts that pass; records the others in `dropped`. */
export function verifyDrafts(section: string, drafts: Draft[], dropped: Dropped[]): Draft[] {
  return drafts.filter((d) => {
    const why = checkDraft(d);
    if (why) dropped.push({ section, text: d.text, reason: why });
    return !why;
  });
}

/** Checks a finished profile against the documents' texts (for tests and for the web app's self-check). */
export function verifyProfileAgainst(
  profile: { quotes: { text: string; citations: { source: number; span: [number, number] }[] }[] } & Record<string, any>,
  textOf: (n: number) => string | null,
): string[] {
  const problems: string[] = [];
  for (const q of profile.quotes) {
    const c = q.citations[0];
    const t = c ? textOf(c.source) : null;
    if (!c || t === null || t.slice(c.span[0], c.span[1]) !== q.text) problems.push(`quote not verbatim: ${q.text}`);
  }
  for (const section of ['summary', 'context', 'actions', 'criticism', 'timeline', 'disputed'] as const) {
    for (const item of profile[section] as { text: string; note?: boolean; citations: { source: number; span: [number, number] }[] }[]) {
      if (!item.citations.length) problems.push(`${section}: no evidence: ${item.text}`);
      if (item.note) continue;
      const passage = item.citations.map((c) => (textOf(c.source) ?? '').slice(c.span[0], c.span[1])).join('\n');
      const cov = coverage(item.text, passage);
      if (cov < MIN_COVERAGE) problems.push(`${section}: ${Math.round(cov * 100)}% covered: ${item.text}`);
    }
  }
  return problems;
}
