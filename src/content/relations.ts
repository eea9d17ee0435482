/**
 * Which entries name which, derived from the reference fields of the schemas: a report names its
 * region and project, a project its regions. Pages show both directions: an entry links to what
 * it names, and a region or project lists the entries that name it.
 */
import { collectionNames, type CollectionName } from '../model/collections';
import { referenceFields } from './fields';
import { plainShapes } from './schemas';

export interface Reference {
  /** The collection whose entries hold the field. */
  from: CollectionName;
  field: string;
  /** The collection the field names. */
  to: CollectionName;
  multiple: boolean;
}

let all: Reference[] | undefined;

/** Every reference field of every collection. */
export function references(): Reference[] {
  all ??= collectionNames.flatMap((from) =>
    referenceFields(plainShapes()[from]).map(({ field, collection, multiple }) => ({ from, field, to: collection, multiple })),
  );
  return all;
}

/** The reference fields of a collection's entries. */
export const referencesFrom = (collection: CollectionName) => references().filter((r) => r.from === collection);

/** The fields of other collections that may name an entry of this one, in collection order. */
export const referencesTo = (collection: CollectionName) => references().filter((r) => r.to === collection);

/** The slugs a field of an entry names. */
export function namedSlugs(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
}
