// `onrecord serve [--port N] [--host H]`: the web UI and the JSON API (cli.md), until interrupted.
import type { AddCommand } from './extensions.js';
import { UsageError } from './main.js';

export const addServeCommand: AddCommand = (program, kit) => {
  program
    .command('serve')
    .description('the web UI and the JSON API on http://HOST:PORT/ (writes need ONRECORD_TOKEN)')
    .addOption(kit.dbOption())
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--max-body <mb>', 'largest POST body accepted, in MB', '5')
    .action(async (o) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not "${o.port}"`);
      const maxMb = Number(o.maxBody);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-body must be a positive number of MB, not "${o.maxBody}"`);
      const { startServer } = await import('../serve/server.js');
      await kit.withStore(o.db, async (store) => {
        const token = process.env.ONRECORD_TOKEN?.trim() || null;
        const server = await startServer({ store, token, maxBodyBytes: Math.round(maxMb * 1024 * 1024), port, host: o.host });
        kit.out(`onrecord: serving ${server.url}/ (${token ? 'writes need the ONRECORD_TOKEN bearer token' : 'read-only: ONRECORD_TOKEN not set'})`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
      });
    });
};
