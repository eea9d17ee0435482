import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { servedNotFound } from '../../src/integrations/locale-not-found';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** What each language's misses are answered with: the language's own page, status 404. */
const expected = locales.map((l) => ({ from: `/${l}/*`, to: `/${servedNotFound(l)}`, status: 404 }));

/** `[[redirects]]` tables of a netlify.toml, in order (the file is plain: one `key = value` a line). */
function netlifyRedirects(text: string): { from: string; to: string; status: number }[] {
  return text
    .split(/^\[\[redirects\]\]\s*$/m)
    .slice(1)
    .map((table) => {
      const value = (key: string) => table.match(new RegExp(`^\\s*${key}\\s*=\\s*"?([^"\\n]*)"?\\s*$`, 'm'))?.[1];
      return { from: value('from') ?? '', to: value('to') ?? '', status: Number(value('status')) };
    });
}

describe('each language\'s "not found" page on the hosts configured from the repository', () => {
  it('Netlify: netlify.toml sends misses under each language, and only those, to its page with status 404', () => {
    expect(netlifyRedirects(read('netlify.toml'))).toEqual(expected);
  });

  it('nginx: the sample has an error page for each language, and only those, before the trilingual one', () => {
    const conf = read('deploy/nginx.conf');
    const rules = [...conf.matchAll(/location (\/[^/\s]+\/) \{ error_page 404 (\S+); try_files \$uri \$uri\/ =404; \}/g)].map((m) => ({ from: `${m[1]}*`, to: m[2]!, status: 404 }));
    expect(rules).toEqual(expected);
    expect(conf).toMatch(/^\s*error_page 404 \/404\.html;$/m);
  });

  it('Cloudflare Pages: public/_redirects, which it also reads, holds no 404 rule it would refuse', () => {
    let redirects = '';
    try {
      redirects = read('public/_redirects');
    } catch {
      /* no such file: nothing to refuse */
    }
    expect(redirects).not.toMatch(/\s404\s*$/m);
  });
});
