import { describe, it, expect } from 'vitest';
import { toStixBundle, uuidv5, stixId, type StixActor, type StixBundle, type StixObject } from './stix.js';
import { validateBundle } from './stix-schema.js';
import { runSeeds } from '../../test/events-eval.js';

function seedBundle(): StixBundle {
  const runs = runSeeds();
  const entities = new Map<string, StixActor>();
  for (const r of runs) for (const e of r.entities) if (!entities.has(e.key)) entities.set(e.key, { key: e.key, name: e.name, type: e.type, aliases: e.aliases });
  return toStixBundle(
    runs.map((r) => ({ id: r.doc, title: r.input.meta.title, published: r.input.meta.published, url: null, outlet: null })),
    [...entities.values()],
    runs.flatMap((r) => r.events.map((e) => ({ ...e, docId: r.doc }))),
    runs.flatMap((r) => r.operations.map((o) => ({ ...o, docId: r.doc }))),
  );
}

const bundle = seedBundle();
const objs = (type: string) => bundle.objects.filter((o) => o.type === type);
const byId = new Map(bundle.objects.map((o) => [o.id, o]));

describe('STIX helpers', () => {
  it('uuidv5 matches the RFC 4122 test vector', () => {
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('ids are <type>--<uuid v5> and stable', () => {
    expect(stixId('identity', 'state:france')).toBe(stixId('identity', 'state:france'));
    expect(stixId('identity', 'state:france')).toMatch(/^identity--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the validator can fail', () => {
  const ok = toStixBundle([{ id: 'd1', title: 'T', published: { value: '2020-01-02', precision: 'day' }, url: null, outlet: null }], [{ key: 'state:france', name: 'France', type: 'state', aliases: [] }], [], []);
  it('accepts a minimal bundle', () => {
    expect(validateBundle(ok)).toEqual([]);
  });
  it('rejects a missing name, a bad id, a dangling reference, a wrong spec_version, a non-STIX relationship', () => {
    const broken = structuredClone(ok) as StixBundle;
    const identity = broken.objects.find((o) => o.type === 'identity')!;
    delete identity.name;
    broken.objects.push({ ...structuredClone(identity), id: 'identity--not-a-uuid', name: 'X' } as StixObject);
    const report = broken.objects.find((o) => o.type === 'report')!;
    (report.object_refs as string[]).push(stixId('campaign', 'nothing'));
    broken.objects.push({ ...structuredClone(report), id: stixId('report', 'other'), spec_version: '2.0' as '2.1' });
    broken.objects.push({ type: 'relationship', spec_version: '2.1', id: stixId('relationship', 'r'), created: report.created, modified: report.modified, relationship_type: 'targets', source_ref: report.id, target_ref: identity.id });
    const problems = validateBundle(broken).join('\n');
    expect(problems).toMatch(/name/);
    expect(problems).toMatch(/identity--not-a-uuid/);
    expect(problems).toMatch(/reference to missing campaign--/);
    expect(problems).toMatch(/spec_version/);
    expect(problems).toMatch(/report targets identity is not a STIX 2.1 relationship/);
  });
});

describe('STIX export of the seeds', () => {
  it('is a valid STIX 2.1 bundle: required properties, references resolve', () => {
    expect(validateBundle(bundle)).toEqual([]);
    expect(bundle.objects.every((o) => o.spec_version === '2.1' && typeof o.created === 'string' && typeof o.modified === 'string')).toBe(true);
  });

  it('is deterministic', () => {
    expect(seedBundle()).toEqual(bundle);
  });

  it('documents are reports with a published date and object refs', () => {
    const reports = objs('report');
    expect(reports.length).toBe(4);
    for (const r of reports) expect((r.object_refs as string[]).length).toBeGreaterThan(0);
    expect(reports.find((r) => r.x_onrecord_document === '002_acf9c728671e25f3.txt')!.published).toBe('2018-11-12T00:00:00.000Z');
  });

  const apt31 = objs('intrusion-set').find((o) => o.name === 'APT31');
  it('holds APT31 as an intrusion-set with its aliases', () => {
    expect(apt31).toBeDefined();
    expect(apt31!.aliases).toEqual(expect.arrayContaining(['Zirconium', 'Judgment Panda']));
  });

  const ipac = objs('campaign').find((c) =>
    objs('relationship').some((r) => r.relationship_type === 'targets' && r.source_ref === c.id && /Inter-Parliamentary Alliance on China|IPAC/.test(String(byId.get(r.target_ref as string)?.name))),
  );
  it('holds the intrusions against IPAC members, attributed to APT31', () => {
    expect(ipac).toBeDefined();
    const attributed = objs('relationship').filter((r) => r.relationship_type === 'attributed-to' && r.source_ref === ipac!.id);
    expect(attributed.map((r) => r.target_ref)).toContain(apt31!.id);
  });

  it('holds the US indictment as a response to those intrusions', () => {
    const notes = objs('note').filter((n) => (n.object_refs as string[]).includes(ipac!.id));
    const indictment = notes.find((n) => n.x_onrecord_response_category === 'Sanction or legal action' && /Department of Justice/.test(String(n.x_onrecord_response_by)));
    expect(indictment).toBeDefined();
    expect(String(indictment!.content)).toMatch(/indictment/);
  });

  it("the French government's refusal to attribute is not an attribution", () => {
    const attributed = objs('relationship').filter((r) => r.relationship_type === 'attributed-to');
    expect(attributed.some((r) => /French (government|authorities)/.test(String(r.x_onrecord_attributed_by)))).toBe(false);
    expect(attributed.some((r) => r.x_onrecord_how === 'declined')).toBe(false);
    expect(ipac!.x_onrecord_declined_by).toEqual(expect.arrayContaining(['French government']));
  });
});
