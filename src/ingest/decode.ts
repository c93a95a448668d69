// Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, a Windows-1252 fallback; binary is refused.
import iconv from 'iconv-lite';

export type Decoded = { text: string; warning?: string } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control characters (other than tab, newline, carriage return, form feed) above which input is binary. */
const BINARY_CONTROL_SHARE = 0.02;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(utf8Loose(bytes.subarray(3)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16-be'));
  if (looksBinary(bytes)) return { error: 'binary content, not text' };
  try {
    return checked(utf8.decode(bytes));
  } catch {
    return checked(iconv.decode(Buffer.from(bytes), 'win1252'), 'not valid UTF-8; read as Windows-1252');
  }
}

function utf8Loose(b: Uint8Array): string {
  return new TextDecoder('utf-8').decode(b);
}

function checked(text: string, warning?: string): Decoded {
  let control = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (n && control / n > BINARY_CONTROL_SHARE) return { error: 'binary content, not text' };
  return warning ? { text, warning } : { text };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
