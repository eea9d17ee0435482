/**
 * Content problems as a GitLab Code Quality report (`gl-code-quality-report.json`), the subset
 * of the Code Climate format that GitLab reads from a job's `artifacts:reports:codequality` and
 * shows in the merge request. Each issue needs a description, a check name, a unique
 * fingerprint, a severity and a path with a first line.
 */
import type { ContentProblem } from './content-problem';
import { digestOf } from './digest';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** The report's usual file name, which the GitLab job publishes. */
export const CODE_QUALITY_REPORT = 'gl-code-quality-report.json';

/**
 * The issues, one per problem. A problem blocks the merge, so it is `major`. The fingerprint
 * is a digest of the rule, the file, the message and how many identical problems came before
 * it, without the line: GitLab matches issues between the target branch and the merge request
 * by fingerprint, so a problem that only moves down the file is not reported as new, and two
 * identical problems in one file stay two issues. A problem with no known line points at line 1.
 */
export function codeQualityIssues(problems: readonly ContentProblem[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const identity = digestOf(problem.rule, problem.file, problem.message);
    const nth = seen.get(identity) ?? 0;
    seen.set(identity, nth + 1);
    return {
      description: problem.message,
      check_name: problem.rule,
      fingerprint: digestOf(identity, nth),
      severity: 'major',
      location: { path: problem.file, lines: { begin: problem.line ?? 1 } },
    };
  });
}

/** The report file's text. */
export function codeQualityReport(problems: readonly ContentProblem[]): string {
  return `${JSON.stringify(codeQualityIssues(problems), null, 2)}\n`;
}
