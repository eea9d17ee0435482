/**
 * What to ask Pagefind for a reader's query, in order: the search page tries each
 * step until one finds something. Pure; the page runs the steps.
 */
import type { Locale } from '../i18n/locales';
import { foldKazakh, hasLatin, latinToCyrillic, queryWords, stemQuery } from './kazakh';

/**
 * - `typed`: the query as the reader typed it (Russian and English: Pagefind stems these itself).
 * - `stemmed`: Kazakh words cut to a prefix by the light stemmer.
 * - `latin`: Kazakh typed in the Latin alphabet, read as Cyrillic and stemmed.
 * - `folded`: folded and cut by the stemmer's folded endings, to match the folded words
 *   a Kazakh page is indexed with.
 */
export type StepKind = 'typed' | 'stemmed' | 'latin' | 'folded';

export interface SearchStep {
  kind: StepKind;
  /** The text to hand to Pagefind. */
  query: string;
  /** For `latin`: the Cyrillic reading, to show the reader what was searched. */
  shown?: string;
}

/** Normalised query text: trimmed, single spaces, NFC. */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The steps for a query. For Russian and English that is the query itself. For Kazakh:
 *
 * 1. the query stemmed (a stem is a prefix of the typed word, so this finds at least what
 *    the typed query finds, and Pagefind still ranks the exact form first);
 * 2. if it has Latin letters: read as the 2021 Latin alphabet, then with the older
 *    digraphs (zh, sh, ch);
 * 3. the query folded and stemmed with folded endings, for text typed without ә, ғ, қ, ң, ө, ұ, ү, һ, і.
 *
 * Every step searches the language's one index, where a Kazakh page's folded words follow its
 * text. A Cyrillic query without any of those letters tries step 3 first: the folded query
 * finds every page the typed one finds (a word that folding leaves alone is in the text as
 * it is, any other is among the folded words), and the typed one would stop the plan early
 * with only the pages that happen to have its ы or ё where the folded words have и or е.
 *
 * A query in quotes is taken literally (one `typed` step).
 */
export function searchPlan(raw: string, locale: Locale): SearchStep[] {
  const query = normaliseQuery(raw);
  if (!query) return [];
  if (locale !== 'kk' || /^["“„«].*["”»]$/.test(query)) {
    return [{ kind: 'typed', query }];
  }
  const steps: SearchStep[] = [];
  const add = (step: SearchStep) => {
    if (step.query && !steps.some((s) => s.query === step.query)) steps.push(step);
  };
  const foldedStep = (reading: string): SearchStep => ({ kind: 'folded', query: stemQuery(foldKazakh(reading.toLowerCase()), { folded: true }) });
  const latin = hasLatin(query);
  if (!latin && !KAZAKH_LETTERS.test(query)) add(foldedStep(query));
  const stemmed = stemQuery(query);
  add({ kind: stemmed === query.toLowerCase() ? 'typed' : 'stemmed', query: stemmed });

  const readings = [query];
  if (latin) {
    for (const informal of [false, true]) {
      const cyrillic = keepNonKazakhWords(query, latinToCyrillic(query, { informal }));
      readings.push(cyrillic);
      add({ kind: 'latin', query: stemQuery(cyrillic), shown: cyrillic });
    }
  }
  for (const reading of readings) {
    const step = foldedStep(reading);
    // Folded words are Cyrillic: a reading still in Latin letters cannot match them.
    if (!hasLatin(step.query)) add(step);
  }
  return steps;
}

/** The letters Kazakh has and Russian keyboards lack. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

/** Words with digits stay as typed when a Latin query is read as Cyrillic (2025, 50-ден). */
function keepNonKazakhWords(original: string, converted: string): string {
  const a = queryWords(original);
  const b = queryWords(converted);
  if (a.length !== b.length) return converted;
  return b.map((word, i) => (/[0-9]/.test(a[i]!) ? a[i]!.toLowerCase() : word)).join(' ');
}
