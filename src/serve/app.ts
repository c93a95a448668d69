// The HTTP API of cli.md (the same JSON as the CLI, from the same query functions) plus the built web app.
// Errors are always JSON `{ error }` with a 4xx status (5xx only for our own faults), never a stack trace.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { bytesToInputs, sniffFormat, type InputFormat } from '../ingest/read.js';
import { ACTOR_TYPES, EVENT_CATEGORIES, type Profile, type ProfileResult } from '../model/index.js';
import { ingestInput, type Outcome } from '../pipeline/ingest.js';
import { documentsJson, entitiesJson, eventsJson, quotesJson, searchJson, showJson } from '../query/index.js';
import type { Store } from '../store/store.js';
import { serveWeb } from './static.js';
import { actorJson, graphJson, statsJson } from './views.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** The bearer token writes need (ONRECORD_TOKEN). Without one, every write is refused. */
  token?: string | null;
  maxBodyBytes?: number;
  /** Folder of the built web app (dist/web); null serves the API only. */
  webRoot?: string | null;
  /** How many profiles to keep built (0 turns the cache off). */
  profileCacheSize?: number;
  /**
   * Host names the server answers to (the Host header without port); null answers any. A server bound to
   * loopback sets the loopback names, so a web page that rebinds its own domain to 127.0.0.1 cannot read it.
   */
  allowedHosts?: string[] | null;
}

/** The host part of a Host header ('[::1]:8080' → '::1', 'Example.org:80' → 'example.org'). */
export function hostOf(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d*$/, '');
}

/** Headers every response carries. The CSP allows no inline script and no inline style: the app ships files. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The profile stage, loaded when first asked for (it is the heaviest part of the read side). */
const loadProfileModule = () => import('../profile/index.js');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).optional().transform((v) => v || undefined);
const flag = z.enum(['', '1', 'true', '0', 'false']).optional().transform((v) => v === '' || v === '1' || v === 'true');

const schemas = {
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be a document id (letters, digits, - or _)'),
  search: z.object({
    q: text(1000),
    limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(20),
  }),
  entities: z.object({ type: z.enum(ACTOR_TYPES).optional() }),
  quotes: z.object({ speaker: optionalText(200), all: flag }),
  events: z.object({
    actor: optionalText(200),
    category: optionalText(100).transform((c, ctx) => {
      if (!c) return undefined;
      const found = EVENT_CATEGORIES.find((k) => k.toLowerCase() === c.toLowerCase());
      if (!found) ctx.addIssue({ code: 'custom', message: `must be one of: ${EVENT_CATEGORIES.join(', ')}` });
      return found;
    }),
  }),
  profile: z.object({
    person: text(200),
    topic: text(200),
    format: z.enum(['json', 'md', 'html']).default('json'),
  }),
  actor: z.string().min(1).max(300),
  graph: z.object({ limit: z.coerce.number().int().min(1).max(500).default(60) }),
  record: z
    .object({
      text: z.string().refine((t) => t.trim().length > 0, 'must not be empty'),
      title: z.string().max(1000).optional(),
      url: z.string().max(4000).optional(),
      published: z.string().max(100).optional(),
      outlet: z.string().max(1000).optional(),
    })
    .passthrough(),
};

/** Parses with a schema or answers 400 with what was wrong, in words. */
function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  throw new HTTPException(400, { message: `${where}${first.message}` });
}

const fail = (status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422, message: string) =>
  new HTTPException(status, { message });

/**
 * The standalone profile page carries its stylesheet inline: allow exactly those <style> blocks by hash.
 * Scripts stay forbidden.
 */
export function cspAllowingStyles(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return SECURITY_HEADERS['Content-Security-Policy'].replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
}

/** Constant-time token comparison (hashing first makes the lengths equal). */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function requireToken(token: string | null | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw fail(403, 'writes are disabled: set ONRECORD_TOKEN on the server to allow them');
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !sameToken(m[1], token)) throw fail(401, m ? 'wrong token' : 'this needs Authorization: Bearer <token>');
    await next();
  };
}

/** The input format a Content-Type names, or null to guess from the bytes. */
function formatOfContentType(contentType: string): InputFormat | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  if (type === 'application/pdf') return 'pdf';
  return null;
}

/**
 * A small most-recently-used cache of answers being made or made. It keeps the promise, so concurrent asks for
 * the same key share one computation; a failed one is forgotten. Keys include the store's version.
 */
class Memo<V> {
  private entries = new Map<string, Promise<V>>();
  constructor(private size: number) {}
  get(key: string, make: () => Promise<V>): Promise<V> {
    if (this.size <= 0) return make();
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  const profiles = new Memo<ProfileResult>(opts.profileCacheSize ?? 64);
  const views = new Memo<unknown>(16);
  // Writes go one at a time: ingest checks for duplicates before it writes, which must not interleave.
  let writing: Promise<unknown> = Promise.resolve();
  // Another process (the CLI) may ingest into the same store; the document count changes when it does.
  const version = async () => String(await store.countDocuments());

  app.use('*', async (c, next) => {
    await next();
    // A handler may tighten or extend the CSP for its own answer (the standalone profile page); the rest is fixed.
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (k !== 'Content-Security-Policy' || !c.res.headers.has(k)) c.res.headers.set(k, v);
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
  });

  if (opts.allowedHosts) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      if (!allowed.has(hostOf(c.req.header('host') ?? ''))) throw fail(403, 'this server does not answer to that host name');
      await next();
    });
  }

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const headers: Record<string, string> = err.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="onrecord"' } : {};
      return c.json({ error: err.message || 'bad request' }, err.status, headers);
    }
    // Our fault: log one line for the operator; the client learns nothing about the internals.
    console.error(`onrecord serve: ${c.req.method} ${c.req.path}: ${String((err as any)?.message ?? err).split('\n')[0]}`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.notFound(async (c) => {
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !c.req.path.startsWith('/api/') && opts.webRoot) {
      const page = await serveWeb(c, opts.webRoot);
      if (page) return page;
    }
    return c.json({ error: `not found: ${c.req.method} ${c.req.path}` }, 404);
  });

  app.get('/api/health', (c) => c.json({ ok: true }));

  app.get('/api/documents', async (c) => c.json(await documentsJson(store)));

  app.get('/api/documents/:id', async (c) => {
    const id = parse(schemas.id, c.req.param('id'));
    const doc = await showJson(store, id);
    if (!doc) throw fail(404, `no document with id "${id}"`);
    return c.json(doc);
  });

  app.get('/api/search', async (c) => {
    const q = parse(schemas.search, c.req.query());
    return c.json(await searchJson(store, q.q, q.limit));
  });

  app.get('/api/entities', async (c) => {
    const q = parse(schemas.entities, c.req.query());
    return c.json(await entitiesJson(store, q.type));
  });

  app.get('/api/quotes', async (c) => {
    const q = parse(schemas.quotes, c.req.query());
    return c.json(await quotesJson(store, { speaker: q.speaker, all: q.all }));
  });

  app.get('/api/events', async (c) => {
    const q = parse(schemas.events, c.req.query());
    return c.json(await eventsJson(store, { actor: q.actor, category: q.category }));
  });

  app.get('/api/profile', async (c) => {
    const q = parse(schemas.profile, c.req.query());
    const mod = await loadProfileModule();
    const key = `${await version()}\u0000${q.person.toLowerCase()}\u0000${q.topic.toLowerCase()}`;
    const result = await profiles.get(key, () => mod.buildProfile(store, { person: q.person, topic: q.topic }));
    if (result.status === 'ambiguous') return c.json({ error: result.message, candidates: result.candidates }, 409);
    if (result.status === 'unknown') return c.json({ error: result.message, suggestions: result.suggestions }, 404);
    if (q.format === 'md') return c.body(mod.renderMarkdown(result.profile), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    if (q.format === 'html') {
      const html = mod.renderHtml(result.profile);
      return c.html(html, 200, { 'Content-Security-Policy': cspAllowingStyles(html) });
    }
    return c.body(profileJsonText(result.profile), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/api/stats', async (c) => c.json(await views.get(`stats\u0000${await version()}`, () => statsJson(store))));

  app.get('/api/actors/:key', async (c) => {
    const key = parse(schemas.actor, c.req.param('key'));
    const actor = await actorJson(store, key);
    if (!actor) throw fail(404, `no actor with key "${key}"`);
    return c.json(actor);
  });

  app.get('/api/graph', async (c) => {
    const q = parse(schemas.graph, c.req.query());
    return c.json(await views.get(`graph\u0000${q.limit}\u0000${await version()}`, () => graphJson(store, q.limit)));
  });

  app.post(
    '/api/documents',
    requireToken(opts.token),
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json({ error: `the body is over the limit of ${maxBodyBytes} bytes` }, 413),
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw fail(400, 'the body is empty: send text, HTML or a JSON record { text, title?, url?, published?, outlet? }');
      const format = formatOfContentType(c.req.header('content-type') ?? '') ?? sniffFormat(bytes);
      if (format === 'json') checkRecords(bytes);
      const items = await bytesToInputs(null, bytes, format);
      const rejected = items.flatMap((i) => ('rejection' in i ? [i.rejection.reason] : []));
      const inputs = items.flatMap((i) => ('input' in i ? [i.input] : []));
      if (!inputs.length) throw fail(400, `nothing could be read: ${rejected.join('; ') || 'no input'}`);
      const run = writing.then(async () => {
        const out: Outcome[] = [];
        for (const input of inputs) out.push(await ingestInput(store, input));
        return out;
      });
      writing = run.catch(() => undefined);
      const outcomes = await run;
      const added = outcomes.some((o) => o.status === 'added');
      return c.json({ results: outcomes.map(publicOutcome), rejected }, added ? 201 : 200);
    },
  );

  return app;
}

/** Cached profiles are the same objects on every hit: serialise each once. */
const serialised = new WeakMap<Profile, string>();
function profileJsonText(p: Profile): string {
  let text = serialised.get(p);
  if (text === undefined) serialised.set(p, (text = JSON.stringify(p)));
  return text;
}

/** A JSON body must be one record or an array of records, each with non-empty `text`. */
function checkRecords(bytes: Uint8Array) {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e: any) {
    throw fail(400, `invalid JSON (${e?.message ?? e})`);
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw fail(400, 'the JSON array is empty');
  list.forEach((r) => parse(schemas.record, r));
}

/** What the client learns about an ingest: never server paths. */
function publicOutcome(o: Outcome) {
  if (o.status === 'added') return { status: o.status, id: o.id, ...(o.duplicateOf ? { duplicateOf: o.duplicateOf } : {}) };
  if (o.status === 'duplicate') return { status: o.status, duplicateOf: o.duplicateOf };
  if (o.status === 'rejected') return { status: o.status, reason: o.reason };
  return { status: o.status };
}
