// The build emits without type-checking (so an install never fails on a type error); these tests are the check.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const tsc = (project: string) => spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', project, '--noEmit'], { cwd: ROOT, encoding: 'utf8' });

it('type-checks the server, CLI and pipeline', () => {
  const r = tsc('tsconfig.json');
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it('type-checks the browser app', () => {
  const r = tsc('src/web/tsconfig.json');
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});
