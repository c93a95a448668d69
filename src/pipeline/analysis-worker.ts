// A worker thread that analyses inputs for the ingest pipeline (see pool.ts).
import { parentPort } from 'node:worker_threads';
import { analyseInput } from './ingest.js';

parentPort!.on('message', async (m: { id: number; input: Parameters<typeof analyseInput>[0]; skipExtraction: boolean }) => {
  let analysis;
  try {
    analysis = await analyseInput(m.input, m.skipExtraction);
  } catch (e: any) {
    analysis = { reason: `could not analyse (${String(e?.message ?? e).split('\n')[0]})` };
  }
  parentPort!.postMessage({ id: m.id, analysis });
});
