import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { CollectionName } from './content/collections';
import { localizedLoader } from './content/loader';
import { schemas, shapes } from './content/schemas';

// Collections are spelled out so Astro infers each schema's type; a unit test checks
// that these keys are exactly `collectionNames`.
const loader = (name: CollectionName) => localizedLoader(name, shapes(() => z.string())[name]);

export const collections = {
  news: defineCollection({ loader: loader('news'), schema: ({ image }) => schemas(image).news }),
  'master-classes': defineCollection({ loader: loader('master-classes'), schema: ({ image }) => schemas(image)['master-classes'] }),
  projects: defineCollection({ loader: loader('projects'), schema: ({ image }) => schemas(image).projects }),
  regions: defineCollection({ loader: loader('regions'), schema: ({ image }) => schemas(image).regions }),
  pages: defineCollection({ loader: loader('pages'), schema: ({ image }) => schemas(image).pages }),
} satisfies Record<CollectionName, unknown>;
