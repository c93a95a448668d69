import { describe, it, expect } from 'vitest';
import { segment } from '../../text/segment.js';
import { findActors, toEntityRecords } from './index.js';
import { reviewKnownNames, reviewNestedNames } from './known-names.js';

const names = (text: string) => {
  const index = findActors(text, segment(text).sentences);
  reviewKnownNames(text, index);
  return new Map(toEntityRecords(index).map((e) => [e.name, e.mentions.length]));
};

describe('a listed short form inside a longer name', () => {
  it('"National Security Council" is not the UN Security Council', () => {
    const n = names('Ruth Adler, a former National Security Council official, testified on Tuesday. The UN Security Council met on Friday.');
    expect(n.get('National Security Council')).toBe(1);
    expect(n.get('UN Security Council')).toBe(1);
  });
  it('a qualifying word is no part of the name', () => {
    const n = names('Critics say the Security Council failed. Key Security Council members walked out, and Former National Security Council staff agreed.');
    expect(n.get('UN Security Council')).toBe(2);
    expect(n.get('National Security Council')).toBe(1);
    expect([...n.keys()].some((k) => k.startsWith('Key ') || k.startsWith('Former '))).toBe(false);
  });
});

/** Actor types after both reviews, as extractDocument runs them. */
const all = (text: string) => {
  const index = findActors(text, segment(text).sentences);
  reviewKnownNames(text, index);
  reviewNestedNames(text, index);
  return new Map(toEntityRecords(index).map((e) => [e.name, e.type]));
};

describe('names inside names', () => {
  it('a country after a head word and "of" is part of the body’s name', () => {
    const t = all('Shares of Bank of America fell. The Embassy of France issued a note. The Museum of London reopened on Monday.');
    expect(t.get('Bank of America')).toBe('company');
    expect(t.get('Embassy of France')).toBe('agency');
    expect(t.get('Museum of London')).toBe('organisation');
    expect(t.has('United States')).toBe(false);
    expect(t.has('France')).toBe(false);
  });
  it('a place inside a longer name is not named on its own; a person inside one still is', () => {
    const t = all('Researchers at the University of Michigan agreed. Campaign Director Dana Whitfield said so.');
    expect(t.has('Michigan')).toBe(false);
    expect(t.get('Dana Whitfield')).toBe('person');
  });
});

describe('a listed name that opens a longer one', () => {
  it('"Yahoo News", "Sony Pictures", "Verizon Wireless Arena" are names of their own', () => {
    const t = all('Yahoo News reported the story. Sony Pictures released the film. The rally was held at the Verizon Wireless Arena.');
    expect(t.get('Yahoo News')).toBe('media');
    expect(t.get('Sony Pictures')).toBe('company');
    expect(t.get('Verizon Wireless Arena')).toBe('place');
    expect(t.has('Wireless Arena')).toBe(false);
  });
});

describe('an article opening a sentence before a listed name', () => {
  it('is no part of the name, listed or longer', () => {
    expect([...names('The UN Security Council voted on Friday. Envoys left early.').keys()]).toEqual(['UN Security Council']);
    // (The nested 'Ocean Council' is dropped later, by reviewNestedNames.)
    expect([...names('The UN Ocean Council met on Friday.').keys()]).toContain('UN Ocean Council');
    expect([...names('The UN Ocean Council met on Friday.').keys()]).not.toContain('The UN Ocean Council');
  });
});

describe('a listed company’s longer name ending in "Inc." or "Co."', () => {
  it('keeps the full stop, so the name run inside it is no company of its own', () => {
    const text = 'The car was designed at Nissan North America Inc. in Tennessee.';
    const index = findActors(text, segment(text).sentences);
    reviewKnownNames(text, index);
    reviewNestedNames(text, index);
    expect(toEntityRecords(index).map((e) => e.name)).toEqual(['Nissan North America Inc.']);
  });
});

describe('a listed company before Center', () => {
  it('names the hall it sponsors, a place; a body named after someone stays a body', () => {
    const text = 'Delegates filled the Verizon Center on Monday. She is a fellow at the Carter Center.';
    const t = all(text);
    expect(t.get('Verizon Center')).toBe('place');
    expect(t.get('Carter Center')).toBe('organisation');
  });
});
