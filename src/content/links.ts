/**
 * The entries an entry names (its region, project, regions), resolved in a locale: the names and
 * links its page, its card, its head tags and its calendar entry show.
 */
import type { Locale } from '../i18n/locales';
import type { CollectionName } from '../model/collections';
import { linkedEntry, type LinkedEntry } from '../utils/urls';
import { bySlug, isItemOf, type AnyItem, type Item } from './readers';
import { namedSlugs, referencesFrom } from './relations';

/** A named entry: the link, and the item it stands for. */
export interface Named {
  link: LinkedEntry;
  item: AnyItem;
}

/** Per reference field of an entry, the entries it names that exist in `locale`, in the order written. */
export async function namedEntries(item: AnyItem, locale: Locale): Promise<Record<string, Named[]>> {
  const data: Record<string, unknown> = item.entry.data;
  const out: Record<string, Named[]> = {};
  for (const { field, to } of referencesFrom(item.entry.collection)) {
    const targets = await bySlug(to, locale);
    out[field] = namedSlugs(data, field).flatMap((slug) => {
      const target = targets.get(slug);
      return target ? [{ link: linkedEntry(to, target, target.entry.data.title), item: target }] : [];
    });
  }
  return out;
}

/** The links of `namedEntries`, per field. */
export function linksOf(named: Record<string, Named[]>): Record<string, LinkedEntry[]> {
  return Object.fromEntries(Object.entries(named).map(([field, entries]) => [field, entries.map((e) => e.link)]));
}

/** The first named entry of a collection, across the entry's reference fields. */
export function firstNamed(named: Record<string, Named[]>, collection: CollectionName): Named | undefined {
  return Object.values(named)
    .flat()
    .find((n) => isItemOf(n.item, collection));
}

/** The first region an entry names, if any. */
export function firstRegion(named: Record<string, Named[]>): Item<'regions'> | undefined {
  const item = firstNamed(named, 'regions')?.item;
  return item && isItemOf(item, 'regions') ? item : undefined;
}
