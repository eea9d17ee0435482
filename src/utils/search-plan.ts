/**
 * What to ask Pagefind for a reader's query, in order: the search page tries each
 * step until one finds something, and ranks what it found with the step's nearer
 * queries (`nearFirst`). Pure; the page runs the steps.
 */
import type { Locale } from '../i18n/locales';
import { foldKazakh, hasLatin, latinToCyrillic, queryWords } from './kazakh';
import { stemQuery } from './kazakh-stem';

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
  /**
   * For Kazakh: nearer queries, closest first: the words as typed, the reading (Latin read as
   * Cyrillic, or folded), the reading with noun endings only stripped. Their results, among the
   * step's own, come first: the exact and near forms of the words before the other forms the
   * stem finds (`қатысқан` before `қатысуы`).
   */
  near?: string[];
}

/** Normalised query text: trimmed, single spaces, NFC. */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The steps for a query. For Russian and English that is the query itself. For Kazakh:
 *
 * 1. the query stemmed, noun and verb endings (a stem is a prefix of the typed word, so this
 *    finds at least what the typed query finds);
 * 2. if it has Latin letters: read as the 2021 Latin alphabet, then with the older
 *    digraphs (zh, sh, ch). A query with letters only that alphabet has (ä, ğ, ı, ö, ş, ū, ü …)
 *    is Kazakh: it is read so first, and not searched as typed until the last step. (Pagefind
 *    finds a word it has never seen by the longest prefix of it that it knows, so Latin words
 *    typed as such would find an English name or title on a Kazakh page by their first letters,
 *    and stop the plan there);
 * 3. the query folded and stemmed with folded endings, for text typed without ә, ғ, қ, ң, ө, ұ, ү, һ, і;
 * 4. the words as typed, if no step before found anything.
 *
 * Each Kazakh step carries its nearer queries (`near`), whose results the page puts first.
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
  const typed = queryWords(query).join(' ').toLowerCase();
  const add = ({ near = [], ...step }: SearchStep) => {
    if (!step.query || steps.some((s) => s.query === step.query)) return;
    // A nearer query that is the step's own adds nothing.
    const nearer = [...new Set(near)].filter((q) => q && q !== step.query);
    steps.push(nearer.length ? { ...step, near: nearer } : step);
  };
  /** A reading's query, and the nearer ones: as typed, the reading, and with noun endings only stripped. */
  const stemmed = (reading: string, folded = false) => ({
    query: stemQuery(reading, { folded }),
    near: [typed, queryWords(reading).join(' ').toLowerCase(), stemQuery(reading, { folded, verbs: false })],
  });
  const foldedStep = (reading: string): SearchStep => ({ kind: 'folded', ...stemmed(foldKazakh(reading.toLowerCase()), true) });
  const latin = hasLatin(query);
  if (!latin && !KAZAKH_LETTERS.test(query)) add(foldedStep(query));
  const own = stemmed(query);
  if (!KAZAKH_LATIN_LETTERS.test(query)) add({ kind: own.query === typed ? 'typed' : 'stemmed', ...own });

  const readings = [query];
  if (latin) {
    for (const informal of [false, true]) {
      const cyrillic = keepNonKazakhWords(query, latinToCyrillic(query, { informal }));
      readings.push(cyrillic);
      add({ kind: 'latin', ...stemmed(cyrillic), shown: cyrillic });
    }
  }
  for (const reading of readings) {
    const step = foldedStep(reading);
    // Folded words are Cyrillic: a reading still in Latin letters cannot match them.
    if (!hasLatin(step.query)) add(step);
  }
  // Last, the words as typed: Pagefind leaves out those it has never seen, while their stems
  // may narrow every step above to nothing.
  add({ kind: 'typed', query: typed });
  return steps;
}

/**
 * A step's results ranked by its nearer queries (`SearchStep.near`, closest first): those the
 * first also found come first, then those the next found, and so on, then the rest, each in
 * Pagefind's order. So the exact and near forms of the words come before the other forms the
 * stem finds. A nearer query never adds a result: where Pagefind does not know a typed word it
 * leaves it out and finds pages by the other words alone, which the word's stem narrows.
 */
export function nearFirst<T extends { id: string }>(own: readonly T[], ...nearer: readonly (readonly { id: string }[])[]): T[] {
  const byId = new Map(own.map((r) => [r.id, r]));
  const ranked = new Map<string, T>();
  for (const list of [...nearer, own]) {
    for (const { id } of list) {
      const result = byId.get(id);
      if (result && !ranked.has(id)) ranked.set(id, result);
    }
  }
  return [...ranked.values()];
}

/** The letters Kazakh has and Russian keyboards lack. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
/** Letters of the 2021 Kazakh Latin alphabet that English lacks: a query with them is Kazakh. */
const KAZAKH_LATIN_LETTERS = /[äçğıñŋöşūü]/i;

/** Words with digits stay as typed when a Latin query is read as Cyrillic (2025, 50-ден). */
function keepNonKazakhWords(original: string, converted: string): string {
  const a = queryWords(original);
  const b = queryWords(converted);
  if (a.length !== b.length) return converted;
  return b.map((word, i) => (/[0-9]/.test(a[i]!) ? a[i]!.toLowerCase() : word)).join(' ');
}
