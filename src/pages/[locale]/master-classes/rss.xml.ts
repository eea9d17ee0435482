/** Upcoming master classes and events of a locale as RSS, soonest first. Empty when none is announced. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventItems, localeCachedPaths } from '../../../content/query';
import { upcomingEvents } from '../../../content/sharing';
import type { Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { formatEventRange } from '../../../utils/dates';
import { feedChannel } from '../../../utils/feeds';
import { entryHref, feedHref } from '../../../utils/urls';

export const getStaticPaths = () => localeCachedPaths(eventItems);

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const items = await upcomingEvents(locale);
  return rss({
    ...feedChannel({ locale, site, self: feedHref.events(locale) }),
    title: `${t('site.name')}: ${t('home.upcoming')}`,
    description: t('events.intro'),
    items: items.map((item) => {
      const data = item.entry.data;
      const when = `${formatEventRange(data.start, data.end, locale)} (${t('events.timeZoneNote')})`;
      return {
        title: data.title,
        // No pubDate: an event has a time, not a publication date, and readers sort by pubDate.
        description: `${when}. ${data.venue}. ${data.summary}`,
        link: entryHref('master-classes', locale, item.slug),
        categories: data.tags,
      };
    }),
  });
};
