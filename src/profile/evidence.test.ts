import { describe, expect, it } from 'vitest';
import { openingPronoun, opensOnOtherName, othersSurnamesDropped, sameSurnameOtherPerson, subjectLead } from './evidence.js';
import { directRefs, referrer } from './refer.js';

describe('openingPronoun', () => {
  it('finds the subject pronoun a sentence opens with', () => {
    expect(openingPronoun('He’s comparing the fare to Holm’s old plan.', null)).toMatchObject({ start: 0, end: 2 });
    expect(openingPronoun('(She also said the ferry must run.)', null)).toMatchObject({ start: 1, end: 4 });
  });
  it('not a pronoun of the other gender, nor one later in the sentence', () => {
    expect(openingPronoun('She compares the fare to Holm’s plan.', 'm')).toBe(null);
    expect(openingPronoun('Holm said he would wait.', null)).toBe(null);
    expect(openingPronoun('Hers was the only vote against.', null)).toBe(null);
  });
  it('not inside a quotation, where it is whom the speaker means', () => {
    expect(openingPronoun('“He never paid the fee,” Lund said of Holm.', null)).toBe(null);
  });
});

describe('subjectLead', () => {
  it('a title and capitalised words before a name leave it the subject', () => {
    expect(subjectLead('Former Island Gov. ')).toBe(true);
    expect(subjectLead('But ')).toBe(true);
    expect(subjectLead('')).toBe(true);
  });
  it('a clause or a verb before it does not', () => {
    expect(subjectLead('After the vote, ')).toBe(false);
    expect(subjectLead('The board thanked ')).toBe(false);
    expect(subjectLead('“President ')).toBe(false);
  });
});

describe('opensOnOtherName', () => {
  const r = referrer({ name: 'Ola Berg', aliases: [], keys: [], type: 'person', roles: [], textOnly: true });
  it('someone else’s full name as the opening subject', () => {
    expect(opensOnOtherName('Per Holm was rewriting a speech to expand on his argument.', r)).toBe(true);
  });
  it('not the person’s own name, nor an opening phrase', () => {
    expect(opensOnOtherName('Ola Berg was rewriting his speech.', r)).toBe(false);
    expect(opensOnOtherName('On Monday he was rewriting his speech.', r)).toBe(false);
  });
});

describe('othersSurnamesDropped', () => {
  const r = referrer({ name: 'Tom Lund', aliases: ['Lund'], keys: ['person:tom-lund'], type: 'person', roles: [], textOnly: true });
  const text = 'The levy, which Lund also backs, angered donors.';
  const at = text.indexOf('Lund');
  it('a bare surname extraction gave to another person of that surname is theirs', () => {
    expect(sameSurnameOtherPerson(r, { type: 'person', name: 'Anna Lund' })).toBe(true);
    expect(othersSurnamesDropped(r, text, 100, directRefs(r, text), new Set([100 + at]))).toEqual([]);
  });
  it('elsewhere, the surname stays the person’s', () => {
    expect(othersSurnamesDropped(r, text, 100, directRefs(r, text), new Set([100 + at + 1]))).toHaveLength(1);
    expect(othersSurnamesDropped(r, text, 100, directRefs(r, text), new Set())).toHaveLength(1);
  });
  it('a bare surname inside another person\'s name of several words is a word of that name ("Lund Berg")', () => {
    const t = 'Lund Berg, an analyst at the institute, said the base mattered.';
    expect(othersSurnamesDropped(r, t, 100, directRefs(r, t), new Set(), [[100, 109]])).toEqual([]);
    // (A name that only starts there, or the person's own mention, leaves it.)
    expect(othersSurnamesDropped(r, t, 100, directRefs(r, t), new Set(), [[104, 109]])).toHaveLength(1);
    expect(othersSurnamesDropped(r, t, 100, directRefs(r, t), new Set(), [[100, 104]])).toHaveLength(1);
  });
  it('the same first name, another surname or no person is not another Lund', () => {
    expect(sameSurnameOtherPerson(r, { type: 'person', name: 'Tom A. Lund' })).toBe(false);
    expect(sameSurnameOtherPerson(r, { type: 'person', name: 'Anna Berg' })).toBe(false);
    expect(sameSurnameOtherPerson(r, { type: 'organisation', name: 'Anna Lund' })).toBe(false);
  });
});
