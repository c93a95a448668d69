import { describe, expect, it } from 'vitest';
import { formatDate, pieces, safeHref, snippetParts } from './text.js';

describe('pieces', () => {
  it('cuts overlapping spans into pieces carrying every covering layer', () => {
    const quote = { span: [2, 8] as [number, number], cls: 'hl-quote', label: 'q' };
    const actor = { span: [5, 12] as [number, number], cls: 'hl-actor', label: 'a' };
    const out = pieces(0, 15, [quote, actor]).map((p) => [p.start, p.end, p.layers.map((l) => l.cls).join('+')]);
    expect(out).toEqual([
      [0, 2, ''],
      [2, 5, 'hl-quote'],
      [5, 8, 'hl-quote+hl-actor'],
      [8, 12, 'hl-actor'],
      [12, 15, ''],
    ]);
  });

  it('clips spans to the paragraph and ignores spans outside or empty', () => {
    const out = pieces(10, 20, [
      { span: [5, 14], cls: 'a', label: '' },
      { span: [30, 40], cls: 'b', label: '' },
      { span: [15, 15], cls: 'c', label: '' },
    ]);
    expect(out.map((p) => [p.start, p.end, p.layers.length])).toEqual([
      [10, 14, 1],
      [14, 20, 0],
    ]);
  });
});

describe('snippetParts', () => {
  it('marks only what the API marked and keeps other markup as text', () => {
    expect(snippetParts('the <mark>APT31</mark> group <img src=x onerror=alert(1)> said')).toEqual([
      { text: 'the ', marked: false },
      { text: 'APT31', marked: true },
      { text: ' group <img src=x onerror=alert(1)> said', marked: false },
    ]);
  });
});

describe('safeHref', () => {
  it('lets http(s) through and nothing else', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//example.org', 'not a url', '', null])
      expect(safeHref(bad as string | null), String(bad)).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows a date at its precision', () => {
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate('2019-05')).toBe('May 2019');
    expect(formatDate('2019-05-03')).toBe('3 May 2019');
    expect(formatDate('sometime')).toBe('sometime');
  });
});
