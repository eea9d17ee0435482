/**
 * The admin script: Decap CMS from npm, with the site's own pieces registered before `init`:
 * the Kazakh interface, the content file format, ASCII slugs for new entries, the alt-text
 * rule, previews built from the site's components, photos prepared before upload, and notices
 * for failures Decap does not show. Runs only on /admin/.
 */
import CMS from 'decap-cms-app';
import { en as decapEn, ru as decapRu } from 'decap-cms-locales/dist/esm/index.js';
import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import type { BlockEditorComponentOptions } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import type { Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import { entrySlug } from '../src/utils/slug';
import { watchLocalBackend } from './backend-watch';
import type { CmsClientData } from './config';
import { CONTENT_FORMAT, NEW_SLUG_FIELD } from './constants';
import { contentFormat } from './format';
import { setListLocales } from './list-data';
import kk from './locales/kk';
import { registerPreviews } from './previews';
import { cmsLocales } from './ui-locale';
import { installUploadGuard } from './upload-guard';
import { isBlank } from './values';

type Data = ImmutableMap<string, unknown>;
type Entry = ImmutableMap<string, unknown>;
type Phrases = { [key: string]: string | Phrases };

/** Decap's interface dictionary for each interface language (Kazakh is the site's own). */
const decapDictionaries: Record<Locale, Phrases> = { kk, ru: decapRu, en: decapEn };

/** An entry's values in one language: the default locale's are the entry's own data. */
function valuesIn(entry: Entry, locale: Locale, defaultLocale: Locale): Data | undefined {
  return (locale === defaultLocale ? entry.get('data') : entry.getIn(['i18n', locale, 'data'])) as Data | undefined;
}

/** A refusal Decap shows as it is: its "could not save" notice prints `String(error)`, which would add "Error: " in English. */
function refusal(message: string): Error {
  const error = new Error(message);
  error.name = '';
  return error;
}

/**
 * Refuses to save an entry that has a photo but, in some language that has text, no
 * description of it: the same rule the content schema applies at build time.
 */
function checkAltText(entry: Entry, data: CmsClientData, locales: Locale[], t: ReturnType<typeof useTranslations>) {
  const info = data.collections[String(entry.get('collection'))];
  if (!info) return;
  const shared = entry.get('data') as Data;
  for (const locale of locales) {
    const values = valuesIn(entry, locale, locales[0]!);
    if (!values) continue;
    for (const [image, alt] of info.images) {
      if (isBlank(shared.get(image))) continue;
      const hasText = !isBlank(values.get('body')) || info.translatable.some((f) => f !== alt && !isBlank(values.get(f)));
      if (hasText && isBlank(values.get(alt))) {
        throw refusal(t('cms.error.altMissing', { language: t(`lang.in.${locale}`) }));
      }
    }
  }
}

/** A group of phrases in one of Decap's dictionaries; a missing group means Decap changed its dictionaries. */
function branch(phrases: Phrases, key: string): Phrases {
  const value = phrases[key];
  if (typeof value !== 'object') throw new Error(`Decap's dictionary has no "${key}" group any more. Fix: update interfacePhrases in admin/cms.ts.`);
  return value;
}

/** Decap's dictionary for the interface language, saying which language a required field is missing in. */
function interfacePhrases(uiLocale: Locale, t: ReturnType<typeof useTranslations>): Phrases {
  const base = decapDictionaries[uiLocale];
  const editor = branch(base, 'editor');
  const pane = branch(editor, 'editorControlPane');
  const widget = branch(pane, 'widget');
  const i18n = branch(pane, 'i18n');
  // Required fields are those of the left pane, the interface language: say so.
  const required = t('cms.required', { field: '%{fieldLabel}', language: t(`lang.in.${uiLocale}`) });
  // Decap's Russian calls another language "another region", counts workflow cards in English and
  // dates them "декабрь 1".
  const copy = { copyFromLocale: t('cms.copyFromLocale'), copyFromLocaleConfirm: t('cms.copyFromLocaleConfirm') };
  const workflow = branch(base, 'workflow');
  const workflowList = { ...branch(workflow, 'workflowList'), currentEntries: t('cms.workflowEntries') };
  // Day and month names in the interface language: "1 декабря", «1 желтоқсан», "1 December".
  const board = { ...branch(workflow, 'workflow'), dateFormat: 'D MMMM' };
  return {
    ...base,
    editor: { ...editor, editorControlPane: { ...pane, widget: { ...widget, required }, i18n: { ...i18n, ...copy } } },
    workflow: { ...workflow, workflow: board, workflowList },
  };
}

/** Decap's registered photo component, as it stores it (its fields as an Immutable list). Typed loosely by Decap, so checked here. */
interface RegisteredComponent extends Omit<BlockEditorComponentOptions, 'fields'> {
  fields: { toJS(): Array<{ name: string; label?: string; widget?: string }> };
}
function isRegisteredComponent(value: unknown): value is RegisteredComponent {
  if (typeof value !== 'object' || value === null) return false;
  const fields: unknown = Reflect.get(value, 'fields');
  const functions = ['fromBlock', 'toBlock', 'toPreview'].every((key) => typeof Reflect.get(value, key) === 'function');
  return functions && Reflect.get(value, 'pattern') instanceof RegExp && typeof fields === 'object' && fields !== null && typeof Reflect.get(fields, 'toJS') === 'function';
}

/**
 * Decap's photo component for the text, with its labels in the interface language (Decap gives
 * them in English only) and without the rarely wanted "title" field. Through the public registry.
 */
function translateImageComponent(t: ReturnType<typeof useTranslations>) {
  const image: unknown = CMS.getEditorComponents().get('image');
  if (!isRegisteredComponent(image)) return;
  const labels: Record<string, string> = { image: t('cms.field.cover'), alt: t('cms.field.coverAlt') };
  const fields = image.fields
    .toJS()
    .filter((f) => f.name in labels)
    // A photo is uploaded (and so prepared, upload-guard.ts), never linked from elsewhere, as for the cover.
    .map((f) => ({ ...f, widget: f.widget ?? 'string', label: labels[f.name]!, ...(f.widget === 'image' ? { choose_url: false } : {}) }));
  const { id, pattern, fromBlock, toBlock, toPreview } = image;
  CMS.registerEditorComponent({ id, label: t('cms.field.cover'), pattern, fromBlock, toBlock, toPreview, fields });
}

/** Starts the CMS in the editor's interface language, which is also the language written first. */
export function startCms(uiLocale: Locale, data: CmsClientData) {
  const t = useTranslations(uiLocale);
  const locales = cmsLocales(uiLocale);

  CMS.registerLocale(uiLocale, interfacePhrases(uiLocale, t));
  // Month names on the workflow board and in entry lists, which Decap formats with dayjs.
  dayjs.locale(uiLocale);
  setListLocales(locales);

  // Content files are read and written in the site's one canonical format, so a save
  // rewrites only what the editor changed. The slug helper field is never written.
  CMS.registerCustomFormat(CONTENT_FORMAT, 'md', contentFormat);

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: Entry }) => {
      checkAltText(entry, data, locales, t);
      const values = entry.get('data') as Data;
      if (!entry.get('newRecord')) return values;
      // A new entry's file name: the first title written (the interface language's, which the
      // CMS requires, else the first language that has one), transliterated to ASCII once.
      // Later title edits never rename the file.
      const identifier = data.collections[String(entry.get('collection'))]?.identifier ?? 'title';
      const title = locales.map((l) => valuesIn(entry, l, uiLocale)?.get(identifier)).find((v) => !isBlank(v));
      return values.set(NEW_SLUG_FIELD, entrySlug(String(title ?? '')));
    },
  });

  translateImageComponent(t);
  installUploadGuard(uiLocale);
  watchLocalBackend(uiLocale);
  registerPreviews(CMS, data, uiLocale);
  CMS.init();
}
