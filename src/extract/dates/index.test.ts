import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../model/index.js';
import { segment } from '../../text/segment.js';
import { findDateMentions } from './index.js';

const dates = (text: string, published: DateValue | null) => findDateMentions(text, segment(text).sentences, published);
const first = (text: string, published: DateValue | null = null) => dates(text, published)[0]?.date ?? null;
const day = (value: string): DateValue => ({ value, precision: 'day' });

describe('absolute dates', () => {
  it('day month year', () => expect(first('The pact was signed on 15 November 2019 in Paris.')).toEqual(day('2019-11-15')));
  it('month day, year', () => expect(first('It happened on March 3, 2021, at dawn.')).toEqual(day('2021-03-03')));
  it('month year', () => expect(first('In March 2021, the ministry published it.')).toEqual({ value: '2021-03', precision: 'month' }));
  it('a bare year', () => expect(first('Established in 2009, the agency grew.')).toEqual({ value: '2009', precision: 'year' }));
  it('early 2017 is the year 2017', () => expect(first('The unit was set up in early 2017.')).toEqual({ value: '2017', precision: 'year' }));
  it('04.10.17 is day-first', () => expect(first('Updated: 04.10.17')).toEqual(day('2017-10-04')));
  it('a day and month take the year of the document date', () =>
    expect(first('The talks were held on 15 November.', { value: '2019-11-20', precision: 'day' })).toEqual(day('2019-11-15')));
  it('numbers that are not years are not dates', () => expect(dates('It has 2500 members and 1200 staff.', null)).toEqual([]));
});

describe('dates relative to the document date', () => {
  const monday = { value: '2018-11-13', precision: 'day' } as DateValue; // a Tuesday
  it('on Monday → the Monday before', () => expect(first('He spoke on Monday in Paris.', monday)).toEqual(day('2018-11-12')));
  it('yesterday', () => expect(first('She resigned yesterday.', monday)).toEqual(day('2018-11-12')));
  it('last August → the latest August before the document', () =>
    expect(first('They met at Brégançon last August.', { value: '2019-11', precision: 'month' })).toEqual({ value: '2019-08', precision: 'month' }));
  it('last week → its month', () => expect(first('Smith told POLITICO last week.', monday)).toEqual({ value: '2018-11', precision: 'month' }));
  it('last year', () => expect(first('Sales fell last year.', monday)).toEqual({ value: '2017', precision: 'year' }));
  it('a weekday or month is ahead only when its own clause speaks of the future', () => {
    // 2018-11-13 is a Tuesday.
    expect(first('He said on Monday that he will run again.', monday)).toEqual(day('2018-11-12'));
    expect(first('Aides said the council will vote on Monday.', monday)).toEqual(day('2018-11-19'));
    expect(first('On Friday, the council will vote on the budget.', monday)).toEqual(day('2018-11-16'));
    expect(first('The mayor promised in March that the works will end soon.', monday)).toEqual({ value: '2018-03', precision: 'month' });
    expect(first('The mayor said the works will end in March.', monday)).toEqual({ value: '2019-03', precision: 'month' });
  });
  it('a condition or a modal of possibility speaks of the future, unless its clause is past', () => {
    expect(first('If Lund wins the county contest Tuesday, she takes the lead.', monday)).toEqual(day('2018-11-20'));
    expect(first('The deal might lead to gains for the party in March.', monday)).toEqual({ value: '2019-03', precision: 'month' });
    expect(first('Voters may return to the polls in February.', monday)).toEqual({ value: '2019-02', precision: 'month' });
    expect(first('The deal might have cost the party votes in March.', monday)).toEqual({ value: '2018-03', precision: 'month' });
    expect(first('If the vote was held in March, nobody noticed.', monday)).toEqual({ value: '2018-03', precision: 'month' });
    expect(first('The fair opened in May and closed in June.', monday)).toEqual({ value: '2018-05', precision: 'month' });
    // (Not the writer's "if you …", nor an occasion someone owns.)
    expect(first('If you want to grasp the stakes of Thursday night’s debate, read the polls.', monday)).toEqual(day('2018-11-08'));
    expect(first('If she follows up her Saturday win with another, the race is over.', monday)).toEqual(day('2018-11-10'));
  });
  it('a date something has run since lies behind, even in a sentence about the future', () => {
    expect(first('The senator will speak again after weeks of good news since their Oct. 2 debate.', monday)).toEqual(day('2018-10-02'));
    expect(first('She will keep the post she has held since Monday.', monday)).toEqual(day('2018-11-12'));
  });
  it('without a document date, relative dates are left out', () => {
    expect(dates('He spoke on Monday, and last week, and yesterday, and last August.', null)).toEqual([]);
  });
  it('a month-precision document date gives no day for "on Monday"', () => {
    expect(dates('He spoke on Monday.', { value: '2018-11', precision: 'month' })).toEqual([]);
  });
});

describe('weekdays without a preposition, as news writing uses them', () => {
  const tuesday = { value: '2018-11-13', precision: 'day' } as DateValue; // a Tuesday
  it('"said Monday" and "Friday afternoon" are the last such days', () => {
    expect(first('The harbour master said Monday that the pier was unsafe.', tuesday)).toEqual(day('2018-11-12'));
    expect(first('Two clerks were fired Friday afternoon.', tuesday)).toEqual(day('2018-11-09'));
    expect(first("At a Sunday breakfast, the mayor praised the volunteers.", tuesday)).toEqual(day('2018-11-11'));
  });
  it('ahead when the clause speaks of the future', () =>
    expect(first('The board will vote Thursday on the new budget.', tuesday)).toEqual(day('2018-11-15')));
  it('not inside a name, nor as a repeat of the full date after it', () => {
    expect(dates('Turnout on Super Tuesday was low; Good Friday is a holiday.', tuesday)).toEqual([]);
    expect(dates('The Sunday Herald printed the letter.', tuesday)).toEqual([]);
    expect(dates('The hearing opens Friday, Nov. 16, in Leeds.', tuesday).map((d) => d.text)).toEqual(['Nov. 16']);
  });
  it('not in lower case', () => expect(dates('They meet every other monday.', tuesday)).toEqual([]));
});

describe('a month and day without a year take the tense of the nearest clause that has one', () => {
  const january = { value: '2024-01-05', precision: 'day' } as DateValue;
  it('a past verb before an insertion dates the day in the past, despite a future word further back', () => {
    // "will" sits in the relative clause about the subject; "briefed" governs the date across the insertion.
    expect(first('Ms. Orr, who will lead the new board, briefed the staff of the bank, its lender, on Dec. 3 about the plan.', january)).toEqual(day('2023-12-03'));
  });
  it('a future verb before the insertion still dates it ahead', () => {
    expect(first('The firm, its owners said, will brief the staff of the bank, its lender, on Feb. 3.', january)).toEqual(day('2024-02-03'));
  });
});

describe('anniversaries of known events', () => {
  it('"the 75th anniversary of D-Day" is that day, 75 years on', () => {
    const mentions = dates('Veterans gathered in Caen to mark the 75th anniversary of D-Day with the queen.', null);
    expect(mentions.map((d) => [d.text, d.date])).toEqual([['75th anniversary of D-Day', day('2019-06-06')]]);
  });
  it('not when the act is told off its day, nor for an unknown event', () => {
    expect(dates('The mayor spoke a day after crowds marked the 75th anniversary of D-Day.', null)).toEqual([]);
    expect(dates('The club celebrated the 30th anniversary of its founding.', null)).toEqual([]);
  });
});
