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

export async function startServer(opts: AppOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const app = createApp({ ...opts, webRoot: opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((res) => {
            (server as any).closeAllConnections?.();
            server.close(() => res());
          }),
      });
    });
    server.once('error', reject);
  });
}
