// Some archives and wire feeds (LexisNexis exports of the New York Times, among others) write quotation marks as two
// ASCII apostrophes: ''We will win,'' she said. The extractors read double quotation marks, so they are given a view
// of the text where each such pair is a straight double mark and a space, in the same number of characters: every
// offset, and every quote's words, stay those of the stored text.

// What may stand before an opening pair, after it, before a closing pair and after it.
const BEFORE_OPENING = /[\s(\[—–-]/;
const AFTER_OPENING = /[\p{L}\p{N}.…$'‘]/u;
const BEFORE_CLOSING = /[\p{L}\p{N}.,!?;:…)\]%'’-]/u;
const AFTER_CLOSING = /[\s,.;:!?)\]—–-]/;
const fits = (c: string | undefined, re: RegExp, atEdge: boolean) => (c === undefined ? atEdge : re.test(c));

/**
 * The text with doubled apostrophes used as quotation marks read as straight double marks: an opening pair becomes
 * a space and the mark (` "`), the pair that closes it in the same paragraph the mark and a space (`" `). (A pair
 * that closes nothing, "the Joneses'' house", stays. An opening pair that is never closed still opens: the quote
 * runs on into the next paragraph. Of three marks around a nested single quote, the double mark is the outer two.)
 * The same text when there are none.
 */
export function readDoubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  const out = text.split('');
  let open = false;
  for (let i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) {
    if (text.lastIndexOf('\n', i) > text.lastIndexOf("''", i - 1)) open = false; // a new paragraph since the last pair
    if (!open && fits(text[i - 1], BEFORE_OPENING, true) && fits(text[i + 2], AFTER_OPENING, false)) {
      out[i] = ' ';
      out[i + 1] = '"';
      open = true;
      continue;
    }
    if (!open) continue;
    // (Three closing marks: the nested single quote's, then ours.)
    const at = text[i + 2] === "'" && text[i + 3] !== "'" ? i + 1 : i;
    if (fits(text[at - 1], BEFORE_CLOSING, false) && fits(text[at + 2], AFTER_CLOSING, true)) {
      out[at] = '"';
      out[at + 1] = ' ';
      open = false;
      i = at;
    }
  }
  return out.join('');
}
