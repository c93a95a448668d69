import { describe, expect, it } from 'vitest';
import { cataphoricSubject, completeAction, isHeadline, looksLikeTitle } from './sections.js';

describe('looksLikeTitle', () => {
  it('a programme name in quotation marks is not speech', () => {
    expect(looksLikeTitle('Face the Nation.')).toBe(true);
    expect(looksLikeTitle('Good Morning Britain')).toBe(true);
  });
  it('a sentence someone said is speech', () => {
    expect(looksLikeTitle('We will lower the rent for every family')).toBe(false);
    expect(looksLikeTitle('I Will Not Resign')).toBe(false);
  });
});

describe('isHeadline', () => {
  it('a line of capitalised words is a headline', () => {
    expect(isHeadline('Governor Vows Swift Action On Flood Defences After Storm.')).toBe(true);
  });
  it('the report’s own title repeated in its text is a headline', () => {
    expect(isHeadline('Mayor: the bridge plan is not final.', 'Mayor: The bridge plan is not final')).toBe(true);
  });
  it('an ordinary sentence with a few names is not', () => {
    expect(isHeadline('On Tuesday Anna Berg told the council in Oslo that the harbour plan would wait.')).toBe(false);
  });
});

describe('cataphoricSubject', () => {
  it('a pronoun in a leading clause stands for the main clause’s subject', () => {
    expect(cataphoricSubject('Just as he toured the harbour on Monday, Pedersen also visited the old mill.')).toBe('Pedersen');
    expect(cataphoricSubject('When she landed in Lisbon, Maria Duarte met the fishermen.')).toBe('Maria Duarte');
  });
  it('no leading clause, no forward reference', () => {
    expect(cataphoricSubject('Pedersen toured the harbour after he landed.')).toBeNull();
    expect(cataphoricSubject('When he arrived, the crowd cheered.')).toBeNull();
  });
});

describe('completeAction', () => {
  it('a snippet cut mid-phrase gives way to its whole sentence', () => {
    const sentence = 'The senator attacked the governor’s call for a new toll on Friday, calling it unfair.';
    expect(completeAction('attacked the governor’s call for a', sentence)).toBe(sentence);
  });
  it('a finished snippet stays as it is', () => {
    expect(completeAction('signed the water treaty', 'On Monday she signed the water treaty.')).toBe('signed the water treaty');
  });
});
