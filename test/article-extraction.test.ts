// Article-body extraction on 181 real pages (external suite in ../shared/eval/article-extraction/), scored exactly as
// its README says: 4-token shingles over \w+ tokens, per-page precision and recall averaged, F1 = 2PR/(P+R).
// Also times cleaning against a bare readability+linkedom pass over the same pages.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { cleanDocument } from '../src/text/clean.js';

const SUITE = new URL('../../shared/eval/article-extraction/', import.meta.url);

/** Python's \w+ (Unicode): letters, digits (all numeric categories) and underscore. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const bag = new Map<string, number>();
  if (!tokens.length) return bag;
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

function pageScore(truth: string, predicted: string): { precision: number; recall: number } {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of a) {
    const d = b.get(k) ?? 0;
    tp += Math.min(c, d);
    fn += Math.max(0, c - d);
  }
  for (const [k, d] of b) fp += Math.max(0, d - (a.get(k) ?? 0));
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0 };
}

describe('article-body extraction (181 real pages)', () => {
  it('scores F1 >= 0.95 and costs little more than readability alone', async () => {
    const truth: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(new URL('ground-truth.json', SUITE), 'utf8'));
    const pages = Object.keys(truth)
      .sort()
      .map((id) => ({ id, html: gunzipSync(readFileSync(new URL(`html/${id}.html.gz`, SUITE))).toString('utf8') }));
    expect(pages.length).toBe(181);

    // Warm both paths up on a few pages so neither timing pays for the other's JIT and module loading.
    for (const page of pages.slice(0, 10)) {
      new Readability(parseHTML(page.html).document as unknown as Document).parse();
      await cleanDocument({ path: null, content: page.html, format: 'html', rawHash: page.id });
    }

    let precision = 0;
    let recall = 0;
    const t0 = performance.now();
    for (const page of pages) {
      const cleaned = await cleanDocument({ path: null, content: page.html, format: 'html', rawHash: page.id, given: { url: truth[page.id].url } });
      const s = pageScore(truth[page.id].articleBody, cleaned.text);
      precision += s.precision;
      recall += s.recall;
    }
    const cleanMs = performance.now() - t0;
    precision /= pages.length;
    recall /= pages.length;
    const f1 = (2 * precision * recall) / (precision + recall);

    const t1 = performance.now();
    for (const page of pages) new Readability(parseHTML(page.html).document as unknown as Document).parse();
    const readabilityMs = performance.now() - t1;

    console.log(
      `article-extraction: P=${precision.toFixed(4)} R=${recall.toFixed(4)} F1=${f1.toFixed(4)} | cleanDocument ${Math.round(cleanMs)} ms, ` +
        `readability+linkedom alone ${Math.round(readabilityMs)} ms (${(cleanMs / readabilityMs).toFixed(2)}x) for ${pages.length} pages`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.95);
    // Cleaning runs readability itself; what it adds must stay small (generous bound: the machine is shared).
    expect(cleanMs).toBeLessThan(readabilityMs * 3);
  });
});
