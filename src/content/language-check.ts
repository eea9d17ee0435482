/**
 * The language check of what readers see: runs the rules of `src/utils/language-rules.ts`
 * over every content file of a folder and over the UI dictionaries. Used by
 * `npm run lint:content` and by the content test.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { locales, type Locale } from '../i18n/locales';
import { dictionaries } from '../i18n/ui';
import type { ContentProblem } from '../utils/content-problem';
import { dictionaryProblems, languageProblems, type OfficialNames } from '../utils/language-rules';
import { contentFiles } from './canonical';
import { splitMarkdown } from './frontmatter';
import { contentDir } from './paths';

/** A path as the problems name it: relative to the repository root, with forward slashes. */
const fromRoot = (path: string, root: string) => relative(root, path).split('\\').join('/');

/** The region names of a content folder, per language, as its region entries write them. */
function regionNames(files: ReturnType<typeof contentFiles>): Record<Locale, OfficialNames> {
  const names = Object.fromEntries(locales.map((l) => [l, { regions: [] as string[] }])) as Record<Locale, { regions: string[] }>;
  for (const f of files) {
    if (f.collection !== 'regions') continue;
    const locale = localeOf(f.path);
    const name = splitMarkdown(readFileSync(f.path, 'utf8')).data.name;
    if (locale && typeof name === 'string' && name.trim()) names[locale].regions.push(name.trim());
  }
  return names;
}

/** The locale folder a content file is in (`content/<collection>/<locale>/<slug>.md`). */
function localeOf(path: string): Locale | undefined {
  const folder = path.split(/[\\/]/).at(-2);
  return locales.find((l) => l === folder);
}

/** Language problems in every content file under a folder (by default the site's `content/`). */
export function contentLanguageProblems(folder = contentDir, repoRoot = process.cwd()): ContentProblem[] {
  const files = contentFiles(resolve(folder));
  const names = regionNames(files);
  return files.flatMap((f) => {
    const locale = localeOf(f.path);
    if (!locale) return [];
    return languageProblems({ file: fromRoot(f.path, repoRoot), text: readFileSync(f.path, 'utf8'), locale, collection: f.collection }, names[locale]);
  });
}

/** Problems in the UI dictionaries (`src/i18n/ui/<locale>.ts`). */
export function dictionaryLanguageProblems(repoRoot = process.cwd()): ContentProblem[] {
  return dictionaryProblems(
    locales.map((locale) => {
      const path = resolve(repoRoot, 'src/i18n/ui', `${locale}.ts`);
      return { locale, file: fromRoot(path, repoRoot), text: readFileSync(path, 'utf8'), values: dictionaries[locale] };
    }),
  );
}

/** `file:line: message`, as the check prints a problem. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
