/**
 * References between entries (a report's region and project, a project's regions): each must
 * name an entry that exists in the content folder being checked. The message is the schema's
 * own (`ref()` in `src/content/fields.ts`); a unit test proves the two agree.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from '../../utils/content-problem';
import type { CollectionName } from '../collections';
import { fieldMeta } from '../fields';
import { shapes } from '../schemas';
import type { ContentEntry } from './entries';

/** The message for a slug that names no entry, listing the ones that exist. */
export function unknownReferenceMessage(slug: string, collection: CollectionName, known: ReadonlySet<string>): string {
  return `"${slug}" is not a known entry of ${collection}. Fix: use one of: ${[...known].sort().join(', ')}; or add content/${collection}/<locale>/${slug}.md first.`;
}

export function referenceProblems(entries: readonly ContentEntry[], known: ReadonlyMap<CollectionName, ReadonlySet<string>>): ContentProblem[] {
  const allShapes = shapes(() => z.string());
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.stub) continue;
    for (const [field, schema] of Object.entries(allShapes[entry.collection])) {
      const meta = fieldMeta(schema as z.ZodType);
      const target = meta?.widget === 'relation' ? meta.collection : undefined;
      if (!target) continue;
      const targets = known.get(target) ?? new Set<string>();
      const value = entry.data[field];
      const slugs = meta?.multiple ? (Array.isArray(value) ? value : []) : [value];
      slugs.forEach((slug, i) => {
        // Not text, or empty: the schema says so.
        if (typeof slug !== 'string' || slug === '' || targets.has(slug)) return;
        const path = meta?.multiple ? [field, i] : [field];
        problems.push({ file: entry.file, line: entry.lineOf(path), rule: 'reference', message: `${path.join('.')}: ${unknownReferenceMessage(slug, target, targets)}` });
      });
    }
  }
  return problems;
}
