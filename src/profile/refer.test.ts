import { describe, expect, it } from 'vitest';
import type { PersonRef } from './person.js';
import { othersOffice, countryOf, descriptionsOf, directRefs, explicitGender, learnGender, pronounRefs, referrer, surnameOfOtherGender, titleOfOtherGender } from './refer.js';

const person = (name: string, roles: string[] = []): PersonRef => ({ name, aliases: [], keys: ['k'], type: 'person', roles, textOnly: false });

describe('how a sentence refers to the person', () => {
  it('nationality and rephrased titles from roles', () => {
    expect(countryOf(['Danish Prime Minister'])?.name).toBe('Denmark');
    const d = descriptionsOf(['Danish Prime Minister'], { name: 'Denmark', demonym: 'Danish' });
    expect(d).toContain('Prime Minister of Denmark');
    expect(d).toContain('Prime Minister of the Kingdom of Denmark');
  });

  it('names, surnames, descriptions and bodies acting for a head of government', () => {
    const r = referrer(person('Mette Holm', ['Danish Prime Minister']));
    const kinds = (t: string) => directRefs(r, t).map((x) => x.kind);
    expect(kinds('Holm spoke first.')).toEqual(['name']);
    expect(kinds('The Prime Minister of Denmark spoke first.')).toEqual(['description']);
    expect(kinds('The Danish government disagreed.')).toEqual(['body']);
    // Someone else with the same surname is not the person.
    expect(kinds('Her cousin Jens Holm spoke first.')).toEqual([]);
    expect(kinds('Mrs Holm spoke first.')).toEqual(['name']);
  });

  it('a minister has no government acting for them', () => {
    const r = referrer(person('Ola Berg', ['Norwegian Minister of Fisheries']));
    expect(directRefs(r, 'The Norwegian government disagreed.')).toEqual([]);
  });

  it('pronouns follow the gender the text uses for the person', () => {
    expect(learnGender(['She later resigned.', 'Her office declined.', 'He was not there.'])).toBe(null);
    expect(learnGender(['She later resigned.', 'Her office declined.', 'She smiled.'])).toBe('f');
    const r = referrer(person('Mette Holm'));
    r.gender = 'f';
    expect(pronounRefs(r, 'He said she would sign.').map((x) => x.kind)).toEqual(['pronoun']);
  });

  it('a title followed by someone else’s name is theirs', () => {
    const r = referrer(person('Mette Holm', ['Danish Prime Minister']));
    const kinds = (t: string) => directRefs(r, t).map((x) => x.kind);
    expect(kinds('The Danish Prime Minister Lars Dahl spoke first.')).toEqual([]);
    expect(kinds('The Danish Prime Minister Mette Holm spoke first.')).toEqual(['description', 'name']);
    expect(kinds('The Danish Prime Minister spoke on Monday.')).toEqual(['description']);
  });
});

describe('a surname the sentence gives the other gender', () => {
  const at = (t: string, w: string) => [t.indexOf(w), t.indexOf(w) + w.length] as const;
  it('"Mrs. Holm" and "Holm said she …" are not a man named Holm', () => {
    const t = 'Mrs. Holm told the council the levy would stay.';
    expect(surnameOfOtherGender(t, ...at(t, 'Holm'), 'm')).toBe(true);
    expect(surnameOfOtherGender(t, ...at(t, 'Holm'), 'f')).toBe(false);
    const u = 'Holm has said that she will not sign the harbour deal.';
    expect(surnameOfOtherGender(u, ...at(u, 'Holm'), 'm')).toBe(true);
    expect(surnameOfOtherGender(u, ...at(u, 'Holm'), 'f')).toBe(false);
  });
  it('a he or she that is not what the name says, or no sign at all, decides nothing', () => {
    const t = 'Holm praised her deputy and left.';
    expect(surnameOfOtherGender(t, ...at(t, 'Holm'), 'm')).toBe(false);
    const u = 'Holm signed the harbour deal on Monday.';
    expect(surnameOfOtherGender(u, ...at(u, 'Holm'), 'm')).toBe(false);
  });
  it('directRefs leaves such a surname out once the person’s gender is known', () => {
    const r = referrer(person('Jens Holm'));
    r.gender = 'm';
    expect(directRefs(r, 'Mrs. Holm told the council the levy would stay.')).toEqual([]);
    expect(directRefs(r, 'Mr. Holm told the council the levy would stay.').map((x) => x.kind)).toEqual(['name']);
    r.gender = null;
    expect(directRefs(r, 'Mrs. Holm told the council the levy would stay.').map((x) => x.kind)).toEqual(['name']);
  });
});

describe('explicitGender', () => {
  it('what the text taught, else the first name’s gender unless the sentences after the full name say otherwise', () => {
    expect(explicitGender('Tom', 'f', [])).toBe('f');
    expect(explicitGender('Tom', null, [])).toBe('m');
    expect(explicitGender('Anna', null, ['He compares the timetable to the old one.'])).toBe(null);
    expect(explicitGender('Zorblat', null, [])).toBe(null);
  });
  it('so "Mrs. Lund" is not Tom Lund where his wife, "Lund" too, left the text undecided', () => {
    const r = referrer(person('Tom Lund'));
    r.gender = learnGender(['She said so.', 'She agreed.', 'He voted no.']);
    r.namedGender = explicitGender(r.firstName, r.gender, ['He voted no.']);
    expect(r.gender).toBe(null);
    expect(directRefs(r, 'Mrs. Lund promised to cut the sales tax.')).toEqual([]);
    expect(directRefs(r, 'Mr. Lund promised to cut the sales tax.').map((x) => x.kind)).toEqual(['name']);
    // nor does a "she" stand for him
    expect(pronounRefs(r, 'She said no.').length).toBe(0);
    expect(pronounRefs(r, 'He said no.').length).toBe(1);
  });
});

describe('titleOfOtherGender', () => {
  const r = referrer(person('Tom Lund', ['Foreign Minister']));
  r.namedGender = 'm';
  const kinds = (t: string) => directRefs(r, t).map((x) => x.kind);
  it('a title a woman held in the sentence is not Tom Lund’s', () => {
    expect(kinds('In a statement, Eva Holm defended her record as foreign minister.')).toEqual([]);
    expect(kinds('The deal was signed when she was foreign minister.')).toEqual([]);
    expect(kinds('Critics went after her use of a private plane as foreign minister.')).toEqual([]);
    expect(kinds('She praised his long work as foreign minister.')).toEqual(['description']);
  });
  it('his own title, or one with no pronoun, stays his', () => {
    expect(kinds('Lund defended his record as foreign minister.')).toEqual(['name', 'description']);
    expect(kinds('The foreign minister flew to Oslo.')).toEqual(['description']);
    expect(titleOfOtherGender('when he was ', 12, 'm')).toBe(false);
  });
});

describe('othersOffice', () => {
  it('a title with a rank before it or a portfolio after it is another office', () => {
    const r = referrer(person('Ola Berg', ['Vice President']));
    const kinds = (t: string) => directRefs(r, t).map((x) => x.kind);
    expect(kinds('The bill stalled, said Kari Dahl, senior vice president for sustainability at the firm.')).toEqual([]);
    expect(kinds('The Vice President of the United States spoke first.')).toEqual(['description']);
    expect(kinds('The vice president spoke first.')).toEqual(['description']);
    const t = 'She is director of communications.';
    expect(othersOffice(t, t.indexOf('director'), t.indexOf('director') + 8)).toBe(true);
  });
});
