/**
 * Checks the content before it reaches readers: every problem is listed with its file, line and
 * fix, and the script fails if there is any. In order:
 *   files and front matter, schema, references, content rules, image metadata (the fast parts),
 *   then a production build (`npm run build`) and the metadata of the images it wrote.
 * The build is skipped when the fast parts found something the build would stop at.
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) each problem is also an annotation on its file and
 * line, and the list goes to the run's summary; on GitLab CI (GITLAB_CI=true) they are written
 * to a Code Quality report that the merge request shows (`gl-code-quality-report.json`, or
 * $CODE_QUALITY_REPORT). docs/checks.md says what runs where.
 *
 * Run: npm run check:content                (the real content, or $ULAGAT_CONTENT_DIR)
 *      npm run check:content -- --no-build   (the fast parts only)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import type * as Check from '../src/content/check/index.ts';
import type * as Images from '../src/content/check/images.ts';
import type { ContentProblem } from '../src/utils/content-problem.ts';
import type * as Text from '../src/utils/content-problem-text.ts';
import type * as GitHub from '../src/utils/github-annotations.ts';
import type * as GitLab from '../src/utils/gitlab-code-quality.ts';

const build = !process.argv.includes('--no-build');
const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const line = (ok: boolean, name: string, detail: string) => console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);

// Through Vite, which resolves the site's extensionless imports.
const [{ module: check }, { module: images }, { module: text }, { module: github }, { module: gitlab }] = await Promise.all([
  runnerImport<typeof Check>('./src/content/check/index.ts'),
  runnerImport<typeof Images>('./src/content/check/images.ts'),
  runnerImport<typeof Text>('./src/utils/content-problem-text.ts'),
  runnerImport<typeof GitHub>('./src/utils/github-annotations.ts'),
  runnerImport<typeof GitLab>('./src/utils/gitlab-code-quality.ts'),
]);
const steps = await check.checkContent();
for (const step of steps) line(step.problems.length === 0, step.name, step.problems.length ? `${step.problems.length} problem(s)` : `${step.checked} fine`);
console.log(`  (${seconds(started)})`);
const problems: ContentProblem[] = check.problemsOf(steps);

// Problems the build itself would stop at: with them, the build would only repeat the first.
const blocking = steps.some((s) => ['files', 'schema', 'references'].includes(s.name) && s.problems.length > 0);
let buildFailed = false;
if (build && blocking) {
  console.log('– build: not run, since it would stop at the first problem above. Fix those, then run the check again.');
} else if (build) {
  const from = performance.now();
  console.log('\n> npm run build');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  buildFailed = result.status !== 0;
  line(!buildFailed, 'build', buildFailed ? `failed (${seconds(from)}); its output above names the file and the fix` : `done (${seconds(from)})`);
  if (!buildFailed) {
    const built = await images.builtImageProblems('dist');
    line(built.problems.length === 0, 'built images', built.problems.length ? `${built.problems.length} problem(s)` : `${built.checked} images without metadata`);
    problems.push(...built.problems);
  }
}

if (process.env.GITHUB_ACTIONS === 'true') {
  for (const annotation of github.githubAnnotations(problems)) console.log(annotation);
  if (buildFailed) console.log('::error title=Content check%3A build::The production build failed. Its log names the file and the fix.');
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, github.githubStepSummary(problems));
}
if (process.env.GITLAB_CI === 'true') {
  const report = process.env.CODE_QUALITY_REPORT ?? gitlab.CODE_QUALITY_REPORT;
  writeFileSync(report, gitlab.codeQualityReport(problems));
  console.log(`Wrote the Code Quality report ${report} (${problems.length} issue(s)).`);
}

if (problems.length) console.log(`\n${text.problemsText(problems)}\n`);
const failed = problems.length > 0 || buildFailed;
console.log(
  failed
    ? `Content check failed: ${problems.length} problem(s)${buildFailed ? ' and a failed build' : ''} (${seconds(started)}).`
    : `Content check passed${build ? '' : ' (without the build)'} (${seconds(started)}).`,
);
process.exit(failed ? 1 : 0);
