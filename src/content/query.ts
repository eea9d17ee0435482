/**
 * Reads the collections for pages: every entry resolved for a locale, untranslated
 * ones through their fallback language. The only module pages use to reach content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, sourceLocale, type Locale } from '../i18n/locales';
import { isUpcoming } from '../utils/dates';
import { digestOf } from '../utils/digest';
import { buildNow } from '../utils/now';
import { entryStatus, type EntryStatus } from '../utils/translation-status';
import { groupBySlug, resolveAll, type Resolved } from '../utils/translations';
import type { ImageMetadata } from 'astro';
import type { CoverLookup } from '../utils/covers';
import { collectionNames, type CollectionName } from './collections';
import { fileHistory, type HistorySource } from './history';
import { contentDir } from './paths';

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type Item<C extends CollectionName> = Resolved<Entry<C>>;

const showDrafts = import.meta.env.DEV;

async function published<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  const all = (await getCollection(collection)) as Entry<C>[];
  return all.filter((e) => showDrafts || !('draft' in e.data && e.data.draft));
}

const collator = (locale: Locale) => new Intl.Collator(locale);

/**
 * A production build renders thousands of pages from content that cannot change during the
 * build, so each list is resolved and sorted once per locale. In dev, content changes under a
 * running server, so nothing is kept. Callers get a copy they may reorder.
 */
const memo = new Map<string, Promise<unknown[]>>();
function once<T>(key: string, make: () => Promise<T[]>): Promise<T[]> {
  if (!import.meta.env.PROD) return make();
  let hit = memo.get(key) as Promise<T[]> | undefined;
  if (!hit) {
    hit = make();
    memo.set(key, hit);
  }
  return hit.then((list) => [...list]);
}

export function newsItems(locale: Locale): Promise<Item<'news'>[]> {
  return once(`news:${locale}`, async () => {
    const items = resolveAll(await published('news'), locale);
    return items.sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.slug.localeCompare(b.slug));
  });
}

export function eventItems(locale: Locale): Promise<Item<'master-classes'>[]> {
  return once(`master-classes:${locale}`, async () => {
    const items = resolveAll(await published('master-classes'), locale);
    return items.sort((a, b) => a.entry.data.start.getTime() - b.entry.data.start.getTime() || a.slug.localeCompare(b.slug));
  });
}

export function projectItems(locale: Locale): Promise<Item<'projects'>[]> {
  return once(`projects:${locale}`, async () => {
    const items = resolveAll(await published('projects'), locale);
    return items.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
  });
}

export function regionItems(locale: Locale): Promise<Item<'regions'>[]> {
  return once(`regions:${locale}`, async () => {
    const items = resolveAll(await published('regions'), locale);
    const c = collator(locale);
    return items.sort((a, b) => c.compare(a.entry.data.name, b.entry.data.name));
  });
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

/**
 * What every keyed page shows besides its entries: the projects and regions in every language
 * (names, covers, links; fallbacks come from other languages) and the footer's year.
 */
let entryContext: Promise<string> | undefined;
function entryPageContext(): Promise<string> {
  entryContext ??= Promise.all([published('projects'), published('regions')]).then(([projects, regions]) =>
    digestOf(buildNow().getUTCFullYear(), projects.map(({ id, data }) => [id, data]), regions.map(({ id, data }) => [id, data])),
  );
  return entryContext;
}

/**
 * What a page showing an entry depends on, as a digest: the resolved entry (data, rendered body,
 * language, translations) and, for an event, whether it is still to come. Kept per resolved
 * entry, which a build shows on its own page, a list page, its region's and its project's.
 */
const shownDigests = new WeakMap<Item<CollectionName>, string>();
function shownDigest(item: Item<CollectionName>): string {
  let digest = shownDigests.get(item);
  if (digest === undefined) {
    const { id, collection, data, rendered } = item.entry as Entry<CollectionName>;
    const upcoming = collection === 'master-classes' ? isUpcoming(data as Entry<'master-classes'>['data'], buildNow()) : null;
    digest = digestOf(item.lang, item.isFallback, item.translatedIn, id, data, rendered, upcoming);
    shownDigests.set(item, digest);
  }
  return digest;
}

/**
 * A `cacheKey` for a page drawn from the given entries (its own, and those it lists) and `more`
 * (a list's page numbers, say): Astro's incremental build keeps the page from the previous build
 * while its key and its code are unchanged. The key also covers `entryPageContext`.
 */
export async function shownKey(items: readonly Item<CollectionName>[], ...more: unknown[]): Promise<string> {
  return digestOf(await entryPageContext(), items.map(shownDigest), ...more);
}

/**
 * `getStaticPaths` for a page drawn from one entry alone, with a `cacheKey` per path
 * (`shownKey`) that also covers whatever `more` names (a calendar file's date stamp).
 */
export async function cachedEntryPaths<C extends CollectionName>(collection: C, more: (item: Item<C>) => unknown = () => null) {
  const paths = await entryPaths(collection);
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await shownKey([path.props.item], more(path.props.item)) })));
}

/**
 * `getStaticPaths` for a page drawn from one entry and the entries it lists (a region's or a
 * project's reports and events): `related` picks those, the page gets them as props next to
 * its `item`, and the `cacheKey` covers the entry and every entry listed.
 */
export async function relatedEntryPaths<C extends CollectionName, R extends Record<string, Item<CollectionName>[]>>(
  collection: C,
  related: (item: Item<C>, locale: Locale) => Promise<R>,
) {
  const paths = await entryPaths(collection);
  return Promise.all(
    paths.map(async ({ params, props: { item } }) => {
      const listed = await related(item, params.locale);
      return { params, props: { item, ...listed }, cacheKey: await shownKey([item, ...Object.values(listed).flat()]) };
    }),
  );
}

export function splitEvents(items: Item<'master-classes'>[], now = buildNow()) {
  const upcoming = items.filter((i) => isUpcoming(i.entry.data, now));
  const past = items.filter((i) => !isUpcoming(i.entry.data, now)).reverse();
  return { upcoming, past };
}

/**
 * `getStaticPaths` for a page per locale (a list, the home page, a feed), with a `cacheKey`
 * (`shownKey`) over the entries `shown` names for that locale: all it shows, and all that
 * decides what it shows. Without `shown`, the page depends on `entryPageContext` alone.
 */
export function localeCachedPaths(shown: (locale: Locale) => Promise<readonly Item<CollectionName>[]> = async () => []) {
  return Promise.all(locales.map(async (locale) => ({ params: { locale }, cacheKey: await shownKey(await shown(locale)) })));
}

/** Every published entry of every collection in a locale: for `localeCachedPaths` of a page drawn from all of them. */
export async function everyEntry(locale: Locale): Promise<Item<CollectionName>[]> {
  return (await Promise.all(collectionNames.map((c) => itemsOf(c, locale) as Promise<Item<CollectionName>[]>))).flat();
}

/** Project slug → cover in the locale's language, for news and events without their own. */
export async function projectCovers(locale: Locale): Promise<CoverLookup> {
  const map = new Map<string, { src: ImageMetadata; alt: string }>();
  for (const p of await projectItems(locale)) {
    if (p.entry.data.cover && p.entry.data.coverAlt) map.set(p.slug, { src: p.entry.data.cover, alt: p.entry.data.coverAlt });
  }
  return map;
}

export interface TranslationReport {
  /** Where the ages of the files come from. */
  history: HistorySource;
  sections: { collection: CollectionName; total: number; entries: (EntryStatus & { title: string; lang: Locale })[] }[];
}

/**
 * For editors: per collection, the entries that miss a locale (no file, or an untranslated
 * stub) or whose translation is older than its source. Drafts included.
 */
export async function translationReport(uiLocale: Locale): Promise<TranslationReport> {
  const history = fileHistory(contentDir);
  const sections: TranslationReport['sections'] = [];
  for (const collection of collectionNames) {
    const entries = (await getCollection(collection)) as Entry<CollectionName>[];
    const titles = new Map(
      resolveAll(entries, uiLocale).map((r) => {
        const data = r.entry.data as { title?: string; name?: string };
        return [r.slug, { title: data.title ?? data.name ?? r.slug, lang: r.lang }] as const;
      }),
    );
    const rows = [...groupBySlug(entries)].map(([slug, group]) => {
      const versions = Object.fromEntries(
        locales.filter((l) => group[l]).map((l) => [l, { time: group[l]!.filePath ? history.time(group[l]!.filePath!) : undefined }]),
      );
      return { ...entryStatus(slug, versions, locales, sourceLocale), ...titles.get(slug)! };
    });
    const collator = new Intl.Collator(uiLocale);
    sections.push({
      collection,
      total: rows.length,
      entries: rows.filter((r) => r.needsAttention).sort((a, b) => collator.compare(a.title, b.title)),
    });
  }
  return { history: history.source, sections };
}

/**
 * Every entry of the given collections with its name in each language it is translated
 * into (drafts included): the choices the CMS offers for a reference field.
 */
export async function referenceEntries(
  collections: readonly CollectionName[],
): Promise<Partial<Record<CollectionName, { slug: string; names: Partial<Record<Locale, string>> }[]>>> {
  const out: Partial<Record<CollectionName, { slug: string; names: Partial<Record<Locale, string>> }[]>> = {};
  for (const collection of collections) {
    const groups = groupBySlug((await getCollection(collection)) as Entry<CollectionName>[]);
    out[collection] = [...groups].map(([slug, group]) => ({
      slug,
      names: Object.fromEntries(
        locales.flatMap((l) => {
          const data = group[l]?.data as { title?: string; name?: string } | undefined;
          const name = data?.title ?? data?.name;
          return name ? [[l, name]] : [];
        }),
      ),
    }));
  }
  return out;
}
