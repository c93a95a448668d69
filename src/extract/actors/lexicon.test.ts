import { describe, expect, it } from 'vitest';
import { slug } from './lexicon.js';

describe('slug', () => {
  it('folds accents and punctuation of Latin names', () => {
    expect(slug('François Hollande')).toBe('francois-hollande');
    expect(slug("Beto O'Rourke")).toBe('beto-orourke');
  });

  it('keeps names in other scripts apart instead of emptying them', () => {
    const a = slug('Олег Ильин');
    const b = slug('Иван Петров');
    expect(a).toBe('олег-ильин');
    expect(b).not.toBe(a);
    expect(slug('习近平')).toBe('习近平');
  });
});
