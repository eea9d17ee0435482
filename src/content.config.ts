import { defineCollection } from 'astro:content';
import { collectionNames, type CollectionName } from './model/collections';
import { localizedLoader } from './content/loader';
import { entrySchema } from './content/schemas';

function define<C extends CollectionName>(collection: C) {
  return defineCollection({ loader: localizedLoader(collection), schema: ({ image }) => entrySchema(collection, image) });
}

type Collections = { [C in CollectionName]: ReturnType<typeof define<C>> };

/**
 * Every collection of `collectionNames`, each with its loader and schema. Built by a loop, so a
 * new collection needs no line here; the type says what the loop makes, which TypeScript cannot
 * follow through a loop (the cast), and `test/unit/schemas.test.ts` proves the keys.
 */
export const collections = Object.fromEntries(collectionNames.map((c) => [c, define(c)])) as Collections;
