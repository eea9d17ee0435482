import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/build/cache';
import { root } from '../helpers/paths';
import { checkEntryPath, isUntranslatedStub } from '../../src/content/file-rules';
import { splitMarkdown } from '../../src/content/frontmatter';

describe('splitMarkdown', () => {
  it('keeps dates as written, so the schema can check them', () => {
    const { data, body } = splitMarkdown('---\ntitle: "X"\ndate: 2025-02-30\n---\nText\n');
    expect(data).toEqual({ title: 'X', date: '2025-02-30' });
    expect(body).toBe('Text\n');
  });
  it('reads a file without front matter as body only', () => {
    expect(splitMarkdown('Just text')).toEqual({ data: {}, body: 'Just text' });
    expect(splitMarkdown('\n')).toEqual({ data: {}, body: '\n' });
  });
  it('throws on front matter that is not YAML', () => {
    expect(() => splitMarkdown('---\ntitle: "unclosed\n---\n')).toThrow();
  });
});

describe('untranslated stubs', () => {
  const translatable = ['title', 'summary'];
  it('treats an empty file or shared fields only as "not translated yet"', () => {
    expect(isUntranslatedStub(splitMarkdown('\n'), translatable)).toBe(true);
    expect(isUntranslatedStub(splitMarkdown('---\ndate: 2025-10-25\nregion: zhetysu\n---\n'), translatable)).toBe(true);
    expect(isUntranslatedStub(splitMarkdown('---\ntitle: ""\ndate: 2025-10-25\n---\n\n'), translatable)).toBe(true);
    // What the CMS writes for a language with no fields at all, and with only shared ones and empty lists.
    expect(isUntranslatedStub(splitMarkdown('---\n---\n'), translatable)).toBe(true);
    expect(isUntranslatedStub(splitMarkdown('---\ndate: 2026-11-22\ntags: []\ndraft: false\n---\n'), [...translatable, 'tags'])).toBe(true);
  });
  it('treats any text as real content that must pass the schema', () => {
    expect(isUntranslatedStub(splitMarkdown('---\ntitle: "Жаңалық"\n---\n'), translatable)).toBe(false);
    expect(isUntranslatedStub(splitMarkdown('---\ndate: 2025-10-25\n---\nMәтін бар.'), translatable)).toBe(false);
  });
});

describe('checkEntryPath', () => {
  it('accepts a locale folder and an ASCII slug', () => {
    expect(checkEntryPath('kk/school-of-moms', 'f.md')).toBeUndefined();
  });
  it('rejects an unknown locale folder and names the fix', () => {
    expect(checkEntryPath('kz/school-of-moms', 'content/news/kz/school-of-moms.md')).toMatch(/"kz" is not a language of this site\. Fix: move the file into one of the folders kk, ru, en/);
  });
  it('rejects a Cyrillic file name', () => {
    expect(checkEntryPath('kk/жаңа-сынып', 'x.md')).toMatch(/not an ASCII slug/);
  });
  it('rejects an event named like a file of the events section (its calendar feed, its archive)', () => {
    expect(checkEntryPath('ru/calendar', 'content/master-classes/ru/calendar.md', 'events')).toMatch(/"calendar" is already taken by the section's own pages.*Fix: rename the file in every language folder, for example "calendar-event\.md"/);
    expect(checkEntryPath('ru/archive', 'content/master-classes/ru/archive.md', 'events')).toMatch(/already taken/);
    // The same names are free in other collections.
    expect(checkEntryPath('ru/calendar', 'content/news/ru/calendar.md', 'news')).toBeUndefined();
  });
});

describe('entries kept between builds', () => {
  it('are parsed again when a schema changes, though src/content.config.ts (all Astro looks at) does not', () => {
    // The loader's digest of an entry covers codeVersion(['src/content.config.ts']): the schemas must be in it.
    const copy = mkdtempSync(join(tmpdir(), 'ulagat-schema-code-'));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    const before = codeVersion(['src/content.config.ts'], [], copy);
    appendFileSync(join(copy, 'src/content/schemas.ts'), '\n// a new field\n');
    expect(codeVersion(['src/content.config.ts'], [], copy)).not.toBe(before);
  });
});
