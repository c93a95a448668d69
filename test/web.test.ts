// The web app in a real browser (Debian's chromium via playwright-core) against a real server and store:
// a profile with its citations, search into a document, and a hostile document whose markup must stay text.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath, startSeedServer, type SeedServer } from './browser-setup.js';

const SECTIONS = ['Summary', 'Context', 'Actions Taken', 'Key Quotes', 'Criticism', 'Timeline', 'Related actors', 'Disputed points', 'Sources'];

let seed: SeedServer;
let browser: Browser;
let context: BrowserContext;
/** Everything the page says that points at a policy violation or a script we did not write. */
let problems: string[];
let dialogs: string[];

beforeAll(async () => {
  [seed, browser] = await Promise.all([startSeedServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
});

async function open(route: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  problems = [];
  dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (404|409|503)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(seed.server.url + '/' + route);
  return page;
}

afterEach(async () => {
  await context?.close();
});

describe('the web app', () => {
  it('home shows the corpus figures, a search box and the documents', async () => {
    const page = await open('');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('.figures').textContent()).resolves.toMatch(/5\s*documents/);
    expect(await page.locator('.doc-list li').count()).toBe(5);
    expect(await page.getByRole('searchbox').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('home'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('opens the Emmanuel Macron / cybersecurity profile, its sections, and a cited passage', async () => {
    const page = await open('#/profile?person=' + encodeURIComponent('Emmanuel Macron') + '&topic=cybersecurity');
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor({ timeout: 60_000 });
    await page.locator('article.profile').waitFor({ timeout: 60_000 });
    expect(await title.textContent()).toMatch(/^Emmanuel Macron on /);
    for (const name of SECTIONS) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).isVisible(), name).resolves.toBe(true);
    await expect(page.getByText('This is not an exhaustive list of sources.').isVisible()).resolves.toBe(true);

    const citation = page.locator('button.citation').first();
    await citation.waitFor();
    await citation.click();
    const passage = page.locator('.passage').first();
    await passage.locator('mark.cited').waitFor();
    const cited = (await passage.locator('mark.cited').textContent()) ?? '';
    expect(cited.trim().length).toBeGreaterThan(0);

    // The marked words are exactly the stored text at the citation's span.
    const profile = await (await fetch(`${seed.server.url}/api/profile?person=Emmanuel%20Macron&topic=cybersecurity`)).json();
    const first = [...profile.summary, ...profile.context, ...profile.actions, ...profile.quotes, ...profile.criticism, ...profile.timeline, ...profile.related, ...profile.disputed].find(
      (x: any) => x.citations.length,
    ).citations[0];
    const source = profile.sources.find((s: any) => s.n === first.source);
    const doc = await (await fetch(`${seed.server.url}/api/documents/${source.id}`)).json();
    expect(cited).toBe(doc.text.slice(first.span[0], first.span[1]));
    await page.screenshot({ path: screenshotPath('profile-citation'), fullPage: true });

    // Clicking again closes it; the keyboard opens it too.
    await citation.click();
    await page.mouse.move(0, 0);
    await expect(page.locator('.passage').count()).resolves.toBe(0);
    await citation.focus();
    await page.keyboard.press('Enter');
    await page.locator('.passage mark.cited').first().waitFor();
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    await expect(page.locator('.passage').count()).resolves.toBe(0);

    // The standalone HTML rendering runs under the same CSP: its stylesheet applies, nothing is refused.
    const standalone = await context.newPage();
    standalone.on('console', (m) => m.type() === 'error' && problems.push(`standalone: ${m.text()}`));
    await standalone.goto(`${seed.server.url}/api/profile?person=Emmanuel%20Macron&topic=cybersecurity&format=html`);
    expect(await standalone.locator('h1').textContent()).toMatch(/Emmanuel Macron/);
    expect(await standalone.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Georgia/);
    await standalone.screenshot({ path: screenshotPath('profile-standalone-html'), fullPage: true });

    // Readable on a phone: nothing wider than the screen.
    const phone = await open('#/profile?person=' + encodeURIComponent('Emmanuel Macron') + '&topic=cybersecurity', { width: 390, height: 844 });
    await phone.locator('article.profile').waitFor({ timeout: 60_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: screenshotPath('profile-phone'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('searches "APT31" and opens the document at the passage', async () => {
    const page = await open('');
    await page.getByLabel('Search the corpus').fill('APT31');
    await page.getByLabel('Search the corpus').press('Enter');
    const first = page.locator('.search-result').first();
    await first.waitFor();
    expect(await first.locator('mark').first().textContent()).toBe('APT31');
    await page.screenshot({ path: screenshotPath('search-apt31'), fullPage: true });
    await first.locator('a.result-title').click();
    await page.locator('.doc-text').waitFor();
    expect(page.url()).toMatch(/#\/doc\/[0-9a-f]+\?at=\d+-\d+/);
    expect(await page.locator('.doc-text .hl-target').allTextContents().then((t) => t.join(''))).toContain('APT31');
    await page.getByText(/Removed as noise/).click();
    await page.screenshot({ path: screenshotPath('document-apt31'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('timeline and actor graph pages render', async () => {
    const page = await open('#/timeline');
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await page.screenshot({ path: screenshotPath('timeline'), fullPage: true });
    await page.goto(seed.server.url + '/#/graph');
    await page.getByRole('heading', { level: 1, name: /Actors and their ties/ }).waitFor();
    const hasActors = (await (await fetch(`${seed.server.url}/api/graph`)).json()).nodes.length > 0;
    if (hasActors) await page.locator('.graph-canvas canvas').first().waitFor();
    await page.screenshot({ path: screenshotPath('graph'), fullPage: true });
    const people = await (await fetch(`${seed.server.url}/api/entities?type=person`)).json();
    const best = [...people].sort((a: any, b: any) => b.mentions - a.mentions)[0];
    if (best) {
      await page.goto(`${seed.server.url}/#/actor/${encodeURIComponent(best.key)}`);
      await page.getByRole('heading', { level: 1, name: best.name }).waitFor();
      for (const name of ['Also known as', 'Roles', 'Quotes', 'Actions and events']) await page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).waitFor();
      await page.screenshot({ path: screenshotPath('actor'), fullPage: true });
    }
    await page.goto(seed.server.url + '/#/new');
    await page.getByLabel('Person').fill('Emmanuel Macron');
    await page.getByLabel('Topic').fill('cybersecurity');
    await page.getByRole('button', { name: 'Write the profile' }).click();
    await page.waitForURL(/#\/profile\?person=Emmanuel\+Macron&topic=cybersecurity/);
    expect(problems).toEqual([]);
  });

  it('every page fits a phone-sized screen', async () => {
    const docs = await (await fetch(`${seed.server.url}/api/documents`)).json();
    const people = await (await fetch(`${seed.server.url}/api/entities?type=person`)).json();
    const routes = ['', '#/search?q=APT31', ...docs.map((d: any) => `#/doc/${d.id}`), '#/timeline', '#/graph', '#/new'];
    if (people.length) routes.push(`#/actor/${encodeURIComponent(people[0].key)}`);
    const page = await open('', { width: 360, height: 740 });
    for (const route of routes) {
      await page.goto(`${seed.server.url}/${route}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(360);
    }
    await page.goto(`${seed.server.url}/#/doc/${docs[0].id}`);
    await page.locator('.doc-text').waitFor();
    await page.screenshot({ path: screenshotPath('document-phone'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('untrusted text stays text', () => {
  const hostile = [
    'Hostile page planted for the browser test. The operator said the servers were clean.',
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<a href="javascript:window.__pwned=1;alert(2)">read more</a>',
    '<svg onload="window.__pwned=1"></svg> <iframe src="javascript:alert(3)"></iframe>',
    'The word zanzibarquux marks this page for search.',
  ].join('\n\n');

  it('a hostile document runs nothing in the document view, the search results or the lists', async () => {
    const post = await fetch(`${seed.server.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${seed.token}` },
      body: hostile,
    });
    expect(post.status).toBe(201);
    const { id } = (await post.json()).results[0];
    const record = await fetch(`${seed.server.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${seed.token}` },
      body: JSON.stringify({
        text: 'A second hostile record about zanzibarquux, with a hostile title and link. <img src=x onerror=alert(4)>',
        title: '<img src=x onerror="window.__pwned=1">Hostile title',
        url: 'javascript:window.__pwned=1',
        outlet: '<b onmouseover=alert(5)>Outlet</b>',
      }),
    });
    expect(record.status).toBe(201);
    const recordId = (await record.json()).results[0].id;

    for (const route of [`#/doc/${id}`, `#/doc/${recordId}`, '#/search?q=zanzibarquux', '']) {
      const page = await open(route);
      await page.waitForLoadState('networkidle');
      if (route.startsWith('#/doc/')) await page.locator('.doc-text').waitFor();
      if (route.startsWith('#/search')) await page.locator('.search-result').first().waitFor();
      // Let any planted handler have its chance.
      await page.mouse.move(300, 300);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).__pwned), route).toBeUndefined();
      expect(dialogs, route).toEqual([]);
      expect(await page.locator('main script, main img, main iframe, main svg[onload], main [onerror], main [onload], main [onmouseover]').count(), route).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count(), route).toBe(0);
      if (route === `#/doc/${id}`) {
        // The markup is shown as the text it is.
        expect(await page.locator('.doc-text').textContent()).toContain('<script>window.__pwned=1</script>');
        await page.screenshot({ path: screenshotPath('hostile-document'), fullPage: true });
      }
      if (route === `#/doc/${recordId}`) {
        // Title and URL as the store keeps them (cleaning may tidy them) are shown as text, the URL not as a link.
        const stored = await (await fetch(`${seed.server.url}/api/documents/${recordId}`)).json();
        if (stored.title) expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(stored.title);
        if (stored.url) expect(await page.getByText(stored.url).count()).toBeGreaterThan(0);
      }
      expect(problems, route).toEqual([]);
    }
  });
});
