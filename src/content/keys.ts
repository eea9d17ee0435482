/**
 * The one cache contract of the incremental build: a page's `cacheKey` is a digest of exactly
 * what it renders, its `params` and `props` from `getStaticPaths`, plus the shared context every
 * page shows (`sharedContext`). Pages and components read nothing else from the content: they get
 * it as props (an architecture test checks that no page, layout or component reads a collection),
 * so an edit that changes what a page shows always changes its key, and Astro renders it again.
 * Astro adds the page's code (its module graph) to the key itself.
 */
import { isCollectionName } from '../model/collections';
import { digestOf, digestWith } from '../utils/digest';
import { buildNow } from './now';

/** What every page shows besides its props: the footer's year. */
export function sharedContext() {
  return { year: buildNow().getUTCFullYear() };
}

interface EntryLike {
  collection: string;
  id: string;
  data: object;
  rendered?: { html: string } | undefined;
}

function isEntry(value: unknown): value is EntryLike {
  return typeof value === 'object' && value !== null && 'collection' in value && isCollectionName(value.collection) && 'id' in value && 'data' in value;
}

/**
 * Digests of entries, each made once per build: a list page, the entry's own page, its region's
 * and its project's page all show the same entry object.
 */
const entryDigests = new WeakMap<object, string>();
function entryDigest(entry: EntryLike): string {
  let digest = entryDigests.get(entry);
  if (digest === undefined) {
    digest = digestOf(entry.collection, entry.id, entry.data, entry.rendered?.html ?? null);
    entryDigests.set(entry, digest);
  }
  return digest;
}

/** The cache key of a page drawn from `params` and `props`. */
export function pageKey(params: object, props: object): string {
  return digestWith((value) => (isEntry(value) ? `entry:${entryDigest(value)}` : value), sharedContext(), params, props);
}

/**
 * `getStaticPaths` results with their cache keys: the only way route builders hand out paths,
 * so every page carries a key that covers its props.
 */
export function keyed<P extends { params: object; props: object }>(paths: readonly P[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageKey(path.params, path.props) }));
}
