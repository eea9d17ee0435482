import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const headersFile = readFileSync(new URL('public/_headers', root), 'utf8');
const nginx = readFileSync(new URL('deploy/nginx.conf', root), 'utf8');

/** `_headers` rules: path → header name → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const i = line.indexOf(':');
      current!.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }
  return rules;
}

/** nginx `add_header Name "value"` lines inside a block starting at `marker`. */
function nginxHeaders(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"/g)) out.set(m[1]!.toLowerCase(), m[2]!);
  return out;
}

describe('security headers', () => {
  const rules = parseHeaders(headersFile);
  const all = rules.get('/*')!;
  const admin = rules.get('/admin/*')!;

  it('send HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors on every page', () => {
    expect(all.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(all.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('give /admin its own policy, no wider than eval and inline styles, and noindex', () => {
    const csp = admin.get('content-security-policy')!;
    expect(admin.get('x-robots-tag')).toMatch(/noindex/);
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('are the same in the nginx sample', () => {
    const serverBlock = nginx.slice(0, nginx.indexOf('\n    location '));
    expect(Object.fromEntries(nginxHeaders(serverBlock))).toEqual(Object.fromEntries(all));
    const adminBlock = nginx.slice(nginx.indexOf('location /admin/'));
    const ngAdmin = nginxHeaders(adminBlock.slice(0, adminBlock.indexOf('}')));
    expect(ngAdmin.get('content-security-policy')).toBe(admin.get('content-security-policy'));
    expect(ngAdmin.get('x-robots-tag')).toBe(admin.get('x-robots-tag'));
    // The CMS bundle's folder: the admin's policy too (nginx does not inherit headers into a location that sets its own), cached for good.
    const cmsBlock = nginx.slice(nginx.indexOf('location /admin/cms/'));
    const ngCms = nginxHeaders(cmsBlock.slice(0, cmsBlock.indexOf('}')));
    expect(Object.fromEntries(ngCms)).toEqual({ ...Object.fromEntries(ngAdmin), 'cache-control': rules.get('/admin/cms/*')!.get('cache-control') });
    expect(rules.get('/admin/cms/*')!.get('cache-control')).toMatch(/immutable/);
  });
});
