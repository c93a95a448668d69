import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.js';
import { addAdHocActor, findActors, toEntityRecords } from './index.js';

const actors = (text: string) => {
  const index = findActors(text, segment(text).sentences);
  return { index, entities: toEntityRecords(index) };
};
const typeOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.type;
const people = (text: string) => actors(text).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('groups and places are not people', () => {
  it('types party members, believers and demonyms in the plural as groups', () => {
    expect(typeOf('Democrats said the budget was unfair. Later, Democrats walked out.', 'Democrats')).toBe('group');
    expect(typeOf('Muslims said they felt singled out by the new rule.', 'Muslims')).toBe('group');
    expect(typeOf('In the poll, Hispanics said prices worried them most.', 'Hispanics')).toBe('group');
    expect(typeOf('At the rally, Canadians said the border should stay open.', 'Canadians')).toBe('group');
    expect(typeOf('At the meeting, African-Americans said the plan ignored them.', 'African-Americans')).toBe('group');
  });

  it('types a place name followed by a group plural as a group', () => {
    expect(typeOf('Oregon Democrats said on Monday that they had the votes.', 'Oregon Democrats')).toBe('group');
  });

  it('never makes a person of a state, region or city standing alone', () => {
    expect(people('Idaho said no to the plan. Idaho has said no before, and Idaho will say it again.')).toEqual([]);
    expect(people('The Midwest said little. Rhode Island said more.')).toEqual([]);
    expect(people('Denver said it would pay. Denver has paid before.')).toEqual([]);
  });

  it('keeps a place of several words as a place, so the person before it stays the subject', () => {
    const text = 'Lena Ortiz of New Mexico said the plan works.';
    expect(typeOf(text, 'New Mexico')).toBe('place');
    expect(people(text)).toEqual(['Lena Ortiz']);
  });

  it("reads an organisation's acronym before a title as part of the role", () => {
    const { entities } = actors('XKQ Chairman Tom Weller said the fund was sound.');
    const tom = entities.find((e) => e.name === 'Tom Weller');
    expect(tom?.type).toBe('person');
    expect(tom?.roles.map((r) => r.text)).toEqual(['XKQ Chairman']);
  });

  it('leaves role nouns in the plural alone', () => {
    expect(people('Pollsters said the race was close. Aides said the same.')).toEqual([]);
  });

  it('still joins a surname that is also a place or a plural to the person named in full', () => {
    const { entities } = actors('Clara Montana chairs the board. Montana said the vote was fair.');
    const clara = entities.find((e) => e.name === 'Clara Montana');
    expect(clara?.type).toBe('person');
    expect(clara?.mentions.map((m) => m.text)).toEqual(['Clara Montana', 'Montana']);
    expect(people('Nora Danes wrote the report. Danes said she stood by it.')).toEqual(['Nora Danes']);
  });

  it('gives a speaker found later the same types', () => {
    const text = '“We will not vote for it,” Democrats said. “We will,” Kansas said.';
    const { index } = actors(text);
    const group = addAdHocActor(index, text, [text.indexOf('Democrats'), text.indexOf('Democrats') + 'Democrats'.length]);
    expect(group === null ? null : index.actors[group].type).toBe('group');
    expect(addAdHocActor(index, text, [text.indexOf('Kansas'), text.indexOf('Kansas') + 'Kansas'.length])).toBeNull();
  });
});
