/** What every RSS feed of the site shares: the channel's language and its own address. */
import { hreflangOf } from './seo';
import type { Locale } from '../i18n/locales';
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
