// End-to-end: seeds 001–004 ingested into a temporary SQLite store, then profiles built from it (issue 5).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../src/model/index.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { buildProfile, renderHtml, renderMarkdown, verifyProfileAgainst } from '../src/profile/index.js';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { startPostgres } from './postgres-setup.js';
import { SEEDS, SHARED, tempDir } from './helpers.js';

interface GoldQuote {
  text: string;
  kind: string;
  speaker: string | null;
}
const goldQuotes = JSON.parse(readFileSync(path.join(SHARED, 'gold/seed-quotes.json'), 'utf8')).documents as Record<
  string,
  { quotes: GoldQuote[] }
>;
const goldDocs = JSON.parse(readFileSync(path.join(SHARED, 'gold/seed-documents.json'), 'utf8')).documents as Record<
  string,
  { noise: string[] }
>;
const seedFiles = readdirSync(SEEDS)
  .filter((f) => /^00[1-4]_/.test(f))
  .sort();
const file002 = seedFiles.find((f) => f.startsWith('002_'))!;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameWords = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

let store: SqliteStore;
const profiles = new Map<string, Profile>();

async function profileOf(person: string, topic = 'cybersecurity'): Promise<Profile> {
  const key = `${person}|${topic}`;
  if (!profiles.has(key)) {
    const r = await buildProfile(store, { person, topic });
    if (r.status !== 'ok') throw new Error(`${person}: ${r.status}: ${r.message}`);
    profiles.set(key, r.profile);
  }
  return profiles.get(key)!;
}

/** Every piece of text a profile shows. */
function shownTexts(p: Profile): string[] {
  return [
    ...p.summary.map((s) => s.text),
    ...p.context.map((s) => s.text),
    ...p.actions.map((s) => s.text),
    ...p.quotes.map((s) => s.text),
    ...p.criticism.map((s) => s.text),
    ...p.timeline.map((s) => s.text),
    ...p.related.map((s) => s.relation),
    ...p.disputed.map((s) => s.text),
  ];
}

const citedPassage = (p: Profile, c: { source: number; span: [number, number] }, texts: Map<string, string>) =>
  (texts.get(p.sources[c.source - 1].id) ?? '').slice(c.span[0], c.span[1]);

async function documentTexts(p: Profile): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of p.sources) out.set(s.id, (await store.getDocument(s.id))!.text);
  return out;
}

/** The quotes a profile attributes to someone, checked against the gold: none may be another speaker's. */
function othersWords(p: Profile, speaker: string): string[] {
  const others = Object.values(goldQuotes).flatMap((d) => d.quotes.filter((q) => q.kind !== 'term' && q.speaker !== speaker));
  return p.quotes.filter((q) => others.some((o) => sameWords(o.text, q.text))).map((q) => q.text);
}

beforeAll(async () => {
  const dir = tempDir('onrecord-profile-');
  store = new SqliteStore(path.join(dir, 'seeds.db'));
  await store.init();
  await ingestPaths(
    store,
    seedFiles.map((f) => path.join(SEEDS, f)),
  );
  // Two people who share a surname (our own text), for the ambiguous-name case.
  const extra = path.join(dir, 'namesakes.txt');
  writeFileSync(
    extra,
    'Harbour Gazette\n\nThe port authority chair Anna Keller said on Tuesday that the new ferry timetable would start in May. ' +
      'Her brother, the fisherman Tomas Keller, said the change came too late for the winter season.\n',
  );
  await ingestPaths(store, [extra]);
}, 180_000);

afterAll(async () => {
  await store?.close();
});

describe('Emmanuel Macron on cybersecurity, from seeds 001–004', () => {
  it('has at least 4 of his 5 quotes in 002 and no one else’s words', async () => {
    const p = await profileOf('Emmanuel Macron');
    const his = goldQuotes[file002].quotes.filter((q) => q.speaker === 'Emmanuel Macron' && q.kind === 'speech');
    expect(his).toHaveLength(5);
    const found = his.filter((g) => p.quotes.some((q) => sameWords(q.text, g.text)));
    expect(found.length, `found: ${found.map((f) => f.text).join(' | ')}`).toBeGreaterThanOrEqual(4);
    expect(othersWords(p, 'Emmanuel Macron')).toEqual([]);
  });

  it('has an "Agreement or initiative" action for the Paris Call, November 2018', async () => {
    const p = await profileOf('Emmanuel Macron');
    const texts = await documentTexts(p);
    const call = p.actions.filter(
      (a) =>
        a.category === 'Agreement or initiative' &&
        a.citations.some((c) => /paris call|call to limit hostile activity in cyberspace/i.test(`${a.text} ${citedPassage(p, c, texts)}`)),
    );
    expect(call.length).toBeGreaterThan(0);
    expect(call.some((a) => a.date?.value.startsWith('2018-11'))).toBe(true);
  });

  it('has an "Appeal or call" action on regulating the internet', async () => {
    const p = await profileOf('Emmanuel Macron');
    const texts = await documentTexts(p);
    const appeal = p.actions.filter(
      (a) => a.category === 'Appeal or call' && a.citations.some((c) => /regulat/i.test(`${a.text} ${citedPassage(p, c, texts)}`)),
    );
    expect(appeal.length).toBeGreaterThan(0);
  });

  it('has at least 2 criticism items, each cited', async () => {
    const p = await profileOf('Emmanuel Macron');
    expect(p.criticism.length).toBeGreaterThanOrEqual(2);
    for (const c of p.criticism) expect(c.citations.length).toBeGreaterThan(0);
  });

  it('labels the Sputnik article as state media', async () => {
    const p = await profileOf('Emmanuel Macron');
    const sputnik = p.sources.find((s) => s.path?.includes('003_'));
    expect(sputnik, 'the Sputnik article is cited').toBeTruthy();
    expect(sputnik!.kind).toBe('state-media');
    expect(renderMarkdown(p)).toMatch(/state media/);
  });

  it('shows no page noise', async () => {
    const p = await profileOf('Emmanuel Macron');
    const shown = shownTexts(p);
    const noise = seedFiles.flatMap((f) => goldDocs[f]?.noise ?? []);
    for (const line of noise) {
      const hit = shown.find((t) => (line.length >= 15 ? t.includes(line) : norm(t) === norm(line)));
      expect(hit, `noise "${line}"`).toBeUndefined();
    }
  });

  it('every statement is backed: quotes verbatim, the cited span holds most of each statement’s content words', async () => {
    const p = await profileOf('Emmanuel Macron');
    const texts = await documentTexts(p);
    const problems = verifyProfileAgainst(p, (n) => texts.get(p.sources[n - 1]?.id) ?? null);
    expect(problems).toEqual([]);
    // Only cited documents are listed, each once.
    const cited = new Set(
      [p.summary, p.context, p.actions, p.quotes, p.criticism, p.timeline, p.related, p.disputed].flatMap((sec) =>
        (sec as { citations: { source: number }[] }[]).flatMap((x) => x.citations.map((c) => c.source)),
      ),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(p.sources.map((s) => s.n));
  });

  it('renders Markdown like the model profile and a script-free HTML page', async () => {
    const p = await profileOf('Emmanuel Macron');
    const md = renderMarkdown(p);
    expect(md.startsWith('# Emmanuel Macron on Cybersecurity')).toBe(true);
    const order = ['Summary', 'Context', 'Actions Taken', 'Key Quotes', 'Criticism', 'Timeline', 'Related Actors', 'Disputed Points', 'Sources'];
    const at = order.map((h) => md.indexOf(`## ${h}`));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md.trimEnd().endsWith('This is not an exhaustive list of sources.')).toBe(true);
    expect(md).toMatch(/\[1\]/);
    const html = renderHtml(p);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toMatch(/href="#passage-1"/);
    expect(html).toMatch(/id="passage-1"/);
  });

  it('puts the topic expansion in the JSON', async () => {
    const p = await profileOf('Emmanuel Macron');
    expect(typeof p.topic).toBe('object');
    const t = p.topic as { label: string; terms: string[]; expansion: unknown[] };
    expect(t.label).toBe('Cybersecurity');
    expect(t.terms.length).toBeGreaterThan(3);
    expect(Array.isArray(t.expansion)).toBe(true);
  });

  it('is the same when built twice (deterministic)', async () => {
    const a = await buildProfile(store, { person: 'macron', topic: 'cybersecurity' });
    const b = await buildProfile(store, { person: 'MACRON', topic: 'cybersecurity' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('other people in the same corpus', () => {
  for (const [person, surname] of [
    ['Henri Verdier', 'Verdier'],
    ['Olivier Cadic', 'Cadic'],
    ['Xi Jinping', 'Xi'],
  ] as const) {
    it(`${person}: quotes and actions are their own`, async () => {
      const p = await profileOf(person);
      expect(p.person.name).toBe(person);
      expect(othersWords(p, person)).toEqual([]);
      const texts = await documentTexts(p);
      for (const a of p.actions) {
        const passage = a.citations.map((c) => citedPassage(p, c, texts)).join(' ');
        expect(passage, `${a.category}: ${a.text}`).toMatch(new RegExp(`\\b(${surname}|he|she|his|her)\\b`, 'i'));
      }
      expect(p.summary.length).toBeGreaterThan(0);
      const problems = verifyProfileAgainst(p, (n) => texts.get(p.sources[n - 1]?.id) ?? null);
      expect(problems).toEqual([]);
    });
  }

  it('a person with little on the topic gets a short profile that says so', async () => {
    const p = await profileOf('Olivier Cadic', 'climate');
    expect(p.summary.length).toBeLessThanOrEqual(2);
    expect(p.summary[0].note).toBe(true);
    expect(p.summary[0].text).toMatch(/Olivier Cadic/);
    expect(p.quotes).toEqual([]);
    expect(p.actions).toEqual([]);
  });
});

/** Our own reports, written to files and ingested into a fresh store, for `check` to build profiles on. */
async function withReports(reports: Record<string, string>, check: (s: SqliteStore) => Promise<void>): Promise<void> {
  const dir = tempDir('onrecord-reports-');
  for (const [name, text] of Object.entries(reports)) writeFileSync(path.join(dir, name), text);
  const s = new SqliteStore(path.join(dir, 'reports.db'));
  await s.init();
  try {
    await ingestPaths(s, Object.keys(reports).map((name) => path.join(dir, name)));
    await check(s);
  } finally {
    await s.close();
  }
}

describe('names in a growing corpus', () => {
  it('calls an actor by the name the corpus knows now, not the shorter one an earlier document stored', async () => {
    // Our own two reports: the first names the critic "Lena Marsh"; a later one gives her middle initial.
    const reports = {
      'a.txt':
        'Ostrander defends harbour immigration plan\n\nGovernor Paul Ostrander on Monday defended his plan to cap immigration through the northern harbour, saying the state could not absorb more arrivals.\n\n' +
        'Senator Lena Marsh sharply criticised Ostrander\'s immigration plan on Tuesday, calling it cruel and unworkable.\n\nOstrander said the immigration cap would stay in place until the spring.\n',
      'b.txt':
        'Marsh announces bid for the governorship\n\nSenator Lena K. Marsh announced on Friday that she will run for governor next year.\n\n' +
        'Lena K. Marsh, who has served in the senate since 2014, said she would focus on housing and schools.\n',
    };
    await withReports(reports, async (s) => {
      const r = await buildProfile(s, { person: 'Paul Ostrander', topic: 'immigration' });
      if (r.status !== 'ok') throw new Error(r.status);
      expect(r.profile.criticism.map((c) => c.critic)).toEqual(['Lena K. Marsh']);
      expect(r.profile.related.map((a) => a.name)).toContain('Lena K. Marsh');
      expect(r.profile.related.map((a) => a.name)).not.toContain('Lena Marsh');
    });
  });
  it('reads a name typed in lower case as the name the corpus knows ("canal street" is no canal and no street)', async () => {
    // Our own reports: the mayor on the Canal Street scheme, and on a canal and a street that are other matters.
    const reports = {
      'a.txt':
        'Ostrander backs Canal Street homes\n\nMayor Paul Ostrander on Monday backed the Canal Street redevelopment, saying it would bring 400 homes to the waterfront.\n\n' +
        'Critics of the Canal Street scheme say it favours developers.\n',
      'b.txt':
        'Mayor wants the canal dredged\n\nMayor Paul Ostrander said on Tuesday that the old canal needs dredging before the summer.\n\n' +
        'Ostrander also said the lights on every street in the east district would be replaced next year.\n',
    };
    await withReports(reports, async (s) => {
      expect((await s.findActors(['canal street'])).map((a) => a.name)).toContain('Canal Street');
      const r = await buildProfile(s, { person: 'Paul Ostrander', topic: 'canal street' });
      if (r.status !== 'ok') throw new Error(r.status);
      expect(r.profile.topic.label).toBe('Canal Street');
      const cited = JSON.stringify(r.profile);
      expect(cited).toContain('Canal Street redevelopment');
      expect(cited).not.toContain('dredging');
      expect(cited).not.toContain('lights on every street');
      expect(r.profile.summary.map((d) => d.text).join(' ')).toContain('about Paul Ostrander and Canal Street:');
    });
  });
});

describe('resolving the person', () => {
  it('finds a person by alias, any case, or part of the name', async () => {
    for (const q of ['macron', 'EMMANUEL MACRON', 'Emmanuel']) {
      const r = await buildProfile(store, { person: q, topic: 'cybersecurity' });
      expect(r.status, q).toBe('ok');
      if (r.status === 'ok') expect(r.profile.person.name).toBe('Emmanuel Macron');
    }
  });

  it('a two-letter family name finds its bearer (Xi), as a whole word only', async () => {
    const r = await buildProfile(store, { person: 'xi', topic: 'cybersecurity' });
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.profile.person.name).toBe('Xi Jinping');
  });

  it('an ambiguous name lists the candidates', async () => {
    const r = await buildProfile(store, { person: 'Keller', topic: 'ferries' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') {
      expect(r.candidates.some((c) => c.includes('Anna Keller'))).toBe(true);
      expect(r.candidates.some((c) => c.includes('Tomas Keller'))).toBe(true);
    }
  });

  it('an unknown name says so and suggests close names', async () => {
    const none = await buildProfile(store, { person: 'Zorblax Quintavalle', topic: 'cybersecurity' });
    expect(none.status).toBe('unknown');
    const typo = await buildProfile(store, { person: 'Emmanuel Macronn', topic: 'cybersecurity' });
    expect(typo.status).toBe('unknown');
    if (typo.status === 'unknown') expect(typo.suggestions).toContain('Emmanuel Macron');
  });
});

describe('the same profile on both backends', () => {
  it('PostgreSQL gives byte-identical profile JSON to SQLite', async () => {
    const pg = await startPostgres();
    try {
      const other = await openStore(await pg.createDatabase());
      try {
        await ingestPaths(
          other,
          seedFiles.map((f) => path.join(SEEDS, f)),
        );
        for (const [person, topic] of [
          ['Emmanuel Macron', 'cybersecurity'],
          ['Henri Verdier', 'cybersecurity'],
          ['Olivier Cadic', 'climate'],
        ]) {
          const a = JSON.stringify(await buildProfile(store, { person, topic }));
          const b = JSON.stringify(await buildProfile(other, { person, topic }));
          expect(b, person).toBe(a);
        }
      } finally {
        await other.close();
      }
    } finally {
      await pg.stop();
    }
  }, 180_000);
});
