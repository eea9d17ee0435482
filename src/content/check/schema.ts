/**
 * Each entry against its collection's zod schema (`src/content/schemas.ts`), as the build checks
 * it, plus the loader's rule that an image field names a file that exists. References to other
 * entries are left to `./references`, which checks them against the folder being checked.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from '../../utils/content-problem';
import { imageFields } from '../fields';
import { missingImages } from '../file-rules';
import { entrySchema, plainShapes } from '../schemas';
import type { ContentEntry } from './entries';

export function schemaProblems(entries: readonly ContentEntry[]): ContentProblem[] {
  // Images as plain paths: whether the file exists is checked below, as the loader does.
  const allShapes = plainShapes();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.stub) continue;
    const shape = allShapes[entry.collection];
    const images = imageFields(shape).map(({ field }) => field);
    for (const message of missingImages(entry.data, images, entry.path)) {
      const field = message.slice(0, message.indexOf(':'));
      problems.push({ file: entry.file, line: entry.lineOf([field]), rule: 'missing-image', message });
    }
    const result = entrySchema(entry.collection, () => z.string()).safeParse(entry.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      problems.push({ file: entry.file, line: entry.lineOf(issue.path), rule: 'schema', message: field ? `${field}: ${issue.message}` : issue.message });
    }
  }
  return problems;
}
