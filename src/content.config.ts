import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from './content/collections';
import { localizedLoader } from './content/loader';
import { schemas, shapes } from './content/schemas';

function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: localizedLoader(name, shapes(() => z.string())[name]),
    schema: ({ image }) => schemas(image)[name],
  });
}

export const collections = Object.fromEntries(collectionNames.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
