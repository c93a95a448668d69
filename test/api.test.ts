// The HTTP API over real HTTP on 127.0.0.1, against a real SQLite store holding the seed documents.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { documentsJson, entitiesJson, eventsJson, quotesJson, searchJson } from '../src/query/index.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { BIN, cli, json, SEEDS, tempDir } from './helpers.js';

const TOKEN = 'a-test-token-of-reasonable-length';
const MAX_BODY = 64 * 1024;

let store: Store;
let server: RunningServer;
let readOnly: RunningServer;

beforeAll(async () => {
  store = await openStore(path.join(tempDir('onrecord-api-'), 'api.db'));
  const summary = await ingestPaths(store, [SEEDS]);
  expect(summary.added).toBe(5);
  server = await startServer({ store, token: TOKEN, maxBodyBytes: MAX_BODY, port: 0, webRoot: null });
  readOnly = await startServer({ store, token: null, port: 0, webRoot: null });
});

afterAll(async () => {
  await server?.close();
  await readOnly?.close();
  await store?.close();
});

async function call(pathAndQuery: string, init?: RequestInit, base = server) {
  const res = await fetch(base.url + pathAndQuery, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, headers: res.headers, body: body as any };
}

/** An error answer: JSON with a message and nothing that looks like a stack trace. */
function expectJsonError(r: { status: number; headers: Headers; body: any }, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/application\/json/);
  expect(typeof r.body.error).toBe('string');
  expect(r.body.error.length).toBeGreaterThan(0);
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('read endpoints return the same JSON as the CLI', () => {
  it('GET /api/health', async () => {
    const r = await call('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true });
  });

  it('GET /api/documents lists the five seeds with the cli.md fields', async () => {
    const r = await call('/api/documents');
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(5);
    for (const d of r.body) for (const f of ['id', 'title', 'outlet', 'published', 'path', 'url', 'kind', 'language', 'sentences']) expect(d).toHaveProperty(f);
    expect(r.body).toEqual(roundTrip(await documentsJson(store)));
  });

  it('GET /api/documents/:id returns text, removed noise and extraction; a prefix works too', async () => {
    const [first] = (await call('/api/documents')).body;
    const full = await call(`/api/documents/${first.id}`);
    expect(full.status).toBe(200);
    expect(full.body.id).toBe(first.id);
    expect(typeof full.body.text).toBe('string');
    for (const f of ['removed', 'entities', 'quotes', 'events', 'paragraphs', 'sentences']) expect(Array.isArray(full.body[f])).toBe(true);
    const byPrefix = await call(`/api/documents/${first.id.slice(0, 8)}`);
    expect(byPrefix.body.id).toBe(first.id);
  });

  it('GET /api/search finds APT31 with a marked snippet', async () => {
    const r = await call('/api/search?q=APT31&limit=5');
    expect(r.status).toBe(200);
    expect(r.body.length).toBeGreaterThan(0);
    expect(r.body.length).toBeLessThanOrEqual(5);
    expect(r.body[0].snippet).toContain('<mark>APT31</mark>');
    expect(r.body[0]).toHaveProperty('document.id');
    expect(r.body).toEqual(roundTrip(await searchJson(store, 'APT31', 5)));
  });

  it('GET /api/search accepts any user text as a query', async () => {
    for (const q of ['"unbalanced', 'AND OR NOT', '*', 'a:b (c', '<script>']) {
      const r = await call(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
      expect(Array.isArray(r.body)).toBe(true);
    }
  });

  it('GET /api/entities, with and without a type', async () => {
    const all = await call('/api/entities');
    expect(all.status).toBe(200);
    expect(all.body).toEqual(roundTrip(await entitiesJson(store)));
    const people = await call('/api/entities?type=person');
    expect(people.status).toBe(200);
    expect(people.body.every((a: any) => a.type === 'person')).toBe(true);
  });

  it('GET /api/quotes, with and without a speaker', async () => {
    const all = await call('/api/quotes');
    expect(all.status).toBe(200);
    expect(all.body).toEqual(roundTrip(await quotesJson(store)));
    const macron = await call('/api/quotes?speaker=Macron');
    expect(macron.status).toBe(200);
    expect(macron.body).toEqual(roundTrip(await quotesJson(store, { speaker: 'Macron' })));
  });

  it('GET /api/events, with actor and category filters (category in any case)', async () => {
    const all = await call('/api/events');
    expect(all.status).toBe(200);
    expect(all.body).toEqual(roundTrip(await eventsJson(store)));
    const r = await call('/api/events?actor=Macron&category=' + encodeURIComponent('accusation or attribution'));
    expect(r.status).toBe(200);
    expect(r.body).toEqual(roundTrip(await eventsJson(store, { actor: 'Macron', category: 'Accusation or attribution' })));
  });

  it('GET /api/stats, /api/graph and /api/actors/:key feed the web app', async () => {
    const stats = await call('/api/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.documents).toBe(5);
    expect(Object.values(stats.body.kinds as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);
    const graph = await call('/api/graph?limit=20');
    expect(graph.status).toBe(200);
    expect(Array.isArray(graph.body.nodes)).toBe(true);
    expect(graph.body.nodes.length).toBeLessThanOrEqual(20);
    const keys = new Set(graph.body.nodes.map((n: any) => n.id));
    for (const e of graph.body.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    const entities = (await call('/api/entities')).body;
    if (entities.length) {
      const actor = await call(`/api/actors/${encodeURIComponent(entities[0].key)}`);
      expect(actor.status).toBe(200);
      expect(actor.body.actor.key).toBe(entities[0].key);
      for (const f of ['roles', 'documents', 'quotes', 'events']) expect(Array.isArray(actor.body[f])).toBe(true);
    }
    expectJsonError(await call('/api/actors/' + encodeURIComponent('person:nobody-at-all')), 404);
  });
});

describe('profiles', () => {
  it('GET /api/profile returns the profile in json, md and html', async () => {
    const q = '/api/profile?person=' + encodeURIComponent('Emmanuel Macron') + '&topic=cybersecurity';
    const r = await call(q);
    expect(r.status).toBe(200);
    for (const f of ['person', 'topic', 'summary', 'context', 'actions', 'quotes', 'criticism', 'timeline', 'related', 'disputed', 'sources'])
      expect(r.body).toHaveProperty(f);
    const md = await call(q + '&format=md');
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(md.body).toContain('Macron');
    const html = await call(q + '&format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    // The standalone page may use its own inline stylesheet (allowed by hash), never inline script.
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html.body).not.toMatch(/<script/i);
  });

  it('an ambiguous or unknown person is answered in JSON', async () => {
    const r = await call('/api/profile?person=' + encodeURIComponent('Emmanuel Macron') + '&topic=cybersecurity');
    expect(r.status).toBe(200);
    const vague = await call('/api/profile?person=President&topic=cybersecurity');
    expect([200, 404, 409]).toContain(vague.status);
    if (vague.status === 409) expect(Array.isArray(vague.body.candidates)).toBe(true);
    if (vague.status === 404) expect(Array.isArray(vague.body.suggestions)).toBe(true);
  });

  it('an unknown person is 404 JSON', async () => {
    const r = await call('/api/profile?person=Zyxwvut%20Qponmlk&topic=cybersecurity');
    expectJsonError(r, 404);
    expect(Array.isArray(r.body.suggestions)).toBe(true);
  });

});

describe('bad requests are 4xx JSON', () => {
  it('bad parameters → 400', async () => {
    for (const p of [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=x&limit=abc',
      '/api/search?q=x&limit=0',
      '/api/search?q=x&limit=100000',
      '/api/entities?type=wizard',
      '/api/events?category=Picnic',
      '/api/quotes?all=maybe',
      '/api/profile?topic=cybersecurity',
      '/api/profile?person=Macron',
      '/api/profile?person=Macron&topic=cyber&format=pdf',
      '/api/documents/' + encodeURIComponent('../../etc/passwd'),
      '/api/graph?limit=-1',
    ]) {
      const r = await call(p);
      expectJsonError(r, 400);
    }
  });

  it('unknown ids and paths → 404', async () => {
    expectJsonError(await call('/api/documents/0123456789abcdef'), 404);
    expectJsonError(await call('/api/no-such-endpoint'), 404);
    expectJsonError(await call('/api/documents', { method: 'DELETE' }), 404);
  });

  it('a loopback server answers only to loopback host names (no DNS rebinding)', async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const u = new URL(server.url);
        http.get({ host: u.hostname, port: u.port, path: '/api/health', headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await status('evil.example')).toBe(403);
    expect(await status('evil.example:' + server.port)).toBe(403);
    expect(await status('127.0.0.1:' + server.port)).toBe(200);
    expect(await status('localhost:' + server.port)).toBe(200);
    expect(await status('[::1]:' + server.port)).toBe(200);
  });

  it('every answer carries the security headers', async () => {
    for (const p of ['/api/health', '/api/no-such-endpoint', '/api/search?q=', '/']) {
      const r = await call(p);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp, p).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('POST /api/documents', () => {
  const body = 'Lena Marchetti, the interior minister of a small republic, said on Monday that "we will publish every finding" about the intrusion into the tax office.\n\nShe did not name a suspect.';
  const post = (init: RequestInit, base = server) => call('/api/documents', { method: 'POST', ...init }, base);
  const auth = { Authorization: `Bearer ${TOKEN}` };

  it('refuses writes without a token or with a wrong one (401)', async () => {
    expectJsonError(await post({ body, headers: { 'Content-Type': 'text/plain' } }), 401);
    expectJsonError(await post({ body, headers: { 'Content-Type': 'text/plain', Authorization: 'Bearer wrong' } }), 401);
    expectJsonError(await post({ body, headers: { 'Content-Type': 'text/plain', Authorization: TOKEN } }), 401);
    expect((await call('/api/documents')).body).toHaveLength(5);
  });

  it('refuses every write when the server has no token configured (403)', async () => {
    expectJsonError(await post({ body, headers: { 'Content-Type': 'text/plain', ...auth } }, readOnly), 403);
  });

  it('refuses an oversized body (413), with or without Content-Length', async () => {
    const big = 'word '.repeat(MAX_BODY / 4);
    expectJsonError(await post({ body: big, headers: { 'Content-Type': 'text/plain', ...auth } }), 413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    expectJsonError(await post({ body: stream, headers: { 'Content-Type': 'text/plain', ...auth }, duplex: 'half' } as RequestInit), 413);
  });

  it('rejects an empty body and bad JSON records (400)', async () => {
    expectJsonError(await post({ body: '', headers: { 'Content-Type': 'text/plain', ...auth } }), 400);
    expectJsonError(await post({ body: '{"text": ', headers: { 'Content-Type': 'application/json', ...auth } }), 400);
    expectJsonError(await post({ body: '{"title": "no text"}', headers: { 'Content-Type': 'application/json', ...auth } }), 400);
    expectJsonError(await post({ body: '{"text": 42}', headers: { 'Content-Type': 'application/json', ...auth } }), 400);
  });

  it('ingests plain text (201), then knows it (200 unchanged), and serves it', async () => {
    const first = await post({ body, headers: { 'Content-Type': 'text/plain', ...auth } });
    expect(first.status).toBe(201);
    expect(first.body.results[0].status).toBe('added');
    const id = first.body.results[0].id;
    const again = await post({ body, headers: { 'Content-Type': 'text/plain', ...auth } });
    expect(again.status).toBe(200);
    expect(again.body.results[0].status).toBe('unchanged');
    const doc = await call(`/api/documents/${id}`);
    expect(doc.status).toBe(200);
    expect(doc.body.text).toContain('we will publish every finding');
    const hits = await call('/api/search?q=Marchetti');
    expect(hits.body.some((h: any) => h.document.id === id)).toBe(true);
  });

  it('ingests a JSON record with its metadata', async () => {
    const record = {
      text: 'A regional utility in a coastal province reported on Friday that its billing servers had been encrypted by ransomware. Officials said no customer data was taken.',
      title: 'Utility billing servers hit by ransomware',
      url: 'https://example.org/utility-ransomware',
      published: '2024-03-08',
      outlet: 'Example Gazette',
    };
    const r = await post({ body: JSON.stringify(record), headers: { 'Content-Type': 'application/json', ...auth } });
    expect(r.status).toBe(201);
    const doc = await call(`/api/documents/${r.body.results[0].id}`);
    expect(doc.body.title).toBe(record.title);
    expect(doc.body.url).toBe(record.url);
  });

  it('ingests HTML, keeping markup out of the stored text', async () => {
    const html =
      '<!doctype html><html><head><title>Ministry note</title></head><body><article><h1>Ministry note</h1>' +
      '<p>The ministry of digital affairs announced new rules for cloud providers that serve public hospitals, effective next spring.</p>' +
      '<p>Providers will have to report serious incidents within a day.</p><script>window.__x=1</script></article></body></html>';
    const r = await post({ body: html, headers: { 'Content-Type': 'text/html', ...auth } });
    expect(r.status).toBe(201);
    const doc = await call(`/api/documents/${r.body.results[0].id}`);
    expect(doc.body.text).toContain('report serious incidents');
    expect(doc.body.text).not.toContain('<p>');
    expect(doc.body.text).not.toContain('window.__x');
  });
});

describe('onrecord serve (the built CLI)', () => {
  it('serves the same JSON as the CLI prints, and stops cleanly on SIGTERM', async () => {
    const db = path.join(tempDir('onrecord-serve-'), 'serve.db');
    expect(cli(['ingest', SEEDS, '--db', db]).status).toBe(0);
    const env = { ...process.env, ONRECORD_TOKEN: '' };
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { env });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        const m = /http:\/\/[^\s/]+/.exec(stdout);
        if (m) resolve(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stdout}`)));
    });
    try {
      expect(stdout).toMatch(/read-only/);
      for (const [route, args] of [
        ['/api/documents', ['documents']],
        ['/api/quotes?speaker=Macron', ['quotes', '--speaker', 'Macron']],
        ['/api/events', ['events']],
        ['/api/entities?type=person', ['entities', '--type', 'person']],
        ['/api/search?q=APT31&limit=5', ['search', 'APT31', '--limit', '5']],
      ] as const) {
        const res = await fetch(url + route);
        expect(res.status, route).toBe(200);
        expect(await res.json(), route).toEqual(json(cli([...args, '--json', '--db', db])));
      }
      const write = await fetch(url + '/api/documents', { method: 'POST', body: 'some text', headers: { Authorization: 'Bearer x' } });
      expect(write.status).toBe(403);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});

describe('the web app files', () => {
  let web: RunningServer;
  const root = tempDir('onrecord-webroot-');
  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title><div id="app"></div>');
    writeFileSync(path.join(root, 'assets/app-1234.js'), 'console.log(1)');
    web = await startServer({ store, token: null, port: 0, webRoot: root });
  });
  afterAll(async () => web?.close());

  /** A GET with the path sent exactly as written (fetch would normalise the dots away). */
  const raw = (p: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const u = new URL(web.url);
      http
        .get({ host: u.hostname, port: u.port, path: p }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
        })
        .on('error', reject);
    });

  it('serves index.html, assets with their types, and falls back to the app for page paths', async () => {
    const home = await raw('/');
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/text\/html/);
    expect(home.body).toContain('id="app"');
    const js = await raw('/assets/app-1234.js');
    expect(js.type).toMatch(/javascript/);
    expect((await raw('/timeline/deep/link')).body).toContain('id="app"');
    const missing = await raw('/assets/missing-0000.js');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error).toBeTruthy();
    expect((await raw('/api/nothing-here')).status).toBe(404);
  });

  it('never serves a file outside the web root', async () => {
    for (const p of ['/../../../../etc/passwd', '/assets/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd']) {
      const r = await raw(p);
      expect(r.body, p).not.toMatch(/root:.*:0:0:/);
    }
  });
});
