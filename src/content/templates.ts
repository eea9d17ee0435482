/**
 * Narrowing by template: a card, a detail page or a preview card is drawn by its kind's template
 * (`kinds` in src/model/collections.ts), and each template reads the fields of the collections that
 * use it. These guards narrow an item of any collection to those collections, so a template that
 * reads a field some collection using it lacks is a type error, not a blank on the page.
 */
import { kinds, type CardTemplate, type CollectionName, type DetailTemplate, type Kinds } from '../model/collections';
import type { AnyItem, Item } from './readers';

/** The collections whose entries use a detail template. */
export type WithDetail<T extends DetailTemplate> = { [C in CollectionName]: Kinds[C]['detail'] extends T ? C : never }[CollectionName];
/** The collections whose entries use a card template. */
export type WithCard<T extends CardTemplate> = { [C in CollectionName]: Kinds[C]['card'] extends T ? C : never }[CollectionName];

/** Collections that have a calendar file per entry (events). */
export type WithCalendar = { [C in CollectionName]: Kinds[C]['calendar'] extends true ? C : never }[CollectionName];

export function hasCard<T extends CardTemplate>(item: AnyItem, template: T): item is Item<WithCard<T>> {
  return kinds[item.entry.collection].card === template;
}

export function hasDetail<T extends DetailTemplate>(item: AnyItem, template: T): item is Item<WithDetail<T>> {
  return kinds[item.entry.collection].detail === template;
}

export function hasCalendar(item: AnyItem): item is Item<WithCalendar> {
  return kinds[item.entry.collection].calendar;
}

/** Collections whose entries carry JSON-LD of a schema.org type. */
export type WithJsonLd<T extends string> = { [C in CollectionName]: Kinds[C]['jsonLd'] extends T ? C : never }[CollectionName];

export function hasJsonLd<T extends 'NewsArticle' | 'Event'>(item: AnyItem, type: T): item is Item<WithJsonLd<T>> {
  return kinds[item.entry.collection].jsonLd === type;
}
