import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cleanDocument, normalizeText, stripMarkdown, textParagraphs } from './clean.js';
import type { RawInput } from '../model/index.js';

const raw = (content: string, format: RawInput['format'] = 'text', given?: RawInput['given']): RawInput => ({ path: null, content, format, rawHash: 'x', given });

describe('normalizeText', () => {
  it('unifies line endings, strips BOM and zero-width characters, collapses spaces', () => {
    expect(normalizeText('\ufeffOne\u200b  two\r\nthree\rfour\t\tfive ')).toBe('One two\nthree\nfour five');
  });
});

describe('stripMarkdown', () => {
  it('keeps the words of headings, emphasis and links', () => {
    expect(stripMarkdown('## A heading\nSome **bold** and _slanted_ words, a [link](https://example.org) and `code`.')).toBe(
      'A heading\nSome bold and slanted words, a link and code.',
    );
  });
  it('leaves snake_case words alone', () => {
    expect(stripMarkdown('the file_name_here stays')).toBe('the file_name_here stays');
  });
});

describe('textParagraphs', () => {
  it('treats each line as a paragraph', () => {
    expect(textParagraphs('First line.\nSecond line.\n\nThird.')).toEqual(['First line.', 'Second line.', 'Third.']);
  });
  it('joins hard-wrapped blocks and mends end-of-line hyphens', () => {
    const block = [
      'The committee met on a grey morning to discuss the',
      'proposal that had been circulating among the members',
      'for several weeks, and after a long debate about cyber-',
      'security it agreed to send the draft back for another',
      'round of comments from the regional offices and the',
      'legal department before any vote.',
    ].join('\n');
    const out = textParagraphs(`${block}\n\n${block}`);
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('about cybersecurity it agreed');
  });
});

describe('cleanDocument', () => {
  it('separates paragraphs with a blank line and single spaces inside', async () => {
    const c = await cleanDocument(raw('A first paragraph   with  extra spaces.\r\n\r\n\r\nA second one.'));
    expect(c.text).toBe('A first paragraph with extra spaces.\n\nA second one.');
  });

  it('extracts the article from HTML and records what the page furniture was', async () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the harbour board voted to repair the old pier before the winter storms arrive on the coast.</p>`).join('');
    const html = `<html lang="en"><head><title>Harbour board votes to repair pier | Coast Gazette</title>
      <meta property="og:site_name" content="Coast Gazette"><meta property="article:published_time" content="2021-03-12T08:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour board votes to repair pier</h1>${body}
      <div class="share-tools"><a>Share on Facebook</a></div></article><footer>Copyright Coast Gazette</footer></body></html>`;
    const c = await cleanDocument(raw(html, 'html'));
    expect(c.text.split('\n\n')).toHaveLength(6);
    expect(c.text).not.toMatch(/Home|Facebook|Copyright/);
    expect(c.meta.title).toBe('Harbour board votes to repair pier');
    expect(c.meta.outlet).toBe('Coast Gazette');
    expect(c.meta.published).toMatchObject({ value: '2021-03-12', precision: 'day' });
    expect(c.meta.language).toBe('en');
    expect(c.removed.some((r) => r.reason === 'boilerplate-html')).toBe(true);
  });

  it('reads a short first line ending in a full stop as a headline, but not a lead sentence', async () => {
    const headline = await cleanDocument(raw('Council approves the new tram line.\n\nThe city council voted on Tuesday to build a tram line linking the station to the university, after two years of debate over its cost.'));
    expect(headline.meta.title).toBe('Council approves the new tram line.');
    const lead = await cleanDocument(raw('The council met. Then it voted.\n\nThe city council voted on Tuesday to build a tram line linking the station to the university, after two years of debate over its cost.'));
    expect(lead.meta.title).toBeNull();
  });

  it('reads the headline of a plain text from its layout: a deck after a semicolon, a dateline or a kicker below, Title Case', async () => {
    const body = 'The city council voted on Tuesday to build a tram line linking the station to the university.';
    const title = async (text: string) => (await cleanDocument(raw(text))).meta.title;
    expect(await title(`Tram line wins the vote;\n\nCouncil ends two years of debate.\n\n${body}`)).toBe('Tram line wins the vote');
    expect(await title(`Tram vote settles it. Now the digging.\n\nLYON, France (AFP) — ${body}`)).toBe('Tram vote settles it. Now the digging.');
    expect(await title(`Council backs the tram.\n\nANALYSIS.\n\n${body}`)).toBe('Council backs the tram.');
    expect(await title(`Why The Tram Line Finally Won Over The Council.\n\nIt took two years. ${body}`)).toBe('Why The Tram Line Finally Won Over The Council.');
    // A lead sentence is no headline, whatever follows it.
    expect(await title(`The council met on Tuesday and, after two years of debate over its cost, voted for the tram line.\n\n${body}`)).toBeNull();
    expect(await title(`The council met. Then it voted.\n\nIt took two years. ${body}`)).toBeNull();
  });

  it('dates a text by its file name when the text gives no date, and prefers a date the text gives', async () => {
    const text = 'Bridge reopens\n\nThe old bridge reopened to traffic after a year of repairs, the city said.';
    const named = await cleanDocument({ ...raw(text), path: '/corpus/city-herald_2019-03-07_bridge-reopens.txt' });
    expect(named.meta.published).toEqual({ value: '2019-03-07', precision: 'day', source: 'file name' });
    const stamped = await cleanDocument({ ...raw(`Updated: 12.03.19\n\n${text}`), path: '/corpus/city-herald_2019-03-07_bridge-reopens.txt' });
    expect(stamped.meta.published?.value).toBe('2019-03-12');
  });

  it('takes the title of a text from its first line after a section label', async () => {
    const c = await cleanDocument(raw('Science\n\nBees Learn to Count in New Study\n\nResearchers trained bees to pick the card with fewer dots, a team at a university lab reported.\n\nThe insects got it right most of the time.'));
    expect(c.meta.title).toBe('Bees Learn to Count in New Study');
    expect(c.removed).toContainEqual({ text: 'Science', reason: 'section-label' });
    expect(c.text.startsWith('Bees Learn to Count')).toBe(true);
  });

  it('reads state media from a credit line and official sources from the domain', async () => {
    const story = 'Officials met on Tuesday to talk about trade.\n\nXinhua\n\nThe talks went on for hours, the officials said, and will resume next month.';
    expect((await cleanDocument(raw(story))).meta).toMatchObject({ outlet: 'Xinhua', kind: 'state-media' });
    const page = await cleanDocument(raw('The ministry published its annual report on digital security today, with figures for every region.', 'text', { url: 'https://www.example.gouv.fr/report' }));
    expect(page.meta.kind).toBe('official');
  });

  it('uses given metadata from a JSON record', async () => {
    const c = await cleanDocument(raw('Some text of a story that people told each other.', 'text', { title: 'Given title', published: '2020-02-03', outlet: 'Reuters', url: 'https://example.com/a' }));
    expect(c.meta).toMatchObject({ title: 'Given title', outlet: 'Reuters', url: 'https://example.com/a', published: { value: '2020-02-03', precision: 'day' } });
  });

  it('never throws on arbitrary text, markdown or pdf input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.constantFrom('text', 'markdown', 'pdf'), async (s, format) => {
        const c = await cleanDocument(raw(s, format as RawInput['format']));
        expect(typeof c.text).toBe('string');
        expect(c.text).not.toMatch(/\n{3,}|\r|\u200b|\ufeff/);
        // The safety net in cleanDocument must not be what kept it from throwing.
        expect(c.removed.filter((r) => r.reason === 'error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary or broken HTML', async () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<script>', '</script>', '<h2>', '<a href="x">', '</a>', '<br>', '<!--', '-->', '<html>', '<body>', '<title>', '<meta property="og:title" content="', '"', '&amp;', '&#x0;', '<![CDATA[', '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":');
    const piece = fc.oneof(tag, fc.string({ maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (parts) => {
        const c = await cleanDocument(raw(parts.join(''), 'html'));
        expect(typeof c.text).toBe('string');
        expect(c.removed.filter((r) => r.reason === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
        const c = await cleanDocument(raw(s, 'html'));
        expect(c.removed.filter((r) => r.reason === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

// Regression cases: test/cases/cleaning-<name>/source.{txt,html,md} + expected.json (written for this project).
describe('cleaning regression cases', async () => {
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const casesDir = new URL('../../test/cases/', import.meta.url);
  const names = existsSync(casesDir) ? readdirSync(casesDir).filter((n) => n.startsWith('cleaning-')).sort() : [];
  it('has cases', () => expect(names.length).toBeGreaterThan(0));
  for (const name of names) {
    it(name, async () => {
      const dir = new URL(`${name}/`, casesDir);
      const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
      const source = readdirSync(dir).find((f) => f.startsWith('source.'))!;
      const c = await cleanDocument(raw(readFileSync(new URL(source, dir), 'utf8'), expected.format, expected.given));
      expect(c.meta).toMatchObject(expected.meta ?? {});
      for (const [text, reason] of Object.entries(expected.removed ?? {})) expect(c.removed, text).toContainEqual({ text, reason });
      if (expected.noneRemoved) expect(c.removed).toEqual([]);
      const paragraphs = c.text.split('\n\n');
      for (const s of expected.textIncludes ?? []) expect(c.text).toContain(s);
      for (const s of expected.textExcludes ?? []) expect(c.text).not.toContain(s);
      for (const line of Object.keys(expected.removed ?? {})) expect(paragraphs).not.toContain(line);
      if (expected.paragraphs !== undefined) expect(paragraphs).toHaveLength(expected.paragraphs);
    });
  }
});

describe('PDF text', () => {
  it('splits a page of wrapped lines into paragraphs and drops page numbers', async () => {
    const page = [
      'The regional water board met on Tuesday to review the summer',
      'drought plan, which limits garden watering in the three driest',
      'districts until the reservoirs recover to their usual level.',
      'Officials will review the limits monthly.',
      'Farmers asked for an exemption for young orchards, arguing that',
      'trees planted this spring would not survive without regular water',
      'and that the cost of replanting would fall on small growers.',
      'Page 2 of 9',
    ].join('\n');
    const c = await cleanDocument(raw(page, 'pdf'));
    expect(c.text.split('\n\n')).toEqual([
      'The regional water board met on Tuesday to review the summer drought plan, which limits garden watering in the three driest districts until the reservoirs recover to their usual level. Officials will review the limits monthly.',
      'Farmers asked for an exemption for young orchards, arguing that trees planted this spring would not survive without regular water and that the cost of replanting would fall on small growers.',
    ]);
    expect(c.removed).toContainEqual({ text: 'Page 2 of 9', reason: 'page-number' });
  });
});
