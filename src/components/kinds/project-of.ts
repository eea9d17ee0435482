import type { AnyItem } from '../../content/readers';
import { hasCard } from '../../content/templates';

/** The project an entry belongs to: the one it names, or itself for a project. */
export function projectOf(item: AnyItem): string | undefined {
  if (hasCard(item, 'project')) return item.slug;
  const data: Record<string, unknown> = item.entry.data;
  return typeof data.project === 'string' && data.project !== '' ? data.project : undefined;
}
