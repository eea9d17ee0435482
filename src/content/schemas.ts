/**
 * One zod schema per collection: the single definition of the content model.
 * `src/content.config.ts` gives them to Astro; the CMS config and the tests read the same objects.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collections';
import {
  altText,
  boolean,
  date,
  fieldMeta,
  imageWithAlt,
  localDateTime,
  number,
  objectList,
  ref,
  refs,
  select,
  stringList,
  text,
  url,
} from './fields';
import { attendanceModes, eventStatuses, projectStatuses, regionKinds, socialNetworks } from './options';

/** Astro's `image()` helper, or a plain string schema outside Astro. */
export type ImageSchema = () => z.ZodType;

export { attendanceModes, eventStatuses, projectStatuses, regionKinds, socialNetworks };

const cover = (image: ImageSchema) => ({
  cover: imageWithAlt(image(), 'coverAlt'),
  coverAlt: altText(),
});

export function shapes(image: ImageSchema) {
  return {
    news: {
      title: text({ max: 140 }),
      date: date(),
      summary: text({ max: 300, multiline: true }),
      ...cover(image),
      region: ref('regions'),
      project: ref('projects'),
      tags: stringList({ max: 40 }),
      source: text({ max: 120, required: false, translatable: false }),
      draft: boolean(false),
    },
    'master-classes': {
      title: text({ max: 140 }),
      summary: text({ max: 300, multiline: true }),
      start: localDateTime(),
      end: localDateTime(),
      venue: text({ max: 160 }),
      address: text({ max: 200, required: false }),
      region: ref('regions'),
      project: ref('projects'),
      organiser: text({ max: 200 }),
      host: text({ max: 200, required: false }),
      registration: url(),
      attendance: select(attendanceModes, { default: 'offline' }),
      status: select(eventStatuses, { default: 'scheduled' }),
      free: boolean(false),
      ...cover(image),
      tags: stringList({ max: 40 }),
      draft: boolean(false),
    },
    projects: {
      title: text({ max: 100 }),
      summary: text({ max: 300, multiline: true }),
      goals: stringList({ max: 300 }),
      status: select(projectStatuses),
      started: date({ required: false }),
      regions: refs('regions'),
      organiser: text({ max: 200 }),
      contacts: stringList({ max: 200 }),
      links: objectList({ label: z.string().trim().min(1).max(120), url: z.url() }, { translatable: true }),
      ...cover(image),
      order: number(),
      draft: boolean(false),
    },
    regions: {
      name: text({ max: 80 }),
      kind: select(regionKinds),
      centre: text({ max: 80, required: false }),
      summary: text({ max: 300, multiline: true }),
      // Translatable although the links are usually the same: Decap CMS cannot share a list
      // between languages (its list widget takes only i18n true or false), so each language keeps its own.
      social: objectList({ network: z.enum(socialNetworks), url: z.url() }, { translatable: true }),
      figures: objectList({ value: z.number(), label: z.string().trim().min(1).max(200) }, { translatable: true }),
    },
    pages: {
      title: text({ max: 100 }),
      summary: text({ max: 300, multiline: true }),
    },
  } satisfies Record<CollectionName, z.ZodRawShape>;
}

type Shapes = ReturnType<typeof shapes>;

/** Entry-level rules that involve more than one field. */
function withEntryRules<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape).superRefine((data: Record<string, unknown>, ctx) => {
    for (const [name, field] of Object.entries(shape)) {
      const alt = fieldMeta(field as z.ZodType)?.alt;
      if (alt && data[name] !== undefined && !data[alt]) {
        ctx.addIssue({
          code: 'custom',
          path: [alt],
          message: `is missing for the image in "${name}". Fix: describe the picture in one sentence in this language, for readers who cannot see it.`,
        });
      }
    }
    if (data.start instanceof Date && data.end instanceof Date && data.end < data.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is before the start. Fix: set the end after the start (both in Kazakhstan time).',
      });
    }
  });
}

export function schemas(image: ImageSchema) {
  const s = shapes(image);
  return {
    news: withEntryRules(s.news),
    'master-classes': withEntryRules(s['master-classes']),
    projects: withEntryRules(s.projects),
    regions: withEntryRules(s.regions),
    pages: withEntryRules(s.pages),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type { Shapes };
