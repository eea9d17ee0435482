import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { fileFor } from '../helpers/html';
import { dist } from '../helpers/paths';
import { figures, formatReport, runKazakhEval, type EvalReport } from '../search/eval';
import { kazakhQueries } from '../search/kazakh-queries';

/** What the search page reached on the set, on the fixture site, when it was last measured (docs/search-kazakh.md). */
const FLOOR = { recall: 0.97, precision: 0.92 };
/** The same for the verb queries alone. */
const VERB_FLOOR = { recall: 0.945, precision: 0.915 };

const site = useBuiltSite();
let report: EvalReport;

beforeAll(async () => {
  report = await runKazakhEval(await site.browser.newPage(), site.url, kazakhQueries);
  console.log(formatReport(report).split('\n').slice(0, 4).join('\n'));
}, 300_000);

describe('Kazakh evaluation set', () => {
  it('has at least 100 queries, 40 of them verb forms and some phrased as in the news, each naming entries that exist', () => {
    expect(kazakhQueries.length).toBeGreaterThanOrEqual(100);
    expect(kazakhQueries.filter((q) => q.verb).length).toBeGreaterThanOrEqual(40);
    expect(kazakhQueries.filter((q) => q.from).length).toBeGreaterThanOrEqual(5);
    expect(new Set(kazakhQueries.map((q) => q.q)).size).toBe(kazakhQueries.length);
    for (const q of kazakhQueries) {
      expect(q.expect.length, q.q).toBeGreaterThan(0);
      for (const p of q.expect) expect(fileFor(dist, `/kk/${p}/`), `${q.q}: ${p}`).toBeDefined();
    }
    expect(report.absent).toEqual([]);
    expect(report.queries.every((o) => o.expected === new Set(kazakhQueries.find((q) => q.q === o.q)!.expect).size)).toBe(true);
  });

  it(`keeps recall at or above ${FLOOR.recall * 100}% and precision at or above ${FLOOR.precision * 100}% through the search page`, () => {
    expect(report.recallAfter).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(report.precisionAfter).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(report.recallAfter).toBeGreaterThan(report.recallBefore);
    expect(report.precisionAfter).toBeGreaterThan(report.precisionBefore);
  });

  it(`keeps recall at or above ${VERB_FLOOR.recall * 100}% and precision at or above ${VERB_FLOOR.precision * 100}% on the verb queries`, () => {
    const verbs = figures(report.queries.filter((o) => o.verb));
    expect(verbs.recallAfter).toBeGreaterThanOrEqual(VERB_FLOOR.recall);
    expect(verbs.precisionAfter).toBeGreaterThanOrEqual(VERB_FLOOR.precision);
  });

  it('finds, for every query, at least what plain Pagefind finds, unless the entries say it with another word', () => {
    const otherWord = new Set(kazakhQueries.filter((q) => q.textSays).map((q) => q.q));
    const worse = report.queries.filter((o) => o.after.hits < o.before.hits && !otherWord.has(o.q)).map((o) => o.q);
    expect(worse).toEqual([]);
  });

  it('lists the exact forms first: what plain Pagefind finds for the words as typed leads the results', () => {
    expect(report.queries.filter((o) => !o.exactFirst).map((o) => o.q)).toEqual([]);
  });
});
