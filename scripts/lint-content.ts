/**
 * Checks the language of the content and the UI dictionaries against the house style
 * (docs/style.kk.md, docs/style.ru.md): quotation marks, Kazakh dates, the capital's
 * old name, official names of regions and ministries, untranslated UI strings.
 * Prints `file:line: message` for each problem and exits 1 if there is any.
 * Run: npm run lint:content [-- <content folder>]
 */
import { runnerImport } from 'vite';
import type * as Check from '../src/content/language-check.ts';

const folder = process.argv.slice(2).find((a) => !a.startsWith('-'));
const { module } = await runnerImport<typeof Check>('./src/content/language-check.ts');
const problems = [...module.contentLanguageProblems(folder), ...module.dictionaryLanguageProblems()];
for (const p of problems) console.log(module.formatProblem(p));
console.log(problems.length === 0 ? 'No language problems found.' : `${problems.length} language problem(s).`);
if (problems.length > 0) process.exit(1);
