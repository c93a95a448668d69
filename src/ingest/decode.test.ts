import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

const ok = (d: ReturnType<typeof decodeBytes>) => {
  if ('error' in d) throw new Error(d.error);
  return d;
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const s = 'Élysée “quoted” — ok';
    expect(ok(decodeBytes(Buffer.from(s))).text).toBe(s);
    expect(ok(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]))).text).toBe(s);
  });
  it('reads UTF-16 in both byte orders when a BOM says so', () => {
    const s = 'Brégançon talks';
    expect(ok(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')]))).text).toBe(s);
    expect(ok(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf16-be')]))).text).toBe(s);
  });
  it('falls back to Windows-1252 for invalid UTF-8 and says so', () => {
    const d = ok(decodeBytes(iconv.encode('café “menu” – 5€', 'win1252')));
    expect(d.text).toBe('café “menu” – 5€');
    expect(d.warning).toMatch(/Windows-1252/);
  });
  it('refuses binary content', () => {
    const bin = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(bin)).toEqual({ error: 'binary content, not text' });
  });
});
