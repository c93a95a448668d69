import { describe, it, expect } from 'vitest';
import { initialsDiffer, middleInitials, samePerson } from './person.js';

const p = (name: string) => ({ name, type: 'person' });

describe('samePerson and middle initials', () => {
  it('reads middle initials however they are written', () => {
    expect(middleInitials('Harold Q. Vance')).toBe('q');
    expect(middleInitials('Harold Q.R. Vance')).toBe('qr');
    expect(middleInitials('Harold QR Vance')).toBe('qr');
    expect(middleInitials('Harold Vance')).toBe('');
    expect(middleInitials('Harold Quentin Vance')).toBeNull();
  });
  it('keeps a father and son who share first and last name apart', () => {
    expect(initialsDiffer('Harold Q.R. Vance', 'Harold R. Vance')).toBe(true);
    expect(samePerson(p('Harold Q.R. Vance'), p('Harold R. Vance'))).toBe(false);
    expect(samePerson(p('Harold R Vance'), p('Harold Q.R. Vance'))).toBe(false);
    expect(samePerson(p('Harold P. Vance'), p('Harold Q. Vance'))).toBe(false);
  });
  it('still joins the same initials written otherwise, and names without them', () => {
    expect(samePerson(p('Harold Q.R. Vance'), p('Harold R.Q. Vance'))).toBe(true);
    expect(samePerson(p('Harold QR Vance'), p('Harold Q. R. Vance'))).toBe(true);
    expect(samePerson(p('Harold Vance'), p('Harold Q. Vance'))).toBe(true);
    expect(samePerson(p('Vance'), p('Harold Q. Vance'))).toBe(true);
    expect(samePerson(p('Marta Lind Vance'), p('Marta Vance'))).toBe(true);
  });
});
