// End-to-end: `onrecord export` of the seed corpus, as JSON lines and as a STIX 2.1 bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../src/export/stix-schema.js';
import { cli, SEEDS, tempDir } from './helpers.js';

describe('export of the seeds', () => {
  const dir = tempDir();
  const db = path.join(dir, 'export.db');
  beforeAll(() => {
    expect(cli(['ingest', SEEDS, '--db', db]).status).toBe(0);
  });

  it('writes a valid STIX bundle: APT31 with aliases, the IPAC intrusions attributed to it, the indictment as a response', () => {
    const out = path.join(dir, 'bundle.json');
    const r = cli(['export', '--format', 'stix', '--out', out, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.type).toBe('bundle');
    expect(validateBundle(bundle)).toEqual([]);
    const of = (t: string) => bundle.objects.filter((o: any) => o.type === t);
    const name = (id: string) => bundle.objects.find((o: any) => o.id === id)?.name;
    const apt31 = of('intrusion-set').find((o: any) => o.name === 'APT31');
    expect(apt31.aliases).toEqual(expect.arrayContaining(['Zirconium', 'Judgment Panda']));
    const attributed = of('relationship').filter((r: any) => r.relationship_type === 'attributed-to');
    const ipac = of('campaign').find((c: any) =>
      of('relationship').some((r: any) => r.source_ref === c.id && r.relationship_type === 'targets' && /Inter-Parliamentary Alliance on China/.test(name(r.target_ref))),
    );
    expect(attributed.filter((r: any) => r.source_ref === ipac.id).map((r: any) => name(r.target_ref))).toContain('APT31');
    expect(of('note').some((n: any) => n.object_refs.includes(ipac.id) && /indictment/i.test(n.content))).toBe(true);
    // The French government declined to attribute: no attribution may come from it.
    expect(attributed.filter((r: any) => /French government|France/.test(String(r.x_onrecord_attributed_by)))).toEqual([]);
    expect(of('report')).toHaveLength(5);
  });

  it('exports the same bundle twice (stable ids and timestamps)', () => {
    const a = cli(['export', '--format', 'stix', '--db', db]).stdout;
    const b = cli(['export', '--format', 'stix', '--db', db]).stdout;
    expect(a).toBe(b);
  });
});
