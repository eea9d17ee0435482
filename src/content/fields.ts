/**
 * Field builders for the content schemas.
 *
 * Every field carries metadata (`translatable`, `widget`, `collection`, …) in
 * zod's registry, so the one schema per collection is also what the CMS
 * config, the "not translated yet" detection and the tests read.
 * Error messages name the fix in plain words; Astro adds the file and the field.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { parseDateOnly, parseLocalDateTime } from '../utils/dates';
import { contentSlugs } from './slugs';
import type { CollectionName } from './collections';

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

export interface FieldMeta {
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
}

/** Reads the metadata a builder attached. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return z.globalRegistry.get(schema) as FieldMeta | undefined;
}

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Record<string, unknown>) as T;
}

/** Treats an empty string or `null` (what a cleared CMS field writes) as absent. */
const blankToUndefined = (value: unknown) =>
  value === '' || value === null ? undefined : value;

interface Common {
  translatable?: boolean;
}

function optionalUnless<T extends z.ZodType>(schema: T, required: boolean) {
  return z.preprocess(blankToUndefined, required ? schema : schema.optional());
}

export function text<R extends boolean = true>(
  opts: Common & { max: number; required?: R; multiline?: boolean },
) {
  const required = opts.required ?? true;
  const base = z
    .string({
      error: (iss) =>
        iss.code !== 'invalid_type'
          ? undefined
          : iss.input === undefined
            ? 'is missing. Fix: add it; every entry needs it.'
            : 'must be text. Fix: put the text in double quotes.',
    })
    .trim()
    .min(1, 'is empty. Fix: write the text, or remove the field.')
    .max(opts.max, {
      error: ({ input }) =>
        `is ${String(input).length} characters long; the limit is ${opts.max}. Fix: shorten it to ${opts.max} characters or fewer.`,
    });
  const schema = optionalUnless(base, required);
  return withMeta(schema, {
    widget: opts.multiline ? 'text' : 'string',
    translatable: opts.translatable ?? true,
    required,
    max: opts.max,
  }) as unknown as R extends false ? z.ZodOptional<z.ZodString> : z.ZodString;
}

export function date(opts: Common & { required?: boolean } = {}) {
  const required = opts.required ?? true;
  const base = z.unknown().transform((value, ctx) => {
    const parsed = parseDateOnly(value);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is missing. Fix: add a date as YYYY-MM-DD.' });
      return z.NEVER;
    }
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value)}" is not a real calendar date. Fix: write it as YYYY-MM-DD, for example 2025-10-25.`,
      });
      return z.NEVER;
    }
    return parsed;
  });
  const schema = optionalUnless(base, required);
  return withMeta(schema, { widget: 'date', translatable: opts.translatable ?? false, required }) as unknown as z.ZodDate;
}

/** A date and time in Kazakhstan time (Asia/Almaty), stored as `YYYY-MM-DDTHH:mm`. */
export function localDateTime() {
  const schema = z.preprocess(
    blankToUndefined,
    z.unknown().transform((value, ctx) => {
      const parsed = parseLocalDateTime(value);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: 'is missing. Fix: add a date and time as "YYYY-MM-DDTHH:mm".' });
        return z.NEVER;
      }
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
  return withMeta(schema, { widget: 'datetime', translatable: false, required: true }) as unknown as z.ZodDate;
}

export function select<const T extends readonly [string, ...string[]]>(
  options: T,
  opts: Common & { default?: T[number] } = {},
) {
  const schema = z.preprocess(
    blankToUndefined,
    z.enum(options, {
      error: ({ input }) =>
        input === undefined
          ? `is missing. Fix: use one of: ${options.join(', ')}.`
          : `"${String(input)}" is not one of the allowed values. Fix: use one of: ${options.join(', ')}.`,
    }),
  );
  const final = opts.default ? schema.optional().default(opts.default as never) : schema;
  return withMeta(final, {
    widget: 'select',
    translatable: opts.translatable ?? false,
    required: !opts.default,
    options,
  }) as unknown as z.ZodEnum<{ [K in T[number]]: K }>;
}

export function boolean(defaultValue: boolean) {
  return withMeta(z.preprocess(blankToUndefined, z.boolean().default(defaultValue)), {
    widget: 'boolean',
    translatable: false,
    required: false,
  }) as unknown as z.ZodBoolean;
}

export function url(opts: Common & { required?: boolean } = {}) {
  const base = z.url({ error: 'is not a full web address. Fix: start it with https://.' });
  return withMeta(optionalUnless(base, opts.required ?? false), {
    widget: 'url',
    translatable: opts.translatable ?? false,
    required: opts.required ?? false,
  }) as unknown as z.ZodOptional<z.ZodString>;
}

function refSchema(collection: CollectionName) {
  return z
    .string({
      error: (iss) =>
        iss.code !== 'invalid_type'
          ? undefined
          : iss.input === undefined
          ? `is missing. Fix: choose an entry of ${collection}.`
          : `must be the slug of an entry of ${collection}, as text.`,
    })
    .superRefine((slug, ctx) => {
    const known = contentSlugs(collection);
    if (!known.has(slug)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${slug}" is not a known entry of ${collection}. Fix: use one of: ${[...known].sort().join(', ')}; or add content/${collection}/<locale>/${slug}.md first.`,
      });
    }
  });
}

/** A reference to another collection's entry, by its slug (the file name shared by all locales). */
export function ref(collection: CollectionName, opts: { required?: boolean } = {}) {
  const required = opts.required ?? false;
  const schema = optionalUnless(refSchema(collection), required);
  return withMeta(schema, { widget: 'relation', translatable: false, required, collection }) as unknown as
    | z.ZodString
    | z.ZodOptional<z.ZodString>;
}

export function refs(collection: CollectionName) {
  return withMeta(z.preprocess(blankToUndefined, z.array(refSchema(collection)).default([])), {
    widget: 'relation',
    translatable: false,
    required: false,
    collection,
    multiple: true,
  }) as unknown as z.ZodArray<z.ZodString>;
}

export function stringList(opts: Common & { max: number }) {
  return withMeta(
    z.preprocess(blankToUndefined, z.array(z.string().trim().min(1).max(opts.max)).default([])),
    { widget: 'list', translatable: opts.translatable ?? true, required: false, max: opts.max },
  ) as unknown as z.ZodArray<z.ZodString>;
}

export function objectList<S extends z.ZodRawShape>(shape: S, opts: Common = {}) {
  return withMeta(z.preprocess(blankToUndefined, z.array(z.object(shape)).default([])), {
    widget: 'object-list',
    translatable: opts.translatable ?? false,
    required: false,
  }) as unknown as z.ZodArray<z.ZodObject<S>>;
}

export function number() {
  return withMeta(z.number({ error: 'must be a number. Fix: write digits only, for example 31.' }), {
    widget: 'number',
    translatable: false,
    required: true,
  });
}

/**
 * An optional image with its alt text in a separate, translatable field.
 * The pair is checked at the entry level by `requireAlt`.
 */
export function imageWithAlt(image: z.ZodType, altField: string) {
  return withMeta(z.preprocess(blankToUndefined, image.optional()), {
    widget: 'image',
    translatable: false,
    required: false,
    alt: altField,
  }) as unknown as z.ZodOptional<z.ZodType<ImageMetadata>>;
}

export function altText() {
  return text({ max: 250, required: false });
}

/** Names of the fields that differ per language. */
export function translatableFields(shape: z.ZodRawShape): string[] {
  return Object.entries(shape)
    .filter(([, s]) => fieldMeta(s as z.ZodType)?.translatable)
    .map(([name]) => name);
}
