// UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("PeÃ±a Nieto", "FranÃ§ois", "donâ€™t"), as scraped
// archives often hold it: each such run is turned back into the bytes it was read from and decoded as UTF-8.

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes stand for themselves, as Latin-1 reads them). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** Characters that stand for a UTF-8 continuation byte (0x80–0xBF) in either reading. */
const CONTINUATION = `\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}`;
/**
 * A lead byte of a two-, three- or four-byte UTF-8 sequence read as one character (Â–ô), then the continuation
 * bytes read the same way. (Ã before a capital or a space in real text is no such run: "SÃO PAULO", "Ã la".)
 */
const RUN = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]+`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  if (c >= 0x80 && c <= 0x9f) return c;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : null;
}

/** The run decoded as UTF-8, or null when its bytes are no valid UTF-8 (then it was written so). */
function decodeRun(run: string): string | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = byteOf(ch);
    if (b === null) return null;
    bytes.push(b);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/**
 * Such runs as a later compatibility normalisation leaves them: a lead character decomposed ("A" + combining tilde
 * for "Ã") or a spacing accent read as the byte split into a space and a combining mark ("Ã" + " ̈" for "Ã¨").
 */
/** A lead character decomposed ("A" + a combining mark) right before a continuation character. */
const DECOMPOSED_LEAD = new RegExp(`[A-Za-z][\\u0300-\\u0303\\u0308\\u030a][${CONTINUATION}]`);
const SPLIT_ACCENT = /([\u00c2-\u00f4]) ([\u0308\u0304\u0301\u0327])/g;
const SPACING_ACCENTS: Record<string, string> = { '\u0308': '\u00a8', '\u0304': '\u00af', '\u0301': '\u00b4', '\u0327': '\u00b8' };

/** Repairs UTF-8 read as Windows-1252 or Latin-1, twice over at most ("ÃƒÂ©" → "é"); other text is unchanged. */
export function repairMojibake(text: string): string {
  if (DECOMPOSED_LEAD.test(text)) text = text.normalize('NFC');
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let out = text.replace(SPLIT_ACCENT, (_, lead: string, mark: string) => lead + SPACING_ACCENTS[mark]);
  for (let pass = 0; pass < 2; pass++) {
    const next = out.replace(RUN, (run) => decodeRun(run) ?? run);
    if (next === out) break;
    out = next;
  }
  return out;
}
