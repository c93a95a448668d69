// End-to-end: the real `onrecord` binary on real files, a real SQLite file.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, json, SEEDS, tempDir } from './helpers.js';
import { makePdf } from './pdf.js';

const integrity = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.pragma('integrity_check', { simple: true });
  } finally {
    d.close();
  }
};

describe('ingest the seed corpus', () => {
  const dir = tempDir();
  const db = path.join(dir, 'seeds.db');
  let first: ReturnType<typeof cli>;

  beforeAll(() => {
    first = cli(['ingest', SEEDS, '--db', db]);
  });

  it('stores the five documents and ends with one summary line', () => {
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe('added 5, unchanged 0, duplicates 0, rejected 0');
    const docs = json(cli(['documents', '--json', '--db', db]));
    expect(docs).toHaveLength(5);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'title', 'outlet', 'published', 'path', 'url', 'kind', 'language', 'sentences']));
      expect(['news', 'official', 'state-media', 'analysis', 'profile', 'other']).toContain(d.kind);
      expect(d.sentences).toBeGreaterThan(0);
    }
  });

  it('adds nothing when the same folder is ingested again', () => {
    const again = cli(['ingest', SEEDS, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe('added 0, unchanged 5, duplicates 0, rejected 0');
    expect(json(cli(['documents', '--json', '--db', db]))).toHaveLength(5);
  });

  it('shows a document with its text, removed noise and sentences whose spans lie in the text', () => {
    const docs = json(cli(['documents', '--json', '--db', db]));
    for (const d of docs) {
      const shown = json(cli(['show', d.id, '--json', '--db', db]));
      expect(shown.text.length).toBeGreaterThan(100);
      expect(Array.isArray(shown.removed)).toBe(true);
      for (const s of shown.sentences) {
        expect(s.span[0]).toBeGreaterThanOrEqual(0);
        expect(s.span[1]).toBeLessThanOrEqual(shown.text.length);
      }
    }
    const missing = cli(['show', 'ffffffffffff', '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no document/);
  });

  it('marks the repeated sentence and the pull quote of 002 as repeats', () => {
    const doc = json(cli(['documents', '--json', '--db', db])).find((d: any) => d.path.includes('002_'));
    const shown = json(cli(['show', doc.id, '--json', '--db', db]));
    const repeats = shown.sentences.filter((s: any) => s.repeatOf !== null).map((s: any) => shown.text.slice(...s.span));
    expect(repeats.some((t: string) => t.startsWith('French diplomats in recent days lobbied have hard'))).toBe(true);
    expect(repeats.some((t: string) => /^“It is going to be very interesting to see which countries will sign it and which wont” —/.test(t))).toBe(true);
  });

  it('finds "Paris Call" in the two documents that mention it, with snippets', () => {
    const hits = json(cli(['search', 'Paris Call', '--json', '--db', db]));
    expect(hits.length).toBeGreaterThan(0);
    const docs = new Set(hits.map((h: any) => path.basename(h.document.path ?? '')));
    expect([...docs].sort()).toEqual(expect.arrayContaining(['002_acf9c728671e25f3.txt', '003_1919044b8c7c2e9b.txt']));
    expect(hits[0].snippet).toMatch(/<mark>/);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[hits.length - 1].score);
  });

  it('treats any text a user types as a valid query', () => {
    for (const q of ['APT31 AND (', '"unclosed', '*', 'NEAR/3', '', 'OR', '-', ')(', 'col:umn', '^x', 'AND OR NOT']) {
      const r = cli(['search', q || ' ', '--json', '--db', db]);
      expect(r.status, `query ${JSON.stringify(q)}: ${r.stderr}`).toBe(0);
      expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    }
    expect(json(cli(['search', 'APT31 AND (', '--json', '--db', db])).length).toBeGreaterThan(0);
  });

  it('exports one JSON line per document with text and removed noise', () => {
    const r = cli(['export', '--format', 'jsonl', '--db', db]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    for (const l of lines) for (const k of ['id', 'title', 'text', 'removed', 'entities', 'quotes', 'events']) expect(l).toHaveProperty(k);
  });
});

describe('duplicates', () => {
  it('records an identical copy as a duplicate and an edited copy as a near-duplicate of the first', () => {
    const dir = tempDir();
    const db = path.join(dir, 'dup.db');
    const src = path.join(SEEDS, '002_acf9c728671e25f3.txt');
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(src, path.join(corpus, 'a-original.txt'));
    writeFileSync(path.join(corpus, 'b-copy.txt'), readFileSync(src, 'utf8') + '\n');
    const edited = readFileSync(src, 'utf8').replace('on Monday', 'on Tuesday').replace('at risk', 'in danger').replace('weapons', 'arms');
    writeFileSync(path.join(corpus, 'c-edited.txt'), edited);
    const r = cli(['ingest', corpus, '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('added 2 (1 of them near-duplicates), unchanged 0, duplicates 1, rejected 0');
    const docs = json(cli(['documents', '--json', '--db', db]));
    const original = docs.find((d: any) => d.path.endsWith('a-original.txt'));
    const near = docs.find((d: any) => d.path.endsWith('c-edited.txt'));
    expect(near.duplicateOf).toBe(original.id);
    expect(original.duplicateOf).toBeNull();
  });
});

describe('bad input', () => {
  it('reports each bad file on one stderr line, stores the rest, and keeps the database sound', () => {
    const dir = tempDir();
    const db = path.join(dir, 'bad.db');
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'empty.txt'), '');
    writeFileSync(path.join(corpus, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0, 9]));
    writeFileSync(path.join(corpus, 'truncated.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n2 0 obj << /Len');
    writeFileSync(path.join(corpus, 'latin1.txt'), Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9forme \xe9tait pr\xeate.\n', 'latin1'));
    writeFileSync(path.join(corpus, 'huge.txt'), 'word '.repeat(400_000));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(corpus, 'unreadable.txt'));
    writeFileSync(path.join(corpus, 'malformed.html'), '<html><head><title></title><body><div><<p>>></div></span><script>x()</script>');
    writeFileSync(
      path.join(corpus, 'records.jsonl'),
      JSON.stringify({ title: 'No body', url: 'https://example.org/a' }) +
        '\n' +
        JSON.stringify({ text: 'The council met on Friday and agreed a new budget for the river port.', title: 'Port budget' }) +
        '\n',
    );
    writeFileSync(path.join(corpus, 'good.txt'), 'Harbour talks resume\n\nThe two delegations met again in the harbour town and agreed to keep talking.');
    const r = cli(['ingest', corpus, '--db', db, '--max-size', '1']);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    const lineFor = (name: string) => lines.filter((l) => l.includes(name));
    for (const [name, reason] of [
      ['empty.txt', /empty/],
      ['binary.txt', /binary/],
      ['truncated.pdf', /truncated|unreadable/],
      ['huge.txt', /size limit/],
      ['unreadable.txt', /cannot read/],
      ['malformed.html', /no readable text/],
      ['records.jsonl:1', /no `text`/],
      ['latin1.txt', /Windows-1252/],
    ] as const) {
      expect(lineFor(name), `stderr line for ${name} in:\n${r.stderr}`).toHaveLength(1);
      expect(lineFor(name)[0]).toMatch(reason);
    }
    expect(r.stdout.trim()).toBe('added 3, unchanged 0, duplicates 0, rejected 7');
    const docs = json(cli(['documents', '--json', '--db', db]));
    expect(docs.map((d: any) => path.basename(d.path)).sort()).toEqual(['good.txt', 'latin1.txt', 'records.jsonl#2']);
    const latin = docs.find((d: any) => d.path.endsWith('latin1.txt'));
    expect(json(cli(['show', latin.id, '--json', '--db', db])).text).toContain('déclaré');
    expect(integrity(db)).toBe('ok');
  });

  it('exits 1 when every input is rejected and 2 on usage errors', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const all = cli(['ingest', path.join(dir, 'empty.txt'), '--db', path.join(dir, 'x.db')]);
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(/empty\.txt: empty file/);
    expect(cli(['ingest', '--db', path.join(dir, 'x.db')]).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
    expect(cli(['search', 'x', '--limit', 'many', '--db', path.join(dir, 'x.db')]).status).toBe(2);
  });

  it('reads the text of a PDF', () => {
    const dir = tempDir();
    const db = path.join(dir, 'pdf.db');
    const file = path.join(dir, 'briefing.pdf');
    writeFileSync(
      file,
      makePdf([
        'Committee briefing on port security',
        'The committee heard from the harbour authority on Thursday about new inspection rules.',
        'Members asked for a written report before the next session.',
      ]),
    );
    const r = cli(['ingest', file, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('added 1, unchanged 0, duplicates 0, rejected 0');
    const [doc] = json(cli(['documents', '--json', '--db', db]));
    const shown = json(cli(['show', doc.id, '--json', '--db', db]));
    expect(shown.text).toContain('The committee heard from the harbour authority on Thursday about new inspection rules.');
  });

  it('reads gzip-compressed files in a folder by the format under .gz, and rejects broken ones', () => {
    const dir = tempDir();
    const folder = path.join(dir, 'crawl');
    mkdirSync(folder);
    const page = '<html><head><title>Ferry timetable changes</title></head><body><article><p>The ferry company will run two extra crossings a day from May, its director said on Monday.</p><p>Fares stay the same for residents of the islands.</p></article></body></html>';
    writeFileSync(path.join(folder, 'ferry.html.gz'), gzipSync(page));
    writeFileSync(path.join(folder, 'notes.txt.gz'), gzipSync('Harbour notes\n\nThe harbour master reported calm water and no delays for the whole week.'));
    writeFileSync(path.join(folder, 'broken.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(folder, 'photo.jpg.gz'), gzipSync('not a supported format'));
    const db = path.join(dir, 'gz.db');
    const r = cli(['ingest', folder, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('added 2, unchanged 0, duplicates 0, rejected 1');
    expect(r.stderr).toMatch(/broken\.txt\.gz: unreadable gzip data/);
    const docs = json(cli(['documents', '--json', '--db', db]));
    expect(docs.map((d: any) => d.title).sort()).toEqual(['Ferry timetable changes', 'Harbour notes']);
    const ferry = docs.find((d: any) => d.title === 'Ferry timetable changes');
    expect(json(cli(['show', ferry.id, '--json', '--db', db])).text).toContain('two extra crossings a day from May');
  });

  it('reads standard input with -', () => {
    const dir = tempDir();
    const db = path.join(dir, 'stdin.db');
    const r = cli(['ingest', '-', '--db', db], { input: 'Ministers met in Oslo\n\nThe ministers of three countries met in Oslo on Tuesday to discuss fishing quotas.' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('added 1, unchanged 0, duplicates 0, rejected 0');
    const [doc] = json(cli(['documents', '--json', '--db', db]));
    expect(doc.path).toBeNull();
  });

  it('prints help for every command', () => {
    for (const c of ['ingest', 'documents', 'show', 'search', 'entities', 'quotes', 'events', 'export']) {
      const r = cli([c, '--help']);
      expect(r.status, c).toBe(0);
      expect(r.stdout).toMatch(/Usage: onrecord/);
    }
  });
});

describe('a killed ingest', () => {
  it('leaves every document fully stored or absent, and a rerun completes the rest', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kill.db');
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    // Many distinct documents made from the seed texts: each paragraph order rotated and numbered.
    const seeds = readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8').split('\n').filter((l) => l.trim()));
    const n = 240;
    for (let i = 0; i < n; i++) {
      const paras = seeds[i % seeds.length];
      const k = i % paras.length;
      const rotated = [...paras.slice(k), ...paras.slice(0, k)];
      writeFileSync(path.join(corpus, `doc-${String(i).padStart(4, '0')}.txt`), `Dispatch number ${i} of the series\n\n${rotated.join('\n\n')}\n\nFile reference ${i * 7919}.`);
    }
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        try {
          const d = new Database(db, { readonly: true, fileMustExist: true });
          const stored = (d.prepare('SELECT count(*) AS n FROM documents').get() as any)?.n ?? 0;
          d.close();
          if (stored >= 15) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          /* not created yet */
        }
      }, 50);
      child.on('exit', () => {
        clearInterval(poll);
        resolve();
      });
    });
    await new Promise((r) => child.on('close', r));
    expect(child.signalCode).toBe('SIGKILL');
    expect(integrity(db)).toBe('ok');
    const d = new Database(db, { readonly: true });
    const stored = (d.prepare('SELECT count(*) AS n FROM documents').get() as any).n;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(n);
    // Every stored document is whole: its sentences, search rows and raw-input record went in with it.
    const partial = d
      .prepare(
        `SELECT count(*) AS n FROM documents doc WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = doc.id)
           OR NOT EXISTS (SELECT 1 FROM raw_inputs r WHERE r.document_id = doc.id)
           OR NOT EXISTS (SELECT 1 FROM extra x WHERE x.document_id = doc.id)`,
      )
      .get() as any;
    d.close();
    expect(partial.n).toBe(0);
    const rerun = cli(['ingest', corpus, '--db', db]);
    expect(rerun.status).toBe(0);
    const m = /added (\d+).*unchanged (\d+), duplicates (\d+)/.exec(rerun.stdout)!;
    expect(Number(m[2])).toBe(stored);
    expect(Number(m[1]) + Number(m[2]) + Number(m[3])).toBe(n);
    expect(integrity(db)).toBe('ok');
  });
});
