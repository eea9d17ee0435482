import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { badContentCases, contentWith } from '../helpers/bad-content';
import { digestTree } from '../helpers/content';

/**
 * Every bad-content case is checked in-process by the content check (test/unit/content-check.test.ts),
 * with the same messages. These builds prove that the build itself stops on bad content with the
 * file, the field and the fix: through the schema (Astro's validation) and through the loader's
 * front-matter rule, the two ways a content error reaches the build.
 */
const buildCases = ['missing-title', 'invalid-yaml'] as const;

describe('bad content fails the build with the file, the field and the fix', () => {
  for (const name of buildCases) {
    const { file, message } = badContentCases[name]!;
    it(name, () => {
      const contentDir = contentWith(name);
      const before = digestTree(contentDir);
      const build = astroBuild({ contentDir });
      expect(build.status, build.output.slice(-2000)).not.toBe(0);
      expect(build.output).toContain(file);
      expect(build.output).toMatch(message);
      // The error is about that file only, and nothing was written to the content.
      expect(build.output).not.toMatch(/round-table\.md:(?! not translated)|school-of-moms\.md:(?! not translated)/);
      expect(digestTree(contentDir)).toBe(before);
    });
  }
});
