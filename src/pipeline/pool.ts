// Analysis (clean, segment, extract) of inputs, either in this thread or spread over worker threads.
// Workers only compute; every store write stays in the main thread, in input order.
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../model/index.js';
import type { Analysis } from './ingest.js';

export interface Analyser {
  analyse(input: RawInput, skipExtraction: boolean): Promise<Analysis>;
  close(): Promise<void>;
}

// Imported on first use (ingest imports this module) and then kept: a dynamic import per document goes through
// module resolution each time, which under a loader such as tsx costs a round trip to its thread.
let ingestModule: Promise<typeof import('./ingest.js')> | null = null;

export const inlineAnalyser: Analyser = {
  analyse: async (input, skip) => (await (ingestModule ??= import('./ingest.js'))).analyseInput(input, skip),
  close: async () => {},
};

/** A worker running analysis-worker: the compiled file, or (in development, under tsx) the TypeScript source. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url));
  const source = new URL('./analysis-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}

export async function startPool(size: number): Promise<Analyser> {
  const workers = Array.from({ length: size }, () => startWorker());
  const waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  const load = workers.map(() => 0);
  let next = 0;
  workers.forEach((w, i) => {
    w.on('message', (m: { id: number; analysis: Analysis }) => {
      load[i]--;
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      p?.resolve(m.analysis);
    });
    w.on('error', (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  });
  return {
    analyse(input, skipExtraction) {
      const id = next++;
      // The least busy worker takes the input.
      const i = load.indexOf(Math.min(...load));
      load[i]++;
      return new Promise<Analysis>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[i].postMessage({ id, input, skipExtraction });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
