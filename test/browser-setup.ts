// Browser-test setup: Debian's chromium driven by playwright-core, and an onrecord server on 127.0.0.1 with a
// real SQLite store holding the seed documents and the built web app (dist/web).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { ROOT, SEEDS, tempDir } from './helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const WEB_ROOT = path.join(ROOT, 'dist/web');
export const RESULTS = path.join(ROOT, 'test-results');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: run .ci/chromium.sh (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** The built app; builds it when missing (npm test builds it before the tests anyway). */
export function ensureWebBuilt(): string {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  return WEB_ROOT;
}

export interface SeedServer {
  store: Store;
  server: RunningServer;
  token: string;
  close(): Promise<void>;
}

export async function startSeedServer(): Promise<SeedServer> {
  const webRoot = ensureWebBuilt();
  const store = await openStore(path.join(tempDir('onrecord-web-'), 'web.db'));
  await ingestPaths(store, [SEEDS]);
  const token = 'browser-test-token-' + process.pid;
  const server = await startServer({ store, token, port: 0, webRoot });
  return {
    store,
    server,
    token,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, `${name}.png`);
}
