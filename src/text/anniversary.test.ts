import { describe, expect, it } from 'vitest';
import { dateFromAnniversary, dateFromLead } from './anniversary.js';

describe('dateFromAnniversary', () => {
  it('dates a weekday that falls a day after an anniversary', () => {
    expect(dateFromAnniversary('The mayor spoke on Monday, a day after crowds marked the 100th anniversary of the end of the First World War.')).toEqual({ value: '2018-11-12', precision: 'day' });
  });
  it('dates a weekday that is the anniversary itself', () => {
    // 6 June 2019 was a Thursday.
    expect(dateFromAnniversary('Veterans gathered on Thursday for the 75th anniversary of D-Day.')).toEqual({ value: '2019-06-06', precision: 'day' });
  });
  it('counts days before', () => {
    // 9 November 2014 was a Sunday; two days before is Friday 7 November.
    expect(dateFromAnniversary('On Friday, two days before the 25th anniversary of the fall of the Berlin Wall, the band played.')).toEqual({ value: '2014-11-07', precision: 'day' });
  });
  it('gives nothing when the weekday disagrees, or there is no weekday or no known event', () => {
    expect(dateFromAnniversary('Veterans gathered on Monday for the 75th anniversary of D-Day.')).toBeNull();
    expect(dateFromAnniversary('Veterans gathered for the 75th anniversary of D-Day.')).toBeNull();
    expect(dateFromAnniversary('On Thursday the club marked the 75th anniversary of its founding.')).toBeNull();
  });
  it('reads word ordinals and centenaries', () => {
    expect(dateFromAnniversary('On Sunday the town marked the centenary of the armistice.')).toEqual({ value: '2018-11-11', precision: 'day' });
  });
});

describe('dateFromLead', () => {
  it('looks only at the first paragraphs', () => {
    const late = ['A.', 'B.', 'C.', 'Veterans gathered on Thursday for the 75th anniversary of D-Day.'];
    expect(dateFromLead(late)).toBeNull();
    expect(dateFromLead(late.slice(3))).toEqual({ value: '2019-06-06', precision: 'day' });
  });
});
