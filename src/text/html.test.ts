import { describe, it, expect } from 'vitest';
import { extractHtml } from './html.js';

const para = (i: number) => `<p>Paragraph ${i} of the report explains how the river authority plans to rebuild the flood walls along the east bank before spring.</p>`;
const paras = (n: number) => Array.from({ length: n }, (_, i) => para(i + 1)).join('\n');
const texts = (html: string) => extractHtml(html).paragraphs.map((p) => p.text);

describe('extractHtml', () => {
  it('reads page metadata before anything is removed', () => {
    const { meta } = extractHtml(`<html lang="fr"><head><title>Walls to be rebuilt - River News</title>
      <meta property="og:title" content="Walls to be rebuilt"><meta property="og:site_name" content="River News">
      <meta name="author" content="Lea Martin"><link rel="canonical" href="https://river.example/walls">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood walls to be rebuilt","datePublished":"2022-04-05T10:00:00+02:00","publisher":{"@type":"Organization","name":"River News Ltd"}}</script>
      </head><body><article>${paras(5)}</article></body></html>`);
    expect(meta).toMatchObject({ title: 'Walls to be rebuilt', headline: 'Flood walls to be rebuilt', siteName: 'River News', byline: 'Lea Martin', url: 'https://river.example/walls', lang: 'fr', publisher: 'River News Ltd' });
    expect(meta.published).toMatchObject({ raw: '2022-04-05T10:00:00+02:00' });
    expect(meta.types).toContain('NewsArticle');
  });

  it('keeps headings and list items as paragraphs and drops furniture', () => {
    const html = `<html><body><header><nav><a href="/">Home</a></nav></header><main><article>
      <h1>Flood walls</h1>${paras(3)}<h2>What happens next</h2><ul><li>Work starts in March on the first section of wall.</li><li>Roads near the bank close for two weeks in April.</li></ul>${paras(2)}
      <figure><img src="x.jpg"><figcaption>The east bank after the last flood.</figcaption></figure>
      <div class="social-share"><a>Facebook</a><a>Twitter</a></div>
      <div class="related-stories"><a href="/a">Another flood story here</a></div></article></main>
      <footer>About us · Contact</footer></body></html>`;
    const out = texts(html);
    expect(out).toContain('What happens next');
    expect(out).toContain('Work starts in March on the first section of wall.');
    expect(out.join(' ')).not.toMatch(/Facebook|Another flood story|About us|east bank after the last flood/);
  });

  it('does not drop a block of prose because of a furniture word in its class', () => {
    const html = `<html><body><div class="story-body entry-content-read-more">${paras(6)}</div><div class="read-more"><a>More</a></div></body></html>`;
    expect(texts(html)).toHaveLength(6);
  });

  it('falls back to JSON-LD articleBody when the markup has no article', () => {
    const body = 'First paragraph of the body, long enough to count as real text for a reader and for the extractor.\n\nSecond paragraph of the body, which also carries enough words to be worth keeping as the article.\n\nThird paragraph closes the piece with a little more detail about the walls.';
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":${JSON.stringify(body)}}</script></head><body><div id="app"></div></body></html>`;
    expect(texts(html)).toEqual(body.split('\n\n'));
  });

  it('turns markup shipped as escaped text back into text', () => {
    const html = `<html><body><article>${paras(4)}<p>&lt;h2&gt;Costs&lt;/h2&gt;&lt;p&gt;The walls will cost more than planned.&lt;/p&gt;</p></article></body></html>`;
    const out = texts(html);
    expect(out).toContain('Costs');
    expect(out).toContain('The walls will cost more than planned.');
  });

  it('survives markup linkedom cannot parse', () => {
    expect(() => extractHtml('<![CDATA[<html>')).not.toThrow();
  });
});
