import { describe, it, expect } from 'vitest';
import { segment } from '../../text/segment.js';
import { findActors } from '../actors/index.js';
import { extractQuotes } from '../quotes/index.js';
import { extractStatements } from './index.js';

const statements = (text: string) => {
  const seg = segment(text);
  const input = { text, ...seg, meta: { published: null } as any };
  const index = findActors(text, seg.sentences);
  return extractStatements(input, index, extractQuotes(input as any, index, []));
};

describe('reported speech', () => {
  it('takes the speaker, the cue and the reported clause', () => {
    const [s] = statements('Finance Minister Leila Haddad said that the deficit would shrink next year.');
    expect(s).toMatchObject({ speaker: 'Leila Haddad', cue: 'said', text: 'the deficit would shrink next year' });
  });
  it('reads "according to X" as X speaking', () => {
    const [s] = statements('According to Haddad, the deficit will shrink next year.');
    expect(s?.cue).toBe('according to');
  });
  it('"added a goal" adds no words', () => {
    const got = statements('Winger Tomas Novak added a goal in the third period. Defender Ivan Reyes added his second of the night.');
    expect(got).toEqual([]);
    expect(statements('Winger Tomas Novak added that the team had played its best game.')[0]?.speaker).toBe('Tomas Novak');
    // Something put into something else is no report either.
    expect(statements('Senator Ruth Amsel also added new reporting rules to the harbour bill.')).toEqual([]);
    expect(statements('Senator Ruth Amsel added that the bill was sent to the committee too late.')[0]?.speaker).toBe('Ruth Amsel');
  });
});

describe('the subject past appositives', () => {
  it('a name inside a role appositive, before a second appositive, does not speak', () => {
    const [s] = statements('Maria Lund, president of Field & Stream Partners, a Boston marketing and design agency, said she thought the campaign was meant to shock.');
    expect(s?.speaker).toBe('Maria Lund');
  });
});

describe('a name that is not the subject', () => {
  it('a name in an opening phrase does not speak for the plural subject after it', () => {
    expect(statements('Like Tom Reyes, the other candidates said the plan was far too costly.')).toEqual([]);
    expect(statements('For Ann Holt, the voters said the choice was an easy one.')).toEqual([]);
    expect(statements('Unlike Ann Holt, Tom Reyes said the tax should go.')[0]?.speaker).toBe('Tom Reyes');
  });
  it("the owner of a plural subject does not speak for it ('Holt's strongest backers insisted')", () => {
    expect(statements("When her lead slipped, Ann Holt's strongest backers in Ohio insisted it was a passing dip.")).toEqual([]);
  });
});

describe('an inverted tag after a comma', () => {
  it('gives what came before to the speaker named after the verb ("…, said study co-author Ada Lind, a fellow")', () => {
    const got = statements('Rain falls everywhere on Nordby, but the coast is drier than the hills, said study co-author Ada Lind, a research fellow.');
    expect(got.map((s) => [s.speaker, s.text])).toEqual([['Ada Lind', 'Rain falls everywhere on Nordby, but the coast is drier than the hills']]);
  });
  it('keeps the subject before when the name after the verb is what was reported ("Tom Smith, who met Ann Jones, said Jones lied")', () => {
    expect(statements('Tom Smith, who met Ann Jones, said Jones lied about the ferry.').map((s) => s.speaker)).toEqual(['Tom Smith']);
  });
});
