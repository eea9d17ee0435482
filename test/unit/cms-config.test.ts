import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  backendFromEnv,
  cmsCollection,
  cmsConfig,
  type DecapCollection,
  type DecapField,
  type References,
} from '../../admin/config';
import { CONTENT_FORMAT, MEDIA_FOLDER, NEW_SLUG_FIELD } from '../../admin/constants';
import { contentFormat } from '../../admin/format';
import { cmsLocales } from '../../admin/ui-locale';
import { collectionNames, kinds, type CollectionName } from '../../src/model/collections';
import { fieldMeta, stringList, text, type Widget } from '../../src/content/fields';
import { plainShapes } from '../../src/content/schemas';
import { socialNetworks } from '../../src/model/options';
import { locales, type Locale } from '../../src/i18n/locales';
import { entryHref } from '../../src/utils/urls';
import { slugsOnDisk } from '../helpers/content';
import { root } from '../helpers/paths';

const references: References = {
  regions: slugsOnDisk('regions').map((slug) => ({ slug, names: { ru: `ru ${slug}`, kk: `kk ${slug}` } })),
  projects: slugsOnDisk('projects').map((slug) => ({ slug, names: { ru: `ru ${slug}` } })),
};
const configFor = (uiLocale: Locale) =>
  cmsConfig({ uiLocale, backend: { name: 'github', repo: 'owner/site', branch: 'main' }, localBackendPort: 8081, references });
const config = configFor('ru');
const all: Record<CollectionName, z.ZodRawShape> = plainShapes();
const collection = (name: string) => config.collections.find((c) => c.name === name) as DecapCollection;
const schemaFields = (name: CollectionName): [string, z.core.$ZodType][] => Object.entries(all[name]);
const fieldOf = (c: string, name: string) => collection(c).fields.find((f) => f.name === name) as DecapField;

/** The Decap widget each kind of schema field must get: this test's own table, not the generator's. */
const expectedWidget: Record<Widget, string> = {
  string: 'string',
  text: 'text',
  markdown: 'markdown',
  date: 'datetime',
  datetime: 'datetime',
  boolean: 'boolean',
  select: 'select',
  relation: 'select',
  image: 'image',
  url: 'string',
  number: 'number',
  list: 'list',
  'object-list': 'list',
};

describe('CMS config generated from the content schemas', () => {
  it('has one folder collection per content collection, in three languages, in the site format', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...collectionNames]);
    for (const name of collectionNames) {
      const c = collection(name);
      expect(c.folder).toBe(`content/${kinds[name].folder}`);
      expect(c.format).toBe(CONTENT_FORMAT);
      expect(c.i18n).toBe(true);
      expect(c.slug).toBe(`{{fields.${NEW_SLUG_FIELD}}}`);
    }
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: expect.arrayContaining([...locales]), default_locale: 'ru' });
    expect((config.i18n as { locales: string[] }).locales).toHaveLength(locales.length);
  });

  it('makes the interface language the one written first: the default locale, in the left pane, the others after it in site order', () => {
    for (const uiLocale of locales) {
      const i18n = configFor(uiLocale).i18n as { locales: Locale[]; default_locale: Locale };
      expect(i18n.default_locale, uiLocale).toBe(uiLocale);
      expect(i18n.locales, uiLocale).toEqual([uiLocale, ...locales.filter((l) => l !== uiLocale)]);
      expect(cmsLocales(uiLocale)).toEqual(i18n.locales);
    }
    // The slug hint names the language the title is taken from: the interface language.
    expect(configFor('kk').collections[0]!.fields.find((f) => f.name === 'title')!.hint).toMatch(/қазақ тілінде/);
    expect(fieldOf('news', 'title').hint).toMatch(/на русском языке/);
  });

  it('shows dates in entry lists in the interface language’s words, not as stored (2025-12-12T15:00)', () => {
    expect(configFor('kk').collections.find((c) => c.name === 'events')!.summary).toBe("{{title}} · {{start | date('YYYY [ж.] D MMMM, HH:mm')}}");
    expect(configFor('kk').collections.find((c) => c.name === 'news')!.summary).toBe("{{title}} · {{date | date('YYYY [ж.] D MMMM')}}");
    expect(collection('news').summary).toBe("{{title}} · {{date | date('D MMMM YYYY')}}");
    expect(collection('regions').summary).toBe('{{title}}');
  });

  it('links "View preview" to the entry’s own page in the language written', () => {
    for (const uiLocale of locales) {
      for (const c of configFor(uiLocale).collections) {
        const path = String(c.preview_path).replace('{{slug}}', 'some-entry');
        expect(`/${path}`, `${uiLocale} ${c.name}`).toBe(entryHref(c.name as CollectionName, uiLocale, 'some-entry'));
      }
    }
  });

  it('loads the media library with every entry, wherever it is opened from: the media folder on every collection, as an absolute path', () => {
    for (const name of collectionNames) {
      expect(collection(name), name).toMatchObject({ media_folder: `/${MEDIA_FOLDER}`, public_folder: config.public_folder });
    }
    // The text offers one component, a photo (the site has no code blocks).
    expect(fieldOf('news', 'body').editor_components).toEqual(['image']);
  });

  it('reads the schemas through zod’s public API only', () => {
    const source = readFileSync(posix.join(root, 'admin/config.ts'), 'utf8');
    expect(source).not.toMatch(/_zod|\.def\b|\bdefOf\b/);
  });

  it('has exactly the schema fields, in schema order, plus the Markdown body', () => {
    for (const name of collectionNames) {
      expect(collection(name).fields.map((f) => f.name)).toEqual([...schemaFields(name).map(([f]) => f), 'body']);
    }
    expect(fieldOf('news', 'body')).toMatchObject({ widget: 'markdown', i18n: true, required: false });
  });

  it('requires exactly the fields the schema cannot do without', () => {
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        // A field is required when the schema rejects an entry without it.
        expect(fieldOf(name, field).required, `${name}.${field}`).toBe(!z.safeParse(schema, undefined).success);
      }
    }
    expect(fieldOf('news', 'title').required).toBe(true);
    expect(fieldOf('news', 'region').required).toBe(false);
  });

  it('gives each field the widget for its type', () => {
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        expect(fieldOf(name, field).widget, `${name}.${field}`).toBe(expectedWidget[fieldMeta(schema)!.widget]);
      }
    }
    expect(fieldOf('news', 'date')).toMatchObject({ date_format: 'YYYY-MM-DD', time_format: false, default: '{{now}}' });
    expect(fieldOf('projects', 'started')).toMatchObject({ date_format: 'YYYY-MM-DD', time_format: false, default: '' });
    expect(fieldOf('events', 'start')).toMatchObject({ date_format: 'YYYY-MM-DD', time_format: 'HH:mm' });
  });

  it('offers exactly the schema options in select fields, with the schema default', () => {
    const values = (f: DecapField) => (f.options as { value: string }[]).map((o) => o.value);
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        const meta = fieldMeta(schema)!;
        if (meta.widget !== 'select') continue;
        expect(values(fieldOf(name, field)), `${name}.${field}`).toEqual([...meta.options!]);
        const parsed = z.safeParse(schema, undefined);
        expect(fieldOf(name, field).default, `${name}.${field}`).toBe(parsed.success ? parsed.data : undefined);
      }
    }
    const network = (fieldOf('regions', 'social').fields as DecapField[]).find((f) => f.name === 'network')!;
    expect(values(network)).toEqual([...socialNetworks]);
  });

  it('offers exactly the existing entries for references, single or multiple as in the schema', () => {
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        const meta = fieldMeta(schema)!;
        if (meta.widget !== 'relation') continue;
        const f = fieldOf(name, field);
        expect((f.options as { value: string }[]).map((o) => o.value).sort(), `${name}.${field}`).toEqual(slugsOnDisk(meta.collection!));
        expect(f.multiple, `${name}.${field}`).toBe(meta.multiple ?? false);
      }
    }
    // Labels are names in the interface language, else another language, never a bare slug when a name exists.
    const zhetysu = (fieldOf('news', 'region').options as { label: string; value: string }[]).find((o) => o.value === 'zhetysu');
    expect(zhetysu?.label).toBe('ru zhetysu');
    const kkProject = (cmsCollection({ uiLocale: 'kk', references }, 'news').fields.find((f) => f.name === 'project')!.options as { label: string }[])[0];
    expect(kkProject?.label).toMatch(/^ru /);
  });

  it('translates the translatable fields and enters the others once for every language', () => {
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        expect(fieldOf(name, field).i18n, `${name}.${field}`).toBe(fieldMeta(schema)!.translatable ? true : 'duplicate');
      }
    }
    expect(fieldOf('news', 'date').i18n).toBe('duplicate');
    expect(fieldOf('news', 'cover').i18n).toBe('duplicate');
    expect(fieldOf('news', 'title').i18n).toBe(true);
  });

  it('pairs every image with a translatable alt-text field, and stores images where the schema finds them', () => {
    for (const name of collectionNames) {
      for (const [, schema] of schemaFields(name)) {
        const alt = fieldMeta(schema)!.alt;
        if (!alt) continue;
        expect(fieldOf(name, alt), `${name}.${alt}`).toMatchObject({ widget: 'string', i18n: true });
      }
    }
    // An entry at content/news/ru/x.md reaches the media folder through public_folder.
    expect(posix.join('content/news/ru', String(config.public_folder))).toBe(config.media_folder);
  });

  it('limits text to the length the schema allows', () => {
    for (const name of collectionNames) {
      for (const [field, schema] of schemaFields(name)) {
        const meta = fieldMeta(schema)!;
        if (!(meta.widget === 'string' || meta.widget === 'text') || !meta.max) continue;
        const pattern = new RegExp((fieldOf(name, field).pattern as string[])[0]!);
        const longest = 'ә\n'.repeat(meta.max).slice(0, meta.max);
        expect(pattern.test(longest), `${name}.${field}`).toBe(true);
        expect(pattern.test(`${longest}x`), `${name}.${field}`).toBe(false);
      }
    }
  });

  it('labels every field in the interface language', () => {
    const en = configFor('en');
    for (const uiLocale of ['kk', 'ru'] as const) {
      const c = configFor(uiLocale);
      expect(c.locale).toBe(uiLocale);
      c.collections.forEach((coll, i) => {
        coll.fields.forEach((f, j) => {
          expect(typeof f.label === 'string' && f.label.trim() !== '', `${uiLocale} ${coll.name}.${f.name}`).toBe(true);
          expect(f.label, `${uiLocale} ${coll.name}.${f.name}`).not.toBe(en.collections[i]!.fields[j]!.label);
        });
      });
    }
    expect(fieldOf('news', 'title').label).toBe('Заголовок');
    expect(configFor('kk').collections[0]!.fields[0]!.label).toBe('Тақырыбы');
  });
});

describe('CMS config generator', () => {
  const ctx = { uiLocale: 'ru' as const, references };

  it('fails, naming the fix, when a schema field was added without CMS metadata', () => {
    const shape = { ...all.news, subtitle: z.string() };
    expect(() => cmsCollection(ctx, 'news', shape)).toThrow(/"news\.subtitle" has no CMS metadata\. Fix: build it with a helper from src\/content\/fields\.ts/);
  });

  it('fails when a new field has no label in the UI dictionaries', () => {
    const shape = { ...all.news, subtitle: text({ max: 80 }) };
    expect(() => cmsCollection(ctx, 'news', shape)).toThrow(/no label for the field "subtitle"\. Fix: add "cms\.field\.subtitle"/);
  });

  it('fails for a list shared by all languages, which Decap cannot edit', () => {
    const shape = { ...all.news, tags: stringList({ max: 40, translatable: false }) };
    expect(() => cmsCollection(ctx, 'news', shape)).toThrow(/"news\.tags" is shared by all languages/);
  });

  it('fails when the entries a reference offers are missing', () => {
    expect(() => cmsCollection({ uiLocale: 'ru', references: {} }, 'news')).toThrow(/needs the entries of "regions"/);
  });
});

describe('backend settings', () => {
  it('default to GitHub with the editorial workflow, and a local decap-server on 127.0.0.1', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'owner/site', branch: 'main' });
    // The local backend answers in the interface language.
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1?lang=ru' });
  });

  it('come from the environment, with the CI repository as the default', () => {
    expect(backendFromEnv({ GITHUB_REPOSITORY: 'org/ulagat' })).toEqual({ name: 'github', repo: 'org/ulagat', branch: 'main' });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CI_PROJECT_PATH: 'group/ulagat', CMS_APP_ID: 'abc' })).toEqual({
      name: 'gitlab',
      repo: 'group/ulagat',
      branch: 'main',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    // CI passes unset variables as empty strings.
    expect(backendFromEnv({ GITHUB_REPOSITORY: 'org/ulagat', CMS_REPO: '', CMS_BASE_URL: '' })).toEqual({ name: 'github', repo: 'org/ulagat', branch: 'main' });
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: 'live', CMS_BASE_URL: 'https://auth.example.org' })).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'live',
      base_url: 'https://auth.example.org',
    });
  });
});

describe('the content format the CMS is given', () => {
  const order = ['title'];
  it('drops the helper field that names a new entry’s file, in the format the CMS uses', () => {
    const file = contentFormat.toFile({ title: 'T', [NEW_SLUG_FIELD]: 'some-slug', body: 'x' }, order);
    expect(file).toBe('---\ntitle: "T"\n---\nx');
    expect(contentFormat.fromFile(file)).toEqual({ title: 'T', body: 'x' });
  });
});
