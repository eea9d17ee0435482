import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.ts';

export const fixtures = join(root, 'test/fixtures');

/**
 * A copy of the small valid base content (test/fixtures/base: with untranslated stubs) with the given bad-content cases
 * added, in a folder named `content` so problems name files as `content/…`.
 */
export function contentWith(...cases: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ulagat-bad-')), 'content');
  cpSync(join(fixtures, 'base/content'), dir, { recursive: true });
  for (const name of cases) cpSync(join(fixtures, 'bad-content', name), dir, { recursive: true });
  return dir;
}

/**
 * Each bad-content case: the file it adds (under `content/`), and the plain-words message (field
 * and fix) that the content check and the build must give.
 */
export const badContentCases: Record<string, { file: string; message: RegExp }> = {
  'missing-title': { file: 'news/ru/no-title.md', message: /title: is missing\. Fix: add it/ },
  'impossible-date': { file: 'news/ru/bad-date.md', message: /date: "2025-02-30" is not a real calendar date\. Fix: write it as YYYY-MM-DD/ },
  'end-before-start': { file: 'master-classes/ru/backwards.md', message: /end: is before the start\. Fix: set the end after the start/ },
  'unknown-region': { file: 'news/ru/unknown-region.md', message: /region: "atlantis" is not a known entry of regions\. Fix: use one of: zhetysu/ },
  'unknown-project': { file: 'news/ru/unknown-project.md', message: /project: "school-of-dads" is not a known entry of projects\. Fix: use one of: school-of-moms/ },
  'missing-alt': { file: 'news/ru/no-alt.md', message: /coverAlt: is missing for the image in "cover"\. Fix: describe the picture/ },
  'missing-image': { file: 'news/ru/missing-image.md', message: /cover: the image "\.\.\/\.\.\/media\/nope\.jpg" does not exist .*Fix: upload the picture to content\/media\// },
  'duplicate-slug': { file: 'pages/ru/news.md', message: /the page name "news" is already the address of a section .*Fix: rename the file/ },
  'nested-folder': { file: 'news/ru/2025/nested.md', message: /the file is in a sub-folder\. Fix: move it directly into the "ru" folder/ },
  'unknown-locale': { file: 'news/kz/wrong-locale.md', message: /"kz" is not a language of this site\. Fix: move the file into one of the folders kk, ru, en/ },
  'invalid-yaml': { file: 'news/ru/broken-yaml.md', message: /the front matter \(between the --- lines\) is not valid YAML: .*Fix: put every text value in double quotes/ },
  'summary-too-long': { file: 'news/ru/long-summary.md', message: /summary: is 3\d\d characters long; the limit is 300\. Fix: shorten it/ },
  'missing-language': {
    file: 'news/en/no-english.md',
    message: /is missing, while content\/news\/kk\/no-english\.md exists\. .*Fix: create it with the shared fields of content\/news\/kk\/no-english\.md only/,
  },
  'shared-field-differs': {
    file: 'news/ru/two-dates.md',
    message: /"date" is "2025-11-06" here but "2025-11-05" in content\/news\/kk\/two-dates\.md\. .*Fix: write the same value in every language/,
  },
  'image-metadata': {
    file: 'media/phone-photo.jpg',
    message: /the image still carries EXIF and XMP \(the GPS position where it was taken, .*\)[^]*Fix: run "npm run content:strip-metadata"/,
  },
};
