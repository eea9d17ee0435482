/** What every RSS feed of the site shares: the channel's language, its own address and its title. */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import { kinds, type CollectionName } from '../model/collections';
import { hreflangOf } from './seo';
import { absoluteUrl } from './urls';

/**
 * Reports a news feed carries, the newest. Feed readers fetch the whole file on every poll:
 * at a few thousand reports a year, a feed of all of them would be megabytes each time.
 */
export const NEWS_FEED_ITEMS = 50;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Options for `@astrojs/rss`: the site, `<language>`, and an `atom:link rel="self"`. */
export function feedChannel(opts: { locale: Locale; site: URL | string | undefined; self: string }) {
  const site = absoluteUrl('/', opts.site);
  return {
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${hreflangOf(opts.locale)}</language><atom:link href="${escapeXml(absoluteUrl(opts.self, site))}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  };
}

/** A section's feed title, in the feed and in every page's head: the site, then the latest reports or the events to come. */
export function feedTitle(collection: CollectionName, t: Translate): string {
  return `${t('site.name')}: ${kinds[collection].feed === 'upcoming' ? t('home.upcoming') : t(`nav.${collection}`)}`;
}
