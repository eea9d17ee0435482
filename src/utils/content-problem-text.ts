/** Content problems as plain text for a terminal or a log: grouped by file, each with its line and rule. */
import type { ContentProblem } from './content-problem';

export function problemsText(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks = [...byFile].map(([file, list]) =>
    [file, ...list.map((p) => `  ${p.line === undefined ? '' : `line ${p.line}: `}${p.message} [${p.rule}]`)].join('\n'),
  );
  return blocks.join('\n\n');
}
