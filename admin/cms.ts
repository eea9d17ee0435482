/**
 * The admin script: Decap CMS from npm, with the site's own pieces registered before `init`:
 * the Kazakh interface, the content file format, ASCII slugs for new entries, the alt-text
 * rule, and previews built from the site's components. Runs only on /admin/.
 */
import CMS from 'decap-cms-app';
import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import type { Map as ImmutableMap } from 'immutable';
import { isLocale, type Locale } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/ui';
import { entrySlug } from '../src/utils/slug';
import type { CmsClientData } from './config';
import { CONTENT_FORMAT, NEW_SLUG_FIELD } from './constants';
import { contentFormat } from './format';
import kk from './locales/kk';
import { registerPreviews } from './previews';

type Data = ImmutableMap<string, unknown>;
type Entry = ImmutableMap<string, unknown>;

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  const size = (value as { size?: number }).size;
  return typeof size === 'number' && size === 0;
}

/**
 * Refuses to save an entry that has a photo but, in some language that has text, no
 * description of it: the same rule the content schema applies at build time.
 */
function checkAltText(entry: Entry, data: CmsClientData, t: ReturnType<typeof useTranslations>) {
  const info = data.collections[String(entry.get('collection'))];
  if (!info) return;
  const shared = entry.get('data') as Data;
  for (const locale of data.locales) {
    const values = (locale === data.defaultLocale ? shared : entry.getIn(['i18n', locale, 'data'])) as Data | undefined;
    if (!values) continue;
    for (const [image, alt] of info.images) {
      if (isBlank(shared.get(image))) continue;
      const hasText = !isBlank(values.get('body')) || info.translatable.some((f) => f !== alt && !isBlank(values.get(f)));
      if (hasText && isBlank(values.get(alt))) {
        throw new Error(t('cms.error.altMissing', { language: t(`lang.in.${locale}`) }));
      }
    }
  }
}

/** Starts the CMS in the editor's interface language. */
export function startCms(uiLocale: Locale, data: CmsClientData) {
  const t = useTranslations(isLocale(uiLocale) ? uiLocale : 'kk');

  CMS.registerLocale('kk', kk);
  // Month names on the workflow board, which Decap formats with dayjs.
  dayjs.locale(uiLocale);

  // Content files are read and written in the site's one canonical format, so a save
  // rewrites only what the editor changed. The slug helper field is never written.
  CMS.registerCustomFormat(CONTENT_FORMAT, 'md', contentFormat);

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: Entry }) => {
      checkAltText(entry, data, t);
      const values = entry.get('data') as Data;
      if (!entry.get('newRecord')) return values;
      // A new entry's file name: its title in the CMS default language, transliterated to
      // ASCII once. Later title edits never rename the file.
      const identifier = data.collections[String(entry.get('collection'))]?.identifier ?? 'title';
      return values.set(NEW_SLUG_FIELD, entrySlug(String(values.get(identifier) ?? '')));
    },
  });

  registerPreviews(CMS, data);
  CMS.init();
}
