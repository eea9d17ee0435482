import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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
  it('has every entry in every language, each the CMS’s default language in its own interface', () => {
    // Decap reads the shared fields from the default language's file (the interface language:
    // Kazakh in the Kazakh interface, Russian in the Russian one). Without that file it would
    // take another language's file for it and save that text there. A language not written yet
    // is a file with the shared fields only, as the CMS writes it.
    const missing = collectionNames.flatMap((c) => slugsOnDisk(c).flatMap((slug) => locales.filter((l) => !read(c, l, slug)).map((l) => `${c}/${l}/${slug}`)));
    expect(missing).toEqual([]);
  });

  it('has the same value of every shared field (date, region, cover, …) in every language', () => {
    const all = shapes(() => z.string());
    const differing: string[] = [];
    for (const c of collectionNames) {
      const shared = Object.entries(all[c] as z.ZodRawShape).filter(([, s]) => !fieldMeta(s as z.ZodType)!.translatable).map(([f]) => f);
      for (const slug of slugsOnDisk(c)) {
        const source = locales.map((l) => read(c, l, slug)).find(Boolean) ?? {};
        for (const l of locales) {
          const data = read(c, l, slug);
          if (!data) continue;
          // The CMS copies shared fields from the language written in on every save: a different value here would be overwritten.
          for (const f of shared) if (f in data && JSON.stringify(data[f]) !== JSON.stringify(source[f])) differing.push(`${c}/${l}/${slug}: ${f}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });
});
