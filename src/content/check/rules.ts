/**
 * Content rules beyond the schema: each rule set looks at one entry at a time and reports what
 * it finds, with the line and the fix. `npm run check:content` runs every set in
 * `contentRuleSets`; adding a set is one line there.
 */
import type { Locale } from '../../i18n/locales';
import { kinds } from '../../model/collections';
import type { ContentProblem } from '../../utils/content-problem';
import { languageProblems, type OfficialNames } from '../../utils/language-rules';
import { fontRanges } from '../../styles/fonts';
import type { ContentEntry } from './entries';

/** What a rule may know of the whole folder besides its entry: the official names, per language. */
export interface RuleContext {
  namesIn(locale: Locale): OfficialNames;
}

export interface ContentRuleSet {
  /** Names the set in the check's summary, e.g. `language`. */
  name: string;
  /** The problems of one translated entry (untranslated stubs are skipped). */
  check(entry: ContentEntry, context: RuleContext): readonly ContentProblem[];
}

const inFontRanges = (c: string) => fontRanges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);

/** Characters the site's fonts leave out (src/styles/fonts.ts): the page would show them in another typeface. */
function characterProblems(entry: ContentEntry): ContentProblem[] {
  return entry.text.split('\n').flatMap((line, i) => {
    const outside = [...new Set([...line].filter((c) => c.codePointAt(0)! >= 0x20 && !/\s/.test(c) && !inFontRanges(c)))];
    return outside.length
      ? [{ file: entry.file, line: i + 1, rule: 'characters', message: `${outside.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} is not in the site's fonts, so readers would see it in another typeface. Fix: write it with the letters and signs the site uses, or ask a developer to add its range to src/styles/fonts.ts.` }]
      : [];
  });
}

/** The region names of the folder, per language, as its region entries write them: the source of truth. */
function ruleContext(entries: readonly ContentEntry[]): RuleContext {
  const names = new Map<Locale, OfficialNames>();
  const regionsIn = (locale: Locale) =>
    entries.flatMap((e) => {
      const title = e.data.title;
      return e.collection === 'regions' && !e.stub && e.locale === locale && typeof title === 'string' && title.trim() ? [title.trim()] : [];
    });
  return {
    namesIn: (locale) => {
      let found = names.get(locale);
      if (!found) names.set(locale, (found = { regions: regionsIn(locale) }));
      return found;
    },
  };
}

/**
 * The rule sets the check runs, in order. `language`: the house style of docs/style.kk.md and
 * docs/style.ru.md that a machine can check (quotation marks, Kazakh dates, the capital's old
 * name, official names of regions and ministries).
 */
export const contentRuleSets: readonly ContentRuleSet[] = [
  { name: 'characters', check: (entry) => characterProblems(entry) },
  {
    name: 'language',
    check: (entry, { namesIn }) => languageProblems({ file: entry.file, text: entry.text, locale: entry.locale, collection: kinds[entry.collection].folder }, namesIn(entry.locale)),
  },
];

export function ruleProblems(entries: readonly ContentEntry[], ruleSets: readonly ContentRuleSet[] = contentRuleSets): ContentProblem[] {
  const context = ruleContext(entries);
  return ruleSets.flatMap((set) => entries.filter((entry) => !entry.stub).flatMap((entry) => set.check(entry, context)));
}
