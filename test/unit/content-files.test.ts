import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsDefaultLocale } from '../../admin/config';
import { collectionNames } from '../../src/content/collections';
import { fieldMeta } from '../../src/content/fields';
import { splitMarkdown } from '../../src/content/frontmatter';
import { shapes } from '../../src/content/schemas';
import { locales } from '../../src/i18n/locales';
import { slugsOnDisk } from '../helpers/content';
import { root } from '../helpers/paths';

const content = join(root, 'content');
const read = (collection: string, locale: string, slug: string) => {
  const path = join(content, collection, locale, `${slug}.md`);
  return existsSync(path) ? splitMarkdown(readFileSync(path, 'utf8')).data : undefined;
};

describe('content the CMS can edit without losing anything', () => {
  it(`has every entry in the CMS's default language (${cmsDefaultLocale}), which Decap reads the shared fields from`, () => {
    const missing = collectionNames.flatMap((c) => slugsOnDisk(c).filter((slug) => !read(c, cmsDefaultLocale, slug)).map((slug) => `${c}/${slug}`));
    // Without it Decap would take another language's file for the default one and save its text there.
    expect(missing).toEqual([]);
  });

  it('has the same value of every shared field (date, region, cover, …) in every language', () => {
    const all = shapes(() => z.string());
    const differing: string[] = [];
    for (const c of collectionNames) {
      const shared = Object.entries(all[c] as z.ZodRawShape).filter(([, s]) => !fieldMeta(s as z.ZodType)!.translatable).map(([f]) => f);
      for (const slug of slugsOnDisk(c)) {
        const source = read(c, cmsDefaultLocale, slug) ?? {};
        for (const l of locales) {
          const data = read(c, l, slug);
          if (!data) continue;
          // The CMS copies shared fields from the default language on every save: a different value here would be overwritten.
          for (const f of shared) if (f in data && JSON.stringify(data[f]) !== JSON.stringify(source[f])) differing.push(`${c}/${l}/${slug}: ${f}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });
});
