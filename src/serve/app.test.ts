import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspAllowingStyles, hostOf, SECURITY_HEADERS } from './app.js';

describe('hostOf', () => {
  it('takes the host name out of a Host header', () => {
    expect(hostOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(hostOf('LocalHost')).toBe('localhost');
    expect(hostOf('[::1]:8080')).toBe('::1');
    expect(hostOf('[::1]')).toBe('::1');
    expect(hostOf('evil.example:80')).toBe('evil.example');
    expect(hostOf('')).toBe('');
  });
});

describe('cspAllowingStyles', () => {
  it('allows exactly the inline stylesheets of the page, by hash, and no script', () => {
    const css = 'body{color:red}';
    const csp = cspAllowingStyles(`<html><head><style>${css}</style></head><body>x</body></html>`);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
  it('is the usual policy when the page has no stylesheet', () => {
    expect(cspAllowingStyles('<p>plain</p>')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
});
