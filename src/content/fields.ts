/**
 * Field builders for the content schemas.
 *
 * Every field carries metadata (`translatable`, `widget`, `collection`, …) in this module's zod
 * registry, so the one schema per collection is also what the CMS config, the "not translated
 * yet" detection and the tests read. Error messages name the fix in plain words; Astro adds the
 * file and the field. Validation is pure: references to other entries are checked by the loader,
 * which knows the files (`./references.ts`).
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../model/collections';
import { datePrecisions } from '../model/options';
import { parseDateOnly, parseLocalDateTime } from '../utils/dates';

export type Widget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'select'
  | 'relation'
  | 'image'
  | 'url'
  | 'number'
  | 'list'
  | 'object-list';

export type FieldMeta = {
  widget: Widget;
  /** Differs per language (`i18n: true` in the CMS); otherwise entered once and shared. */
  translatable: boolean;
  required: boolean;
  options?: readonly string[];
  collection?: CollectionName;
  multiple?: boolean;
  max?: number;
  /** For an image: the name of the field that holds its alt text. */
  alt?: string;
};

/** The metadata of every field built here. */
export const fieldRegistry = z.registry<FieldMeta>();

/** Reads the metadata a builder attached. */
export function fieldMeta(schema: z.core.$ZodType): FieldMeta | undefined {
  return fieldRegistry.get(schema);
}

function withMeta<T extends z.core.$ZodType>(schema: T, meta: FieldMeta): T {
  fieldRegistry.add(schema, meta);
  return schema;
}

/** Treats an empty string or `null` (what a cleared CMS field writes) as absent. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

interface Common {
  translatable?: boolean;
}

const missingOrWrongType = (expected: string) => (iss: { code: string; input?: unknown }) =>
  iss.code !== 'invalid_type' ? undefined : iss.input === undefined ? 'is missing. Fix: add it; every entry needs it.' : expected;

function textSchema(max: number) {
  return z
    .string({ error: missingOrWrongType('must be text. Fix: put the text in double quotes.') })
    .trim()
    .min(1, 'is empty. Fix: write the text, or remove the field.')
    .max(max, {
      error: ({ input }) => `is ${String(input).length} characters long; the limit is ${max}. Fix: shorten it to ${max} characters or fewer.`,
    });
}

/** A required line or paragraph of text. */
export function text(opts: Common & { max: number; multiline?: boolean }) {
  return withMeta(z.preprocess(blankToUndefined, textSchema(opts.max)), {
    widget: opts.multiline ? 'text' : 'string',
    translatable: opts.translatable ?? true,
    required: true,
    max: opts.max,
  });
}

/** An optional line or paragraph of text. */
export function optionalText(opts: Common & { max: number; multiline?: boolean }) {
  return withMeta(z.preprocess(blankToUndefined, textSchema(opts.max).optional()), {
    widget: opts.multiline ? 'text' : 'string',
    translatable: opts.translatable ?? true,
    required: false,
    max: opts.max,
  });
}

const calendarDate = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is missing. Fix: add a date as YYYY-MM-DD.' });
    return z.NEVER;
  }
  const parsed = parseDateOnly(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${String(value)}" is not a real calendar date. Fix: write it as YYYY-MM-DD, for example 2025-10-25.`,
    });
    return z.NEVER;
  }
  return parsed;
});

/** A required calendar date, `YYYY-MM-DD`. */
export function date() {
  return withMeta(z.preprocess(blankToUndefined, calendarDate), { widget: 'date', translatable: false, required: true });
}

/** An optional calendar date, `YYYY-MM-DD`. */
export function optionalDate() {
  return withMeta(z.preprocess(blankToUndefined, calendarDate.optional()), { widget: 'date', translatable: false, required: false });
}

/**
 * How much of a date its source gives: the day, only the month, or only the year. A report of a
 * past initiative often has only the month; the page then says "May 2021", never a day nobody
 * gave. Kept beside its date as `<field>Precision`; the date holds the period's first day.
 */
export function precision() {
  return select(datePrecisions, { default: 'day' });
}

/** A date and time in Kazakhstan time (Asia/Almaty), stored as `YYYY-MM-DDTHH:mm`. */
export function localDateTime() {
  const schema = z.preprocess(
    blankToUndefined,
    z.unknown().transform((value, ctx) => {
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: 'is missing. Fix: add a date and time as "YYYY-MM-DDTHH:mm".' });
        return z.NEVER;
      }
      const parsed = parseLocalDateTime(value);
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: `"${String(value)}" is not a real date and time. Fix: write it as YYYY-MM-DDTHH:mm in Kazakhstan time, for example "2025-10-25T11:00".`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
  );
  return withMeta(schema, { widget: 'datetime', translatable: false, required: true });
}

function enumSchema<const T extends readonly [string, ...string[]]>(options: T) {
  return z.enum(options, {
    error: ({ input }) =>
      input === undefined
        ? `is missing. Fix: use one of: ${options.join(', ')}.`
        : `"${String(input)}" is not one of the allowed values. Fix: use one of: ${options.join(', ')}.`,
  });
}

/** One of a fixed list of values, required, or with a default when absent. */
export function select<const T extends readonly [string, ...string[]]>(options: T, opts: Common & { default?: T[number] } = {}) {
  const meta: FieldMeta = { widget: 'select', translatable: opts.translatable ?? false, required: opts.default === undefined, options };
  const base = enumSchema(options);
  const schema = opts.default === undefined ? base : base.default(opts.default);
  return withMeta(z.preprocess(blankToUndefined, schema), meta);
}

export function boolean(defaultValue: boolean) {
  return withMeta(z.preprocess(blankToUndefined, z.boolean().default(defaultValue)), {
    widget: 'boolean',
    translatable: false,
    required: false,
  });
}

/** An optional full web address. */
export function url(opts: Common = {}) {
  return withMeta(z.preprocess(blankToUndefined, z.url({ error: 'is not a full web address. Fix: start it with https://.' }).optional()), {
    widget: 'url',
    translatable: opts.translatable ?? false,
    required: false,
  });
}

const slugSchema = (collection: CollectionName) =>
  z.string({
    error: missingOrWrongType(`must be the slug of an entry of ${collection}, as text.`),
  });

/**
 * An optional reference to another collection's entry, by its slug (the file name shared by all
 * locales). The loader checks that the entry exists.
 */
export function ref(collection: CollectionName) {
  return withMeta(z.preprocess(blankToUndefined, slugSchema(collection).optional()), {
    widget: 'relation',
    translatable: false,
    required: false,
    collection,
  });
}

/** References to entries of another collection, by slug. */
export function refs(collection: CollectionName) {
  return withMeta(z.preprocess(blankToUndefined, z.array(slugSchema(collection)).default([])), {
    widget: 'relation',
    translatable: false,
    required: false,
    collection,
    multiple: true,
  });
}

export function stringList(opts: Common & { max: number }) {
  return withMeta(z.preprocess(blankToUndefined, z.array(z.string().trim().min(1).max(opts.max)).default([])), {
    widget: 'list',
    translatable: opts.translatable ?? true,
    required: false,
    max: opts.max,
  });
}

export function objectList<S extends z.ZodRawShape>(shape: S, opts: Common = {}) {
  return withMeta(z.preprocess(blankToUndefined, z.array(z.object(shape)).default([])), {
    widget: 'object-list',
    translatable: opts.translatable ?? false,
    required: false,
  });
}

export function number() {
  return withMeta(z.number({ error: 'must be a number. Fix: write digits only, for example 31.' }), {
    widget: 'number',
    translatable: false,
    required: true,
  });
}

/**
 * An optional image with its alt text in a separate, translatable field; the pair is checked at
 * the entry level. `image` is Astro's `image()` for the entry, or a plain string schema outside Astro.
 */
export function imageWithAlt<T extends z.ZodType>(image: T, altField: string) {
  return withMeta(z.preprocess(blankToUndefined, image.optional()), {
    widget: 'image',
    translatable: false,
    required: false,
    alt: altField,
  });
}

export function altText() {
  return optionalText({ max: 250 });
}

/** Names of the fields that differ per language. */
export function translatableFields(shape: z.ZodRawShape): string[] {
  return Object.entries(shape)
    .filter(([, s]) => fieldMeta(s)?.translatable)
    .map(([name]) => name);
}

/** The fields that refer to entries of another collection, with that collection. */
export function referenceFields(shape: z.ZodRawShape): { field: string; collection: CollectionName; multiple: boolean }[] {
  return Object.entries(shape).flatMap(([field, s]) => {
    const meta = fieldMeta(s);
    return meta?.collection ? [{ field, collection: meta.collection, multiple: meta.multiple ?? false }] : [];
  });
}

/** Image fields and the field holding each one's alt text. */
export function imageFields(shape: z.ZodRawShape): { field: string; alt: string }[] {
  return Object.entries(shape).flatMap(([field, s]) => {
    const meta = fieldMeta(s);
    return meta?.widget === 'image' && meta.alt ? [{ field, alt: meta.alt }] : [];
  });
}
