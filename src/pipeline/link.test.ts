import { describe, expect, it } from 'vitest';
import { emptyExtraction, type EntityRecord } from '../model/index.js';
import { applyLinks, fullerName } from './link.js';

const entity = (key: string, name: string): EntityRecord => ({ key, name, type: 'person', aliases: [], roles: [], mentions: [] });

describe('applyLinks', () => {
  it('keeps the fuller name when a document names a known actor in full', () => {
    const x = emptyExtraction();
    x.entities.push(entity('person:ada-lind', 'Ada Lind'));
    x.quotes.push({ text: 'We will see.', span: [0, 12], speaker: 'Ada Lind', speakerKey: 'person:ada-lind', kind: 'speech', cue: 'said', speakerSpan: null, sentence: 0, repeatOf: null, date: null });
    applyLinks(x, new Map([['person:ada-lind', 'person:lind']]), [{ key: 'person:lind', name: 'Lind', type: 'person', aliases: [], roles: [], mentions: 3, documents: 1 }]);
    expect(x.entities[0]).toMatchObject({ key: 'person:lind', name: 'Ada Lind', aliases: ['Lind'] });
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ada Lind', speakerKey: 'person:lind' });
  });

  it('takes the corpus name when the document only has a surname', () => {
    const x = emptyExtraction();
    x.entities.push(entity('person:lind', 'Lind'));
    applyLinks(x, new Map([['person:lind', 'person:ada-lind']]), [{ key: 'person:ada-lind', name: 'Ada Lind', type: 'person', aliases: ['Lind'], roles: [], mentions: 3, documents: 1 }]);
    expect(x.entities[0]).toMatchObject({ key: 'person:ada-lind', name: 'Ada Lind', aliases: ['Lind'] });
  });

  it('prefers more words, then the known name', () => {
    expect(fullerName('Lind', 'Ada Lind')).toBe('Ada Lind');
    expect(fullerName('Ada Lind', 'Lind')).toBe('Ada Lind');
    expect(fullerName('Ada Lind', 'Ada Lindt')).toBe('Ada Lind');
  });

  it('leaves off a generational suffix the document does not use, unless only a first name would remain', () => {
    expect(fullerName('Walter H. Brandt Jr.', 'Walt Brandt')).toBe('Walter H. Brandt');
    expect(fullerName('Walter H. Brandt Jr.', 'Brandt')).toBe('Walter H. Brandt');
    expect(fullerName('Walt Brandt', 'Walter H. Brandt Jr.')).toBe('Walter H. Brandt Jr.');
    expect(fullerName('Walter H. Brandt Jr.', 'Walter H. Brandt Jr.')).toBe('Walter H. Brandt Jr.');
    expect(fullerName('Abdullah II', 'Abdullah')).toBe('Abdullah II');
  });
});
