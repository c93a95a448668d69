// `npm run bench`: every benchmark, on real text, each reported as ratios to a baseline measured in the same run.
// Pick some with arguments: `npm run bench -- ingest profile http postgres`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = ['ingest', 'profile', 'http', 'postgres'];
for (const name of wanted.length ? wanted : all) {
  const file = path.join(here, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`(no ${name} benchmark)`);
    continue;
  }
  console.log(`\n## ${name}`);
  const mod = await import(file);
  const fn = mod.default ?? mod[`bench${name[0].toUpperCase()}${name.slice(1)}`];
  await fn({ bigMb: Number(process.env.BENCH_MB ?? 50) });
}
