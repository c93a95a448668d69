// Event metrics against ../shared/gold/seed-events.json: found with the right category, with the right actor too,
// 'not' violations, and date accuracy (rules in the gold's 'about').
// Usage: npx tsx scripts/eval-events.ts [--fallback] [--verbose] [--json]
//   --fallback  run the event extractor alone (no actor/date extractor output), as when those are missing.
import { evaluateEvents } from '../test/events-eval.js';

const args = new Set(process.argv.slice(2));
const report = await evaluateEvents({ fallback: args.has('--fallback') });
if (args.has('--json')) {
  const { runs, ...rest } = report;
  void runs;
  console.log(JSON.stringify(rest, null, 2));
} else {
  if (args.has('--verbose')) {
    for (const g of report.details) {
      const mark = g.actorOk ? 'OK ' : g.categoryOk ? 'CAT' : 'MISS';
      console.log(`${mark} ${g.doc.slice(0, 3)} ${g.category} | ${g.actor} | date ${g.dateOk === null ? '-' : g.dateOk ? 'ok' : 'WRONG'}`);
      if (!g.actorOk || g.dateOk === false) console.log(`     got: ${g.got.map((e) => `${e.category} / ${e.actor} / ${e.date?.value ?? 'null'}:${e.date?.precision ?? ''}`).join(' ; ') || '(nothing)'}`);
      for (const v of g.violations) console.log(`     NOT-VIOLATION: ${v}`);
    }
  }
  const r = report.summary;
  console.log(`mode: ${report.mode}`);
  console.log(`gold events: ${r.gold}`);
  console.log(`found with right category: ${r.category}/${r.gold}`);
  console.log(`  … and right actor: ${r.actor}/${r.gold}`);
  console.log(`'not' violations: ${r.violations} (over ${r.withNot} gold events with a 'not')`);
  console.log(`dates right: ${r.datesRight}/${r.datesCounted} (${(100 * r.datesRight / Math.max(1, r.datesCounted)).toFixed(1)}%)`);
  console.log(`events extracted in seeds 001-004: ${r.extracted}`);
}
