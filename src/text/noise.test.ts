import { describe, it, expect } from 'vitest';
import { removeNoise, type Paragraph } from './noise.js';

const lines = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));
const BODY = 'The council approved the new budget after a long debate, a spokesperson for the mayor said on Friday.';
const BODY2 = 'Opposition members argued that the plan leaves too little money for road repairs next year.';

function reasonOf(result: ReturnType<typeof removeNoise>, text: string): string | undefined {
  return result.removed.find((r) => r.text === text)?.reason;
}

describe('removeNoise', () => {
  it.each([
    ['Two ministers shake hands before the talks | Pool photo by Jane Roe/AFP via Getty Images', 'caption'],
    ['Photo: A harbour at dawn', 'caption'],
    ['Protesters gather outside the court (AFP/Getty)', 'caption'],
    ['Image 2 of 7', 'caption'],
    ['Read more: Ten things to know about the new rail line', 'teaser'],
    ['Related: Mayor defends spending plan', 'teaser'],
    ['Share this article', 'prompt'],
    ['Comments', 'prompt'],
    ['Discuss', 'prompt'],
    ['[abc] [abcdef]', 'scrape-marker'],
    ['Updated: 21.06.19', 'date-stamp'],
    ['Published 3 February 2020', 'date-stamp'],
    ['For more information, visit:', 'link-prompt'],
    ['(Reporting by Jane Roe; Editing by John Doe)', 'credit'],
    ['© 2021 Example Media Group. All rights reserved.', 'boilerplate'],
  ])('removes %j as %s', (line, reason) => {
    const r = removeNoise(lines(BODY, line, BODY2));
    expect(r.paragraphs).toEqual([BODY, BODY2]);
    expect(reasonOf(r, line)).toBe(reason);
  });

  it('keeps ordinary sentences that mention photos, sources or sharing', () => {
    const keepers = [
      'The photo, taken by a tourist, shows the bridge shortly before it collapsed.',
      'Reuters reported that the deal was signed late on Thursday.',
      'Related talks are due to begin in Geneva next month, officials said.',
      'By Monday, the storm had moved out to sea.',
      'Share prices rose 3% after the announcement.',
    ];
    const r = removeNoise(lines(BODY, ...keepers, BODY2));
    expect(r.paragraphs).toEqual([BODY, ...keepers, BODY2]);
    expect(r.removed).toEqual([]);
  });

  it('reads a date stamp day-first and keeps it for the metadata', () => {
    const r = removeNoise(lines(BODY, 'Updated: 04.10.17'));
    expect(r.found.updated).toMatchObject({ value: '2017-10-04', precision: 'day' });
    expect(removeNoise(lines(BODY, 'Published on 12 March 2021')).found.published).toMatchObject({ value: '2021-03-12', precision: 'day' });
  });

  it('moves a byline into the findings, with a date when it carries one', () => {
    const r = removeNoise(lines(BODY, 'By Marta Oliveira and Tom Baker', BODY2));
    expect(r.found.byline).toBe('Marta Oliveira and Tom Baker');
    expect(reasonOf(r, 'By Marta Oliveira and Tom Baker')).toBe('byline');
    const dated = removeNoise(lines('By Ana Lima - 11/18/19 10:04 PM EST', BODY));
    expect(dated.found.byline).toBe('Ana Lima');
    expect(dated.found.published).toMatchObject({ value: '2019-11-18', precision: 'day' });
  });

  it('takes a credit line naming an outlet out, and names the outlet', () => {
    const r = removeNoise(lines(BODY, 'Reuters', BODY2));
    expect(r.paragraphs).toEqual([BODY, BODY2]);
    expect(r.found.creditOutlet?.name).toBe('Reuters');
  });

  it('drops a section label above the real title, but not a title above the text', () => {
    const labelled = removeNoise(lines('Politics', 'Council Passes Budget After Marathon Session', BODY, BODY2));
    expect(labelled.found.sectionLabel).toBe('Politics');
    expect(labelled.paragraphs[0]).toBe('Council Passes Budget After Marathon Session');
    const titled = removeNoise(lines('Budget Passed', BODY, BODY2));
    expect(titled.paragraphs[0]).toBe('Budget Passed');
  });

  it('drops a lone headline-shaped link line between paragraphs', () => {
    const teaser = 'Floods Could Cost Farmers Millions This Year - Weather Service';
    const r = removeNoise(lines(BODY, teaser, BODY2, BODY));
    expect(reasonOf(r, teaser)).toBe('teaser');
  });

  it('keeps section headings when the text has several (an analysis piece)', () => {
    const text = lines(BODY, 'Background', BODY2, 'Why the Vote Matters for Rural Towns', BODY, 'What Comes Next', BODY2);
    const r = removeNoise(text);
    expect(r.removed).toEqual([]);
    expect(r.paragraphs).toHaveLength(text.length);
  });

  it('drops link-only lines and menus in HTML paragraphs, but never headings', () => {
    const html: Paragraph[] = [
      { text: BODY, linkShare: 0 },
      { text: 'Another story you might enjoy reading today', linkShare: 1 },
      { text: 'What the budget means', linkShare: 1, heading: true },
      { text: 'Home', linkShare: 1 },
      { text: 'World', linkShare: 1 },
      { text: 'Sport', linkShare: 1 },
      { text: BODY2, linkShare: 0.1 },
    ];
    const r = removeNoise(html);
    expect(r.paragraphs).toEqual([BODY, 'What the budget means', BODY2]);
    expect(r.removed.map((x) => x.reason).sort()).toEqual(['navigation', 'navigation', 'navigation', 'teaser']);
  });

  it('drops the tail of links after a recirculation header', () => {
    const r = removeNoise(lines(BODY, BODY2, 'You may also like', 'Ten Cheap Ways to Heat Your Home', 'Why Trains Are Late Again'));
    expect(r.paragraphs).toEqual([BODY, BODY2]);
  });

  it('drops an all-caps kicker with its teaser headline in HTML, but keeps a plain-text subheading', () => {
    const html = [BODY, 'SHOCK RESULT', 'Village team beats champions in cup upset', BODY2].map((text) => ({ text, linkShare: 0 }));
    expect(removeNoise(html).paragraphs).toEqual([BODY, BODY2]);
    const text = lines(BODY, 'GIRLS HOCKEY', 'North Vale beat Eastfield three goals to one', BODY2);
    expect(removeNoise(text).paragraphs).toHaveLength(4);
  });

  it('drops a lone title-case line stuck to a paragraph only when the text otherwise uses blank lines', () => {
    const teaser = { text: 'Coastal Towns Brace for Record Tides This Week', glued: true };
    const r = removeNoise([{ text: BODY }, teaser, { text: BODY2 }, { text: BODY }]);
    expect(reasonOf(r, teaser.text)).toBe('teaser');
    const heading = { text: 'Coastal Towns Brace for Record Tides This Week' };
    expect(removeNoise([{ text: BODY }, heading, { text: BODY2 }, { text: BODY }]).removed).toEqual([]);
  });

  it('drops a copy of the known title at the top', () => {
    const r = removeNoise(lines('Council passes budget', BODY), { title: 'Council Passes Budget' });
    expect(r.paragraphs).toEqual([BODY]);
    expect(r.removed[0].reason).toBe('title');
  });
});

describe('removeNoise keeps structure that only looks like noise', () => {
  it('keeps bare dates inside a timeline and does not take them as the publication date', () => {
    const r = removeNoise(lines(BODY, BODY2, BODY, BODY2, '3 May 2019', BODY, '9 June 2020', BODY2, BODY, BODY2));
    expect(r.paragraphs).toContain('3 May 2019');
    expect(r.found.published).toBeNull();
  });

  it('keeps a headline under an all-caps label at the top', () => {
    const r = removeNoise(lines('FOR IMMEDIATE RELEASE', 'Agency Opens New Office in the North', BODY, BODY2));
    expect(r.paragraphs).toContain('Agency Opens New Office in the North');
  });
});

describe('date stamps', () => {
  it('accepts times, weekdays and zones around the date but nothing else', () => {
    expect(removeNoise(lines(BODY, '| UPDATED: 11:05, Tue, Nov 19, 2019')).found.updated).toMatchObject({ value: '2019-11-19' });
    expect(removeNoise(lines(BODY, 'Posted on March 3, 2022 at 10:15 am EST')).found.published).toMatchObject({ value: '2022-03-03' });
    const kept = 'Published by the council on 12 March 2021';
    expect(removeNoise(lines(BODY, kept)).paragraphs).toContain(kept);
  });
});
