import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { badContentCases, contentWith, fixtures } from '../helpers/bad-content';
import { digestTree } from '../helpers/content';
import * as check from '../../src/content/check/index';
import * as images from '../../src/content/check/images';
import { referenceProblems } from '../../src/content/file-rules';

const base = contentWith();

const problemsIn = async (root: string) => check.problemsOf(await check.checkContent({ root }));

describe('the content check over the bad-content fixtures', () => {
  it('has a fixture for every case', () => {
    expect(readdirSync(join(fixtures, 'bad-content')).sort()).toEqual(Object.keys(badContentCases).sort());
  });

  it('passes the valid base content, stubs included', async () => {
    expect(await problemsIn(base)).toEqual([]);
  });

  for (const [name, { file, message }] of Object.entries(badContentCases)) {
    it(`${name}: names the file, the field and the fix, and changes nothing`, async () => {
      const root = contentWith(name);
      const before = digestTree(root);
      const problems = await problemsIn(root);
      expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
      // Every problem is about that file only, and one of them says what the build says.
      expect(new Set(problems.map((p) => p.file))).toEqual(new Set([`content/${file}`]));
      expect(problems.map((p) => p.message).join('\n')).toMatch(message);
      expect(digestTree(root)).toBe(before);
    });
  }

  it('lists every problem, not just the first, each at the line to change', async () => {
    const problems = await problemsIn(contentWith(...Object.keys(badContentCases)));
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(Object.values(badContentCases).map((c) => `content/${c.file}`)));
    const at = (file: string) => problems.filter((p) => p.file === `content/${file}`).map((p) => [p.line, p.rule]);
    // A field that is there: its own line. A field that is missing: the opening ---. A misplaced file or a photo: the file.
    expect(at('news/ru/bad-date.md')).toEqual([[3, 'schema']]);
    expect(at('news/ru/long-summary.md')).toEqual([[4, 'schema']]);
    expect(at('news/ru/unknown-region.md')).toEqual([[5, 'reference']]);
    expect(at('news/ru/missing-image.md')).toEqual([[5, 'missing-image']]);
    expect(at('news/en/no-english.md')).toEqual([[undefined, 'language-files']]);
    expect(at('news/ru/two-dates.md')).toEqual([[3, 'shared-fields']]);
    expect(at('master-classes/ru/backwards.md')).toEqual([[5, 'schema']]);
    expect(at('news/ru/broken-yaml.md')).toEqual([[2, 'front-matter']]);
    expect(at('news/ru/no-title.md')).toEqual([[1, 'schema']]);
    expect(at('news/kz/wrong-locale.md')).toEqual([[undefined, 'file-path']]);
    expect(at('media/phone-photo.jpg')).toEqual([[undefined, 'image-metadata']]);
  });

  it('points at the item of a list', async () => {
    const root = contentWith();
    const file = join(root, 'projects', locales[0], 'school-of-moms.md');
    writeFileSync(
      file,
      '---\ntitle: "Аналар мектебі"\nsummary: "Қысқаша."\nstatus: "active"\nregions:\n  - "zhetysu"\n  - "atlantis"\norganiser: "Ұйымдастырушы"\nlinks:\n  - label: "Сайт"\n    url: "not a url"\norder: 1\n---\n',
    );
    const problems = await problemsIn(root);
    // The regions are shared by the languages: the Russian file, which still lists none, is named too.
    const shared = problems.filter((p) => p.rule === 'shared-fields');
    expect(shared.map((p) => [p.file, p.line])).toEqual([['content/projects/ru/school-of-moms.md', 5]]);
    expect(shared[0]!.message).toContain(`"regions" is [] here but ["zhetysu","atlantis"] in content/projects/${locales[0]}/school-of-moms.md`);
    expect(problems.filter((p) => p.rule !== 'shared-fields').map((p) => [p.file, p.line, p.rule, p.message.split(':')[0]])).toEqual([
      [`content/projects/${locales[0]}/school-of-moms.md`, 11, 'schema', 'links.0.url'],
      [`content/projects/${locales[0]}/school-of-moms.md`, 7, 'reference', 'regions.1'],
    ]);
  });
});

describe('references', () => {
  it("are reported in the loader's own words (the build fails with the same message)", async () => {
    const data = { title: 'X', date: '2025-10-25', summary: 'Y.', region: 'atlantis', project: 'school-of-dads' };
    const known = { regions: new Set(['zhetysu']), projects: new Set(['school-of-moms']) } as const;
    const fromLoader = referenceProblems(data, [{ field: 'region', collection: 'regions' }, { field: 'project', collection: 'projects' }], (c) => (c === 'regions' ? known.regions : known.projects));
    expect(fromLoader).toHaveLength(2);
    const root = contentWith();
    writeFileSync(join(root, 'news/ru/refs.md'), `---\n${Object.entries(data).map(([k, v]) => `${k}: "${v}"`).join('\n')}\n---\n`);
    // The other languages, not written yet: files with no fields, which the CMS needs.
    for (const l of locales.filter((l) => l !== 'ru')) writeFileSync(join(root, `news/${l}/refs.md`), '---\n---\n');
    const problems = await problemsIn(root);
    expect(problems.map((p) => p.rule)).toEqual(['reference', 'reference']);
    expect(problems.map((p) => p.message)).toEqual(fromLoader);
  });
});

describe('photos with metadata', () => {
  it('are cleaned in place by content:strip-metadata, turned upright, after which the check passes', async () => {
    const root = contentWith('image-metadata');
    const photo = join(root, 'media/phone-photo.jpg');
    const { stripped, problems } = await images.stripContentImages(root);
    expect(problems).toEqual([]);
    expect(stripped).toEqual([{ file: 'content/media/phone-photo.jpg', method: 're-encoded', before: expect.any(Number), after: expect.any(Number) }]);
    const meta = await sharp(readFileSync(photo)).metadata();
    // The fixture is stored 64×48 with orientation 6 (shown turned a quarter): now stored as shown.
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.exif, meta.xmp]).toEqual([48, 64, 1, undefined, undefined]);
    expect(await problemsIn(root)).toEqual([]);
    // Nothing left to do the second time.
    expect((await images.stripContentImages(root)).stripped).toEqual([]);
  });
});
