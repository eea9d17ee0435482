/**
 * References between entries (a report's region and project, a project's regions): each must
 * name an entry that exists in the content folder being checked, in the loader's own words
 * (`unknownReferenceMessage` in ../file-rules.ts).
 */
import type { CollectionName } from '../../model/collections';
import type { ContentProblem } from '../../utils/content-problem';
import { referenceFields } from '../fields';
import { unknownReferenceMessage } from '../file-rules';
import { plainShapes } from '../schemas';
import type { ContentEntry } from './entries';

export function referenceProblems(entries: readonly ContentEntry[], known: ReadonlyMap<CollectionName, ReadonlySet<string>>): ContentProblem[] {
  const shapes = plainShapes();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.stub) continue;
    for (const { field, collection, multiple } of referenceFields(shapes[entry.collection])) {
      const targets = known.get(collection) ?? new Set<string>();
      const value = entry.data[field];
      const slugs = multiple ? (Array.isArray(value) ? value : []) : [value];
      slugs.forEach((slug, i) => {
        // Not text, or empty: the schema says so.
        if (typeof slug !== 'string' || slug === '' || targets.has(slug)) return;
        const path = multiple ? [field, i] : [field];
        problems.push({ file: entry.file, line: entry.lineOf(path), rule: 'reference', message: `${path.join('.')}: ${unknownReferenceMessage(slug, collection, targets)}` });
      });
    }
  }
  return problems;
}
