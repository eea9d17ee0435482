import { describe, expect, it } from 'vitest';
import { contentLanguageProblems, dictionaryLanguageProblems, formatProblem } from '../../src/content/language-check';
import { root } from '../helpers/paths';

// The content check: the site's own content and dictionaries follow the house style
// (docs/style.kk.md, docs/style.ru.md). A failure here names the file, the line and the fix.
describe('the site’s language', () => {
  it('has no problem in content/', () => {
    expect(contentLanguageProblems(undefined, root).map(formatProblem)).toEqual([]);
  });
  it('has no untranslated string in the UI dictionaries', () => {
    expect(dictionaryLanguageProblems(root).map(formatProblem)).toEqual([]);
  });
});
