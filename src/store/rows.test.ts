import { describe, expect, it } from 'vitest';
import { corpusName, lookupNames } from './rows.js';

describe('corpusName', () => {
  it('keeps the longest name seen', () => {
    expect(corpusName('Macron', 'Emmanuel Macron', 'person')).toBe('Emmanuel Macron');
    expect(corpusName('Emmanuel Macron', 'Macron', 'person')).toBe('Emmanuel Macron');
  });
  it('prefers a full name without a generational suffix, which ends in the surname', () => {
    expect(corpusName('Walter H. Brandt Jr.', 'Walt Brandt', 'person')).toBe('Walt Brandt');
    expect(corpusName('Walt Brandt', 'Walter H. Brandt Jr.', 'person')).toBe('Walt Brandt');
    expect(corpusName('Walter H. Brandt Jr.', 'Brandt', 'person')).toBe('Walter H. Brandt Jr.');
  });
  it('prefers the spelling with its accents', () => {
    expect(corpusName('Felipe Calderon', 'Felipe Calderón', 'person')).toBe('Felipe Calderón');
    expect(corpusName('Felipe Calderón', 'Felipe Calderon', 'person')).toBe('Felipe Calderón');
  });
  it('leaves other actors to length alone', () => {
    expect(corpusName('Henkel Group II', 'Henkel', 'company')).toBe('Henkel Group II');
  });
});

describe('lookupNames', () => {
  it('files a person under the surname, not under a generational suffix', () => {
    expect(lookupNames({ name: 'Walter H. Brandt Jr.', aliases: [], type: 'person' })).toEqual(['walter h. brandt jr.', 'brandt']);
  });
});
