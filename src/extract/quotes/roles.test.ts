import { describe, expect, it } from 'vitest';
import { descriptionEnding, descriptionStarting, holdsRole, namesGroup, residentPlaces } from './roles.js';

describe('descriptions in speaker position', () => {
  it('finds a definite description ending a clause, with its head and modifiers', () => {
    const s = 'Later that day, the retired Ohio surgeon';
    const d = descriptionEnding(s, 100)!;
    expect(d).toMatchObject({ head: 'surgeon', modifiers: ['retired', 'Ohio'], definite: true, possessed: false });
    expect(d.start).toBe(100 + s.indexOf('the'));
    expect(d.end).toBe(100 + s.length);
  });
  it('marks indefinite and possessed descriptions as naming no one', () => {
    expect(descriptionEnding('a senior official', 0)).toMatchObject({ definite: false, possessed: false });
    expect(descriptionEnding('his spokesman', 0)).toMatchObject({ possessed: true, gender: 'm' });
    expect(descriptionEnding("the prime minister's spokeswoman", 0)).toMatchObject({ possessed: true, gender: 'f' });
  });
  it('needs a person role as the last word, in lower case', () => {
    expect(descriptionEnding('the statement', 0)).toBeNull();
    expect(descriptionEnding('the Founding Fathers', 0)).toBeNull();
    expect(descriptionEnding('the senator and', 0)).toBeNull();
    expect(descriptionEnding('14 percent', 0)).toBeNull();
  });
  it('reads a description opening an inverted frame up to the end of its noun phrase', () => {
    expect(descriptionStarting('one district party leader. Then', 0)).toMatchObject({ head: 'leader', definite: false });
    expect(descriptionStarting('the Vermont senator, who', 7)).toMatchObject({ head: 'senator', start: 7, end: 26 });
    expect(descriptionStarting('the senator from Vermont', 0)).toMatchObject({ head: 'senator', modifiers: [] });
    expect(descriptionStarting('When a reporter asked', 0)).toBeNull();
  });
  it('a group-qualified unnamed source keeps its group', () => {
    expect(namesGroup(descriptionStarting('a New Hampshire Republican', 0)!)).toBe(true);
    expect(namesGroup(descriptionStarting('a local official', 0)!)).toBe(false);
  });
  it('matches roles through titles and synonyms', () => {
    expect(holdsRole(['sen.'], [], 'senator')).toBe(true);
    expect(holdsRole(['gov'], [], 'governor')).toBe(true);
    expect(holdsRole([], ['chief executive of the firm'], 'executive')).toBe(true);
    expect(holdsRole(['mayor'], [], 'senator')).toBe(false);
  });
});

describe('residentPlaces', () => {
  it('gives the places a noun for someone from there ties to, whatever its case', () => {
    expect(residentPlaces('Texan')).toContain('Texas');
    expect(residentPlaces('ohioan')).toEqual(['Ohio']);
    expect(residentPlaces('Senator')).toBeUndefined();
  });
});
