/**
 * Runs on /admin/ before the CMS: picks the interface language, points Decap at the config
 * in that language, fills the small bar (language switch, translation status), then starts the CMS.
 */
import { locales, localeInfo, type Locale } from '../src/i18n/locales';
import type { CmsClientData } from './config';
import { UI_LOCALE_STORAGE_KEY } from './constants';
import { chooseUiLocale, configUrl } from './ui-locale';

export interface AdminChrome {
  language: string;
  translations: string;
  loading: string;
  title: string;
}

function readJson<T>(id: string): T {
  return JSON.parse(document.getElementById(id)!.textContent!) as T;
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(UI_LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export async function boot() {
  const locale: Locale = chooseUiLocale(location.search, storedLocale(), navigator.languages);
  try {
    localStorage.setItem(UI_LOCALE_STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  const chrome = readJson<Record<Locale, AdminChrome>>('cms-chrome')[locale];
  const data = readJson<CmsClientData>('cms-data');

  document.documentElement.lang = locale;
  document.title = chrome.title;
  document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')!.href = configUrl(locale);
  document.getElementById('cms-loading')!.textContent = chrome.loading;

  const bar = document.getElementById('cms-bar')!;
  bar.setAttribute('aria-label', chrome.language);
  const label = document.createElement('span');
  label.textContent = `${chrome.language}:`;
  bar.append(label);
  for (const l of locales) {
    const a = document.createElement('a');
    a.textContent = localeInfo[l].endonym;
    a.lang = l;
    a.dataset.locale = l;
    a.href = `?lang=${l}`;
    if (l === locale) a.setAttribute('aria-current', 'true');
    // Keep the open screen (the part after #) when switching.
    a.addEventListener('click', (event) => {
      event.preventDefault();
      location.assign(`${location.pathname}?lang=${l}${location.hash}`);
    });
    bar.append(a);
  }
  const status = document.createElement('a');
  status.textContent = chrome.translations;
  status.href = locale === 'kk' ? '/admin/translations/' : `/admin/translations/${locale}/`;
  status.className = 'status-link';
  bar.append(status);

  const { startCms } = await import('./cms');
  startCms(locale, data);
}
