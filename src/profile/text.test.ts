import { describe, expect, it } from 'vitest';
import { inPersonName, compress, contentWords, coverage, editDistance, isDeletionOf, similarity, termPattern, topicScore, weightedTerms } from './text.js';

describe('profile text helpers', () => {
  it('compression only deletes words', () => {
    const s = 'However, the harbour board (which met on Friday) approved the new ferry timetable.';
    const c = compress(s);
    expect(c).toBe('The harbour board approved the new ferry timetable.');
    expect(isDeletionOf(c, s)).toBe(true);
    expect(isDeletionOf('The board rejected the timetable.', s)).toBe(false);
  });

  it('compression drops markup a scraper left in the text, and keeps a comparison sign', () => {
    const s = '<post author="harbourwatch" id="77">Senator Lund wants a new ferry and a lower fare.</post>';
    expect(compress(s)).toBe('Senator Lund wants a new ferry and a lower fare.');
    expect(isDeletionOf(compress(s), s)).toBe(true);
    expect(compress('Fares rose where x < 3 and y > 2 in the survey.')).toBe('Fares rose where x < 3 and y > 2 in the survey.');
  });

  it('compression drops a bullet that came through as a lone letter, and keeps a sentence that opens with a word', () => {
    const s = 'l The harbour registry, a system that records every ferry licence.';
    expect(compress(s)).toBe('The harbour registry, a system that records every ferry licence.');
    expect(isDeletionOf(compress(s), s)).toBe(true);
    expect(compress('n Ferry fares rose.')).toBe('Ferry fares rose.');
    expect(compress('A ferry sails at noon.')).toBe('A ferry sails at noon.');
    expect(compress('I Lund said fares would rise.')).toBe('I Lund said fares would rise.');
  });

  it('term patterns: prefix terms, plurals, phrases, case-sensitive acronyms', () => {
    expect('a wave of cyberattacks'.match(termPattern('cyber*'))).toBeTruthy();
    expect('two botnets were seized'.match(termPattern('botnet'))).toBeTruthy();
    expect('critical  infrastructure'.match(termPattern('critical infrastructure'))).toBeTruthy();
    expect('who knows'.match(termPattern('WHO'))).toBeNull();
    // A closed compound written with a hyphen is the same word; a hyphenated compound of another word is not.
    expect('she sent the e-mails from home'.match(termPattern('email'))).toBeTruthy();
    expect('a plan for co-operation'.match(termPattern('cooperation'))).toBeTruthy();
    expect('her email-server was wiped'.match(termPattern('email'))).toBeNull();
    expect('the emailer was unknown'.match(termPattern('email'))).toBeNull();
    expect('the WHO said'.match(termPattern('WHO'))).toBeTruthy();
    expect('a hackney carriage'.match(termPattern('hacker'))).toBeNull();
    expect('two ferries and a ferry'.match(termPattern('ferry'))).toEqual(['ferries', 'ferry']);
    expect('a fair trade-off'.match(termPattern('trade'))).toBeNull();
    // After a prefix that makes the compound about it, the word counts; after another word and a hyphen it does not.
    expect('one of the strictest anti-abortion laws'.match(termPattern('abortion'))).toEqual(['abortion']);
    expect('Pro-immigration groups rallied'.match(termPattern('immigration'))).toEqual(['immigration']);
    expect('his re-election bid'.match(termPattern('election'))).toEqual(['election']);
    expect('a well-trade port'.match(termPattern('trade'))).toBeNull();
  });

  it('scores a passage by the distinct topic terms it holds', () => {
    const terms = weightedTerms([
      { term: 'ferry', weight: 1 },
      { term: 'harbour*', weight: 0.5 },
    ]);
    expect(topicScore('The ferry left the harbour.', terms).score).toBeCloseTo(1.5);
    expect(topicScore('Nothing here.', terms).score).toBe(0);
  });

  it('coverage counts content words of a statement found in a passage', () => {
    expect(coverage('The board approved timetables', 'The harbour board approved the new timetable.')).toBe(1);
    expect(coverage('The mayor resigned', 'The harbour board approved the new timetable.')).toBe(0);
    expect(contentWords('The board said that it would')).toEqual(['board']);
  });

  it('edit distance and similarity', () => {
    expect(editDistance('macronn', 'macron')).toBe(1);
    expect(similarity('the ferry left early', 'early the ferry left')).toBeCloseTo(1);
    expect(similarity('ferry', 'mayor')).toBe(0);
  });
});

describe('broad topic words', () => {
  it('count only beside a proper topic word', async () => {
    const { BROAD_WEIGHT, topicScore, weightedTerms } = await import('./text.js');
    const terms = weightedTerms([
      { term: 'malware', weight: 0.8 },
      { term: 'online', weight: BROAD_WEIGHT },
    ]);
    expect(topicScore('She posted a photo of her lunch online.', terms).score).toBe(0);
    expect(topicScore('The malware spread online within hours.', terms).score).toBeGreaterThan(0.8);
  });
});

describe('broad topic words, when allowed alone', () => {
  it('score on their own (for a quote inside a report on the topic)', async () => {
    const { BROAD_WEIGHT, topicScore, weightedTerms } = await import('./text.js');
    const terms = weightedTerms([{ term: 'online', weight: BROAD_WEIGHT }]);
    expect(topicScore('Rules for what firms may do online.', terms, { broadAlone: true }).score).toBeGreaterThan(0);
  });
});

describe('compress keeps an opening that is part of the sentence', () => {
  it('"So far" is not a connective', () => {
    expect(compress('So far, no ferry has left the harbour this week.')).toBe('So far, no ferry has left the harbour this week.');
  });
  it('a connective "so" is deleted', () => {
    expect(compress('So the council voted again on Monday.')).toBe('The council voted again on Monday.');
  });
});

describe('a topic word inside a person name', () => {
  it('"rich" in "Rich Beeson", "jobs" in "Steve Jobs" are names, not the topic', () => {
    const rich = weightedTerms([{ term: 'rich', weight: 1 }]);
    expect(topicScore('"We treat March as one long election day," said Rich Beeson, a strategist.', rich).score).toBe(0);
    expect(topicScore('Lund would raise taxes on the rich.', rich).score).toBeGreaterThan(0);
    const jobs = weightedTerms([{ term: 'jobs', weight: 1 }]);
    expect(topicScore('Lund praised Steve Jobs at the launch.', jobs).score).toBe(0);
    expect(topicScore('Jobs Report Lifts Markets', jobs).score).toBeGreaterThan(0);
  });
  it('inPersonName', () => {
    const t = 'Lund met Tom Price and Rich Beeson; Health Secretary Lund spoke.';
    expect(inPersonName(t, t.indexOf('Price'), 5)).toBe(true);
    expect(inPersonName(t, t.indexOf('Rich'), 4)).toBe(true);
    expect(inPersonName(t, t.indexOf('Health'), 6)).toBe(false);
  });
});
