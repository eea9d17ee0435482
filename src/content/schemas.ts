/**
 * One zod schema per collection: the single definition of the content model.
 * `src/content.config.ts` gives them to Astro; the CMS config, the content check and the tests
 * read the same objects.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../model/collections';
import { attendanceModes, coverFocuses, eventStatuses, projectStatuses, regionKinds, socialNetworks } from '../model/options';
import {
  altText,
  boolean,
  date,
  imageFields,
  imageWithAlt,
  localDateTime,
  number,
  objectList,
  optionalDate,
  optionalText,
  precision,
  ref,
  refs,
  select,
  stringList,
  text,
  url,
} from './fields';

/** A cover photo: the image, what it shows (for readers who cannot see it), a caption, its author, and where to crop. */
function cover<I extends z.ZodType>(image: I) {
  return {
    cover: imageWithAlt(image, 'coverAlt'),
    coverAlt: altText(),
    coverCaption: optionalText({ max: 200 }),
    coverCredit: optionalText({ max: 120, translatable: false }),
    coverFocus: select(coverFocuses, { default: 'center' }),
  };
}

/**
 * Social-media accounts. Translatable although the links are usually the same: Decap CMS cannot
 * share a list between languages (its list widget takes only i18n true or false), so each
 * language keeps its own.
 */
function socialLinks() {
  return objectList({ network: z.enum(socialNetworks), url: z.url() }, { translatable: true });
}

/** Everything but the cover: the same for every entry, so it is built once. */
function buildPlainShapes() {
  return {
    news: {
      title: text({ max: 140 }),
      date: date(),
      datePrecision: precision(),
      summary: text({ max: 300, multiline: true }),
      region: ref('regions'),
      project: ref('projects'),
      tags: stringList({ max: 40 }),
      source: optionalText({ max: 120, translatable: false }),
      announce: boolean(false),
      draft: boolean(false),
    },
    events: {
      title: text({ max: 140 }),
      summary: text({ max: 300, multiline: true }),
      start: localDateTime(),
      end: localDateTime(),
      venue: text({ max: 160 }),
      address: optionalText({ max: 200 }),
      region: ref('regions'),
      project: ref('projects'),
      organiser: text({ max: 200 }),
      host: optionalText({ max: 200 }),
      registration: url(),
      attendance: select(attendanceModes, { default: 'offline' }),
      status: select(eventStatuses, { default: 'scheduled' }),
      free: boolean(false),
      tags: stringList({ max: 40 }),
      announce: boolean(false),
      draft: boolean(false),
    },
    projects: {
      title: text({ max: 100 }),
      summary: text({ max: 300, multiline: true }),
      goals: stringList({ max: 300 }),
      status: select(projectStatuses),
      started: optionalDate(),
      startedPrecision: precision(),
      regions: refs('regions'),
      organiser: text({ max: 200 }),
      contacts: stringList({ max: 200 }),
      links: objectList({ label: z.string().trim().min(1).max(120), url: z.url() }, { translatable: true }),
      order: number(),
      draft: boolean(false),
    },
    regions: {
      title: text({ max: 80 }),
      kind: select(regionKinds),
      centre: optionalText({ max: 80 }),
      summary: text({ max: 300, multiline: true }),
      social: socialLinks(),
      figures: objectList({ value: z.number(), label: z.string().trim().min(1).max(200) }, { translatable: true }),
    },
    pages: {
      title: text({ max: 100 }),
      summary: text({ max: 300, multiline: true }),
      // The site's national accounts (on the About page); shown on the home and links pages.
      social: socialLinks(),
    },
  } satisfies Record<CollectionName, z.ZodRawShape>;
}

let plain: ReturnType<typeof buildPlainShapes> | undefined;

/**
 * The field shapes of every collection. Astro asks for a schema once per entry, with an
 * `image()` helper bound to that entry's file; only the cover depends on it, so the rest is
 * built once and reused (building every field for every entry cost about 1.5 ms an entry).
 * The field order is the order of the files and of the CMS form.
 */
export function shapes<I extends z.ZodType>(image: () => I) {
  plain ??= buildPlainShapes();
  const { news, events, projects, regions, pages } = plain;
  const photo = cover(image());
  // Spread in the order of the files: the cover after the summary (news), after the event's
  // details (events) or before the order (projects).
  const { title, date, datePrecision, summary, ...newsRest } = news;
  const { tags, draft, ...eventDetails } = events;
  const { order, draft: projectDraft, ...projectDetails } = projects;
  return {
    news: { title, date, datePrecision, summary, ...photo, ...newsRest },
    events: { ...eventDetails, ...photo, tags, draft },
    projects: { ...projectDetails, ...photo, order, draft: projectDraft },
    regions,
    pages,
  } satisfies Record<CollectionName, z.ZodRawShape>;
}

export type Shapes = ReturnType<typeof shapes<z.ZodString>>;

/** The shapes outside Astro (CMS config, content check, tests): images are file paths. */
export const plainShapes = (): Shapes => shapes(() => z.string());

/** Entry-level rules that involve more than one field. */
function withEntryRules<S extends z.ZodRawShape>(shape: S) {
  const images = imageFields(shape);
  return z.object(shape).superRefine((data: Record<string, unknown>, ctx) => {
    for (const { field, alt } of images) {
      if (data[field] !== undefined && !data[alt]) {
        ctx.addIssue({
          code: 'custom',
          path: [alt],
          message: `is missing for the image in "${field}". Fix: describe the picture in one sentence in this language, for readers who cannot see it.`,
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

/** The schema of one collection, for an entry (Astro's `image()` for it) or outside Astro (`z.string()`). */
export function entrySchema<C extends CollectionName, I extends z.ZodType>(collection: C, image: () => I) {
  return withEntryRules(shapes(image)[collection]);
}
