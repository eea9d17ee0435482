import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT_DIR ?? '../../content';
const collection = (name: string) => defineCollection({ loader: glob({ pattern: '{kk,ru,en}/*.md', base: `${base}/${name}` }) });

export const collections = {
  news: collection('news'),
  'master-classes': collection('master-classes'),
};
