/**
 * The content check's fast parts, in order: files and front matter, an entry's files in every
 * language (what the CMS needs), schema, references, content rules (the language rules among them), image metadata, the UI dictionaries' language. Each step reports every problem it finds; none stops the others.
 * Reads the content folder once and writes nothing.
 */
import type { ContentProblem } from '../../utils/content-problem';
import { contentDir } from '../paths';
import { knownSlugs, readEntries } from './entries';
import { dictionaryLanguageProblems } from './dictionaries';
import { contentImageProblems } from './images';
import { languageFileProblems } from './languages';
import { referenceProblems } from './references';
import { contentRuleSets, ruleProblems, type ContentRuleSet } from './rules';
import { schemaProblems } from './schema';
import { fileNamer, readContentSources } from './sources';

export type CheckStepName = 'files' | 'languages' | 'schema' | 'references' | 'rules' | 'image-metadata' | 'dictionaries';

export interface CheckStep {
  name: CheckStepName;
  /** What was looked at, for the summary: "111 files". */
  checked: string;
  problems: ContentProblem[];
}

export interface CheckOptions {
  /** The content folder; the site's (`ULAGAT_CONTENT_DIR` or `content/`) unless given. */
  root?: string;
  ruleSets?: readonly ContentRuleSet[];
  /** How problems name files; see `fileNamer`. */
  nameOf?: (path: string) => string;
}

export async function checkContent(opts: CheckOptions = {}): Promise<CheckStep[]> {
  const root = opts.root ?? contentDir;
  const nameOf = opts.nameOf ?? fileNamer(root);
  const sources = readContentSources(root, nameOf);
  const { entries, problems } = readEntries(sources);
  const translated = entries.filter((e) => !e.stub).length;
  const ruleSets = opts.ruleSets ?? contentRuleSets;
  const images = await contentImageProblems(root, nameOf);
  return [
    { name: 'files', checked: `${sources.length} files`, problems },
    { name: 'languages', checked: `${new Set(entries.map((e) => `${e.collection}/${e.slug}`)).size} entries`, problems: languageFileProblems(entries, sources) },
    { name: 'schema', checked: `${translated} entries`, problems: schemaProblems(entries) },
    { name: 'references', checked: `${translated} entries`, problems: referenceProblems(entries, knownSlugs(sources)) },
    { name: 'rules', checked: `${ruleSets.length} rule sets`, problems: ruleProblems(entries, ruleSets) },
    { name: 'image-metadata', checked: `${images.checked} images`, problems: images.problems },
    { name: 'dictionaries', checked: 'the UI dictionaries', problems: dictionaryLanguageProblems() },
  ];
}

/** Every problem of the steps, in order. */
export const problemsOf = (steps: readonly CheckStep[]): ContentProblem[] => steps.flatMap((s) => s.problems);
