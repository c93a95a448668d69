// Starts the HTTP server for an app on host:port (port 0 picks a free one) and says where it listens.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** dist/web next to this module's package (src/serve and dist/serve are both two levels below the root). */
export function defaultWebRoot(): string | null {
  const root = fileURLToPath(new URL('../../dist/web/', import.meta.url));
  return existsSync(root) ? root : null;
}

export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '::1'];
const isLoopback = (host: string) => /^127\./.test(host) || host === 'localhost' || host === '::1';

export async function startServer(opts: AppOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const app = createApp({
    ...opts,
    webRoot: opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot,
    allowedHosts: opts.allowedHosts !== undefined ? opts.allowedHosts : isLoopback(host) ? [...new Set([...LOOPBACK_NAMES, host])] : null,
  });
  // Requests still being answered when we stop; closing waits for them, so none touches a closed store.
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const fetch = async (req: Request, env: unknown) => {
    inFlight++;
    try {
      return await app.fetch(req, env as any);
    } finally {
      if (--inFlight === 0) drained?.();
    }
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: async () => {
          const closed = new Promise<void>((res) => server.close(() => res()));
          (server as any).closeIdleConnections?.();
          if (inFlight > 0) await new Promise<void>((res) => (drained = res));
          (server as any).closeAllConnections?.();
          await closed;
        },
      });
    });
    server.once('error', reject);
  });
}
