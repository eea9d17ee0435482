import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { githubAnnotation, githubAnnotations } from '../../src/utils/github-annotations';
import { codeQualityIssues, codeQualityReport } from '../../src/utils/gitlab-code-quality';
import type { ContentProblem } from '../../src/utils/content-problem';
import { contentWith } from '../helpers/bad-content';
import { root } from '../helpers/paths';

/** The bad fixture these tests feed in: a summary too long, an unknown region, a phone photo. */
const fixtureCases = ['summary-too-long', 'unknown-region', 'image-metadata'];
const PHOTO_MESSAGE =
  'the image still carries EXIF and XMP (the GPS position where it was taken, the date and time, the camera or phone model and serial numbers), which anyone who downloads it can read. Fix: run "npm run content:strip-metadata", which removes it in place and keeps the picture the right way up, then commit the file; or upload the photo again through the CMS, which cleans it.';

const ANNOTATIONS = [
  '::error file=content/news/ru/long-summary.md,line=4,title=Content check%3A schema::summary: is 335 characters long; the limit is 300. Fix: shorten it to 300 characters or fewer.',
  '::error file=content/news/ru/unknown-region.md,line=5,title=Content check%3A reference::region: "atlantis" is not a known entry of regions. Fix: use one of: zhetysu; or add content/regions/<locale>/atlantis.md first.',
  `::error file=content/media/phone-photo.jpg,title=Content check%3A image-metadata::${PHOTO_MESSAGE}`,
];

const REPORT = [
  {
    description: 'summary: is 335 characters long; the limit is 300. Fix: shorten it to 300 characters or fewer.',
    check_name: 'schema',
    fingerprint: '21f7e98df262b5655c4b5c231e978d4f',
    severity: 'major',
    location: { path: 'content/news/ru/long-summary.md', lines: { begin: 4 } },
  },
  {
    description: 'region: "atlantis" is not a known entry of regions. Fix: use one of: zhetysu; or add content/regions/<locale>/atlantis.md first.',
    check_name: 'reference',
    fingerprint: '6025d33d355be4b71b4160d9dd7ca1ba',
    severity: 'major',
    location: { path: 'content/news/ru/unknown-region.md', lines: { begin: 5 } },
  },
  {
    description: PHOTO_MESSAGE,
    check_name: 'image-metadata',
    fingerprint: '0a2954e8dbd51bdeed96c5da1a5ca250',
    severity: 'major',
    location: { path: 'content/media/phone-photo.jpg', lines: { begin: 1 } },
  },
];

describe('GitHub annotations', () => {
  it("escape %, CR and LF in the message, and also : and , in properties, as the runner's rules say", () => {
    const problem: ContentProblem = { file: 'content/news/ru/a,b:c%.md', line: 3, rule: 'x', message: '100% done\r\nnext: one, two' };
    expect(githubAnnotation(problem)).toBe('::error file=content/news/ru/a%2Cb%3Ac%25.md,line=3,title=Content check%3A x::100%25 done%0D%0Anext: one, two');
  });

  it('leave the line out when it is not known', () => {
    expect(githubAnnotation({ file: 'content/media/a.jpg', rule: 'image-metadata', message: 'm' })).toBe('::error file=content/media/a.jpg,title=Content check%3A image-metadata::m');
  });
});

describe('GitLab Code Quality issues', () => {
  it('get distinct fingerprints for identical problems, which do not change when the problem moves down the file', () => {
    const problem: ContentProblem = { file: 'content/news/ru/a.md', line: 3, rule: 'x', message: 'm' };
    const [a, b] = codeQualityIssues([problem, problem]);
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
    expect(codeQualityIssues([{ ...problem, line: 9 }])[0]!.fingerprint).toBe(a!.fingerprint);
  });
});

describe('annotations of a bad fixture', () => {
  let problems: ContentProblem[];
  let contentDir: string;
  beforeAll(async () => {
    contentDir = contentWith(...fixtureCases);
    const { checkContent, problemsOf } = await import('../../src/content/check/index');
    problems = problemsOf(await checkContent({ root: contentDir }));
  });

  it('are exactly these GitHub lines', () => {
    expect(githubAnnotations(problems)).toEqual(ANNOTATIONS);
  });

  it('are exactly this GitLab report', () => {
    expect(JSON.parse(codeQualityReport(problems))).toEqual(REPORT);
  });

  it('are what `npm run check:content` prints on GitHub and writes on GitLab, failing the job', () => {
    const out = mkdtempSync(join(tmpdir(), 'ulagat-ci-'));
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--no-build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ULAGAT_CONTENT_DIR: contentDir,
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: join(out, 'summary.md'),
        GITLAB_CI: 'true',
        CODE_QUALITY_REPORT: join(out, 'report.json'),
      },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual(ANNOTATIONS);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual(REPORT);
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('### Content check: 3 problems to fix');
    expect(summary).toContain('- `content/news/ru/unknown-region.md`, line 5: region: "atlantis" is not a known entry of regions.');
    // A second Node process that loads the check through Vite: about a second, more on a busy machine.
  }, 60_000);
});
