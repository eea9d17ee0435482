/**
 * Runs the Kazakh evaluation set in Chromium against a served build: once through plain
 * Pagefind (the query as typed, as Pagefind's default UI would search it) and once
 * through the search page itself (stemmer, Latin reading, folded words). Both search the same
 * index, which holds each Kazakh page's folded words after its text (scripts/search-index.ts).
 * Any built site will do: the set names entries by meaning, not by their wording.
 */
import type { Page } from 'playwright-core';
import type { EvalQuery } from './kazakh-queries.ts';

export interface QueryOutcome {
  q: string;
  form: string;
  verb: boolean;
  expected: number;
  before: { found: number; hits: number };
  after: { found: number; hits: number };
  /**
   * Whether the search page lists the pages plain Pagefind finds for the words as typed (the
   * exact forms) before the pages only its analysis finds (other forms of the words).
   */
  exactFirst: boolean;
}

export interface Figures {
  /** Mean per-query recall, 0–1. */
  recallBefore: number;
  recallAfter: number;
  /** Share of all results that were expected (precision), 0–1. */
  precisionBefore: number;
  precisionAfter: number;
}

export interface EvalReport extends Figures {
  queries: QueryOutcome[];
  /**
   * Expected entries the served site does not have (paths under /kk/), left out of the
   * expectations: the set names the fixture site's entries, and another site may lack some.
   */
  absent: string[];
}

/** Recall and precision over some of the outcomes (all of them, or the verb queries). */
export function figures(outcomes: readonly QueryOutcome[]): Figures {
  const recall = (o: { hits: number }, expected: number) => (expected ? o.hits / expected : 1);
  const mean = (f: (o: QueryOutcome) => number) => outcomes.reduce((sum, o) => sum + f(o), 0) / outcomes.length;
  const share = (side: 'before' | 'after') => {
    const found = outcomes.reduce((sum, o) => sum + o[side].found, 0);
    return found ? outcomes.reduce((sum, o) => sum + o[side].hits, 0) / found : 0;
  };
  return {
    recallBefore: mean((o) => recall(o.before, o.expected)),
    recallAfter: mean((o) => recall(o.after, o.expected)),
    precisionBefore: share('before'),
    precisionAfter: share('after'),
  };
}

/**
 * Plain Pagefind on the open page: every result URL for the query as typed, from the
 * page language's index. (Source text, so that no test transform rewrites its import().)
 */
export async function plainSearch(page: Page, q: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/' + document.documentElement.lang + '/pagefind.js');
    const res = await pf.search(${JSON.stringify(q)});
    const data = await Promise.all(res.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

/** The search page: submits the query and reads every result link, pressing "show more" until all are shown. */
export async function pageSearch(page: Page, q: string): Promise<string[]> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (query) => {
      const list = document.querySelector('[data-search-results]');
      return list && !list.hasAttribute('aria-busy') && new URLSearchParams(location.search).get('q') === query;
    },
    q,
  );
  for (;;) {
    const more = page.locator('[data-search-more]');
    if (await more.isHidden()) break;
    const before = await page.locator('.result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  }
  return page.locator('.result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The pages among `urls` that the open site serves. */
async function served(page: Page, urls: string[]): Promise<Set<string>> {
  const ok: string[] = await page.evaluate(
    async (list) => (await Promise.all(list.map(async (u) => ((await fetch(u, { method: 'HEAD' })).ok ? u : '')))).filter(Boolean),
    urls,
  );
  return new Set(ok);
}

export async function runKazakhEval(page: Page, baseUrl: string, queries: readonly EvalQuery[]): Promise<EvalReport> {
  await page.goto(`${baseUrl}/kk/search/`);
  const named = [...new Set(queries.flatMap((q) => q.expect))];
  const present = await served(page, named.map((p) => `/kk/${p}/`));
  const outcomes: QueryOutcome[] = [];
  for (const item of queries) {
    const wanted = new Set(item.expect.map((p) => `/kk/${p}/`).filter((u) => present.has(u)));
    const before = await plainSearch(page, item.q);
    const after = await pageSearch(page, item.q);
    // A page listed twice would count twice: count distinct pages, and let the browser test check for repeats.
    const count = (urls: string[]) => ({ found: new Set(urls).size, hits: [...new Set(urls)].filter((u) => wanted.has(u)).length });
    const exact = after.map((u) => before.includes(u));
    outcomes.push({
      q: item.q,
      form: item.form,
      verb: !!item.verb,
      expected: wanted.size,
      before: count(before),
      after: count(after),
      exactFirst: exact.every((isExact, i) => isExact || !exact.slice(i).includes(true)),
    });
  }
  return { queries: outcomes, ...figures(outcomes), absent: named.filter((p) => !present.has(`/kk/${p}/`)) };
}

/** The report as a Markdown table, for docs/search-kazakh.md. */
export function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const verbs = figures(r.queries.filter((o) => o.verb));
  const verbCount = r.queries.filter((o) => o.verb).length;
  const rows = r.queries.map(
    (o) =>
      `| ${o.q} | ${o.form} | ${o.expected} | ${o.before.hits}/${o.expected} (${o.before.found}) | ${o.after.hits}/${o.expected} (${o.after.found})${o.exactFirst ? '' : ' †'} |`,
  );
  return [
    `Recall (mean over ${r.queries.length} queries): before ${pct(r.recallBefore)}, after ${pct(r.recallAfter)}.`,
    `Precision (share of results that were expected): before ${pct(r.precisionBefore)}, after ${pct(r.precisionAfter)}.`,
    `Verb queries (${verbCount}): recall before ${pct(verbs.recallBefore)}, after ${pct(verbs.recallAfter)}; precision before ${pct(verbs.precisionBefore)}, after ${pct(verbs.precisionAfter)}.`,
    `Exact forms first (plain Pagefind's results for the words as typed lead): ${r.queries.filter((o) => o.exactFirst).length} of ${r.queries.length} queries (the others are marked †).`,
    ...(r.absent.length ? [`Expected entries this site does not have, left out: ${r.absent.join(', ')}.`] : []),
    '',
    '| Query | Tests | Expected | Plain Pagefind: found (results) | Search page: found (results) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
