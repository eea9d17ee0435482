import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site';
import { fileFor } from '../helpers/html';
import { dist } from '../helpers/paths';
import { formatReport, runKazakhEval, type EvalReport } from '../search/eval';
import { kazakhQueries } from '../search/kazakh-queries';

/** Mean recall the search page reached on the set when it was last measured (README, "Kazakh"). */
const RECALL_AFTER = 0.978;

const site = useBuiltSite();
let report: EvalReport;

beforeAll(async () => {
  report = await runKazakhEval(await site.browser.newPage(), site.url, kazakhQueries);
  console.log(formatReport(report).split('\n').slice(0, 2).join('\n'));
}, 120_000);

describe('Kazakh evaluation set', () => {
  it('has at least 30 queries, each naming entries that exist', () => {
    expect(kazakhQueries.length).toBeGreaterThanOrEqual(30);
    for (const q of kazakhQueries) {
      expect(q.expect.length, q.q).toBeGreaterThan(0);
      for (const p of q.expect) expect(fileFor(dist, `/kk/${p}/`), `${q.q}: ${p}`).toBeDefined();
    }
    expect(report.queries.every((o) => o.expected === new Set(kazakhQueries.find((q) => q.q === o.q)!.expect).size)).toBe(true);
  });

  it(`keeps mean recall through the search page at or above ${(RECALL_AFTER * 100).toFixed(1)}%`, () => {
    expect(report.recallAfter).toBeGreaterThanOrEqual(RECALL_AFTER);
    expect(report.recallAfter).toBeGreaterThan(report.recallBefore);
  });

  it('finds, for every query, at least what plain Pagefind finds', () => {
    const worse = report.queries.filter((o) => o.after.hits < o.before.hits).map((o) => o.q);
    expect(worse).toEqual([]);
  });
});
