/**
 * Reads the collections for pages: every entry resolved for a locale, untranslated
 * ones through their fallback language. The only module pages use to reach content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales';
import { isUpcoming } from '../utils/dates';
import { buildNow } from '../utils/now';
import { resolveAll, type Resolved } from '../utils/translations';
import type { ImageMetadata } from 'astro';
import type { CoverLookup } from '../utils/covers';
import type { CollectionName } from './collections';

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type Item<C extends CollectionName> = Resolved<Entry<C>>;

const showDrafts = import.meta.env.DEV;

async function published<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  const all = (await getCollection(collection)) as Entry<C>[];
  return all.filter((e) => showDrafts || !('draft' in e.data && e.data.draft));
}

const collator = (locale: Locale) => new Intl.Collator(locale);

export async function newsItems(locale: Locale): Promise<Item<'news'>[]> {
  const items = resolveAll(await published('news'), locale);
  return items.sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.slug.localeCompare(b.slug));
}

export async function eventItems(locale: Locale): Promise<Item<'master-classes'>[]> {
  const items = resolveAll(await published('master-classes'), locale);
  return items.sort((a, b) => a.entry.data.start.getTime() - b.entry.data.start.getTime() || a.slug.localeCompare(b.slug));
}

export async function projectItems(locale: Locale): Promise<Item<'projects'>[]> {
  const items = resolveAll(await published('projects'), locale);
  return items.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

export async function regionItems(locale: Locale): Promise<Item<'regions'>[]> {
  const items = resolveAll(await published('regions'), locale);
  const c = collator(locale);
  return items.sort((a, b) => c.compare(a.entry.data.name, b.entry.data.name));
}

export async function pageItems(locale: Locale): Promise<Item<'pages'>[]> {
  return resolveAll(await published('pages'), locale);
}

const readers = {
  news: newsItems,
  'master-classes': eventItems,
  projects: projectItems,
  regions: regionItems,
  pages: pageItems,
} satisfies { [C in CollectionName]: (locale: Locale) => Promise<Item<C>[]> };

export function itemsOf<C extends CollectionName>(collection: C, locale: Locale): Promise<Item<C>[]> {
  return (readers[collection] as (l: Locale) => Promise<Item<C>[]>)(locale);
}

/** `getStaticPaths` for an entry route: every slug in every locale. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const perLocale = await Promise.all(locales.map(async (locale) => ({ locale, items: await itemsOf(collection, locale) })));
  return perLocale.flatMap(({ locale, items }) =>
    items.map((item) => ({ params: { locale, slug: item.slug }, props: { item } })),
  );
}

export function splitEvents(items: Item<'master-classes'>[], now = buildNow()) {
  const upcoming = items.filter((i) => isUpcoming(i.entry.data, now));
  const past = items.filter((i) => !isUpcoming(i.entry.data, now)).reverse();
  return { upcoming, past };
}

export const localeStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/** Project slug → cover in the locale's language, for news and events without their own. */
export async function projectCovers(locale: Locale): Promise<CoverLookup> {
  const map = new Map<string, { src: ImageMetadata; alt: string }>();
  for (const p of await projectItems(locale)) {
    if (p.entry.data.cover && p.entry.data.coverAlt) map.set(p.slug, { src: p.entry.data.cover, alt: p.entry.data.coverAlt });
  }
  return map;
}
