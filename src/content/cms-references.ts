/**
 * Every entry of the collections that fields refer to, with its title in each language it is
 * translated into (drafts included): the choices the CMS offers for a reference field.
 */
import { locales, type Locale } from '../i18n/locales';
import type { CollectionName } from '../model/collections';
import { groupBySlug } from '../utils/translations';
import { allEntries } from './readers';

export interface ReferenceChoice {
  slug: string;
  names: Partial<Record<Locale, string>>;
}

export async function referenceEntries(collections: readonly CollectionName[]): Promise<Partial<Record<CollectionName, ReferenceChoice[]>>> {
  const out: Partial<Record<CollectionName, ReferenceChoice[]>> = {};
  for (const collection of collections) {
    const groups = groupBySlug(await allEntries(collection));
    out[collection] = [...groups].map(([slug, group]) => ({
      slug,
      names: Object.fromEntries(locales.flatMap((l) => (group[l] ? [[l, group[l].data.title]] : []))),
    }));
  }
  return out;
}
