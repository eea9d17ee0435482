/**
 * Content rules beyond the schema: each rule set looks at one entry at a time and reports what
 * it finds, with the line and the fix. `npm run check:content` runs every set in
 * `contentRuleSets`; adding a set is one line there.
 */
import type { ContentProblem } from '../../utils/content-problem';
import type { ContentEntry } from './entries';

export interface ContentRuleSet {
  /** Names the set in the check's summary, e.g. `language`. */
  name: string;
  /** The problems of one translated entry (untranslated stubs are skipped). */
  check(entry: ContentEntry): readonly ContentProblem[];
}

/**
 * The rule sets the check runs, in order.
 *
 * PLUG-IN POINT for the language rules (`src/utils/language-rules.ts`): add its set here, e.g.
 *   { name: 'language', check: (entry) => languageProblems(entry.file, entry.text, entry.locale) },
 * adapting the call to the module's exported function. An entry gives a rule set its file
 * name, language, whole text, parsed front matter, body and the line of any field.
 */
export const contentRuleSets: readonly ContentRuleSet[] = [];

export function ruleProblems(entries: readonly ContentEntry[], ruleSets: readonly ContentRuleSet[] = contentRuleSets): ContentProblem[] {
  return ruleSets.flatMap((set) => entries.filter((entry) => !entry.stub).flatMap((entry) => set.check(entry)));
}
