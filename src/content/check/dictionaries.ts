/** The UI dictionaries (`src/i18n/ui/<locale>.ts`): no string left untranslated (`dictionaryProblems`). */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { locales } from '../../i18n/locales';
import { dictionaries } from '../../i18n/ui';
import type { ContentProblem } from '../../utils/content-problem';
import { dictionaryProblems } from '../../utils/language-rules';

export function dictionaryLanguageProblems(repoRoot = process.cwd()): ContentProblem[] {
  return dictionaryProblems(
    locales.map((locale) => {
      const path = resolve(repoRoot, 'src/i18n/ui', `${locale}.ts`);
      return { locale, file: relative(repoRoot, path).split('\\').join('/'), text: readFileSync(path, 'utf8'), values: dictionaries[locale] };
    }),
  );
}
