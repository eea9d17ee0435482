/**
 * The Decap CMS configuration, generated from the content model: the collections from
 * `collectionNames`, the fields from the zod shapes in `src/content/schemas.ts` and the
 * metadata their builders attach (`src/content/fields.ts`), the locales from
 * `src/i18n/locales.ts`. There is no second list of fields to keep in step: a field the
 * generator cannot map throws, and `test/unit/cms-config.test.ts` checks the result.
 *
 * Labels and hints are in the editor's interface language (kk, ru or en), from the UI
 * dictionaries; one config is generated per language (`/admin/config.<lang>.yml`). That
 * language is also the one the editor writes in: the left pane, the CMS's default locale
 * (whose fields are required and whose title names a new entry's file). A Kazakh editor
 * writes Kazakh first, a Russian editor Russian, and either adds the other languages later.
 *
 * The schemas are read through zod's public API only: the metadata the field builders
 * register (`fieldMeta`), and the schema classes with their public properties.
 */
import { z } from 'astro/zod';
import { stringify as stringifyYaml } from 'yaml';
import { collectionNames, kinds, type CollectionName, type KindDeclaration } from '../src/model/collections';
import { fieldMeta, type FieldMeta } from '../src/content/fields';
import { networkBrandNames } from '../src/model/options';
import { plainShapes } from '../src/content/schemas';
import { locales, type Locale } from '../src/i18n/locales';
import { dictionaries, useTranslations } from '../src/i18n/ui';
import type { UIKey } from '../src/i18n/ui/types';
import { entryHref } from '../src/utils/urls';
import { CONTENT_FORMAT, MEDIA_FOLDER, NEW_SLUG_FIELD, PUBLIC_FOLDER } from './constants';
import { cmsLocales } from './ui-locale';

/**
 * How entry lists show a date (`{{date | date('…')}}`, dayjs formats with the interface
 * language's month names): the site's short form in each language, not the stored `2025-12-12T15:00`.
 */
const listDateFormats: Record<Locale, { date: string; dateTime: string }> = {
  kk: { date: 'YYYY [ж.] D MMMM', dateTime: 'YYYY [ж.] D MMMM, HH:mm' },
  ru: { date: 'D MMMM YYYY', dateTime: 'D MMMM YYYY, HH:mm' },
  en: { date: 'D MMMM YYYY', dateTime: 'D MMMM YYYY, HH:mm' },
};

export type DecapField = Record<string, unknown> & { name: string; widget: string };
export type DecapCollection = Record<string, unknown> & { name: string; folder: string; fields: DecapField[] };
export type DecapConfig = Record<string, unknown> & { collections: DecapCollection[] };

type Translate = ReturnType<typeof useTranslations>;

const networkNames: Record<string, string> = networkBrandNames;

/** Labels of select options, by collection and field: the site's own words where it shows them. */
const optionLabels: Record<string, (t: Translate, value: string) => string> = {
  'events.attendance': (t, v) => t(`events.attendance.${v}` as UIKey),
  'events.status': (t, v) => t(`events.status.${v}` as UIKey),
  'news.datePrecision': (t, v) => t(`cms.option.precision.${v}` as UIKey),
  'projects.startedPrecision': (t, v) => t(`cms.option.precision.${v}` as UIKey),
  'news.coverFocus': (t, v) => t(`cms.option.focus.${v}` as UIKey),
  'events.coverFocus': (t, v) => t(`cms.option.focus.${v}` as UIKey),
  'projects.coverFocus': (t, v) => t(`cms.option.focus.${v}` as UIKey),
  'projects.status': (t, v) => t(`projects.status.${v}` as UIKey),
  'regions.kind': (t, v) => t(`regions.kind.${v}` as UIKey),
  'regions.social.network': (t, v) => networkNames[v] ?? t(`cms.option.network.${v}` as UIKey),
  'pages.social.network': (t, v) => networkNames[v] ?? t(`cms.option.network.${v}` as UIKey),
};

export interface BackendOptions {
  /** github, gitlab or gitea */
  name: string;
  repo: string;
  branch: string;
  [key: string]: string;
}

/** An entry another entry may refer to: its slug and its name in the languages it has. */
export interface Reference {
  slug: string;
  names: Partial<Record<Locale, string>>;
}

/** The entries of the collections that fields refer to (regions, projects), read from the content at build time. */
export type References = Partial<Record<CollectionName, Reference[]>>;

export interface ConfigOptions {
  /** The language of the CMS interface and of the labels. */
  uiLocale: Locale;
  backend: BackendOptions;
  /** Port of `decap-server` for `local_backend` (used only when the admin runs on localhost). */
  localBackendPort: number;
  siteUrl?: string | undefined;
  references: References;
}

/** Backend settings from the environment, for the production config. See README, "The CMS". Empty values count as unset. */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): BackendOptions {
  const get = (key: string) => env[key] || undefined;
  const name = get('CMS_BACKEND') ?? 'github';
  const repo = get('CMS_REPO') ?? (name === 'gitlab' ? get('CI_PROJECT_PATH') : get('GITHUB_REPOSITORY')) ?? 'OWNER/REPOSITORY';
  const backend: BackendOptions = { name, repo, branch: get('CMS_BRANCH') ?? 'main' };
  const optional: Record<string, string | undefined> = {
    base_url: get('CMS_BASE_URL'),
    auth_endpoint: get('CMS_AUTH_ENDPOINT'),
    api_root: get('CMS_API_ROOT'),
    app_id: get('CMS_APP_ID'),
    auth_type: get('CMS_AUTH_TYPE') ?? (get('CMS_APP_ID') ? 'pkce' : undefined),
  };
  for (const [key, value] of Object.entries(optional)) if (value) backend[key] = value;
  return backend;
}

export function configOptionsFromEnv(
  uiLocale: Locale,
  references: References,
  env: Record<string, string | undefined> = process.env,
): ConfigOptions {
  return {
    uiLocale,
    references,
    backend: backendFromEnv(env),
    localBackendPort: Number(env.DECAP_SERVER_PORT || 8081),
    siteUrl: env.SITE_URL || 'https://ulagat.kz',
  };
}

/** The schema inside preprocess / optional / default / nullable wrappers (zod's public accessors). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodPipe) current = current.out;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap();
    else return current;
  }
}

function hasKey(key: string): key is UIKey {
  return key in dictionaries.en;
}

function labelFor(t: Translate, path: string): string {
  const key = `cms.field.${path}`;
  if (!hasKey(key)) {
    throw new Error(`The CMS has no label for the field "${path}". Fix: add "${key}" to src/i18n/ui/{en,ru,kk}.ts.`);
  }
  return t(key);
}

function hintFor(t: Translate, uiLocale: Locale, collection: string, path: string): string | undefined {
  const language = t(`lang.in.${uiLocale}`);
  for (const key of [`cms.hint.${collection}.${path}`, `cms.hint.${path}`]) if (hasKey(key)) return t(key, { language });
  return undefined;
}

function selectOptions(t: Translate, collection: string, path: string, values: readonly string[]) {
  const label = optionLabels[`${collection}.${path}`];
  if (!label) {
    throw new Error(`The CMS has no labels for the options of "${collection}.${path}". Fix: add them to optionLabels in admin/config.ts.`);
  }
  return values.map((value) => ({ label: label(t, value), value }));
}

/** The Decap field of a plain zod schema inside a list of objects (links, figures, social). */
function innerField(t: Translate, collection: string, path: string, name: string, schema: z.core.$ZodType): DecapField {
  const inner = unwrap(schema);
  const base = { name, label: labelFor(t, `${path}.${name}`), required: true };
  if (inner instanceof z.ZodURL) return { ...base, widget: 'string', pattern: ['^https?://\\S+$', t('cms.pattern.url')] };
  if (inner instanceof z.ZodString) return { ...base, widget: 'string' };
  if (inner instanceof z.ZodNumber) return { ...base, widget: 'number', value_type: 'float' };
  if (inner instanceof z.ZodEnum) return { ...base, widget: 'select', options: selectOptions(t, collection, `${path}.${name}`, inner.options.map(String)) };
  const kind = inner instanceof z.ZodType ? inner.type : 'unknown';
  throw new Error(`The CMS cannot edit "${collection}.${path}.${name}" (zod type "${kind}"). Fix: map it in innerField in admin/config.ts.`);
}

/**
 * The media folder again on every collection, as an absolute path: Decap then loads the media
 * library with each entry, so it lists every photo however the entry was opened. With only the
 * global folder it reuses the library loaded on the home screen, which is empty when an entry
 * is opened by its address (decaporg/decap-cms#3157), as the translation status page's "Edit"
 * links do. On the collection rather than on the fields: Decap resolves a field's absolute
 * folder wrongly for the photo component inside the text (it stored the photo under
 * `content/<collection>/content/media/`). The stored paths stay `../../media/<file>`.
 */
const mediaFolders = { media_folder: `/${MEDIA_FOLDER}`, public_folder: PUBLIC_FOLDER };

/** Decap's list widget takes `i18n: true` or `false` only: a list cannot be entered once and shared by the languages. */
function sharedListIsUnsupported(collection: string, name: string, meta: FieldMeta) {
  if (!meta.translatable) {
    throw new Error(
      `The list "${collection}.${name}" is shared by all languages, which Decap CMS cannot edit (a list field takes i18n true or false only). Fix: make it translatable ({ translatable: true }) in src/content/schemas.ts.`,
    );
  }
}


/** Options for a reference: the slug as value, the name in the interface language (else the first it has) as label. */
export function referenceOptions(entries: readonly Reference[], uiLocale: Locale) {
  const label = (r: Reference) => r.names[uiLocale] ?? locales.map((l) => r.names[l]).find(Boolean) ?? r.slug;
  const collator = new Intl.Collator(uiLocale);
  return entries.map((r) => ({ label: label(r), value: r.slug })).sort((a, b) => collator.compare(a.label, b.label));
}

/** The Decap field for one field of the content model, from the metadata its builder attached. */
/** What a field's CMS form depends on besides its schema. */
export interface FieldContext {
  uiLocale: Locale;
  references: References;
}

export function cmsField(
  ctx: FieldContext,
  collection: CollectionName,
  name: string,
  schema: z.ZodType,
): DecapField {
  const t = useTranslations(ctx.uiLocale);
  const meta: FieldMeta | undefined = fieldMeta(schema);
  if (!meta) {
    throw new Error(
      `The field "${collection}.${name}" has no CMS metadata. Fix: build it with a helper from src/content/fields.ts (text, date, select, ref, …), not a bare zod schema.`,
    );
  }
  const field: Record<string, unknown> = {
    name,
    label: labelFor(t, name),
    required: meta.required,
    i18n: meta.translatable ? true : 'duplicate',
  };
  const hint = hintFor(t, ctx.uiLocale, collection, name);
  if (hint) field.hint = hint;

  switch (meta.widget) {
    case 'string':
    case 'text':
      Object.assign(field, { widget: meta.widget });
      if (meta.max) field.pattern = [`^[\\s\\S]{0,${meta.max}}$`, t('cms.pattern.max', { max: meta.max })];
      break;
    case 'date':
      // A required date starts as today; an optional one (a project's start) stays empty until set.
      Object.assign(field, { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, default: meta.required ? '{{now}}' : '' });
      break;
    case 'datetime':
      Object.assign(field, { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', default: '' });
      break;
    case 'boolean':
      Object.assign(field, { widget: 'boolean', default: false });
      break;
    case 'select': {
      const defaultValue = (schema as z.ZodType).safeParse(undefined);
      Object.assign(field, { widget: 'select', options: selectOptions(t, collection, name, meta.options ?? []) });
      if (defaultValue.success) field.default = defaultValue.data;
      break;
    }
    case 'url':
      Object.assign(field, { widget: 'string', pattern: ['^https?://\\S+$', t('cms.pattern.url')] });
      break;
    case 'relation': {
      // A select over the entries as they were at build time, not Decap's relation widget:
      // that one marks an entry as changed as soon as it opens in the two-language view
      // (decaporg/decap-cms#7142), which blocks the review workflow. A new project appears
      // here once the site is rebuilt (at once under `npm run cms`).
      const target = meta.collection!;
      const entries = ctx.references[target];
      if (!entries) {
        throw new Error(`The CMS config needs the entries of "${target}" for the field "${collection}.${name}". Fix: pass them in ConfigOptions.references.`);
      }
      Object.assign(field, {
        widget: 'select',
        multiple: meta.multiple ?? false,
        options: referenceOptions(entries, ctx.uiLocale),
      });
      break;
    }
    case 'image':
      Object.assign(field, { widget: 'image', choose_url: false });
      break;
    case 'number':
      Object.assign(field, { widget: 'number', value_type: 'int' });
      break;
    case 'list':
      sharedListIsUnsupported(collection, name, meta);
      Object.assign(field, {
        widget: 'list',
        collapsed: false,
        default: [],
        field: { name: 'item', label: labelFor(t, name), widget: 'string' },
      });
      break;
    case 'object-list': {
      sharedListIsUnsupported(collection, name, meta);
      const list = unwrap(schema);
      const element = list instanceof z.ZodArray ? list.element : undefined;
      if (!(element instanceof z.ZodObject)) throw new Error(`"${collection}.${name}" is not a list of objects. Fix: build it with objectList() in src/content/schemas.ts.`);
      const inner = Object.entries(element.shape).map(([key, s]) => innerField(t, collection, name, key, s));
      Object.assign(field, {
        widget: 'list',
        collapsed: true,
        default: [],
        summary: `{{fields.${inner[inner.length - 1]!.name}}}`,
        fields: inner,
      });
      break;
    }
    default:
      throw new Error(`The CMS has no widget for "${meta.widget}" (${collection}.${name}). Fix: map it in cmsField in admin/config.ts.`);
  }
  return field as DecapField;
}

export function cmsCollection(ctx: FieldContext, name: CollectionName, shape: z.ZodRawShape = plainShapes()[name]): DecapCollection {
  const t = useTranslations(ctx.uiLocale);
  const { order, folder, dateField } = kinds[name];
  const policy: KindDeclaration['cms'] = kinds[name].cms;
  const fields = Object.entries(shape).map(([field, schema]) => cmsField(ctx, name, field, schema as z.ZodType));
  // The only component the text offers is a photo: the site has no code blocks (Decap's other built-in one).
  fields.push({ name: 'body', label: labelFor(t, 'body'), widget: 'markdown', required: false, i18n: true, hint: t('cms.hint.body'), editor_components: ['image'] });
  const identifier = 'title';
  const listDate = policy.listDate ? ` · {{${policy.listDate.field} | date('${listDateFormats[ctx.uiLocale][policy.listDate.kind]}')}}` : '';
  return {
    name,
    label: t(`cms.collection.${name}` as UIKey),
    label_singular: t(`cms.singular.${name}` as UIKey),
    description: t(`cms.description.${name}` as UIKey),
    folder: `content/${folder}`,
    format: CONTENT_FORMAT,
    extension: 'md',
    create: policy.create,
    delete: policy.create,
    i18n: true,
    identifier_field: identifier,
    ...mediaFolders,
    slug: `{{fields.${NEW_SLUG_FIELD}}}`,
    summary: `{{${identifier}}}${listDate}`,
    sortable_fields: [{ field: order.field, default_sort: order.field === dateField ? 'desc' : order.direction }, ...policy.sortable],
    // "View preview" in the review workflow opens the entry's own page, in the language written.
    preview_path: entryHref(name, ctx.uiLocale, '{{slug}}').replace(/^\//, ''),
    fields,
  };
}

/** The whole Decap config for one interface language. */
export function cmsConfig(opts: ConfigOptions): DecapConfig {
  return {
    locale: opts.uiLocale,
    backend: { ...opts.backend, squash_merges: true },
    publish_mode: 'editorial_workflow',
    // Only on localhost or 127.0.0.1: edit the local checkout through decap-server, no account.
    // `lang`: the local backend (scripts/cms/local-backend.ts) answers refusals in the editor's language.
    local_backend: { url: `http://127.0.0.1:${opts.localBackendPort}/api/v1?lang=${opts.uiLocale}` },
    ...(opts.siteUrl ? { site_url: opts.siteUrl, display_url: opts.siteUrl } : {}),
    logo_url: '/favicon.svg',
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: cmsLocales(opts.uiLocale), default_locale: opts.uiLocale },
    collections: collectionNames.map((name) => cmsCollection(opts, name)),
  };
}

/** What the admin script needs to know about the content model; handed to it as JSON by the admin page. */
export interface CmsClientData {
  collections: Record<string, { identifier: string; translatable: string[]; images: Array<[image: string, alt: string]> }>;
  /** Names of the entries that fields refer to, per collection and slug, for the previews (references store slugs). */
  names: Partial<Record<CollectionName, Record<string, Partial<Record<Locale, string>>>>>;
}

export function cmsClientData(references: References): CmsClientData {
  const names: CmsClientData['names'] = {};
  for (const [collection, entries] of Object.entries(references) as [CollectionName, Reference[]][]) {
    names[collection] = Object.fromEntries(entries.map((r) => [r.slug, r.names]));
  }
  const all = plainShapes();
  const collections: CmsClientData['collections'] = {};
  for (const name of collectionNames) {
    const shape = all[name] as z.ZodRawShape;
    const entries = Object.entries(shape).map(([field, schema]) => [field, fieldMeta(schema as z.ZodType)] as const);
    collections[name] = {
      identifier: 'title',
      translatable: entries.filter(([, meta]) => meta?.translatable).map(([field]) => field),
      images: entries.filter(([, meta]) => meta?.alt).map(([field, meta]) => [field, meta!.alt!]),
    };
  }
  return { collections, names };
}

/** The config as the YAML file Decap loads, for one interface language, with settings from the environment. */
export function cmsYaml(uiLocale: Locale, references: References, env: Record<string, string | undefined> = process.env): string {
  const header = '# Generated by admin/config.ts from the content schemas (src/content/schemas.ts). Do not edit.\n';
  return header + stringifyYaml(cmsConfig(configOptionsFromEnv(uiLocale, references, env)), { lineWidth: 0 });
}

/** The collections that some field refers to. */
export function referencedCollections(): CollectionName[] {
  const all = plainShapes();
  const targets = new Set<CollectionName>();
  for (const shape of Object.values(all)) {
    for (const schema of Object.values(shape as z.ZodRawShape)) {
      const target = fieldMeta(schema as z.ZodType)?.collection;
      if (target) targets.add(target);
    }
  }
  return [...targets].sort();
}
