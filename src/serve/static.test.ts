import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from './static.js';

describe('resolveInside', () => {
  const root = path.resolve('/srv/web');
  it('maps URL paths to files under the root', () => {
    expect(resolveInside(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveInside(root, '/')).toBe(root);
  });
  it('never leaves the root, however the path is spelled', () => {
    for (const p of ['/../etc/passwd', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd']) {
      const file = resolveInside(root, p);
      expect(file === null || file === root || file.startsWith(root + path.sep), `${p} → ${file}`).toBe(true);
    }
    expect(resolveInside(root, '/a%00b')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});
