// Profile regression cases, one folder each (test/cases/profile-*): the folder's text files are ingested into a fresh
// SQLite store, the profile of `person` on `topic` is built, and each section named in expected.json must show every
// `present` string and none of the `absent` ones (in its texts, and for criticism also in the critic's name).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Profile } from '../src/model/index.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { buildProfile, verifyProfileAgainst } from '../src/profile/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ROOT, tempDir } from './helpers.js';

type SectionName = 'summary' | 'context' | 'actions' | 'quotes' | 'criticism' | 'timeline' | 'related' | 'disputed';
interface Expectation {
  present?: string[];
  absent?: string[];
}
type Case = { about: string; person: string; topic: string } & Partial<Record<SectionName, Expectation>>;

const CASES = path.join(ROOT, 'test/cases');
const folders = readdirSync(CASES)
  .filter((f) => f.startsWith('profile-'))
  .sort();

/** What a section shows, as text. */
function shown(p: Profile, section: SectionName): string[] {
  switch (section) {
    case 'criticism':
      return p.criticism.map((c) => `${c.critic ?? ''} ${c.text}`);
    case 'related':
      return p.related.map((r) => `${r.name} ${r.relation}`);
    default:
      return (p[section] as { text: string }[]).map((x) => x.text);
  }
}

const stores: SqliteStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

describe('profile cases', () => {
  it('has cases', () => expect(folders.length).toBeGreaterThan(0));
  for (const folder of folders) {
    it(folder, async () => {
      const dir = path.join(CASES, folder);
      const c = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Case;
      const store = new SqliteStore(path.join(tempDir('onrecord-profile-case-'), 'case.db'));
      stores.push(store);
      await store.init();
      const inputs = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(dir, f));
      await ingestPaths(store, inputs);
      const r = await buildProfile(store, { person: c.person, topic: c.topic });
      if (r.status !== 'ok') throw new Error(`${c.person}: ${r.status}`);
      const texts = new Map<string, string>();
      for (const s of r.profile.sources) texts.set(s.id, (await store.getDocument(s.id))!.text);
      // Every statement still rests on its passage, and every quote is verbatim.
      expect(verifyProfileAgainst(r.profile, (n) => texts.get(r.profile.sources[n - 1]?.id) ?? null)).toEqual([]);
      for (const section of ['summary', 'context', 'actions', 'quotes', 'criticism', 'timeline', 'related', 'disputed'] as SectionName[]) {
        const want = c[section];
        if (!want) continue;
        const lines = shown(r.profile, section);
        for (const s of want.present ?? []) expect(lines.some((l) => l.includes(s)), `${section} shows "${s}":\n${lines.join('\n')}`).toBe(true);
        for (const s of want.absent ?? []) expect(lines.filter((l) => l.includes(s)), `${section} must not show "${s}"`).toEqual([]);
      }
    }, 60_000);
  }
});
