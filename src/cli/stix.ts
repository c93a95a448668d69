// STIX export glue: reads what the store holds and hands it to the pure bundle builder.
import { toStixBundle, type StixBundle } from '../export/stix.js';
import type { Store } from '../store/store.js';

export async function stixBundleFromStore(store: Store): Promise<StixBundle> {
  const docs = (await store.listDocuments()).filter((d) => !d.duplicateOf);
  const [actors, events, operations] = await Promise.all([store.actors(), store.events(), store.operations()]);
  return toStixBundle(
    docs.map((d) => ({
      id: d.id,
      title: d.title,
      published: d.published && d.precision ? { value: d.published, precision: d.precision } : null,
      url: d.url,
      outlet: d.outlet,
    })),
    actors.map((a) => ({ key: a.key, name: a.name, type: a.type, aliases: a.aliases })),
    events.map((e) => ({ ...e.record, docId: e.document.id })),
    operations.map((o) => ({ ...o.record, docId: o.document.id })),
  );
}
