import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { builtNotFound, servedNotFound } from '../../src/integrations/locale-not-found';
import { load } from '../helpers/html';
import { dist } from '../helpers/paths';

describe('"not found" pages in the build', () => {
  for (const locale of locales) {
    it(`/${servedNotFound(locale)} is the ${locale} page, for hosts that look for the nearest 404.html`, () => {
      const file = join(dist, servedNotFound(locale));
      expect(existsSync(file), file).toBe(true);
      const doc = load(file);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('main h1')?.textContent.trim()).toBe(dictionaries[locale]['notFound.title']);
      // No other language's message on it.
      for (const other of locales.filter((l) => l !== locale)) expect(doc.querySelector(`main [lang="${other}"]`), other).toBeNull();
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(dist, builtNotFound(locale)), 'utf8'));
    });
  }

  it('/404.html, for addresses outside any language, says it in every language', () => {
    const doc = load(join(dist, '404.html'));
    expect(doc.querySelectorAll('main .not-found').map((s) => [s.getAttribute('lang'), s.querySelector('h1')?.textContent.trim()])).toEqual(
      locales.map((l) => [l, dictionaries[l]['notFound.title']]),
    );
  });
});
