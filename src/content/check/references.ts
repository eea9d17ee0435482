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
      if (meta?.widget !== 'relation' || !meta.collection) continue;
      const value = entry.data[field];
      const slugs = meta.multiple ? (Array.isArray(value) ? value : []) : [value];
      slugs.forEach((slug, i) => {
        if (typeof slug !== 'string' || slug === '') return;
        const targets = known.get(meta.collection!) ?? new Set<string>();
        if (targets.has(slug)) return;
        const path = meta.multiple ? [field, i] : [field];
        problems.push({ file: entry.file, line: entry.lineOf(path), rule: 'reference', message: `${path.join('.')}: ${unknownReferenceMessage(slug, meta.collection!, targets)}` });
      });
    }
  }
  return problems;
}
