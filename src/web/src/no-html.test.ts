// A guard for "untrusted text stays text": no source file of the app may hand strings to the HTML parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const FORBIDDEN = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the web app', () => {
  it('never parses strings as HTML or code', () => {
    const files = sources(here);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      expect(FORBIDDEN.exec(code)?.[0] ?? null, path.relative(here, f)).toBeNull();
    }
  });
});
