import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.js';
import { extractDocument } from '../index.js';

const meta = { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news' as const, url: null };
const statements = (text: string) =>
  extractDocument({ text, meta, ...segment(text) }).events.filter((e) => e.category === 'Public statement');

describe('reporting verbs that only tag a quotation', () => {
  it('are no Public statement when the quotation is already the record', () => {
    expect(statements('“We will rebuild the bridge before winter,” Mayor Ines Kovac said.')).toEqual([]);
    expect(statements('“The budget is final. There will be no second vote.” Kovac said.')).toEqual([]);
  });
  it('still give a Public statement for reported speech with content', () => {
    const evs = statements('Mayor Ines Kovac said on Tuesday that the bridge would be rebuilt before winter.');
    expect(evs.map((e) => e.actor)).toContain('Ines Kovac');
  });
});

describe('a tag after a quotation opened in an earlier sentence', () => {
  it('is no Public statement either', () => {
    expect(statements('“The harbour will close at night. Ferries will stop at ten and the last bus leaves the pier at eleven,” Ada Vries said.')).toEqual([]);
  });
});
