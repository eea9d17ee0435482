/**
 * Reads the collections: every published entry resolved for a locale (untranslated ones through
 * their fallback language), in its kind's order. Route builders (`./routes/`) are the only callers
 * on the site side: pages and components get what they show as props, so a page's cache key
 * covers it (`./keys.ts`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { collectionNames, kinds, type CollectionName } from '../model/collections';
import { resolveAll, type Resolved } from '../utils/translations';

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type Item<C extends CollectionName> = Resolved<Entry<C>>;
/** An item of any collection, as lists of mixed kinds hold them; the template guards (`./templates.ts`) narrow it. */
export type AnyItem = Item<CollectionName>;

const showDrafts = import.meta.env.DEV;

function isDraft(data: object): boolean {
  return 'draft' in data && data.draft === true;
}

/** Every entry of a collection, drafts included (the CMS's reference lists, the translation status). */
export function allEntries<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return getCollection(collection);
}

async function published<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return (await allEntries(collection)).filter((e) => showDrafts || !isDraft(e.data));
}

/** Compares two values of a sort field: dates by instant, numbers by value, text by the language's collation. */
function compareValues(a: unknown, b: unknown, collator: Intl.Collator): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  // An entry without the field sorts after those with it.
  return a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : 0;
}

function sortByKind<C extends CollectionName>(collection: C, items: Item<C>[], locale: Locale): Item<C>[] {
  const { field, direction } = kinds[collection].order;
  const collator = new Intl.Collator(locale);
  const sign = direction === 'asc' ? 1 : -1;
  const value = (item: Item<C>): unknown => {
    const data: Record<string, unknown> = item.entry.data;
    return data[field];
  };
  return items.sort((a, b) => sign * compareValues(value(a), value(b), collator) || a.slug.localeCompare(b.slug));
}

/**
 * A production build renders thousands of pages from content that cannot change during the
 * build, so each list is resolved and sorted once per locale. In dev, content changes under a
 * running server, so nothing is kept. Callers get a copy they may reorder.
 */
const memo = new Map<string, Promise<Item<CollectionName>[]>>();

/** The published entries of a collection for a locale, in the kind's order. */
export async function itemsOf<C extends CollectionName>(collection: C, locale: Locale): Promise<Item<C>[]> {
  const make = async () => sortByKind(collection, resolveAll(await published(collection), locale), locale);
  if (!import.meta.env.PROD) return make();
  const key = `${collection}:${locale}`;
  let hit = memo.get(key);
  if (!hit) {
    hit = make();
    memo.set(key, hit);
  }
  return (await hit).filter((item) => isItemOf(item, collection));
}

/** Narrows an item of any collection to one collection. */
export function isItemOf<C extends CollectionName>(item: AnyItem, collection: C): item is Item<C> {
  return item.entry.collection === collection;
}

/** Every published entry of every collection in a locale. */
export async function everyEntry(locale: Locale): Promise<AnyItem[]> {
  const lists = await Promise.all(collectionNames.map((c) => itemsOf(c, locale)));
  return lists.flat();
}

const slugMemo = new Map<string, Promise<ReadonlyMap<string, AnyItem>>>();

/** Entries of a collection by slug, for a locale; made once per build (in development, on every call, like `itemsOf`). */
export function bySlug(collection: CollectionName, locale: Locale): Promise<ReadonlyMap<string, AnyItem>> {
  const make = async () => new Map((await itemsOf(collection, locale)).map((item): [string, AnyItem] => [item.slug, item]));
  if (!import.meta.env.PROD) return make();
  const key = `${collection}:${locale}`;
  let hit = slugMemo.get(key);
  if (!hit) {
    hit = make();
    slugMemo.set(key, hit);
  }
  return hit;
}
