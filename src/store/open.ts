// Chooses the store from `--db` / ONRECORD_DB: a postgres:// URL selects PostgreSQL, anything else is a SQLite file.
import type { Store } from './store.js';

export const DEFAULT_DB = './onrecord.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

export async function openStore(db: string = process.env.ONRECORD_DB || DEFAULT_DB): Promise<Store> {
  let store: Store;
  if (isPostgresUrl(db)) {
    const { PostgresStore } = await import('./postgres.js'); // loaded only when asked for, so SQLite users never load pg
    store = new PostgresStore(db);
  } else {
    const { SqliteStore } = await import('./sqlite.js');
    store = new SqliteStore(db);
  }
  await store.init();
  return store;
}
