import { describe, expect, it } from 'vitest';
import { isOffice, rolesInSentence } from './roles.js';

const roles = (text: string, name: string) => {
  const at = text.indexOf(name);
  return rolesInSentence(text, at, at + name.length);
};

describe('titles beside a name', () => {
  it('before the name', () => {
    expect(roles('Finnish Ambassador for Arctic Affairs Liisa Koski visited Oslo.', 'Liisa Koski')).toEqual(['Finnish Ambassador for Arctic Affairs']);
    expect(roles('During the talks Senator Paul Reyes left early.', 'Paul Reyes')).toEqual(['Senator']);
    expect(roles('Amid protests President Ana Lima spoke.', 'Ana Lima')).toEqual(['President']);
  });
  it('after the name, as an apposition', () => {
    expect(roles('Ana Lima, chair of the river commission, spoke.', 'Ana Lima')).toEqual(['chair of the river commission']);
  });
  it('not a headline run of capitalised words', () => {
    expect(roles('Town Will Welcome Visitors Fleeing Storms Says President Ana Lima', 'Ana Lima')).toEqual([]);
  });
});

describe('isOffice', () => {
  it('a title whose head is a role word is an office', () => {
    expect(isOffice('Secretary of State')).toBe(true);
    expect(isOffice('Finnish Ambassador for Arctic Affairs')).toBe(true);
    expect(isOffice('Former Shipping Company CEO')).toBe(true);
  });
  it('a standing in a race is not', () => {
    expect(isOffice('chief rival')).toBe(false);
    expect(isOffice('Republican poll leader')).toBe(false);
  });
});
