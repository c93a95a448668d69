// Reading inputs: files, folders (recursive), JSON/JSONL records and standard input, decoded to text.
// Every problem becomes a Rejection naming the input and the reason; nothing here throws for bad content.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RawInput } from '../model/index.js';
import { decodeBytes } from './decode.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.json', '.jsonl'];
/** Any supported file may also come gzip-compressed ("page.html.gz"), as crawls and archives often store them. */
const GZIP = '.gz';

/** The extension that says a file's format, under any .gz ("a.html.gz" → ".html"). */
function formatExtension(p: string): string {
  const lower = p.toLowerCase();
  return path.extname(lower.endsWith(GZIP) ? lower.slice(0, -GZIP.length) : lower);
}

const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface Rejection {
  path: string;
  reason: string;
}
/** A note about an input that was still read (e.g. decoded as Windows-1252). */
export interface Warning {
  path: string;
  message: string;
}

export type ReadItem = { input: RawInput; warning?: string } | { rejection: Rejection };

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Lists the files under the given paths (folders recursively, sorted) without reading them. */
export async function* listInputs(paths: string[]): AsyncGenerator<{ path: string; explicit: boolean } | { rejection: Rejection }> {
  for (const p of paths) {
    if (p === '-') {
      yield { path: '-', explicit: true };
      continue;
    }
    let st;
    try {
      st = await fs.stat(p);
    } catch (e: any) {
      yield { rejection: { path: p, reason: e?.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${e?.code ?? e})` } };
      continue;
    }
    if (st.isDirectory()) yield* walk(p);
    else yield { path: p, explicit: true };
  }
}

async function* walk(dir: string): AsyncGenerator<{ path: string; explicit: boolean } | { rejection: Rejection }> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e: any) {
    yield { rejection: { path: dir, reason: `cannot read folder (${e?.code ?? e})` } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (SUPPORTED_EXTENSIONS.includes(formatExtension(e.name))) yield { path: full, explicit: false };
  }
}

/** Reads one listed file (or stdin for '-') into raw inputs; a JSONL file yields one input per record. */
export async function readInput(p: string, opts: { maxBytes?: number; stdin?: NodeJS.ReadableStream } = {}): Promise<ReadItem[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    if (p === '-') bytes = await readStream(opts.stdin ?? process.stdin, maxBytes);
    else {
      // Synchronous on purpose: a small file is read in microseconds, while the asynchronous open/stat/read/close
      // chain needs an event-loop turn per step and so stalls behind the CPU-bound stages of ingest.
      const st = statSync(p);
      if (st.size > maxBytes) return [reject(p, `file is ${mb(st.size)}, over the size limit of ${mb(maxBytes)} (set --max-size)`)];
      bytes = readFileSync(p);
    }
  } catch (e: any) {
    if (e instanceof TooLarge) return [reject(p, `input is over the size limit of ${mb(maxBytes)} (set --max-size)`)];
    return [reject(p, `cannot read file (${e?.code ?? e?.message ?? e})`)];
  }
  const label = p === '-' ? '<stdin>' : p;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (e: any) {
      if (e?.code === 'ERR_BUFFER_TOO_LARGE') return [reject(label, `decompressed input is over the size limit of ${mb(maxBytes)} (set --max-size)`)];
      return [reject(label, `unreadable gzip data (${String(e?.message ?? e).split('\n')[0]})`)];
    }
  }
  return bytesToInputs(p === '-' ? null : p, bytes, formatOf(p, bytes));
}

/** Turns bytes from any source (file, stdin, an HTTP body) into raw inputs. */
export async function bytesToInputs(p: string | null, bytes: Uint8Array, format: InputFormat): Promise<ReadItem[]> {
  const label = p ?? '<stdin>';
  if (bytes.length === 0) return [reject(label, 'empty file')];
  if (format === 'pdf') return [await readPdf(p, label, bytes)];
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return [reject(label, decoded.error)];
  const text = decoded.text;
  const warning = decoded.warning;
  if (!text.trim()) return [reject(label, 'no text (only whitespace)')];
  if (format === 'json' || format === 'jsonl') return readRecords(p, label, text, format, sha256(bytes));
  return [{ input: { path: p, content: text, format, rawHash: sha256(bytes) }, ...(warning ? { warning } : {}) }];
}

export type InputFormat = RawInput['format'] | 'json' | 'jsonl';

export function formatOf(p: string, bytes?: Uint8Array): InputFormat {
  const ext = formatExtension(p);
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.md') return 'markdown';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl') return 'jsonl';
  if (ext === '.txt') return 'text';
  return sniffFormat(bytes);
}

/** Guesses the format of an unnamed input (stdin, HTTP body) from its first bytes. */
export function sniffFormat(bytes?: Uint8Array): InputFormat {
  if (!bytes) return 'text';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'jsonl';
  return 'text';
}

function readRecords(p: string | null, label: string, text: string, format: 'json' | 'jsonl', fileHash: string): ReadItem[] {
  let records: { value: unknown; at: number }[] = [];
  const trimmed = text.trim();
  if (format === 'json' || trimmed.startsWith('[')) {
    try {
      const v = JSON.parse(trimmed);
      records = (Array.isArray(v) ? v : [v]).map((value, i) => ({ value, at: i + 1 }));
    } catch (e: any) {
      if (format === 'json') return [reject(label, `invalid JSON (${e.message})`)];
    }
  }
  if (!records.length) {
    const lines = text.split(/\r?\n/);
    const out: ReadItem[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push({ value: JSON.parse(line), at: i + 1 });
      } catch (e: any) {
        out.push(reject(`${label}:${i + 1}`, `invalid JSON line (${e.message})`));
      }
    });
    if (out.length) return [...out, ...records.flatMap((r) => recordToInput(p, label, r.value, r.at, fileHash))];
  }
  return records.flatMap((r) => recordToInput(p, label, r.value, r.at, fileHash));
}

function recordToInput(p: string | null, label: string, v: unknown, at: number, fileHash: string): ReadItem[] {
  const where = `${label}:${at}`;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [reject(where, 'record is not a JSON object')];
  const r = v as Record<string, unknown>;
  if (typeof r.text !== 'string' || !r.text.trim()) return [reject(where, 'record has no `text`')];
  const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
  const isHtml = /^\s*</.test(r.text) && /<\/(p|div|body|article)>/i.test(r.text);
  return [
    {
      input: {
        path: p === null ? null : `${p}#${at}`,
        content: r.text,
        format: isHtml ? 'html' : 'text',
        given: { title: str(r.title), url: str(r.url), published: str(r.published), outlet: str(r.outlet) },
        rawHash: sha256(`${fileHash}\u0000${JSON.stringify(r)}`),
      },
    },
  ];
}

async function readPdf(p: string | null, label: string, bytes: Uint8Array): Promise<ReadItem> {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (!head.startsWith('%PDF-')) return reject(label, 'not a PDF (no %PDF- header)');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) return reject(label, 'truncated PDF (no end-of-file marker)');
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = (Array.isArray(text) ? text : [text]).map((t) => t.trim()).filter(Boolean);
    if (!pages.length) return reject(label, 'PDF has no extractable text (scanned image?)');
    return { input: { path: p, content: pages.join('\n\n'), format: 'pdf', rawHash: sha256(bytes) } };
  } catch (e: any) {
    return reject(label, `unreadable PDF (${String(e?.message ?? e).split('\n')[0]})`);
  }
}

class TooLarge extends Error {}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const reject = (p: string, reason: string): ReadItem => ({ rejection: { path: p, reason } });
const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
