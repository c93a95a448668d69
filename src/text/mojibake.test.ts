import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('turns UTF-8 read as Windows-1252 back into its text', () => {
    expect(repairMojibake('President Enrique PeÃ±a Nieto met FranÃ§ois Hollande')).toBe('President Enrique Peña Nieto met François Hollande');
    expect(repairMojibake('We donâ€™t know â€” yet')).toBe('We don’t know — yet');
    expect(repairMojibake('the ÃƒÂ©lite')).toBe('the élite');
  });
  it('also when a later normalisation decomposed the lead character or split an accent byte', () => {
    expect(repairMojibake('Enrique PeA\u0303±a Nieto')).toBe('Enrique Peña Nieto');
    expect(repairMojibake('SÃ©golÃ \u0308ne Royal, naÃ \u0304ve')).toBe('Ségolène Royal, naïve');
  });
  it('leaves text that was written so alone', () => {
    for (const s of ['SÃO PAULO', 'Ã la carte', 'Peña Nieto, François, Łódź, 東京', 'plain text']) expect(repairMojibake(s)).toBe(s);
  });
  it('never changes text that holds none of the lead characters', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[\u00c2-\u00f4]/.test(s) ? repairMojibake(s) === s : true));
  });
  it('repairs any text encoded once as UTF-8 and read as Latin-1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        // (A string with its own Latin-1 letters could be read either way: only text whose non-ASCII part is lost.)
        const garbled = Buffer.from(s, 'utf8').toString('latin1');
        if (/[\u0080-\u009f]/.test(garbled) || /[\u00a0-\u00ff]/.test(s)) return true;
        return repairMojibake(garbled) === s;
      }),
    );
  });
});
