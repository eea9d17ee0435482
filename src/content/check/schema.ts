/**
 * Each entry against its collection's zod schema (`src/content/schemas.ts`), as the build checks
 * it, plus the loader's rule that an image field names a file that exists. References to other
 * entries are left to `./references`, which checks them against the folder being checked.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from '../../utils/content-problem';
import { fieldMeta } from '../fields';
import { missingImages } from '../loader';
import { schemas, shapes } from '../schemas';
import type { ContentEntry } from './entries';

/** The names of a collection's fields that use the given CMS widget (`image`, `relation`). */
function fieldsWith(shape: z.ZodRawShape, widget: string): Set<string> {
  return new Set(Object.entries(shape).filter(([, field]) => fieldMeta(field as z.ZodType)?.widget === widget).map(([name]) => name));
}

export function schemaProblems(entries: readonly ContentEntry[]): ContentProblem[] {
  // Images as plain paths: whether the file exists is checked below, as the loader does.
  const all = schemas(() => z.string());
  const allShapes = shapes(() => z.string());
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.stub) continue;
    const shape = allShapes[entry.collection];
    const images = [...fieldsWith(shape, 'image')];
    const relations = fieldsWith(shape, 'relation');
    for (const message of missingImages(entry.data, images, entry.path)) {
      const field = message.slice(0, message.indexOf(':'));
      problems.push({ file: entry.file, line: entry.lineOf([field]), rule: 'missing-image', message });
    }
    const result = all[entry.collection].safeParse(entry.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      // "Not a known entry" of a reference field: checked by ./references against the folder being checked.
      if (issue.code === 'custom' && relations.has(String(issue.path[0]))) continue;
      const field = issue.path.map(String).join('.');
      problems.push({ file: entry.file, line: entry.lineOf(issue.path), rule: 'schema', message: field ? `${field}: ${issue.message}` : issue.message });
    }
  }
  return problems;
}
