// Serves the built web app (dist/web) with an SPA fallback: any GET that is not an API call and not a file
// gets index.html, so deep links into the app work. Paths are confined to the web root.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a URL path names inside `root`, or null when it would leave the root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootFull = path.resolve(root);
  return full === rootFull || full.startsWith(rootFull + path.sep) ? full : null;
}

async function readFileIfAny(file: string): Promise<Buffer | null> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return null;
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

/** Answers a GET for the web app, or returns null when there is no web root or no index.html. */
export async function serveWeb(c: Context, root: string): Promise<Response | null> {
  const file = resolveInside(root, c.req.path);
  const body = file ? await readFileIfAny(file) : null;
  if (body && file) {
    const ext = path.extname(file).toLowerCase();
    // Vite puts a content hash in every asset name, so assets never change under the same URL.
    const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cache,
    });
  }
  // A missing asset is a real 404; only page-like paths fall back to the app.
  if (path.extname(c.req.path) && c.req.path.startsWith('/assets/')) return null;
  const index = await readFileIfAny(path.join(root, 'index.html'));
  if (!index) return null;
  return c.body(new Uint8Array(index), 200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-cache' });
}
