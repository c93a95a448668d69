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

describe('linkToKnownActors across name forms of one person', () => {
  it('links a short first name to the formal one when the surname is shared and only one person fits', () => {
    const known = [summary('person:joseph-r-biden-jr', 'Joseph R. Biden Jr.', 'person'), summary('person:beau-biden', 'Beau Biden', 'person')];
    expect(linkToKnownActors(known, [entity('person:joe-biden', 'Joe Biden', 'person')]).get('person:joe-biden')).toBe('person:joseph-r-biden-jr');
  });
  it('treats a generational suffix as no surname', () => {
    const known = [summary('person:marta-k-iles', 'Marta K. Iles', 'person')];
    expect(linkToKnownActors(known, [entity('person:marta-k-iles-jr', 'Marta K. Iles Jr.', 'person')]).get('person:marta-k-iles-jr')).toBe('person:marta-k-iles');
  });
  it('links two short forms of one name', () => {
    const known = [summary('person:will-osgood', 'Will Osgood', 'person')];
    expect(linkToKnownActors(known, [entity('person:bill-osgood', 'Bill Osgood', 'person')]).get('person:bill-osgood')).toBe('person:will-osgood');
  });
  it('keeps different first names and different middles apart', () => {
    const known = [summary('person:james-h-osgood', 'James H. Osgood', 'person')];
    expect(linkToKnownActors(known, [entity('person:john-osgood', 'John Osgood', 'person')]).has('person:john-osgood')).toBe(false);
    expect(linkToKnownActors(known, [entity('person:jim-t-osgood', 'Jim T. Osgood', 'person')]).has('person:jim-t-osgood')).toBe(false);
  });
  it('links the short forms listed in the nickname data (Rudy, Stan, Jen)', () => {
    const known = [summary('person:rudolph-w-osgood', 'Rudolph W. Osgood', 'person'), summary('person:stanley-b-lamb', 'Stanley B. Lamb', 'person')];
    const links = linkToKnownActors(known, [entity('person:rudy-osgood', 'Rudy Osgood', 'person'), entity('person:stan-lamb', 'Stan Lamb', 'person')]);
    expect(links.get('person:rudy-osgood')).toBe('person:rudolph-w-osgood');
    expect(links.get('person:stan-lamb')).toBe('person:stanley-b-lamb');
  });
  it('links nothing when two known people fit the short form', () => {
    const known = [summary('person:edward-lamb', 'Edward Lamb', 'person'), summary('person:theodore-lamb', 'Theodore Lamb', 'person')];
    expect(linkToKnownActors(known, [entity('person:ted-lamb', 'Ted Lamb', 'person')]).has('person:ted-lamb')).toBe(false);
  });
});

describe('linkToKnownActors and generational suffixes', () => {
  it('keeps a son named with "Jr." and no middle apart from the father', () => {
    const known = [summary('person:walter-brandt', 'Walter H. Brandt', 'person')];
    expect(linkToKnownActors(known, [entity('person:walter-brandt-jr', 'Walter Brandt Jr.', 'person')]).has('person:walter-brandt-jr')).toBe(false);
    expect(linkToKnownActors(known, [entity('person:walter', 'Walter Jr.', 'person')]).has('person:walter')).toBe(false);
  });
  it('links the house-style full form with middle initial and suffix to the short name', () => {
    const known = [summary('person:walter-brandt', 'Walter Brandt', 'person')];
    expect(linkToKnownActors(known, [entity('person:walter-h-brandt-jr', 'Walter H. Brandt Jr.', 'person')]).get('person:walter-h-brandt-jr')).toBe('person:walter-brandt');
  });
});

describe('linkToKnownActors and courtesy titles', () => {
  const titled = (key: string, name: string, title: string): EntityRecord => ({ ...entity(key, name, 'person'), roles: [{ text: title, span: [0, title.length] }] });
  const known = [
    { ...summary('person:harold-vance', 'Harold Vance', 'person'), mentions: 400 },
    { ...summary('person:greta-vance', 'Greta Vance', 'person'), mentions: 12 },
  ];
  it('gives "Ms. Vance" to the woman, not to the far better-known man of that surname', () => {
    expect(linkToKnownActors(known, [titled('person:vance', 'Vance', 'Ms.')]).get('person:vance')).toBe('person:greta-vance');
  });
  it('gives "Mr. Vance" to the dominant man, and a bare "Vance" too', () => {
    expect(linkToKnownActors(known, [titled('person:vance', 'Vance', 'Mr.')]).get('person:vance')).toBe('person:harold-vance');
    expect(linkToKnownActors(known, [entity('person:vance', 'Vance', 'person')]).get('person:vance')).toBe('person:harold-vance');
  });
  it('keeps "Mrs. Vance" apart, under a key of her own, when the only known Vance is a man', () => {
    // Her own key: a later document's bare "Vance" must not join her rather than the dominant man.
    expect(linkToKnownActors([known[0]], [titled('person:vance', 'Vance', 'Mrs.')]).get('person:vance')).toBe('person:mrs-vance');
    expect(linkToKnownActors([known[0], summary('person:mrs-vance', 'Vance', 'person')], [entity('person:vance', 'Vance', 'person')]).get('person:vance')).toBe('person:harold-vance');
  });
});
