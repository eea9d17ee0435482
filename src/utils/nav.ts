/** The site's menus: the sections its kinds put in the navigation, then the standalone pages. */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import { collectionNames, kinds } from '../model/collections';
import { localeHref, sectionHref } from './urls';

export interface NavLink {
  href: string;
  label: string;
}

/** The sections with a place in the menus, in collection order. */
export function sectionLinks(locale: Locale, t: Translate): NavLink[] {
  return collectionNames.filter((c) => kinds[c].nav).map((c) => ({ href: sectionHref(c, locale), label: t(`nav.${c}`) }));
}

/** Standalone pages the menus link to: about (header and footer), contacts (footer). */
export function pageLinks(locale: Locale, t: Translate, pages: readonly ('about' | 'contacts')[]): NavLink[] {
  return pages.map((page) => ({ href: localeHref(locale, page), label: t(`nav.${page}`) }));
}
