/**
 * Content problems as GitHub Actions workflow commands, which GitHub shows as annotations on
 * the file and line of a pull request's diff and on the run's summary:
 * `::error file=content/news/kk/x.md,line=4,title=Content check%3A schema::message`.
 *
 * Escaping follows the runner's rules (the same as `@actions/core`): in the message `%`, `\r`
 * and `\n`; in a property also `:` and `,`, which would otherwise end the value. Written here
 * rather than taken from `@actions/core`, whose `error()` prints straight to stdout and brings
 * an HTTP client along for these few lines.
 */
import type { ContentProblem } from './content-problem';

/** Escapes the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value (`file=`, `title=`) of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The annotation's title: the check and the rule that failed. */
export const annotationTitle = (problem: ContentProblem) => `Content check: ${problem.rule}`;

/** One `::error` line for a problem. */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(annotationTitle(problem))}`);
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

/** The annotation lines for every problem, in order. */
export function githubAnnotations(problems: readonly ContentProblem[]): string[] {
  return problems.map(githubAnnotation);
}

/**
 * The problems as Markdown for the run's summary page (`$GITHUB_STEP_SUMMARY`), where an editor
 * who opens the failed check reads them in one place.
 */
export function githubStepSummary(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '### Content check passed\n';
  const lines = problems.map((p) => `- \`${p.file}\`${p.line === undefined ? '' : `, line ${p.line}`}: ${p.message.replace(/\s*\n\s*/g, ' ')}`);
  return `### Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix\n\n${lines.join('\n')}\n`;
}
