import { describe, it, expect } from 'vitest';
import { classifyKind, dateFromPath, findDate, hostOf, isOfficialHost, looksLikeTitle, outletNamed, outletOfHost, parseDate, type KindEvidence } from './metadata.js';

describe('parseDate', () => {
  it.each([
    ['2019-11-18T21:10:29+00:00', '2019-11-18', 'day'],
    ['2021-07', '2021-07', 'month'],
    ['04.10.17', '2017-10-04', 'day'],
    ['25/12/2020', '2020-12-25', 'day'],
    ['12/25/2020', '2020-12-25', 'day'],
    ['12 March 2021', '2021-03-12', 'day'],
    ['Monday, Nov. 18, 2019', '2019-11-18', 'day'],
    ['March 3, 2022 10:15 am EST', '2022-03-03', 'day'],
    ['5 juin 2023', '2023-06-05', 'day'],
    ['September 2018', '2018-09', 'month'],
  ])('reads %j', (raw, value, precision) => {
    expect(parseDate(raw)).toEqual({ value, precision });
  });

  it('gives null rather than a guess', () => {
    expect(parseDate('03/04/2020')).toBeNull(); // March 4 or 3 April: cannot tell
    expect(parseDate('31.02.2020')).toBeNull();
    expect(parseDate('next Tuesday')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('reads an ambiguous slash date month-first only when told the page is American', () => {
    expect(parseDate('03/04/2020', { monthFirst: true })).toEqual({ value: '2020-03-04', precision: 'day' });
  });

  it('finds a date inside a longer line', () => {
    expect(findDate('Jane Doe - 11/18/19 11:04 PM EST')).toEqual({ value: '2019-11-18', precision: 'day' });
  });
});

describe('outlets', () => {
  it('knows outlets by name and domain, state media included', () => {
    expect(outletNamed('Sputnik')).toMatchObject({ name: 'Sputnik', stateMedia: true });
    expect(outletNamed('the Associated Press')?.name).toBe('Associated Press');
    expect(outletNamed('Granite County Herald')).toBeNull();
    expect(outletOfHost(hostOf('https://www.rt.com/news/123-story/'))).toMatchObject({ name: 'RT', stateMedia: true });
    expect(outletOfHost(hostOf('https://edition.cnn.com/2020/x'))?.name).toBe('CNN');
  });

  it('recognises government domains', () => {
    expect(isOfficialHost(hostOf('https://www.diplomatie.gouv.fr/en/'))).toBe(true);
    expect(isOfficialHost(hostOf('https://www.cisa.gov/news'))).toBe(true);
    expect(isOfficialHost(hostOf('https://www.gov.uk/government/news'))).toBe(true);
    expect(isOfficialHost(hostOf('https://www.governmentnews.com/'))).toBe(false);
  });
});

describe('looksLikeTitle', () => {
  it('accepts short lines without a final period and refuses sentences and dates', () => {
    expect(looksLikeTitle('Harbour Board Votes to Repair Pier')).toBe(true);
    expect(looksLikeTitle('Why is the pier closing?')).toBe(true);
    expect(looksLikeTitle('The board voted on Friday to repair the pier.')).toBe(false);
    expect(looksLikeTitle('12 March 2021')).toBe(false);
  });
});

describe('classifyKind', () => {
  const evidence = (over: Partial<KindEvidence>): KindEvidence => ({
    paragraphs: [], title: null, host: null, outlet: null, publisher: null, byline: null, types: [], section: null,
    stamps: { updated: false, linkPrompt: false }, ...over,
  });
  const prose = 'The regional council discussed the water supply for several hours before it adjourned without a decision on the new reservoir.';

  it('calls state-media and official sources by their outlet or domain', () => {
    expect(classifyKind(evidence({ outlet: outletNamed('CGTN'), paragraphs: [prose] }))).toBe('state-media');
    expect(classifyKind(evidence({ host: 'www.example.gov', paragraphs: [prose] }))).toBe('official');
  });

  it('recognises a profile by its title and sections', () => {
    const paragraphs = ['Ada Moreno on Water Policy', prose, 'Context', prose, 'Actions Taken', prose, 'Key Quotes', prose, 'Sources', prose];
    expect(classifyKind(evidence({ title: 'Ada Moreno on Water Policy', paragraphs }))).toBe('profile');
  });

  it('calls reported speech news and headed analytical writing analysis', () => {
    const news = [prose, '“We will not give up on the reservoir,” the mayor said after the meeting.', '“It is far too expensive,” a councillor told reporters.'];
    expect(classifyKind(evidence({ paragraphs: news }))).toBe('news');
    const analysis = [
      'The reservoir debate highlights the broader challenges facing regional planners and underscores the implications of drought.',
      'Background',
      'In this context, the crucial question is how the council balances cost against the long-term significance of water security.',
      'Geopolitical and Economic Implications',
      'The dynamics of the regional landscape make the reservoir vital, and its complexity raises questions that remain to be seen.',
    ];
    expect(classifyKind(evidence({ paragraphs: analysis }))).toBe('analysis');
  });

  it('calls a page with an update stamp, a "for more information" prompt and no reporting official', () => {
    const paragraphs = [prose, 'The ministry supports local projects through three programmes:', '• grants for small towns;', '• training for engineers;', '• shared equipment.'];
    expect(classifyKind(evidence({ paragraphs, stamps: { updated: true, linkPrompt: true } }))).toBe('official');
  });

  it('says other when nothing points anywhere', () => {
    expect(classifyKind(evidence({ paragraphs: [prose] }))).toBe('other');
  });
});

describe('dateFromPath', () => {
  it('reads a full date from a file name and a day or month from URL folders', () => {
    expect(dateFromPath('/corpus/city-herald_2019-03-07_bridge-reopens.txt')).toEqual({ value: '2019-03-07', precision: 'day' });
    expect(dateFromPath('scans/20190307-bridge.html')).toEqual({ value: '2019-03-07', precision: 'day' });
    expect(dateFromPath('https://example.org/news/2019/03/07/bridge-reopens/')).toEqual({ value: '2019-03-07', precision: 'day' });
    expect(dateFromPath('https://example.org/2019/03/bridge-reopens.html')).toEqual({ value: '2019-03', precision: 'month' });
  });
  it('takes no date from an ID, an impossible day or a bare year', () => {
    expect(dateFromPath('/corpus/4520190307123-bridge.txt')).toBeNull();
    expect(dateFromPath('/corpus/report_2019-13-40.txt')).toBeNull();
    expect(dateFromPath('/corpus/annual-report-2019.txt')).toBeNull();
    expect(dateFromPath(null)).toBeNull();
  });
});
