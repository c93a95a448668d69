import { describe, expect, it } from 'vitest';
import { firstNameGender, slug } from './lexicon.js';

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

describe('first names', () => {
  it('knows a name the lexicon lists only without its accents', () => {
    expect(firstNameGender('Élisabeth')).toBe('f');
    expect(firstNameGender('Gérald')).toBe('m');
  });
  it('reads first names joined by a hyphen as one, gendered only where both parts agree', () => {
    expect(firstNameGender('Hans-Georg')).toBe('m');
    expect(firstNameGender('Marie-Claire')).toBe('f');
    expect(firstNameGender('Jean-Marie')).toBe('x');
    expect(firstNameGender('Pannier-Runacher')).toBeNull();
  });
  it('reads a capitalised "Jean" as the name, not the cloth', () => {
    expect(firstNameGender('Jean')).toBe('x');
  });
});
