import { describe, expect, it } from 'vitest';
import { bands, contentHash, minhash, similarity } from './dedupe.js';

const base =
  'The delegation met for two days in the capital to discuss rules for state behaviour online. ' +
  'Officials from both ministries said the talks were frank and that a second round would follow in spring. ' +
  'Neither side published a joint statement, but observers noted a softer tone than in previous years. ' +
  'The next meeting is expected to focus on incident response and on channels for rapid communication.';

describe('duplicate detection', () => {
  it('gives the same content hash whatever the spacing and case', () => {
    expect(contentHash(base)).toBe(contentHash(base.toUpperCase().replace(/ /g, '  \n')));
  });
  it('scores a copy with a few words changed as near-identical and shares a band', () => {
    const edited = base.replace('two days', 'three days').replace('softer', 'warmer');
    const a = minhash(base);
    const b = minhash(edited);
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(bands(a).some((x) => bands(b).includes(x))).toBe(true);
  });
  it('scores unrelated text as dissimilar', () => {
    const other = 'A storm closed the port for a week and fishermen stayed ashore while repairs went on.';
    expect(similarity(minhash(base), minhash(other))).toBeLessThan(0.2);
  });
  it('keeps the signatures of earlier versions, which stores hold and compare new documents with', () => {
    const text = 'The harbour board met on Thursday and agreed to widen the northern channel before the autumn storms, its chair said.';
    const sig = Array.from(minhash(text));
    expect(sig.slice(0, 8)).toEqual([438999507, 64972546, 346319401, 43329938, 9815275, 154015336, 162416361, 362960168]);
    expect(sig.reduce((a, b) => (a * 31 + b) % 4294967291, 7)).toBe(1222477827);
  });
});
