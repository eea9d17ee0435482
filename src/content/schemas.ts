/**
 * One zod schema per collection: the single definition of the content model.
 * `src/content.config.ts` gives them to Astro; the CMS config and the tests read the same objects.
 */
import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from './collections';
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

function buildShapes(image: ImageSchema) {
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
      announce: boolean(false),
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
      announce: boolean(false),
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

type Shapes = ReturnType<typeof buildShapes>;

let plain: Shapes | undefined;

/**
 * The field shapes of every collection. Astro asks for a schema once per entry, with an
 * `image()` helper bound to that entry's file; only the image fields depend on it, so the
 * rest is built once and reused (building every field for every entry cost about 1.5 ms
 * an entry, most of a large site's content sync).
 */
export function shapes(image: ImageSchema): Shapes {
  const built = (plain ??= buildShapes(() => z.string()));
  const images: z.ZodRawShape = cover(image);
  const withImages = <S extends z.ZodRawShape>(shape: S): S =>
    Object.fromEntries(
      Object.entries(shape).map(([name, field]) => {
        if (images[name]) return [name, images[name]];
        if (fieldMeta(field as z.ZodType)?.widget === 'image') throw new Error(`Image field "${name}" is not rebuilt per entry. Fix: build it in cover() in src/content/schemas.ts.`);
        return [name, field];
      }),
    ) as S;
  return Object.fromEntries(collectionNames.map((name) => [name, withImages(built[name])])) as Shapes;
}

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

type Schemas = { [C in CollectionName]: ReturnType<typeof withEntryRules<Shapes[C]>> };

/** The schema of each collection, each built only when asked for (Astro asks for one per entry). */
export function schemas(image: ImageSchema): Schemas {
  const s = shapes(image);
  const out = {} as Schemas;
  for (const name of collectionNames) Object.defineProperty(out, name, { enumerable: true, get: () => withEntryRules(s[name]) });
  return out;
}

export type { Shapes };
