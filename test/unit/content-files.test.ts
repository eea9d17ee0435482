import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsDefaultLocale } from '../../admin/config';
import { collectionNames, kinds, type CollectionName } from '../../src/model/collections';
import { fieldMeta } from '../../src/content/fields';
import { splitMarkdown } from '../../src/content/frontmatter';
import { plainShapes } from '../../src/content/schemas';
import { locales } from '../../src/i18n/locales';
import { slugsOnDisk } from '../helpers/content';
import { root } from '../helpers/paths';

// A check of the real content, not of behaviour: the editors' files must stay editable.
const content = join(root, 'content');
const read = (collection: CollectionName, locale: string, slug: string) => {
  const path = join(content, kinds[collection].folder, locale, `${slug}.md`);
  return existsSync(path) ? splitMarkdown(readFileSync(path, 'utf8')).data : undefined;
};

describe('content the CMS can edit without losing anything', () => {
  it(`has every entry in the CMS's default language (${cmsDefaultLocale}), which Decap reads the shared fields from`, () => {
    const missing = collectionNames.flatMap((c) => slugsOnDisk(c, content).filter((slug) => !read(c, cmsDefaultLocale, slug)).map((slug) => `${c}/${slug}`));
    // Without it Decap would take another language's file for the default one and save its text there.
    expect(missing).toEqual([]);
  });

  it('has the same value of every shared field (date, region, cover, …) in every language', () => {
    const all: Record<CollectionName, z.ZodRawShape> = plainShapes();
    const differing: string[] = [];
    for (const c of collectionNames) {
      const shared = Object.entries(all[c]).filter(([, s]) => !fieldMeta(s)?.translatable).map(([f]) => f);
      for (const slug of slugsOnDisk(c, content)) {
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
