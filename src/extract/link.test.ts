import { describe, expect, it } from 'vitest';
import type { ActorSummary, EntityRecord } from '../model/index.js';
import { linkToKnownActors } from './link.js';

const summary = (key: string, name: string, type: ActorSummary['type'], aliases: string[] = []): ActorSummary => ({
  key,
  name,
  type,
  aliases,
  roles: [],
  mentions: 1,
  documents: 1,
});
const entity = (key: string, name: string, type: EntityRecord['type'], aliases: string[] = []): EntityRecord => ({
  key,
  name,
  type,
  aliases,
  roles: [],
  mentions: [],
});

describe('linkToKnownActors', () => {
  const known = [
    summary('person:emmanuel-macron', 'Emmanuel Macron', 'person', ['Macron']),
    summary('person:hillary-clinton', 'Hillary Clinton', 'person'),
    summary('person:bill-clinton', 'Bill Clinton', 'person'),
    summary('threat-actor:apt28', 'APT28', 'threat-actor', ['Fancy Bear']),
    summary('state:france', 'France', 'state'),
  ];
  it('links a surname-only person to the one known person with that surname', () => {
    expect(linkToKnownActors(known, [entity('person:macron', 'Macron', 'person')]).get('person:macron')).toBe('person:emmanuel-macron');
  });
  it('leaves an ambiguous surname alone', () => {
    expect(linkToKnownActors(known, [entity('person:clinton', 'Clinton', 'person')]).has('person:clinton')).toBe(false);
  });
  it('links by alias within the same type only', () => {
    const links = linkToKnownActors(known, [entity('threat-actor:fancy-bear', 'Fancy Bear', 'threat-actor'), entity('person:france', 'France', 'person')]);
    expect(links.get('threat-actor:fancy-bear')).toBe('threat-actor:apt28');
    expect(links.has('person:france')).toBe(false);
  });
  it('a full name extends a known surname-only person', () => {
    const k = [summary('person:vollmer', 'Vollmer', 'person')];
    expect(linkToKnownActors(k, [entity('person:henrik-vollmer', 'Henrik Vollmer', 'person')]).get('person:henrik-vollmer')).toBe('person:vollmer');
  });
  it('keeps keys that are already known', () => {
    expect(linkToKnownActors(known, [entity('state:france', 'France', 'state')]).size).toBe(0);
  });
});

describe('linkToKnownActors keeps namesakes apart', () => {
  it('does not merge two people who only share a surname alias', () => {
    const known = [summary('person:lena-ortiz', 'Lena Ortiz', 'person', ['Ortiz'])];
    const links = linkToKnownActors(known, [entity('person:marco-ortiz', 'Marco Ortiz', 'person', ['Ortiz'])]);
    expect(links.get('person:marco-ortiz')).toBeUndefined();
  });
  it('still links a full name known under the same full alias', () => {
    const known = [summary('person:lena-ortiz', 'Lena Ortiz', 'person', ['Lena M. Ortiz'])];
    expect(linkToKnownActors(known, [entity('person:lena-m-ortiz', 'Lena M. Ortiz', 'person')]).get('person:lena-m-ortiz')).toBe('person:lena-ortiz');
  });
});

describe('linkToKnownActors on surnames and middle names', () => {
  it('gives a bare surname to the bearer who dominates the corpus, not when two compete', () => {
    const known = [
      { ...summary('person:ana-brun', 'Ana Brun', 'person'), mentions: 400 },
      { ...summary('person:leo-brun', 'Leo Brun', 'person'), mentions: 20 },
    ];
    expect(linkToKnownActors(known, [entity('person:brun', 'Brun', 'person')]).get('person:brun')).toBe('person:ana-brun');
    known[1].mentions = 200;
    expect(linkToKnownActors(known, [entity('person:brun', 'Brun', 'person')]).get('person:brun')).toBeUndefined();
  });
  it('links a name with a middle initial to the same first name and surname', () => {
    const known = [summary('person:ana-brun', 'Ana Brun', 'person')];
    expect(linkToKnownActors(known, [entity('person:ana-k-brun', 'Ana K. Brun', 'person')]).get('person:ana-k-brun')).toBe('person:ana-brun');
    expect(linkToKnownActors(known, [entity('person:eva-brun', 'Eva Brun', 'person')]).get('person:eva-brun')).toBeUndefined();
  });
});

describe('linkToKnownActors and different middle names', () => {
  it('keeps two people whose middle initials differ apart', () => {
    const known = [summary('person:george-h-w-bush', 'George H. W. Bush', 'person')];
    expect(linkToKnownActors(known, [entity('person:george-w-bush', 'George W. Bush', 'person')]).get('person:george-w-bush')).toBeUndefined();
  });
  it('does not guess between two known people for a name without a middle', () => {
    const known = [summary('person:george-h-w-bush', 'George H. W. Bush', 'person'), summary('person:george-w-bush', 'George W. Bush', 'person')];
    expect(linkToKnownActors(known, [entity('person:george-bush', 'George Bush', 'person')]).get('person:george-bush')).toBeUndefined();
  });
});
