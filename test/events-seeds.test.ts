// Acceptance for issue 4 on the seed documents (gold: ../shared/gold/seed-events.json).
import { describe, it, expect } from 'vitest';
import { evaluateEvents, runSeeds } from './events-eval.js';
import { toStixBundle, type StixActor } from '../src/export/stix.js';
import { validateBundle } from '../src/export/stix-schema.js';

for (const fallback of [false, true]) {
  describe(fallback ? 'seed events, event extractor alone' : 'seed events, full extraction', async () => {
    const { summary, details } = await evaluateEvents({ fallback });
    it('finds at least 18 of the 22 gold events with the right category and actor', () => {
      expect(summary.gold).toBe(22);
      expect(summary.actor, JSON.stringify(details.filter((d) => !d.actorOk).map((d) => [d.category, d.actor]))).toBeGreaterThanOrEqual(18);
    });
    it("never gives an event a category its gold 'not' forbids", () => {
      expect(summary.withNot).toBeGreaterThan(0);
      expect(details.flatMap((d) => d.violations)).toEqual([]);
    });
    it('gets at least 80% of the gold dates right', () => {
      expect(summary.datesCounted).toBeGreaterThanOrEqual(12);
      expect(summary.datesRight / summary.datesCounted).toBeGreaterThanOrEqual(0.8);
    });
  });
}

describe('STIX export of the seeds', () => {
  const runs = runSeeds();
  const entities = new Map<string, StixActor>();
  for (const r of runs) for (const e of r.entities) entities.set(e.key, { key: e.key, name: e.name, type: e.type, aliases: e.aliases });
  const bundle = toStixBundle(
    runs.map((r) => ({ id: r.doc, title: null, published: r.input.meta.published, url: null, outlet: null })),
    [...entities.values()],
    runs.flatMap((r) => r.events.map((e) => ({ ...e, docId: r.doc }))),
    runs.flatMap((r) => r.operations.map((o) => ({ ...o, docId: r.doc }))),
  );
  const of = (t: string) => bundle.objects.filter((o) => o.type === t);
  const name = (id: unknown) => String(bundle.objects.find((o) => o.id === id)?.name);

  it('is valid and holds APT31 as an intrusion-set with aliases', () => {
    expect(validateBundle(bundle)).toEqual([]);
    const apt31 = of('intrusion-set').find((o) => o.name === 'APT31');
    expect((apt31?.aliases as string[] | undefined)?.length ?? 0).toBeGreaterThan(1);
  });

  it('attributes the intrusions against IPAC members to APT31 and records the US indictment as a response', () => {
    const ipac = of('campaign').find((c) => of('relationship').some((r) => r.source_ref === c.id && r.relationship_type === 'targets' && /Inter-Parliamentary Alliance on China/.test(name(r.target_ref))));
    expect(ipac, 'campaign targeting IPAC').toBeDefined();
    const to = of('relationship').filter((r) => r.source_ref === ipac!.id && r.relationship_type === 'attributed-to').map((r) => name(r.target_ref));
    expect(to).toContain('APT31');
    const responses = of('note').filter((n) => (n.object_refs as string[]).includes(ipac!.id));
    expect(responses.some((n) => /Department of Justice/.test(String(n.x_onrecord_response_by)) && /indictment/.test(String(n.content)))).toBe(true);
  });

  it("does not turn the French government's refusal to attribute into an attribution", () => {
    const rels = of('relationship').filter((r) => r.relationship_type === 'attributed-to');
    expect(rels.filter((r) => /French/.test(String(r.x_onrecord_attributed_by)) && !/lawmakers/.test(String(r.x_onrecord_attributed_by)))).toEqual([]);
  });
});
