// STIX export glue: reads what the store holds and hands it to the pure bundle builder.
import type { Store } from '../store/store.js';

export async function stixBundleFromStore(store: Store): Promise<unknown> {
  void store;
  throw new Error('STIX export is not available yet (issue 4)');
}
